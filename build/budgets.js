// Byte budgets for what the pane downloads, gzip level 9, in KiB. npm test fails above them
// (tests/e2e/build.test.mjs) and npm run bench reports against them (tests/bench/bundle.bench.ts).
/** The pane's own scripts taskpane.html loads, in order (office.js, from Microsoft's CDN, aside). */
function initialScripts(html) {
  return [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)/g)].map((match) => match[1]).filter((src) => !src.startsWith("http"));
}

module.exports = {
  initialScripts,
  // The scripts taskpane.html loads before the pane can be used: the webpack runtime, the chunk
  // the pane shares with the functions, functions.js and taskpane.js.
  INITIAL_PANE_KIB: 120,
  // The custom functions with the dataset they read: runtime, shared chunk and functions.js.
  // Raised from 30 to 34 when the functions learnt to read the analyst's deals ranges, lay out
  // the money map and run the stress cascade (flows/dealsRange.ts, layout/tableWords.ts,
  // flows/stress.ts; MONEYMAP, SKIPPED, DEPENDENCE, STRESS): 32,782 bytes gzip with them, by
  // this test's own measure (zlib, level 9).
  FUNCTIONS_KIB: 34,
};
