/**
 * Sheet plans: plain data describing every sheet the add-in writes (tables, their columns,
 * rows, formats and formulas, free cells, charts, frozen panes). The Office adapter and the
 * .xlsx exporter both apply these plans, so the two always write the same workbook.
 */
import { isQuotedText, type CellValue } from "../cells";
import type { AnySheetKey, TableKey } from "./labels";
import type { Bounds } from "../model/bounds";
import type { Emphasis } from "./styles";

export interface PlannedColumn {
  /** Stable key (English); the header written is `header`, in the sheet's language. */
  readonly key: string;
  readonly header: string;
  /** Excel number format for the column's cells ("General" for text). */
  readonly numberFormat: string;
  /** Column width in characters. */
  readonly width: number;
}

export interface PlannedRow {
  /** The dataset id, by which formulas of the same table name the row ({row-id}). */
  readonly id: string;
  /**
   * Values, or formulas starting with "=", in column order. "" is an empty cell. A formula may
   * name another row of the same table as {row-id}: it stands for that row's cell in the
   * table's "value" column, resolved by tableCells once the table's position is known.
   */
  readonly cells: readonly CellValue[];
  /** Per-cell number formats, where a column mixes units (the Metrics values). */
  readonly numberFormats?: readonly string[];
  /** Per-cell notes, in column order: a value taken from context (shown in italics), or a caveat. */
  readonly notes?: readonly (PlannedNote | null)[];
}

/** A note on a cell, shown when the cell is selected; an inferred value's cell is in italics too. */
export interface PlannedNote {
  readonly kind: "inferred" | "caveat";
  /** At most 32 characters, as Excel allows an input message's title. */
  readonly title: string;
  /** At most 255 characters. */
  readonly text: string;
}

export interface TablePlan {
  readonly key: TableKey;
  /** The Excel table name: the same in every language. */
  readonly name: string;
  /** Zero-based position of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly columns: readonly PlannedColumn[];
  /** The column whose cells tell rows apart: refresh matches written rows to planned ones by it. */
  readonly keyColumn: string;
  readonly rows: readonly PlannedRow[];
  readonly style: string;
}

export interface CellBlock {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  /** Values or formulas, row by row; every row as wide as the block. */
  readonly cells: readonly (readonly CellValue[])[];
  /** How the cells look (styles.ts): "input" cells are the analyst's to edit, and look it. */
  readonly emphasis: Emphasis;
  /** Number formats, as wide and tall as `cells`; General where absent. */
  readonly numberFormats?: readonly (readonly string[])[];
}

/** A zero-based block of cells on the plan's own sheet. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly height: number;
  readonly width: number;
}

/** A workbook-level defined name for one cell of the sheet: how formulas elsewhere read it. */
export interface PlannedName {
  readonly name: string;
  readonly row: number;
  readonly col: number;
}

/**
 * What a validated cell accepts, as the host's rule takes it: one comparison or a range.
 * Built from a model input's bounds by validationRule, so both adapters map it one to one.
 */
export type ValidationRule =
  | { readonly operator: "between"; readonly min: number; readonly max: number }
  | { readonly operator: "greaterThan" | "greaterThanOrEqualTo"; readonly bound: number };

/** Data validation on one cell: a decimal (or whole number) under one rule. */
export interface PlannedNumberValidation {
  readonly row: number;
  readonly col: number;
  readonly numberKind: "decimal" | "whole";
  readonly rule: ValidationRule;
  /** Shown when a value is refused. */
  readonly message: string;
}

/**
 * A drop-down of choices on one cell, which still takes any other entry (its alert only
 * informs): the analyst's own company is a choice too.
 */
export interface PlannedListValidation {
  readonly row: number;
  readonly col: number;
  readonly choices: readonly string[];
  /** Shown when an entry is not one of the choices. */
  readonly message: string;
}

export type PlannedValidation = PlannedNumberValidation | PlannedListValidation;

/** Excel's limit on a list validation's source written as text, commas included. */
export const LIST_SOURCE_LIMIT = 255;

/** A list's choices as Excel's source text: comma-separated, as many as fit its limit. */
export function listSource(choices: readonly string[]): string {
  let source = "";
  for (const choice of choices.map((c) => c.replace(/,/g, " "))) {
    const next = source === "" ? choice : `${source},${choice}`;
    if (next.length > LIST_SOURCE_LIMIT) break;
    source = next;
  }
  return source;
}

