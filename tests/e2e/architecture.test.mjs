// The architecture rules (.dependency-cruiser.cjs) pass on the source, and catch a wrong-way
// import when one is planted in a copy of it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { ESLint } from "eslint";

const ROOT = new URL("../..", import.meta.url).pathname;
const CRUISE = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

function cruise(cwd) {
  const run = spawnSync(process.execPath, [CRUISE, "--config", ".dependency-cruiser.cjs", "src"], { cwd, encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("architecture rules", () => {
  const copy = mkdtempSync(join(tmpdir(), "arch-"));
  after(() => rmSync(copy, { recursive: true, force: true }));

  it("pass on the source", () => {
    const { status, output } = cruise(ROOT);
    assert.equal(status, 0, output);
  });

  for (const [rule, file, line] of [
    ["domain-is-pure", "src/domain/cells.ts", 'import "../office/activity";'],
    ["office-does-not-import-export", "src/office/tables.ts", 'import "../export/xlsx";'],
    ["export-does-not-import-functions", "src/export/cli.ts", 'import "../functions/functions";'],
    ["taskpane-reaches-office-through-ports", "src/taskpane/views/HomeView.tsx", 'import "../../office/activity";'],
  ]) {
    it(`fail on a planted wrong-way import (${rule})`, () => {
      rmSync(join(copy, "src"), { recursive: true, force: true });
      for (const entry of ["src", "tsconfig.json", ".dependency-cruiser.cjs", "package.json"])
        cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
      appendFileSync(join(copy, file), `\n${line}\n`);
      const { status, output } = cruise(copy);
      assert.notEqual(status, 0);
      assert.match(output, new RegExp(`error ${rule}`));
    });
  }
});

describe("the lint rule against HTML injection", () => {
  it("refuses every way of parsing text as HTML in the add-in's source", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const planted = [
      "export function Bad({ text }: { text: string }) {",
      '  const div = document.createElement("div");',
      "  div.innerHTML = text;",
      '  document.body.insertAdjacentHTML("beforeend", text);',
      "  return <div dangerouslySetInnerHTML={{ __html: text }} />;",
      "}",
      "",
    ].join("\n");
    const [result] = await eslint.lintText(planted, { filePath: join(ROOT, "src/taskpane/Planted.tsx") });
    const rules = result.messages.map((m) => m.ruleId);
    assert.deepEqual([...new Set(rules)].sort(), ["no-restricted-properties", "react/no-danger"]);
    assert.equal(rules.filter((rule) => rule === "no-restricted-properties").length, 2);
  });
});
