/** The workbook's state behind the fake host: plain data, shared by every Excel.run against it. */
import { enter } from "./entry";
import type { CellValue } from "../../../src/domain/cells";

export type Cell = { value: string | number | boolean; formula: string | null; numberFormat: string };
type Grid = Map<string, Cell>;

export interface SheetModel {
  id: string;
  name: string;
  cells: Grid;
  columnWidths: Map<number, number>;
  frozenRows: number;
  charts: ChartModel[];
  fonts: Map<string, { bold: boolean; size: number }>;
  /** Fill and font colours, and data validation, by "row,col". */
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  /** Cells in italics, by "row,col". */
  italics: Set<string>;
  validations: Map<
    string,
    { rule: unknown; errorAlert: unknown; prompt?: { showPrompt: boolean; title: string; message: string } }
  >;
  /** Conditional formats, in the order they were added. */
  conditionalFormats: ConditionalFormatModel[];
  /** Worksheet.visibility: the suite's scratch sheet is hidden. */
  hidden: boolean;
}

export interface ConditionalFormatModel {
  row: number;
  col: number;
  height: number;
  width: number;
  type: "ColorScale";
  /** As set on colorScale.criteria; null until set. */
  criteria: unknown;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  top: number;
  left: number;
  /** Rows including the header row. */
  height: number;
  width: number;
  style: string;
  /** The analyst's filters, by column index within the table (absent: none). */
  filters?: Record<number, FilterCriteria>;
}

/** The filter criteria the fake understands: ticked values, as an analyst sets them in the filter menu. */
export interface FilterCriteria {
  filterOn: "Values";
  values: string[];
}

/** Every property a loaded FilterCriteria has: Excel hands the unset ones back as null (office-js #1226). */
const CRITERIA_PROPERTIES = ["color", "criterion1", "criterion2", "dynamicCriteria", "filterOn", "icon", "operator", "values"];

/** A column's criteria as Excel hands them back: every property present, the unset ones null. */
export function loadedCriteria(criteria: FilterCriteria | undefined): Record<string, unknown> {
  return Object.fromEntries(CRITERIA_PROPERTIES.map((p) => [p, (criteria as Record<string, unknown> | undefined)?.[p] ?? null]));
}

export const isFiltered = (table: TableModel) => Object.keys(table.filters ?? {}).length > 0;

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  position: [string, string] | null;
  series: { name: string; values: string; xValues: string | null }[];
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const key = (row: number, col: number) => `${row},${col}`;
/** Loaded values are copies, as they cross a process boundary in Office.js (plain data only). */
export const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const EMPTY: Cell = { value: "", formula: null, numberFormat: "General" };
let nextId = 1;
export const newId = (prefix: string) => `{${prefix}-${String(nextId++).padStart(8, "0")}}`;

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function letters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "B3" or "B3:D7" (optionally with $) to zero-based row, col, height, width. */
export function parseAddress(address: string): { row: number; col: number; height: number; width: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.replace(/^.*!/, ""));
  if (!match) throw new OfficeError("InvalidArgument", `Bad address ${address}`);
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  const endRow = match[4] ? Number(match[4]) - 1 : row;
  const endCol = match[3] ? columnIndex(match[3]) : col;
  return { row, col, height: endRow - row + 1, width: endCol - col + 1 };
}

export function formatAddress(sheet: string, row: number, col: number, height: number, width: number): string {
  // As Excel: a name of letters, digits and "_" goes unquoted, whatever its script (=交易!A1).
  const quoted = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const start = `${letters(col)}${row + 1}`;
  return `${quoted}!${height === 1 && width === 1 ? start : `${start}:${letters(col + width - 1)}${row + height}`}`;
}

/** A defined name. */
export interface NameModel {
  name: string;
  /** One cell, or a whole table by id: Excel rewrites Table[#All] when the table is renamed. */
  refersTo:
    | { sheetId: string; row: number; col: number }
    | { tableId: string }
    /** Any other formula, as a workbook from elsewhere may hold: read back as it is, no range behind it. */
    | { formula: string };
  visible: boolean;
}

/** A sheet with nothing on it. */
export function emptySheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    cells: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    charts: [],
    fonts: new Map(),
    fills: new Map(),
    fontColors: new Map(),
    italics: new Set(),
    validations: new Map(),
    conditionalFormats: [],
    hidden: false,
  };
}

