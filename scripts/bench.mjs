// npm run bench: compiles tests/bench/ for Node with the project's own webpack and ts-loader,
// then runs it. Benchmarks report ratios and counts measured side by side in one run.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-results", ".bench");

const compiler = webpack({
  mode: "production",
  target: "node",
  devtool: false,
  entry: join(ROOT, "tests/bench/index.ts"),
  output: { path: OUT, filename: "bench.js" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } }],
  },
  optimization: { minimize: false },
});

compiler.run((error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ?? stats.toString("errors-only"));
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [join(OUT, "bench.js")], { stdio: "inherit", cwd: ROOT });
  process.exit(result.status ?? 1);
});
