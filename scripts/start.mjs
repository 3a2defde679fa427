// npm start: serve the add-in on https://localhost:3000 and load it into Excel.
// - Windows and macOS: office-addin-debugging starts the dev server and sideloads manifest.xml
//   into desktop Excel.
// - Linux (no desktop Excel): starts the dev server in the background and prints how to add
//   manifest.xml to Excel on the web. `npm stop` ends it either way.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";

const PORT = 3000;
const PID_FILE = ".addin-server.pid";
const LOG_FILE = ".addin-server.log";
const cli = (name) => join("node_modules", name, "cli.js");

function ensureDevCertificate() {
  // Creates ~/.office-addin-dev-certs and tries to trust its CA. Trusting needs sudo and fails
  // in containers; webpack.config.js then reads the generated files directly.
  const result = spawnSync(process.execPath, [cli("office-addin-dev-certs"), "install"], { encoding: "utf8" });
  if (result.status !== 0) {
    console.warn(
      "The development CA could not be trusted on this machine (it needs sudo). The server still runs on HTTPS;\n" +
        "open https://localhost:3000/taskpane.html once in your browser and accept the certificate.",
    );
  }
}

function waitForServer(deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = request(
        { host: "localhost", port: PORT, path: "/taskpane.html", rejectUnauthorized: false, timeout: 2000 },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", () =>
        Date.now() > deadline
          ? reject(new Error(`nothing answered on port ${PORT}; see ${LOG_FILE}`))
          : setTimeout(attempt, 1000),
      );
      req.end();
    };
    attempt();
  });
}

async function startOnLinux() {
  if (existsSync(PID_FILE)) {
    console.error(`A dev server is already running (pid ${readFileSync(PID_FILE, "utf8").trim()}). Run npm stop first.`);
    process.exit(1);
  }
  const log = openSync(LOG_FILE, "a");
  const server = spawn(
    process.execPath,
    [join("node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development"],
    {
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  closeSync(log);
  writeFileSync(PID_FILE, String(server.pid));
  server.unref();
  await waitForServer(Date.now() + 120_000);
  console.log(`
The add-in is served at https://localhost:${PORT}/ (log: ${LOG_FILE}; stop it with npm stop).

There is no desktop Excel on Linux. To load the add-in into Excel on the web:
  1. Open https://localhost:${PORT}/taskpane.html in this browser once and accept the certificate.
  2. Open a workbook at https://www.office.com/launch/excel.
  3. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  4. Choose ${join(process.cwd(), "manifest.xml")} and select Upload.
  5. The Compute tab appears on the ribbon; type =COMPUTE. in a cell for the functions.
`);
}

ensureDevCertificate();
if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(
    process.execPath,
    [cli("office-addin-debugging"), "start", "manifest.xml", "desktop", "--app", "excel"],
    {
      stdio: "inherit",
    },
  );
  process.exit(result.status ?? 1);
} else {
  startOnLinux().catch((error) => {
    console.error(`npm start failed: ${error.message}`);
    process.exit(1);
  });
}
