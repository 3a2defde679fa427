/**
 * Refresh of one managed table, as pure data: the table as it is in the workbook (headers,
 * formulas, formats, perhaps with the analyst's own columns) plus the plan give the table as
 * it should be. Rows are matched by the plan's key column (a deal's id, the AI-share year); the
 * analyst's columns keep their cells, which move with
 * their row; a column whose every cell holds the same formula is a calculated column and fills
 * new rows too. Managed cells take the plan's values; nothing else changes.
 */
import type { CellValue } from "../cells";
import { HEADER_TO_KEY } from "./labels";
import { tableCells, type PlannedRow, type TablePlan } from "./plan";

export interface TableOnSheet {
  readonly headers: readonly CellValue[];
  /** Formulas (or constants) of the data body, row by row. */
  readonly body: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Zero-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
}

export interface RowCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export interface MergedTable {
  /** The header row to write: null where the header is the analyst's and stays as it is. */
  readonly headers: (CellValue | null)[];
  readonly body: CellValue[][];
  readonly numberFormats: string[][];
  readonly counts: RowCounts;
  /** Planned columns the analyst removed from the table: left out, not put back. */
  readonly missingColumns: string[];
}

/** The table has lost the column its rows are matched by, so it cannot be merged. */
export class MergeError extends Error {
  constructor(
    table: string,
    readonly column: string,
  ) {
    super(`table ${table} has lost its ${column} column`);
  }
}

export function mergeTable(plan: TablePlan, current: TableOnSheet): MergedTable {
  const keyAt = current.headers.map((header) => HEADER_TO_KEY.get(String(header)) ?? null);
  const writtenKeyColumn = keyAt.indexOf(plan.keyColumn);
  if (writtenKeyColumn < 0) throw new MergeError(plan.name, plan.keyColumn);
  const plannedKeyColumn = plan.columns.findIndex((column) => column.key === plan.keyColumn);
  const plannedKey = (row: PlannedRow) => String(row.cells[plannedKeyColumn]);
  const plannedIndex = new Map(plan.columns.map((column, i) => [column.key, i]));
  const managed = keyAt.map((key) => (key !== null && plannedIndex.has(key) ? plannedIndex.get(key)! : -1));
  const missingColumns = plan.columns.filter((c) => !keyAt.includes(c.key)).map((c) => c.key);

  const existingByKey = new Map(current.body.map((row, i) => [String(row[writtenKeyColumn]), i]));
  const calculated = current.headers.map((_, c) => {
    if (managed[c] >= 0 || current.body.length === 0) return null;
    const first = current.body[0][c];
    return typeof first === "string" && first.startsWith("=") && current.body.every((row) => row[c] === first) ? first : null;
  });

  const planned = tableCells(plan, current.top, current.left);
  const counts: RowCounts = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const body: CellValue[][] = [];
  const numberFormats: string[][] = [];
  plan.rows.forEach((row, r) => {
    const existingIndex = existingByKey.get(plannedKey(row));
    const existing = existingIndex === undefined ? undefined : current.body[existingIndex];
    const cells = current.headers.map((_, c) =>
      managed[c] >= 0 ? planned[r][managed[c]] : (existing?.[c] ?? calculated[c] ?? ""),
    );
    const formats = current.headers.map((_, c) =>
      managed[c] >= 0
        ? (row.numberFormats?.[managed[c]] ?? plan.columns[managed[c]].numberFormat)
        : (current.numberFormats[existingIndex ?? 0]?.[c] ?? "General"),
    );
    if (!existing) counts.added++;
    else if (cells.some((cell, c) => managed[c] >= 0 && !sameCell(cell, existing[c]))) counts.updated++;
    else counts.unchanged++;
    body.push(cells);
    numberFormats.push(formats);
  });
  const plannedKeys = new Set(plan.rows.map(plannedKey));
  counts.removed = [...existingByKey.keys()].filter((key) => !plannedKeys.has(key)).length;

  // Managed headers are rewritten in the plan's language; the analyst's are not written at all
  // (null leaves a cell as it is), so their text is never read back in as a formula.
  const headers = current.headers.map((_, c) => (managed[c] >= 0 ? plan.columns[managed[c]].header : null));
  return { headers, body, numberFormats, counts, missingColumns };
}

/** Excel hands back "" for an empty cell and numbers as numbers; compare as Excel stores them. */
function sameCell(a: CellValue, b: CellValue | undefined): boolean {
  return (
    a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)))
  );
}
