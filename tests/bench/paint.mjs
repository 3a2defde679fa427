// The pane's load, side by side with a baseline page from the same stack (tests/bench/baseline/:
// React 18 and Fluent UI v9, one button rendered after Office.onReady, as Microsoft's React
// template does), in headless Chromium with office.js served locally (the fake Excel host).
// Runs alternate, each in a fresh browser context (cold cache), and the report gives medians
// and the ratios to the baseline. Times are read in the page: first text is Chromium's first
// contentful paint; interactive is performance.now() when the DOM first holds an enabled Insert,
// seen by a MutationObserver installed before any script runs. Both pages must load office.js
// first and blocking, and the fake host's office.js (a development build of about 250 KB
// holding the fake workbook, its calculator and the dataset) weighs on both; so the report also
// gives each time counted from the moment office.js has run (a mark the bench adds to both
// pages right after its script tag), which is what the pages themselves decide.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";
import { launch, openPane, RESULTS, ROOT } from "../e2e/harness.mjs";

const RUNS = 9;
const BASELINE_DIR = join(RESULTS, ".bench", "baseline");
const INSERT = "Insert all tables";

function buildBaseline() {
  mkdirSync(BASELINE_DIR, { recursive: true });
  copyFileSync(join(ROOT, "tests/bench/baseline/baseline.html"), join(BASELINE_DIR, "baseline.html"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        devtool: false,
        entry: join(ROOT, "tests/bench/baseline/index.tsx"),
        output: { path: BASELINE_DIR, filename: "baseline.js" },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        module: {
          rules: [
            {
              test: /\.tsx?$/,
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { module: "esnext", jsx: "react-jsx" } },
            },
          ],
        },
        performance: { hints: false },
      },
      (error, stats) => (error || stats.hasErrors() ? reject(error ?? new Error(stats.toString("errors-only"))) : resolve()),
    );
  });
}

/**
 * Runs in the page before its scripts: records when text is first painted, when the DOM first
 * holds the button (the pane's Insert, the baseline's one button), and when Insert is first enabled.
 */
function recordMarks(insertLabel) {
  const marks = {};
  globalThis.__LOAD_MARKS__ = marks;
  new globalThis.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") marks.firstText = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  const check = () => {
    const body = globalThis.document.body;
    if (!body) return;
    if (marks.buttonInDom === undefined && body.querySelector("button")) marks.buttonInDom = globalThis.performance.now();
    if (marks.interactive === undefined) {
      const ready = [...body.querySelectorAll("button")].some(
        (button) =>
          button.textContent.trim() === insertLabel && !button.disabled && button.getAttribute("aria-disabled") !== "true",
      );
      if (ready) marks.interactive = globalThis.performance.now();
    }
  };
  new globalThis.MutationObserver(check).observe(globalThis.document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

/** The page as served, with a mark placed right after office.js has run. */
const markOfficeJs = (html) =>
  html.replace(/(<script[^>]*office\.js"?><\/script>)/, '$1<script>performance.mark("office-js-ran")</script>');

async function loadOnce(browser, page) {
  const where = page === "pane" ? {} : { root: BASELINE_DIR, path: "baseline.html" };
  const { page: tab, context } = await openPane(browser, {
    host: "excel",
    ...where,
    html: markOfficeJs,
    beforeLoad: { content: `(${recordMarks})(${JSON.stringify(INSERT)})` },
  });
  await tab.waitForFunction(
    () => globalThis.__LOAD_MARKS__?.interactive !== undefined && globalThis.__LOAD_MARKS__.firstText !== undefined,
    null,
    { timeout: 60_000 },
  );
  const marks = await tab.evaluate(() => ({
    ...globalThis.__LOAD_MARKS__,
    officeJs: globalThis.performance.getEntriesByName("office-js-ran")[0].startTime,
  }));
  await context.close();
  const afterOfficeJs = (mark) => marks[mark] - marks.officeJs;
  return {
    ...marks,
    firstTextAfterOfficeJs: afterOfficeJs("firstText"),
    buttonInDomAfterOfficeJs: afterOfficeJs("buttonInDom"),
    interactiveAfterOfficeJs: afterOfficeJs("interactive"),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPaint() {
  if (!existsSync(join(ROOT, "dist", "taskpane.html"))) return ["Pane load: no dist/ yet; run npm run build first."];
  await buildBaseline();
  const browser = await launch();
  try {
    const runs = { pane: [], baseline: [] };
    // One load of each first, not counted: the fake host's bundle and the browser warm up.
    await loadOnce(browser, "pane");
    await loadOnce(browser, "baseline");
    for (let run = 0; run < RUNS; run++)
      for (const page of run % 2 === 0 ? ["pane", "baseline"] : ["baseline", "pane"])
        runs[page].push(await loadOnce(browser, page));
    const of = (page, mark) => median(runs[page].map((marks) => marks[mark]));
    const line = (label, mark) => `  ${label.padEnd(40)} ${(of("pane", mark) / of("baseline", mark)).toFixed(2)}× the baseline's`;
    return [
      `Pane load against the baseline (React 18 + Fluent v9, one button after Office.onReady), headless Chromium, medians of ${RUNS} alternating cold loads:`,
      line("first text painted (first contentful paint)", "firstText"),
      line("the button in the DOM", "buttonInDom"),
      line(`"${INSERT}" enabled`, "interactive"),
      line("office.js run (the same file for both)", "officeJs"),
      "  Counted from the moment office.js has run:",
      line("first text painted", "firstTextAfterOfficeJs"),
      line("the button in the DOM", "buttonInDomAfterOfficeJs"),
      line(`"${INSERT}" enabled`, "interactiveAfterOfficeJs"),
      `  (the pane's first paint is its prerendered Home; the baseline paints nothing before React renders)`,
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await benchPaint()).join("\n"));
}
