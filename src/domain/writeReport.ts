/**
 * What a workbook write did, as data: the Office adapter fills it in, the pane and the ribbon
 * report it, each worded in the reader's language.
 */
import type { Language } from "./language";
import type { CellValue } from "./cells";
import type { TableKey } from "./layout/labels";
import type { ReconciledTable, Restore, RowCounts } from "./layout/reconcile";

/** The two ways the tables are written: the first time, and every time after. */
export type WriteAction = "insert" | "refresh";

export interface TableReport extends RowCounts {
  /** Which managed table, whatever its name now. */
  key: TableKey;
  table: string;
  sheet: string;
}

/** Things the analyst should know about a write, as data: the pane words them in its language. */
export type WriteNote =
  /** A sheet name it wanted is the analyst's: it wrote under another. */
  | { kind: "sheetNameTaken"; planned: string; written: string }
  | { kind: "tableNameTaken"; planned: string; written: string }
  | { kind: "tableRenamed"; from: string; to: string }
  | { kind: "tableWrittenAgain"; table: string; sheet: string }
  /** A managed table is gone, and its cells hold something: nothing was written there. */
  | { kind: "tableAreaInUse"; table: string; sheet: string; address: string }
  /** The analyst removed the column rows are matched by: the table was left as it is. */
  | { kind: "keyColumnRemoved"; table: string; column: string }
  | { kind: "columnRemoved"; table: string; column: string }
  /** A column this version of the add-in writes that the table did not have yet: added at its right end. */
  | { kind: "columnAdded"; table: string; column: string }
  /** A managed cell the analyst changed: kept, with the dataset's value beside it. */
  | { kind: "override"; table: string; key: string; column: string; yours: CellValue; dataset: CellValue }
  /** The same, where the dataset's value changed too since the add-in last wrote the cell. */
  | { kind: "conflict"; table: string; key: string; column: string; yours: CellValue; dataset: CellValue }
  /** An analyst's row has the key of a new dataset row: both kept, the dataset's added as a new row. */
  | { kind: "keyClash"; table: string; key: string }
  /**
   * A marker name of the add-in's points at a sheet or table (`target`) that does not hold what
   * the add-in wrote: left as it is, the add-in's written beside it.
   */
  | { kind: "markerIgnored"; marker: string; target: string }
  /** An override's cell has the analyst's own input message: kept, so the add-in's note is not on the cell. */
  | { kind: "messageKept"; table: string; key: string; column: string }
  /** Cells the add-in wrote outside its tables that hold something else now: the analyst's, kept (A1 addresses). */
  | { kind: "cellsKept"; sheet: string; cells: string };

export interface WriteReport {
  /** When the plans were made: the time shown on the About sheet. */
  writtenAt: string;
  /** The language the tables are written in: the workbook's, unless a rewrite asked for another. */
  language: Language;
  /** Sheets created in this write, with the name each got. */
  created: { sheet: string; name: string; renamedFrom: string | null }[];
  tables: TableReport[];
  notes: WriteNote[];
  syncs: number;
}

/** What a refresh would do to one table, found without writing anything (the pane's preview). */
export interface TablePreview extends Omit<TableReport, "sheet"> {
  /** The overrides, conflicts and key clashes it would meet. */
  notes: WriteNote[];
}

/** The last table write, from the pane or the ribbon, as the pane shows it. */
/** Where a write of more than one batch is. */
export interface WriteProgress {
  /** The sheet the batch starts on; null for the last batch's record of what was written. */
  readonly sheet: string | null;
  readonly batch: number;
  readonly batches: number;
}

export type Activity =
  | { state: "idle" }
  /** `progress` where the write takes more than one batch: "Writing Deals: 3 of 5". */
  | { state: "working"; action: WriteAction; progress?: WriteProgress }
  | { state: "done"; action: WriteAction; report: WriteReport; at: string }
  | { state: "failed"; action: WriteAction; error: unknown };

/** What Make portable did to one sheet's COMPUTE formulas. */
export interface PortableReport {
  /** Rewritten as native Excel formulas. */
  native: number;
  /** Replaced by their current values. */
  values: number;
}

/** What the analyst chose in the pane for one write; the ribbon chooses none of it. */
export interface WriteConsent {
  /** Replace a stored record that was refused when read. */
  readonly replaceRefused?: boolean;
  /** Rewrite the managed titles and headers in the requested language, not the workbook's. */
  readonly rewriteLanguage?: boolean;
  /** Give these overrides back to the dataset's values, per table (the pane asks first). */
  readonly restore?: Partial<Record<TableKey, Restore>>;
}

/** What a reconciled table tells the analyst: removed columns, overrides, conflicts, key clashes. */
export function tableNotes(table: string, reconciled: ReconciledTable): WriteNote[] {
  return [
    ...reconciled.missingColumns.map((column): WriteNote => ({ kind: "columnRemoved", table, column })),
    ...reconciled.addedColumns.map((column): WriteNote => ({ kind: "columnAdded", table, column })),
    ...reconciled.overrides.map((override): WriteNote => ({
      kind: override.conflict ? "conflict" : "override",
      table,
      key: override.key,
      column: override.column,
      yours: override.yours,
      dataset: override.dataset,
    })),
    ...reconciled.mark
      .filter((cell) => cell.keepMessage)
      .map((cell): WriteNote => ({ kind: "messageKept", table, key: cell.override.key, column: cell.override.column })),
    ...reconciled.clashes.map((key): WriteNote => ({ kind: "keyClash", table, key })),
  ];
}
