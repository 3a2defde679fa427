// npm run workbook -- --out FILE.xlsx [--lang en|zh-CN|zh-TW] [--date ISO]: see src/export/cli.ts.
import { spawnSync } from "node:child_process";
import { compileForNode, ROOT } from "./compileForNode.mjs";

const compiled = await compileForNode("src/export/run.ts", "workbook.js");
const result = spawnSync(process.execPath, [compiled, ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: process.cwd(),
  env: { ...process.env, INIT_CWD: ROOT },
});
process.exit(result.status ?? 1);
