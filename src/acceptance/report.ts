/**
 * The acceptance suite's results, as data: what each check expected, what Excel held, and
 * the host it ran in. The pane lists them, the runner (scripts/test-excel.mjs) prints them, and
 * an analyst sends the JSON or the text to support. Pure: no Office, no DOM.
 */

/** "full" writes into a blank workbook; "read-only" leaves the workbook as it is (a hidden scratch sheet aside). */
export type SuiteMode = "full" | "read-only";

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  /** Stable and kebab-case: what support and the runner refer to. */
  readonly id: string;
  readonly title: string;
  /** The README promise the check acts out, where it covers one. */
  readonly covers: string | null;
  readonly status: CheckStatus;
  /** What the add-in meant, and what Excel held, in words short enough for a table. */
  readonly expected: string;
  readonly actual: string;
}

/** What Excel says of itself (Office.context.diagnostics and the requirement sets). */
export interface HostFacts {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** Each requirement set the add-in relies on, and whether the host has it. */
  readonly sets: readonly { readonly name: string; readonly version: string; readonly supported: boolean }[];
}

export interface AcceptanceReport {
  readonly mode: SuiteMode;
  readonly addinVersion: string;
  readonly datasetVersion: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly host: HostFacts | null;
  readonly results: readonly CheckResult[];
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export function summarise(parts: Omit<AcceptanceReport, "passed" | "failed" | "skipped">): AcceptanceReport {
  const count = (status: CheckStatus) => parts.results.filter((result) => result.status === status).length;
  return { ...parts, passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
}

/** A report is a pass when it ran at least one check and none failed. */
export const reportPassed = (report: AcceptanceReport): boolean => report.failed === 0 && report.passed > 0;

const MAX_CELL = 60;
const clip = (text: string) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

/** The report as a plain-text table, for a support ticket and the runner's console. */
export function reportText(report: AcceptanceReport): string {
  const host = report.host ? `${report.host.host} on ${report.host.platform}, version ${report.host.version}` : "host not read";
  const rows = [
    ["", "check", "expected", "Excel held"],
    ...report.results.map((result) => [
      result.status === "passed" ? "ok" : result.status === "failed" ? "FAIL" : "skip",
      result.id,
      clip(result.expected),
      clip(result.actual),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd(),
  );
  return [
    `Compute Alliances ${report.addinVersion} (dataset ${report.datasetVersion}), ${report.mode} suite`,
    host,
    `${report.startedAt} to ${report.finishedAt}`,
    "",
    ...lines,
    "",
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`,
  ].join("\n");
}
