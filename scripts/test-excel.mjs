// npm run test:excel: the acceptance suite (src/acceptance) inside a real Excel, from one command.
// It builds the add-in, serves dist/ on https://localhost:3000 with a results endpoint, and opens
// the pane with ?acceptance=full through a test manifest (test-results/manifest.acceptance.xml):
// - Windows and macOS: office-addin-debugging sideloads it into desktop Excel, in a new workbook;
// - Linux: there is no desktop Excel; it prints the steps for Excel on the web and waits.
// The pane runs the suite and posts its outcome here. The runner prints the table, writes
// test-results/excel-acceptance.json, and exits 0 when every check passed, 1 when one failed or
// the workbook was not blank, 2 when no result came within the time limit.
//
// --fake-host runs the same pane in Chromium over the in-memory Excel instead (what npm test does);
// --fault <name> breaks one behaviour of that fake on purpose (see tests/fakes/browserHost.ts).
// Other options: --port <n> (3000), --timeout <seconds> (900), --no-build.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "selfsigned";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const RESULTS = join(ROOT, "test-results");
const RESULTS_FILE = join(RESULTS, "excel-acceptance.json");
const TEST_MANIFEST = join(RESULTS, "manifest.acceptance.xml");
const ENDPOINT = "/acceptance/results";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
};

const { values: options } = parseArgs({
  options: {
    "fake-host": { type: "boolean", default: false },
    fault: { type: "string" },
    port: { type: "string", default: "3000" },
    timeout: { type: "string", default: "900" },
    "no-build": { type: "boolean", default: false },
  },
});
const port = Number(options.port);
const origin = `https://localhost:${port}`;

function build() {
  console.log("Building the add-in (webpack, production, served from localhost)…");
  const built = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", `publicUrl=${origin}/`],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The development certificate where office-addin-dev-certs made one (trusted by Excel), else a throwaway self-signed one. */
async function certificate() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(dir, "localhost.crt")) && existsSync(join(dir, "localhost.key")))
    return { cert: readFileSync(join(dir, "localhost.crt")), key: readFileSync(join(dir, "localhost.key")) };
  const pems = await generate([{ name: "commonName", value: "localhost" }], { keySize: 2048, algorithm: "sha256" });
  return { cert: pems.cert, key: pems.private };
}

/** Serves dist/ and takes the pane's outcome at the results endpoint; resolves the outcome once. */
async function serve() {
  let deliver;
  const outcome = new Promise((resolve) => (deliver = resolve));
  const server = createServer(await certificate(), (request, response) => {
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname === ENDPOINT && request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        response.writeHead(204).end();
        try {
          deliver(JSON.parse(body));
        } catch {
          deliver({ kind: "error", message: `the pane posted something that is not JSON: ${body.slice(0, 200)}` });
        }
      });
      return;
    }
    const file = join(DIST, normalize(url.pathname === "/" ? "/taskpane.html" : url.pathname));
    if (!file.startsWith(DIST) || !existsSync(file)) return response.writeHead(404).end("not found");
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, resolve));
  return { server, outcome };
}

/** manifest.xml with the pane opened to run the full suite: the shared runtime's one page, with the query. */
function writeTestManifest() {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8")
    .split("https://localhost:3000/taskpane.html")
    .join(`${origin}/taskpane.html?acceptance=full`)
    .split("https://localhost:3000")
    .join(origin);
  writeFileSync(TEST_MANIFEST, manifest);
}

function sideload() {
  if (process.platform === "win32" || process.platform === "darwin") {
    console.log("Sideloading into desktop Excel (office-addin-debugging)…");
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules/office-addin-debugging/cli.js"),
        "start",
        TEST_MANIFEST,
        "desktop",
        "--app",
        "excel",
        "--no-debug",
        "--no-live-reload",
        "--dev-server-port",
        String(port),
      ],
      { cwd: ROOT, stdio: "inherit" },
    );
    if (result.status === 0) return;
    console.log("office-addin-debugging could not sideload; add the manifest by hand, as below.");
  }
  console.log(
    [
      "",
      "Open the suite in Excel on the web:",
      `  1. In this machine's browser, open ${origin}/taskpane.html once and accept the certificate.`,
      "  2. Open https://excel.cloud.microsoft (or office.com), and create a new blank workbook.",
      "  3. Home > Add-ins > More add-ins > My add-ins > Upload My Add-in, and choose",
      `     ${TEST_MANIFEST}`,
      "  4. Open the pane (Home > Compute Alliances). It runs the suite by itself and reports here.",
      "",
    ].join("\n"),
  );
}

/** The pane in Chromium over the in-memory Excel: the office.js request answered with the fake host. */
async function openFakeHost() {
  const { buildFakeHost, launch } = await import("../tests/e2e/harness.mjs");
  const bundle = await buildFakeHost();
  const browser = await launch();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 720 } });
  await context.addInitScript((fault) => {
    globalThis.__FAKE_OFFICE__ = fault ? { fault } : {};
  }, options.fault ?? null);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(bundle) });
    if (url.startsWith(origin)) return route.continue();
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`pane: ${error.message}`));
  await page.goto(`${origin}/taskpane.html?acceptance=full`);
  return browser;
}

function withTimeout(promise, seconds) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(null), seconds * 1000))]);
}

async function main() {
  if (!options["no-build"]) build();
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run without --no-build");
  mkdirSync(RESULTS, { recursive: true });
  const { server, outcome } = await serve();
  console.log(`Serving dist/ on ${origin}, results at ${origin}${ENDPOINT}`);
  let browser = null;
  if (options["fake-host"]) browser = await openFakeHost();
  else {
    writeTestManifest();
    sideload();
  }
  const timeout = Number(options.timeout);
  console.log(`Waiting up to ${timeout} s for the suite's report…`);
  const result = await withTimeout(outcome, timeout);
  await browser?.close();
  server.close();
  if (!result) {
    console.error(`No report came within ${timeout} s. Is the pane open in a blank workbook?`);
    return 2;
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  if (result.kind === "report") {
    console.log(`\n${result.text}\n\nWritten to ${RESULTS_FILE}`);
    return result.report.failed === 0 && result.report.passed > 0 ? 0 : 1;
  }
  if (result.kind === "not-blank")
    console.error(
      `The workbook was not blank (${result.sheets} sheets; in use: ${result.sheetsInUse.join(", ")}): open a new blank one.`,
    );
  else console.error(`The suite stopped: ${result.message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
