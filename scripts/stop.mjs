// npm stop: ends what npm start began.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const PID_FILE = ".addin-server.pid";

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(process.execPath, [join("node_modules", "office-addin-debugging", "cli.js"), "stop", "manifest.xml"], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

if (!existsSync(PID_FILE)) {
  console.log("No dev server is running.");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8").trim());
try {
  process.kill(-pid, "SIGTERM"); // the server was started detached, as its own process group
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch (error) {
  if (error.code !== "ESRCH") throw error;
  console.log(`The dev server (pid ${pid}) had already stopped.`);
}
rmSync(PID_FILE);
