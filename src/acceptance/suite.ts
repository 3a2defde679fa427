/**
 * The acceptance suite: ordered checks the add-in runs against the Excel it is in, through the
 * pane's own ports. The full suite writes, so it runs only in a blank workbook and removes what
 * it created at the end, whatever the outcome; the read-only suite runs anywhere and removes its
 * hidden scratch sheet. Loaded on demand (the "acceptance" chunk).
 */
import { bundledCatalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import type { TableKey } from "../domain/layout/labels";
import type { AcceptanceOutcome, WorkbookPort } from "../taskpane/ports";
import { ADDIN_VERSION } from "../version";
import type { Check, SuiteRun } from "./checks/check";
import { FUNCTION_CHECKS } from "./checks/functions";
import { HOST_CHECK } from "./checks/host";
import { TABLE_CHECKS } from "./checks/tables";
import { WORKFLOW_CHECKS } from "./checks/workflows";
import { addScratchSheet, isBlank, readHostFacts, readWorkbookShape, removeAddedSince } from "./excel";
import { summarise, type AcceptanceReport, type CheckResult, type SuiteMode } from "./report";

/** In order: the host first, then the read-only function checks, then what writes. */
export const CHECKS: readonly Check[] = [HOST_CHECK, ...FUNCTION_CHECKS, ...TABLE_CHECKS, ...WORKFLOW_CHECKS];

/** The full suite was asked for in a workbook that holds something: it would write into the analyst's work. */
export class NotBlankError extends Error {
  override readonly name = "NotBlankError";
  constructor(
    readonly sheets: number,
    readonly sheetsInUse: readonly string[],
  ) {
    super(
      `The full check writes sheets, so it runs only in a blank workbook (one empty sheet); this one has ${sheets} sheets` +
        (sheetsInUse.length ? `, and ${sheetsInUse.join(", ")} hold data` : "") +
        ". Open a new blank workbook and run it there, or run the read-only check here.",
    );
  }
}

const SCRATCH_SHEET = "ComputeAcceptance";

export interface SuiteOptions {
  readonly mode: SuiteMode;
  readonly language: Language;
  /** Called as each check ends, for the pane's live list. */
  readonly onResult?: (result: CheckResult, index: number, total: number) => void;
  readonly now?: () => Date;
}

export const checksOf = (mode: SuiteMode) => CHECKS.filter((check) => mode === "full" || check.mode === "read-only");

export async function runSuite(port: WorkbookPort, options: SuiteOptions): Promise<AcceptanceReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const before = await readWorkbookShape();
  if (options.mode === "full" && !isBlank(before)) throw new NotBlankError(before.sheets.length, before.sheetsInUse);
  const checks = checksOf(options.mode);
  const run: SuiteRun = {
    port,
    language: options.language,
    scratchSheet: uniqueName(SCRATCH_SHEET, before.sheets),
    tables: new Map<TableKey, { table: string; sheet: string }>(),
    lastWrite: null,
  };
  const results: CheckResult[] = [];
  let scratchAdded = false;
  try {
    await addScratchSheet(run.scratchSheet, options.mode === "read-only");
    scratchAdded = true;
    for (const check of checks) {
      const result = await runCheck(check, run, results);
      results.push(result);
      options.onResult?.(result, results.length - 1, checks.length);
    }
  } finally {
    // Whatever happened: the full suite leaves the blank workbook it found; the read-only one, the analyst's as it was.
    if (options.mode === "full") await removeAddedSince(before);
    else if (scratchAdded) await removeSheet(run.scratchSheet);
  }
  return summarise({
    mode: options.mode,
    addinVersion: ADDIN_VERSION,
    datasetVersion: bundledCatalog.dataset.version,
    startedAt,
    finishedAt: now().toISOString(),
    host: readHostFacts(),
    results,
  });
}

/** The suite as the pane asks for it: a workbook that is not blank is an answer, not an error. */
export async function runAcceptance(port: WorkbookPort, options: SuiteOptions): Promise<AcceptanceOutcome> {
  try {
    return { kind: "report", report: await runSuite(port, options) };
  } catch (error) {
    if (error instanceof NotBlankError) return { kind: "not-blank", sheets: error.sheets, sheetsInUse: error.sheetsInUse };
    throw error;
  }
}

async function runCheck(check: Check, run: SuiteRun, done: readonly CheckResult[]): Promise<CheckResult> {
  const base = { id: check.id, title: check.title, covers: check.covers };
  const unmet = (check.requires ?? []).filter((id) => done.find((result) => result.id === id)?.status !== "passed");
  if (unmet.length > 0)
    return { ...base, status: "skipped", expected: `after ${unmet.join(", ")}`, actual: `${unmet.join(", ")} did not pass` };
  try {
    const verdict = await check.run(run);
    return { ...base, status: verdict.passed ? "passed" : "failed", expected: verdict.expected, actual: verdict.actual };
  } catch (error) {
    // A check that Excel refused is a failure with Excel's words, not the end of the suite.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, status: "failed", expected: "no error", actual: message };
  }
}

function uniqueName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  return name;
}

function removeSheet(name: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}
