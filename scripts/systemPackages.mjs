// The system packages the tests need (scripts/system-packages.txt), and which of them are
// missing on this machine. npm test stops before running anything when one is, and says how to
// install it; .ci/run installs the same list.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const LIST = fileURLToPath(new URL("./system-packages.txt", import.meta.url));

/** Each package with its check and what it is for. */
export function systemPackages() {
  return readFileSync(LIST, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [name, check, ...purpose] = line.trim().split(/\s+/);
      return { name, check, purpose: purpose.join(" ") };
    });
}

const installed = ({ name, check }) =>
  check === "dpkg"
    ? spawnSync("dpkg", ["-s", name], { stdio: "ignore" }).status === 0
    : spawnSync("sh", ["-c", `command -v ${check}`], { stdio: "ignore" }).status === 0;

export const missingPackages = () => systemPackages().filter((pkg) => !installed(pkg));

// `node scripts/systemPackages.mjs --missing` prints the missing names, one a line, for .ci/run.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--missing"))
  for (const { name } of missingPackages()) console.log(name);
