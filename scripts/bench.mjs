// npm run bench: compiles tests/bench/ for Node, then runs it. Benchmarks report ratios and
// counts measured side by side in one run.
import { spawnSync } from "node:child_process";
import { compileForNode, ROOT } from "./compileForNode.mjs";

const compiled = await compileForNode("tests/bench/index.ts", "bench.js");
const result = spawnSync(process.execPath, ["--expose-gc", compiled], { stdio: "inherit", cwd: ROOT });
process.exit(result.status ?? 1);
