// `npm run test:excel --fake-host`: the acceptance suite in Chromium over the in-memory Excel,
// opened by the runner over HTTPS with ?acceptance=full, its report posted to the runner's
// endpoint as in real Excel. Every check passes; with a fault put into the fake (the analyst's
// row lost on refresh) the matching check fails by name and the runner exits non-zero.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "./harness.mjs";

function runner(args) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, "scripts/test-excel.mjs"), "--fake-host", "--no-build", "--timeout", "240", ...args],
      {
        cwd: ROOT,
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the acceptance suite, run by test:excel against the fake host", () => {
  it("passes every check, posts the report over HTTPS, and exits 0", async () => {
    const { code, output } = await runner(["--port", "3461"]);
    assert.equal(code, 0, output);
    const outcome = JSON.parse(readFileSync(join(ROOT, "test-results/excel-acceptance.json"), "utf8"));
    assert.equal(outcome.kind, "report");
    assert.equal(outcome.report.mode, "full");
    assert.equal(outcome.report.failed, 0);
    assert.ok(outcome.report.passed >= 15, `${outcome.report.passed} checks passed`);
    assert.deepEqual(
      outcome.report.results.filter((r) => r.status !== "passed").map((r) => r.id),
      [],
    );
    assert.equal(outcome.report.host.host, "Excel");
    assert.match(output, /ok {2}refresh-keeps-appended-row/);
    assert.match(output, /\d+ passed, 0 failed, 0 skipped/);
  });

  it("names the check a broken host fails, and exits non-zero", async () => {
    const { code, output } = await runner(["--port", "3462", "--fault", "lose-analyst-row"]);
    assert.equal(code, 1, output);
    assert.match(output, /FAIL {2}refresh-keeps-appended-row/);
    assert.match(output, /\d+ passed, 1 failed/);
  });
});
