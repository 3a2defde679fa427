// The prerendered Home in taskpane.html, in headless Chromium: what paints before any script
// runs, how the pane takes it over (hydrated in English and light, replaced elsewhere), the
// layout shift on the way, and accessibility before and after.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { prerenderHome } from "../../scripts/prerender.mjs";
import { animationsFinished, launch, openPane, ROOT, screenshot } from "./harness.mjs";

const require = createRequire(import.meta.url);
const { initialScripts } = require("../../build/budgets.js");
const AXE = require.resolve("axe-core/axe.min.js");
const INSERT = "Insert all tables";
const PRERENDERED_ROOT = /<div id="?root"? data-prerendered>([\s\S]*)<\/div><noscript>/;

/** A promise the test settles when it lets the held scripts through. */
function gate() {
  let open;
  const promise = new Promise((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * Runs in the page before anything else: sums the layout shifts the page makes (every one, not
 * only the worst session window, so the figure is at least the page's CLS); notes whether
 * Home's Insert button was ever enabled; and counts the frames in which #root stood empty (a
 * flash between the prerendered page and the one that replaces it).
 */
function watchPage() {
  globalThis.__layoutShift = 0;
  new globalThis.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  globalThis.__insertEnabled = false;
  new globalThis.MutationObserver(() => {
    for (const button of globalThis.document.querySelectorAll("button"))
      if (button.textContent === "Insert all tables" && !button.disabled) globalThis.__insertEnabled = true;
  }).observe(globalThis.document, { subtree: true, childList: true, attributes: true });
  // Counted once #root has held the prerendered page: a frame can come while the parser is
  // still inside #root, before its children.
  globalThis.__emptyFrames = 0;
  let populated = false;
  const frame = () => {
    const root = globalThis.document.getElementById("root");
    if (root?.childElementCount) populated = true;
    else if (root && populated) globalThis.__emptyFrames += 1;
    globalThis.requestAnimationFrame(frame);
  };
  globalThis.requestAnimationFrame(frame);
}

/** axe reads the colours on screen, so contrast is measured once Fluent's colour transitions have finished. */
async function axeViolations(page) {
  await animationsFinished(page);
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => globalThis.axe.run(globalThis.document.getElementById("root")));
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`);
}

/**
 * The pane's markup with what legitimately differs between two renders of the same props taken
 * out: React's generated ids (a hydrated page keeps the server's, a client render makes its
 * own), wherever they appear; the comments React marks server text and boundaries with; and
 * the `selected` attribute with which server markup gives a controlled select its value (a client
 * render sets the property), the values themselves compared instead.
 */
function normalisedRoot(page) {
  return page.evaluate(() => {
    const root = globalThis.document.getElementById("root");
    const ids = [];
    for (const element of root.querySelectorAll("[id]")) ids.push(element.id);
    const provider = root.querySelector(".fui-FluentProvider");
    const themeClass = [...provider.classList].find((name) => /^fui-FluentProvider./.test(name));
    let html = root.innerHTML
      .replace(/<!--[^>]*-->/g, "")
      .replaceAll(' selected=""', "")
      .replaceAll(themeClass, "fui-FluentProvider-theme");
    ids.forEach((id, index) => (html = html.replaceAll(id, `generated-id-${index}`)));
    const values = [...root.querySelectorAll("select")].map((select) => select.value);
    return `${html}\nselect values: ${values.join(", ")}`;
  });
}

/** Home ready: its Insert enabled and the Make portable card's sheet list read from the workbook. */
async function homeSettled(page) {
  await page.getByRole("button", { name: INSERT }).and(page.locator(":enabled")).waitFor();
  await page.locator("option", { hasText: "Sheet1" }).waitFor({ state: "attached" });
}

describe("the prerendered Home", () => {
  let browser;
  const page = readFileSync(join(ROOT, "dist/taskpane.html"), "utf8");
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("is in dist/taskpane.html, as the pane's React components render it now", async () => {
    const prerendered = PRERENDERED_ROOT.exec(page)?.[1];
    assert.ok(prerendered, "taskpane.html has a prerendered #root");
    assert.ok(page.includes(await prerenderHome()), "the built page holds today's render of Home");
    const datasetVersion = /version: "(\d+\.\d+\.\d+)"/.exec(readFileSync(join(ROOT, "src/domain/dataset/data.ts"), "utf8"))[1];
    for (const text of ["Compute Alliances", "Insert all tables", "Refresh", "Dataset", datasetVersion, "Make portable"])
      assert.ok(prerendered.includes(text), `prerendered Home shows ${text}`);
    for (const label of ["Insert all tables", "Refresh"])
      assert.match(prerendered, new RegExp(`<button[^>]*disabled=""[^>]*>${label}</button>`), `${label} is disabled until ready`);
    // office.js first in the head and blocking (Office's rule); the pane's own scripts after
    // it, deferred (they run in order once the page, prerendered Home and all, is parsed).
    const head = page.slice(0, page.indexOf("</head>"));
    const scripts = [...head.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.match(scripts[0], /^ src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?$/);
    assert.deepEqual(initialScripts(head), ["runtime.js", "shared.js", "functions.js", "taskpane.js"]);
    assert.ok(
      scripts.slice(1).every((attributes) => /^ defer(="defer")? src=/.test(attributes)),
      scripts.join(" | "),
    );
    assert.equal(page.slice(page.indexOf("</head>")).match(/<script/g), null, "no script in the body");
  });

  it("paints before the scripts run, then hydrates in English: no warning, no shift, no axe violation, Insert works", async () => {
    const scripts = gate();
    const { page, context, failures, consoleProblems } = await openPane(browser, {
      host: "excel",
      holdScripts: scripts.promise,
      beforeLoad: watchPage,
    });
    await page.getByRole("heading", { name: "Compute Alliances", level: 1 }).waitFor();
    assert.ok(await page.getByRole("button", { name: INSERT }).isDisabled(), "Insert waits for the scripts");
    assert.ok(await page.getByText(/\d+ deals, \d+ figures/).isVisible(), "the dataset card is there");
    await screenshot(page, "pane-prerendered-first-paint");
    assert.deepEqual(await axeViolations(page), [], "axe before hydration");

    scripts.open();
    await homeSettled(page);
    await screenshot(page, "pane-prerendered-hydrated");
    assert.deepEqual(await axeViolations(page), [], "axe after hydration");
    const shift = await page.evaluate(() => globalThis.__layoutShift);
    assert.ok(shift <= 0.02, `layout shift ${shift} is at most 0.02`);

    await page.getByRole("button", { name: INSERT }).click();
    await page.getByText(/^Deals: 15 added/).waitFor();
    assert.deepEqual(consoleProblems, [], "no hydration warning or other console problem");
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("hydrates to the same pane a render without the prerender gives", async () => {
    const hydrated = await openPane(browser, { host: "excel" });
    const rendered = await openPane(browser, {
      host: "excel",
      html: (text) => text.replace(PRERENDERED_ROOT, '<div id="root"></div><noscript>'),
    });
    await Promise.all([homeSettled(hydrated.page), homeSettled(rendered.page)]);
    assert.ok(await hydrated.page.locator("#root[data-prerendered]").count(), "the first page hydrated");
    assert.equal(await normalisedRoot(hydrated.page), await normalisedRoot(rendered.page));
    await Promise.all([hydrated.context.close(), rendered.context.close()]);
  });

  for (const { name, options, message } of [
    { name: "outside Excel", options: { host: "none" }, message: "Open this pane in Excel" },
    {
      name: "in an Excel too old",
      options: { host: "excel", office: { supportedSets: { ExcelApi: "1.7", SharedRuntime: "1.1" } } },
      message: "This version of Excel is too old for Compute Alliances",
    },
  ]) {
    it(`${name}, is replaced by the message, its buttons never enabled`, async () => {
      const scripts = gate();
      const slug = name.replaceAll(" ", "-");
      const { page, context, failures, consoleProblems } = await openPane(browser, {
        ...options,
        holdScripts: scripts.promise,
        beforeLoad: watchPage,
      });
      await page.getByRole("button", { name: INSERT }).waitFor();
      await screenshot(page, `pane-prerendered-${slug}-first-paint`);
      scripts.open();
      await page.getByText(message).waitFor();
      await screenshot(page, `pane-prerendered-${slug}-replaced`);
      assert.equal(await page.evaluate(() => globalThis.__emptyFrames), 0, "no frame painted an empty pane");
      assert.equal(await page.getByRole("button", { name: INSERT }).count(), 0);
      assert.equal(await page.evaluate(() => globalThis.__insertEnabled), false, "Insert was never enabled");
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(consoleProblems, []);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  for (const { name, office, heading, lang } of [
    { name: "in Traditional Chinese", office: { displayLanguage: "zh-TW" }, heading: "算力聯盟", lang: "zh-TW" },
    { name: "in a dark theme", office: { isDarkTheme: true }, heading: "Compute Alliances", lang: "en" },
  ]) {
    it(`${name}, is replaced by the pane rendered for that host, with no empty frame between and no warning`, async () => {
      const { page, context, failures, consoleProblems } = await openPane(browser, {
        host: "excel",
        office,
        beforeLoad: watchPage,
      });
      await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
      await page.locator("#root:not([data-prerendered])").waitFor({ state: "attached" });
      assert.equal(await page.locator("style[id^='fui-FluentProvider']").count(), 1, "one theme, the host's");
      assert.equal(await page.evaluate(() => globalThis.document.documentElement.lang), lang);
      // The prerendered light theme's variables went with its markup: the pane's background is the host's.
      const background = await page.evaluate(
        () => globalThis.getComputedStyle(globalThis.document.querySelector(".fui-FluentProvider")).backgroundColor,
      );
      assert.equal(background, office.isDarkTheme ? "rgb(31, 31, 31)" : "rgb(250, 250, 250)");
      assert.equal(await page.evaluate(() => globalThis.__emptyFrames), 0, "no frame painted an empty pane");
      assert.deepEqual(consoleProblems, []);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }
});
