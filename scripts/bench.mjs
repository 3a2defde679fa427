// npm run bench: compiles tests/bench/ for Node, then runs it; then loads the built pane and a
// baseline page side by side in Chromium (tests/bench/paint.mjs). Benchmarks report ratios and
// counts measured side by side in one run.
import { spawnSync } from "node:child_process";
import { compileForNode, ROOT } from "./compileForNode.mjs";

const compiled = await compileForNode("tests/bench/index.ts", "bench.js");
const result = spawnSync(process.execPath, ["--expose-gc", compiled], { stdio: "inherit", cwd: ROOT });
if (result.status !== 0) process.exit(result.status ?? 1);
const { benchPaint } = await import("../tests/bench/paint.mjs");
console.log((await benchPaint()).join("\n"));
