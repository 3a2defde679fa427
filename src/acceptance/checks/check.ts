/**
 * One acceptance check: a named step that acts on the workbook through the pane's ports and
 * reads back what Excel made of it. Checks run in order and share what earlier ones learned
 * (the run), so a refresh check finds the tables the insert check wrote.
 */
import type { CellValue } from "../../domain/cells";
import type { Language } from "../../domain/language";
import type { TableKey } from "../../domain/layout/labels";
import type { WriteReport } from "../../domain/writeReport";
import type { WorkbookPort } from "../../taskpane/ports";
import type { SuiteMode } from "../report";

/** What a check found: whether Excel held what the add-in meant, in words for the report. */
export interface Verdict {
  readonly passed: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** What the checks of one run share. */
export interface SuiteRun {
  readonly port: WorkbookPort;
  readonly language: Language;
  /** The suite's own sheet for formulas: hidden in the read-only suite. */
  readonly scratchSheet: string;
  /** Where each managed table is now, by the last write's report: renames are followed. */
  tables: Map<TableKey, { table: string; sheet: string }>;
  lastWrite: WriteReport | null;
}

export interface Check {
  readonly id: string;
  readonly title: string;
  /** The README promise it acts out, if any. */
  readonly covers: string | null;
  /** "read-only" checks run in both suites; "full" ones only in a blank workbook. */
  readonly mode: SuiteMode;
  /** Checks that must have passed first; without them this one is skipped. */
  readonly requires?: readonly string[];
  run(run: SuiteRun): Promise<Verdict>;
}

export const verdict = (passed: boolean, expected: string, actual: string): Verdict => ({ passed, expected, actual });

/** Numbers as Excel stores them: equal to 15 significant digits. */
export function sameValue(expected: CellValue, actual: CellValue): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return expected === actual || Math.abs(expected - actual) <= 1e-12 * Math.max(Math.abs(expected), Math.abs(actual));
  return expected === actual;
}

/** A value as the report shows it: text quoted, so "2025-09" and the date serial 45901 read apart. */
export const shown = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? JSON.stringify(value) : String(value);

/** The first few of a list of differences, and how many there were. */
export function firstOf(differences: readonly string[], limit = 3): string {
  if (differences.length === 0) return "none";
  const more = differences.length > limit ? ` (and ${differences.length - limit} more)` : "";
  return `${differences.slice(0, limit).join("; ")}${more}`;
}

/** Records where the tables are after a write. */
export function follow(run: SuiteRun, report: WriteReport): void {
  run.lastWrite = report;
  for (const table of report.tables) run.tables.set(table.key, { table: table.table, sheet: table.sheet });
}

export function tableOf(run: SuiteRun, key: TableKey): { table: string; sheet: string } {
  const found = run.tables.get(key);
  if (!found) throw new Error(`the insert did not report the ${key} table`);
  return found;
}