/** The workbook's state, shared by every Excel.run against it. */
export class FakeWorkbook {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  comments: { sheetId: string; row: number; col: number; content: string }[] = [];
  settings = new Map<string, unknown>();
  /** Counters over the life of the workbook. */
  syncCount = 0;
  operationCount = 0;
  calculationSuspensions = 0;
  /** Each sync's request size as the fake estimates it (see context.ts), in bytes. */
  requestSizes: number[] = [];
  /** Each sync's response size: what its loads sent back, in bytes. */
  responseSizes: number[] = [];
  /** When set, the sync that reaches this many executed operations fails there. */
  failAfterOperations: number | null = null;
  /**
   * When set, the sync that makes syncCount `sync` fails after running `ran` (a fraction) of its
   * queue: a batch cut short, or (at 1) one done whose answer never came.
   */
  failAtSync: { sync: number; ran: number } | null = null;
  /** The selected range, on the active sheet (the first sheet unless set). */
  selection = { sheetId: "", row: 0, col: 0, height: 1, width: 1 };
  /** Workbook.onSelectionChanged handlers, called after every change of the selection. */
  selectionHandlers = new Set<() => unknown>();
  /** WorksheetCollection.onChanged handlers, called when the analyst edits a cell (edit()). */
  changeHandlers = new Set<() => unknown>();
  /**
   * Excel calculates formulas; the fake does not, unless a test installs a calculator
   * (fakes/excel/calculate.ts). Without one, loading a formula cell's value throws.
   */
  calculate: ((sheet: SheetModel, row: number, col: number, formula: string) => Cell["value"]) | null = null;
  /** The size a formula's result spills to, rows by columns, where it spills (installed with the calculator). */
  spillSize: ((sheet: SheetModel, row: number, col: number) => { rows: number; columns: number } | null) | null = null;
  /** What a dynamic-array formula in this cell spills, as the cells under it show it; null where it is no array. */
  spilledValues: ((sheet: SheetModel, row: number, col: number) => CellValue[][] | null) | null = null;

  /** A workbook as Excel opens a new one, with an empty Sheet1; or with no sheets at all. */
  constructor(options: { blankSheet?: boolean } = {}) {
    if (options.blankSheet) this.addSheet("Sheet1");
  }

  /** What the analyst clicking a cell does: selects it, and Excel tells the handlers. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    this.selection = { sheetId: sheet.id, ...parseAddress(address) };
    for (const handler of this.selectionHandlers) void handler();
  }

  /**
   * What the analyst typing into a cell does: Excel reads the entry as it reads any (entry.ts),
   * and tells the change handlers.
   */
  edit(sheetName: string, address: string, value: Cell["value"]): void {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const { row, col } = parseAddress(address);
    this.enter(sheet, row, col, value);
    for (const handler of this.changeHandlers) void handler();
  }

  /** An entry into one cell, typed or written through Range.values or formulas: what Excel makes of it. */
  enter(sheet: SheetModel, row: number, col: number, value: Cell["value"]): void {
    this.setCell(sheet, row, col, enter(value, this.cell(sheet, row, col).numberFormat));
  }