/** A series over a column of a table. */
export interface TableSeriesPlan {
  readonly name: string;
  readonly table: TableKey;
  readonly valuesColumn: string;
  readonly categoriesColumn: string;
  /** Zero-based, inclusive rows of the table body; all rows when absent. */
  readonly rows?: { readonly from: number; readonly to: number };
}

/** A series over plain cells of the sheet. */
export interface CellSeriesPlan {
  readonly name: string;
  readonly values: Box;
  readonly categories: Box;
}

export type ChartSeriesPlan = TableSeriesPlan | CellSeriesPlan;

/** Where a table sits: its header row's cell, and how many body rows it has. */
export interface TablePlace {
  readonly top: number;
  readonly left: number;
  readonly bodyRows: number;
}

/**
 * The cells one series reads: its plain cells, or a table column's body rows, with the table
 * where `place` says (after a write, the analyst's rows among them) or where the plan puts it.
 */
export function seriesBoxes(plan: SheetPlan, series: ChartSeriesPlan, place?: TablePlace): { values: Box; categories: Box } {
  if ("values" in series) return { values: series.values, categories: series.categories };
  const table = plan.tables.find((t) => t.key === series.table);
  if (!table) throw new Error(`A chart reads table ${series.table}, which ${plan.name} does not hold`);
  const { top, left, bodyRows } = place ?? { top: table.row, left: table.col, bodyRows: table.rows.length };
  const from = series.rows?.from ?? 0;
  const to = series.rows?.to ?? bodyRows - 1;
  const column = (key: string): Box => ({
    row: top + 1 + from,
    col: left + table.columns.findIndex((c) => c.key === key),
    height: to - from + 1,
    width: 1,
  });
  return { values: column(series.valuesColumn), categories: column(series.categoriesColumn) };
}

/** Charts the add-in writes are named with this prefix and their plan's key, live and in the file. */
export const CHART_NAME_PREFIX = "ComputeAlliances.";

export interface ChartPlan {
  readonly key: string;
  /** Excel chart type names, as Excel.ChartType spells them. */
  readonly type: "BarClustered" | "XYScatterLines" | "Line";
  readonly title: string;
  /** Zero-based top-left cell and size in cells. */
  readonly row: number;
  readonly col: number;
  readonly height: number;
  readonly width: number;
  readonly series: readonly ChartSeriesPlan[];
}

/** A two-colour scale over a block of cells, as conditional formatting: it follows the cells' values. */
export interface PlannedColorScale {
  readonly box: Box;
  /** "#RRGGBB" at the lowest value and at the highest. */
  readonly low: string;
  readonly high: string;
}

export interface SheetPlan {
  readonly key: AnySheetKey;
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Rows frozen at the top. */
  readonly freezeRows: number;
  readonly names?: readonly PlannedName[];
  readonly validations?: readonly PlannedValidation[];
  readonly colorScales?: readonly PlannedColorScale[];
  /**
   * How a later write treats the sheet once it exists:
   * - "always" (the default): blocks rewritten in place, tables refreshed, other cells kept;
   * - "rebuild": cleared and written again (generated sheets whose shape changes, such as the
   *   scenario comparison);
   * - "create-only": left alone (scenario sheets, whose inputs are the analyst's once written).
   */
  readonly updates?: "always" | "rebuild" | "create-only";
}

/** Zero-based column index to its letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Absolute A1-style address of a zero-based cell or block: $A$4:$A$7. */
export function absoluteAddress(row: number, col: number, height = 1, width = 1): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return height === 1 && width === 1 ? cell(row, col) : `${cell(row, col)}:${cell(row + height - 1, col + width - 1)}`;
}

