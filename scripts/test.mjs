// npm test: every check, in order, stopping at the first red step. Ends with one line that
// counts the tests of every runner: "npm test: N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { missingPackages } from "./systemPackages.mjs";

// The system packages first, before anything runs (scripts/system-packages.txt).
const missing = missingPackages();
if (missing.length > 0) {
  for (const { name, purpose } of missing) console.error(`Missing system package ${name} (${purpose}).`);
  console.error(`Install them with: sudo apt-get install ${missing.map((p) => p.name).join(" ")}`);
  console.log("npm test: 0 passed, 1 failed");
  process.exit(1);
}

// Entry scripts are run with this node directly: no reliance on node_modules/.bin links.
const bin = (file) => join("node_modules", file);
mkdirSync("test-results", { recursive: true });
const JEST_JSON = "test-results/jest.json";
const E2E_TAP = "test-results/e2e.tap";
rmSync(JEST_JSON, { force: true });
rmSync(E2E_TAP, { force: true });

const steps = [
  ["type-check", [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"]],
  ["lint", [bin("eslint/bin/eslint.js"), "."]],
  // Which layer may import which: .dependency-cruiser.cjs, and docs/engineering/architecture.md.
  ["architecture rules", [bin("dependency-cruiser/bin/dependency-cruise.mjs"), "--config", ".dependency-cruiser.cjs", "src"]],
  ["unit and component tests", [bin("jest/bin/jest.js"), "--json", `--outputFile=${JEST_JSON}`]],
  ["production build", [bin("webpack-cli/bin/cli.js"), "--mode", "production"]],
  [
    "browser and build tests",
    [
      "--test",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${E2E_TAP}`,
      "tests/e2e/",
    ],
  ],
];

function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(JEST_JSON)) {
    const jest = JSON.parse(readFileSync(JEST_JSON, "utf8"));
    passed += jest.numPassedTests;
    failed += jest.numFailedTests;
  }
  if (existsSync(E2E_TAP)) {
    const tap = readFileSync(E2E_TAP, "utf8");
    passed += Number(tap.match(/^# pass (\d+)$/m)?.[1] ?? 0);
    failed += Number(tap.match(/^# fail (\d+)$/m)?.[1] ?? 0);
  }
  return { passed, failed };
}

for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) {
    const { passed, failed } = counts();
    console.error(`\nnpm test stopped: ${name} failed.`);
    console.log(`npm test: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
const { passed, failed } = counts();
console.log(`\nnpm test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
