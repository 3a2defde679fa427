// Checks of the production build in dist/: what ships, not what the sources say.
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { ROOT } from "./harness.mjs";

const require = createRequire(import.meta.url);
const { checkManifest } = require("../../build/manifestRules.js");
const { INITIAL_PANE_KIB, FUNCTIONS_KIB, initialScripts } = require("../../build/budgets.js");
const DIST = join(ROOT, "dist");
const SNAPSHOT = join(ROOT, "tests/functions/functions.json.snapshot");

const files = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const read = (name) => readFileSync(join(DIST, name), "utf8");

describe("production build", () => {
  it("leaves no localhost anywhere in dist/", () => {
    const offenders = files(DIST).filter((file) => readFileSync(file).includes("localhost"));
    assert.deepEqual(
      offenders.map((file) => relative(DIST, file)),
      [],
    );
  });

  it("writes a manifest that passes every offline check, with its icons in dist/", () => {
    const manifest = read("manifest.xml");
    const publicUrl = manifest.match(/<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/)[1];
    assert.deepEqual(checkManifest(manifest, { assetsDir: join(DIST, "assets"), publicUrl }), []);
  });

  it("associates every function in functions.json, and nothing else", () => {
    const ids = JSON.parse(read("functions.json"))
      .functions.map((f) => f.id)
      .sort();
    const associated = [...read("functions.js").matchAll(/CustomFunctions\.associate\("([A-Z0-9_.]+)"/g)].map((m) => m[1]).sort();
    assert.ok(ids.length >= 9);
    assert.deepEqual(associated, ids);
  });

  it("localises every function and parameter description", () => {
    const english = JSON.parse(read("functions.json"));
    for (const locale of ["zh-cn", "zh-tw"]) {
      const localised = JSON.parse(read(`functions-${locale}.json`));
      assert.deepEqual(
        localised.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
        english.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
      );
      for (const [index, fn] of localised.functions.entries()) {
        assert.notEqual(fn.description, english.functions[index].description, `${locale} ${fn.id}`);
        assert.match(fn.description, /[\u4e00-\u9fff]/);
      }
    }
  });

  it("matches the functions.json snapshot: ids, names and signatures change only on purpose", () => {
    // Excel caches function metadata for up to 24 hours, so a rename breaks open workbooks.
    // After a deliberate change: UPDATE_SNAPSHOT=1 npm test, and say why in the commit.
    const current = read("functions.json").replace(/https:\/\/[^/"]+\//g, "https://PUBLIC_URL/");
    if (process.env.UPDATE_SNAPSHOT === "1") writeFileSync(SNAPSHOT, current);
    assert.ok(existsSync(SNAPSHOT), "no snapshot yet: run UPDATE_SNAPSHOT=1 npm test once and commit it");
    assert.equal(current, readFileSync(SNAPSHOT, "utf8"));
  });

  it(`keeps the pane's initial JavaScript within ${INITIAL_PANE_KIB} KB gzip, and functions with the dataset within ${FUNCTIONS_KIB} KB`, () => {
    const page = read("taskpane.html");
    const scripts = initialScripts(page);
    const gzipped = (name) => gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length;
    const initial = scripts.reduce((sum, name) => sum + gzipped(name), 0);
    assert.ok(scripts.includes("taskpane.js") && scripts.includes("functions.js"), scripts.join(", "));
    assert.ok(initial <= INITIAL_PANE_KIB * 1024, `initial pane JavaScript is ${initial} bytes gzip`);
    // The functions run with the webpack runtime and the chunk they share with the pane.
    const functions = ["runtime.js", "shared.js", "functions.js"].reduce((sum, name) => sum + gzipped(name), 0);
    assert.ok(functions <= FUNCTIONS_KIB * 1024, `the functions with the dataset are ${functions} bytes gzip`);
  });

  it("lists every function, and only those, with the right signature in the pane and on the About sheet", () => {
    // The examples list is TypeScript; read its ids and signatures from the source text.
    const source = readFileSync(join(ROOT, "src/domain/layout/functionExamples.ts"), "utf8");
    const listed = [...source.matchAll(/id: "([A-Z]+)",\s*signature: signature\("([A-Z]+)", "([^"]*)"\)/g)].map((m) => [
      m[1],
      `COMPUTE.${m[2]}(${m[3]})`,
    ]);
    const expected = JSON.parse(read("functions.json")).functions.map((fn) => [
      fn.id,
      `COMPUTE.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    ]);
    assert.deepEqual(listed, expected);
  });

  it("commits docs/functions.md as the build's functions.json renders it (node scripts/functions-doc.mjs rewrites it)", () => {
    const { renderFunctionsMarkdown } = require("../../build/helpPage.js");
    const rendered = renderFunctionsMarkdown(JSON.parse(read("functions.json")), "COMPUTE");
    assert.equal(readFileSync(join(ROOT, "docs/functions.md"), "utf8"), rendered);
  });

  it("serves every analysts' guide beside help.html, which links to them, every link of theirs to a page or image served too", () => {
    const guides = readdirSync(join(ROOT, "docs/guide")).filter((name) => name.endsWith(".md"));
    const pages = guides.map((name) => `guide/${name === "README.md" ? "index" : name.slice(0, -3)}.html`);
    assert.match(read("help.html"), /href="guide\/functions\.html"/);
    for (const page of ["help.html", ...pages]) {
      const html = read(page);
      for (const [, target] of html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
        if (/^https?:/.test(target)) continue;
        assert.ok(existsSync(join(DIST, page, "..", target)), `${page} links to ${target}, which dist/ does not hold`);
      }
    }
  });

  it("writes the help page with a section for every function", () => {
    const help = read("help.html");
    for (const fn of JSON.parse(read("functions.json")).functions)
      assert.match(help, new RegExp(`id="?${fn.id.toLowerCase()}"?[ >]`), fn.id);
  });
});