  activeSheet(): SheetModel {
    const sheet = this.sheets.find((s) => s.id === this.selection.sheetId) ?? this.sheets[0];
    if (!sheet) throw new OfficeError("ItemNotFound", "The workbook has no sheets");
    return sheet;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    }
    const sheet = emptySheet(newId("sheet"), name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** What an analyst deleting a sheet does: its tables go with it. */
  deleteSheet(name: string): void {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    // Excel: "A workbook must contain at least one visible worksheet."
    if (!sheet.hidden && this.sheets.filter((s) => !s.hidden).length === 1)
      throw new OfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
  }

  /**
   * What an analyst removing a table does: "delete" clears its cells with it, "convert to
   * range" leaves them.
   */
  removeTable(name: string, how: "delete" | "convert to range"): void {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new Error(`No table ${name}`);
    this.tables = this.tables.filter((t) => t !== table);
    if (how === "convert to range") return;
    const sheet = this.sheets.find((s) => s.id === table.sheetId)!;
    for (let r = 0; r < table.height; r++)
      for (let c = 0; c < table.width; c++) sheet.cells.delete(key(table.top + r, table.left + c));
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetModel, row: number, col: number): Cell {
    return sheet.cells.get(key(row, col)) ?? EMPTY;
  }

  setCell(sheet: SheetModel, row: number, col: number, patch: Partial<Cell>): void {
    const next = { ...this.cell(sheet, row, col), ...patch };
    if (next.value === "" && next.formula === null && next.numberFormat === "General") sheet.cells.delete(key(row, col));
    else sheet.cells.set(key(row, col), next);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  /**
   * Excel does not reliably delete, insert or write several rows of a filtered table: rows are
   * left in place or values land in the wrong rows (office-js #224, #994). The fake refuses.
   */
  refuseRowsOfFilteredTable(sheet: SheetModel, row: number, height: number, col: number, width: number, what: string): void {
    const table = this.tablesOn(sheet).find(
      (t) =>
        isFiltered(t) && row < t.top + t.height && t.top + 1 < row + height && col < t.left + t.width && t.left < col + width,
    );
    if (table && (height > 1 || what !== "write"))
      throw new OfficeError("InvalidOperation", `Table ${table.name} is filtered: clear its filters before you ${what} its rows`);
  }

  /** The body rows (zero-based, within the body) a table's filters hide. */
  hiddenRows(table: TableModel): number[] {
    const sheet = this.sheets.find((s) => s.id === table.sheetId)!;
    const hidden: number[] = [];
    for (let r = 0; r < table.height - 1; r++) {
      const shown = Object.entries(table.filters ?? {}).every(([col, criteria]) =>
        criteria.values.includes(String(this.cell(sheet, table.top + 1 + r, table.left + Number(col)).value)),
      );
      if (!shown) hidden.push(r);
    }
    return hidden;
  }

  /** Shifts cells at or below `fromRow` in columns [left, left+width) by `delta` rows. */
  shiftRows(sheet: SheetModel, fromRow: number, left: number, width: number, delta: number): void {
    const moved: [number, number, Cell][] = [];
    for (const [k, cell] of [...sheet.cells]) {
      const [row, col] = k.split(",").map(Number);
      if (row >= fromRow && col >= left && col < left + width) {
        sheet.cells.delete(k);
        moved.push([row + delta, col, cell]);
      }
    }
    for (const [row, col, cell] of moved) if (row >= 0) sheet.cells.set(key(row, col), cell);
    // Formats move with their cells, as in Excel.
    for (const formats of [sheet.fills, sheet.fontColors, sheet.fonts, sheet.validations] as Map<string, unknown>[]) {
      const shifted: [string, unknown][] = [];
      for (const [k, format] of [...formats]) {
        const [row, col] = k.split(",").map(Number);
        if (row >= fromRow && col >= left && col < left + width) {
          formats.delete(k);
          if (row + delta >= 0) shifted.push([key(row + delta, col), format]);
        }
      }
      for (const [k, format] of shifted) formats.set(k, format);
    }
    const italics = [...sheet.italics].map((k) => k.split(",").map(Number));
    for (const [row, col] of italics)
      if (row >= fromRow && col >= left && col < left + width) sheet.italics.delete(key(row, col));
    for (const [row, col] of italics)
      if (row >= fromRow && col >= left && col < left + width && row + delta >= 0) sheet.italics.add(key(row + delta, col));
    for (const table of this.tablesOn(sheet)) {
      if (table.top >= fromRow && table.left >= left && table.left + table.width <= left + width) table.top += delta;
    }
  }

  /** The sheets, tables and cells as plain data, for assertions and for test-results dumps. */
  dump() {
    return {
      sheets: this.sheets.map((sheet) => {
        const rows: Record<string, (string | number | boolean)[]> = {};
        const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
        const maxRow = Math.max(-1, ...keys.map(([r]) => r));
        const maxCol = Math.max(-1, ...keys.map(([, c]) => c));
        for (let r = 0; r <= maxRow; r++) {
          const row = Array.from({ length: maxCol + 1 }, (_, c) => {
            const cell = this.cell(sheet, r, c);
            return cell.formula ?? cell.value;
          });
          if (row.some((v) => v !== "")) rows[String(r + 1)] = row;
        }
        return {
          name: sheet.name,
          frozenRows: sheet.frozenRows,
          tables: this.tablesOn(sheet).map((t) => ({
            name: t.name,
            address: formatAddress(sheet.name, t.top, t.left, t.height, t.width),
            style: t.style,
          })),
          charts: sheet.charts.map((c) => ({ name: c.name, type: c.type, title: c.title, series: c.series })),
          rows,
        };
      }),
    };
  }
}