/** A cell's zero-based row and column from its A1 address ("B4", "$B$4"); null where it is not one cell. */
export function cellIndexes(a1: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(a1);
  if (!match) return null;
  const col = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/** A1-style address of a zero-based cell or block. */
export function address(row: number, col: number, height = 1, width = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return height === 1 && width === 1 ? start : `${start}:${columnLetters(col + width - 1)}${row + height}`;
}

/** Excel's text number format. */
export const TEXT_FORMAT = "@";

/** A planned cell that is text: a string that is neither empty nor a formula. */
export const isPlannedText = (cell: CellValue): boolean => typeof cell === "string" && cell !== "" && !cell.startsWith("=");

/**
 * The number format a planned cell is written with, the one rule that keeps text as text. Excel
 * reads a string written through Range.values or Range.formulas as typed input: "2025-09"
 * becomes a date, "2025" a number, "00123" the number 123 (office-js #229; OFFICE-FACTS.md §7).
 * A cell formatted as text ("@") before the write keeps the string as it is. So every text cell
 * is planned "@", and both adapters write the format before the value; a formula, a number or a
 * logical is never written "@", where Excel would keep a formula as its text.
 *
 * The quote prefix ('2025-09) is the other way. It is kept for text that starts like a formula
 * (cells.ts, literalText), which the plan must tell from a formula; it was not taken for all
 * text because the file writer would have to strip it again (it types its cells), and because
 * an analyst typing over a managed text cell would still be coerced, where a text cell keeps
 * what they typed, so that their override shows as they typed it.
 */
export function writtenFormat(cell: CellValue, planned: string): string {
  const notText = planned === TEXT_FORMAT ? "General" : planned;
  // Quoted text (cells.ts, literalText) relies on the prefix, which a text cell might keep as a character.
  if (isPlannedText(cell)) return isQuotedText(cell) ? notText : TEXT_FORMAT;
  return cell === "" ? planned : notText;
}

/** A planned row's number format in column `c`: its own where it has one, the column's otherwise. */
export const plannedFormat = (plan: TablePlan, row: PlannedRow, c: number): string =>
  writtenFormat(row.cells[c], row.numberFormats?.[c] ?? plan.columns[c].numberFormat);

/** A table's header row's number formats: its headers are text. */
export const headerFormats = (table: TablePlan): string[] => table.columns.map((c) => writtenFormat(c.header, "General"));

/** The number formats a block's cells are written with, row by row. */
export const blockFormats = (block: CellBlock): string[][] =>
  block.cells.map((row, r) => row.map((cell, c) => writtenFormat(cell, block.numberFormats?.[r]?.[c] ?? "General")));

/** A table's header row and body as written whole, where the plan puts it. */
export const plannedArea = (table: TablePlan): CellValue[][] => [
  table.columns.map((c) => c.header),
  ...tableCells(table, table.row, table.col),
];

/**
 * A table's body as it is written with its header row at (top, left): every {row-id} in a
 * formula becomes the absolute address of that row's "value" cell. Direct cell references,
 * rather than a look-up over the whole column, keep a derived value from depending on itself.
 */
export function tableCells(table: TablePlan, top: number, left: number): CellValue[][] {
  const valueCol = table.columns.findIndex((c) => c.key === "value");
  const rowOf = new Map(table.rows.map((row, index) => [row.id, index]));
  const cellOf = (id: string) => {
    const index = rowOf.get(id);
    if (index === undefined || valueCol < 0) throw new Error(`Table ${table.name} has no value for row ${id}`);
    return `$${columnLetters(left + valueCol)}$${top + 2 + index}`;
  };
  return table.rows.map((row) => row.cells.map((cell) => resolveRowReferences(cell, cellOf)));
}

/** A planned cell with every {row-id} in its formula replaced by that row's address. */
export function resolveRowReferences(cell: CellValue, addressOf: (id: string) => string): CellValue {
  return typeof cell === "string" && cell.startsWith("=")
    ? cell.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => addressOf(id))
    : cell;
}

/**
 * A planned formula with each structured reference to a renamed table (Deals[payer]) naming it
 * as written (Deals2[payer]). Excel's table names are case-insensitive.
 */
export function renameTables(cell: CellValue, written: ReadonlyMap<string, string>): CellValue {
  if (typeof cell !== "string" || !cell.startsWith("=")) return cell;
  const byLowerCase = new Map([...written].map(([planned, name]) => [planned.toLowerCase(), name]));
  return cell.replace(/(^|[^\p{L}\p{N}_.\\])([\p{L}_\\][\p{L}\p{N}_.\\]*)\[/gu, (match, before: string, table: string) => {
    const name = byLowerCase.get(table.toLowerCase());
    return name === undefined ? match : `${before}${name}[`;
  });
}

/** The validation rule that accepts exactly the numbers within a model input's bounds. */
export function validationFor(bounds: Bounds): Pick<PlannedNumberValidation, "numberKind" | "rule"> {
  const lower = bounds.greaterThan ?? bounds.min;
  const rule: ValidationRule =
    bounds.max !== undefined && lower !== undefined
      ? { operator: "between", min: lower, max: bounds.max }
      : bounds.greaterThan !== undefined
        ? { operator: "greaterThan", bound: bounds.greaterThan }
        : { operator: "greaterThanOrEqualTo", bound: bounds.min ?? -Number.MAX_VALUE };
  return { numberKind: bounds.integer ? "whole" : "decimal", rule };
}
