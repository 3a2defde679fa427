// taskpane.html's #root with the pane's Home rendered into it, as the build puts it there
// (build/prerenderPlugin.js): src/taskpane/prerender.tsx compiled for Node and run in a
// process of its own with NODE_ENV=production, so React and Griffel render exactly as the
// production pane does (Griffel's development class names carry a debug suffix). A test that
// hydrates it with development React asks for its own NODE_ENV. Run directly, it prints the HTML.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { compileForNode } from "./compileForNode.mjs";

export async function prerenderHome(nodeEnv = "production") {
  const file = await compileForNode("src/taskpane/prerender.tsx", "prerender.js");
  const run = `require(${JSON.stringify(file)}).prerenderPane().then((html) => process.stdout.write(html))`;
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", run], {
    env: { ...process.env, NODE_ENV: nodeEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(await prerenderHome());
