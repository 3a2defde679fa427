// Browser test harness: the built pane (dist/) in Debian's Chromium, driven by playwright-core.
// Every request is answered locally: the pane's files from dist/, office.js either from the
// copy in node_modules (a plain browser, outside Excel) or from the fake Excel host bundle.
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import webpack from "webpack";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RESULTS = join(ROOT, "test-results");
const DIST = join(ROOT, "dist");
const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const PANE_ORIGIN = "https://addin.test/";
const FAKE_HOST_BUNDLE = join(RESULTS, ".e2e", "fake-office.js");

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

/** Compiles tests/fakes/browserHost.ts once per test process. */
let fakeHostBuild;
export function buildFakeHost() {
  fakeHostBuild ??= new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: join(ROOT, "tests/fakes/browserHost.ts"),
        output: { path: join(RESULTS, ".e2e"), filename: "fake-office.js" },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        module: {
          rules: [
            { test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
          ],
        },
      },
      (error, stats) => {
        if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString("errors-only")));
        else resolve(FAKE_HOST_BUNDLE);
      },
    );
  });
  return fakeHostBuild;
}

export async function launch() {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first");
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
}

function serveFile(route, file) {
  if (!existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
  return route.fulfill({
    status: 200,
    contentType: TYPES[extname(file)] ?? "application/octet-stream",
    body: readFileSync(file),
  });
}

/**
 * Opens the built pane. `host` is "none" for a plain browser (real office.js) or "excel" for
 * the fake Excel host; `office` overrides the fake's options (language, theme, sets), and `settings`
 * are the workbook's stored settings, as a file opened from elsewhere carries them. `root` and
 * `path` serve another page (the bench's baseline); `beforeLoad` runs in the page before its scripts;
 * `holdScripts`, a promise, keeps the pane's own scripts (not office.js) back until it settles,
 * to see the page as it paints before they run; `html` rewrites the page as served.
 * `consoleProblems` collects the page's console errors and warnings (React's hydration warnings).
 */
export async function openPane(
  browser,
  {
    host,
    office = {},
    settings = {},
    colorScheme = "light",
    root = DIST,
    path = "taskpane.html",
    beforeLoad,
    holdScripts,
    html = (text) => text,
  },
) {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, colorScheme, locale: "en-US" });
  const page = await context.newPage();
  const failures = [];
  page.on("pageerror", (error) => failures.push(error.message));
  const consoleProblems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleProblems.push(message.text());
  });
  if (host === "excel") {
    await buildFakeHost();
    // Runs in the page, before its scripts: the fake host reads its options from here.
    await page.addInitScript(
      ({ options, stored }) => {
        globalThis.__FAKE_OFFICE__ = options;
        globalThis.__FAKE_SETTINGS__ = stored;
      },
      { options: office, stored: settings },
    );
  }
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file =
        host === "excel" ? FAKE_HOST_BUNDLE : join(OFFICE_JS_DIST, normalize(url.slice(OFFICE_CDN.length).split("?")[0]));
      return serveFile(route, file);
    }
    if (url.startsWith(PANE_ORIGIN)) {
      const file = join(root, normalize(new URL(url).pathname));
      if (file.endsWith(".html") && existsSync(file))
        return route.fulfill({ status: 200, contentType: TYPES[".html"], body: html(readFileSync(file, "utf8")) });
      if (holdScripts && file.endsWith(".js")) return holdScripts.then(() => serveFile(route, file));
      return serveFile(route, file);
    }
    return route.abort("blockedbyclient");
  });
  if (beforeLoad) await page.addInitScript(beforeLoad);
  // With the scripts held, even DOMContentLoaded waits for them (they are deferred).
  await page.goto(`${PANE_ORIGIN}${path}`, { waitUntil: holdScripts ? "commit" : "load" });
  return { page, context, failures, consoleProblems };
}

/**
 * Resolves once every running CSS transition and animation has finished: a dialog fading in, a
 * just-enabled button fading from its disabled colours. What is measured or pictured after this is
 * what the analyst sees once the page is still.
 */
export const animationsFinished = (page) =>
  page.evaluate(() => Promise.all(globalThis.document.getAnimations().map((animation) => animation.finished)));

export async function screenshot(page, name) {
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
