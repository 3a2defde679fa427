/**
 * The acceptance suite's own reads of Excel: what the host says of itself, what a workbook
 * holds before and after, and cells read back as Excel shows them (formulas, values, the
 * text a number format makes, and the error a function returned). The checks act through the
 * pane's ports; these only look.
 */
import type { CellValue } from "../domain/cells";
import { SETTING_KEYS } from "../domain/stored";
import { REQUIRED_SETS } from "../office/host";
import type { HostFacts } from "./report";

/** Sets the add-in uses where the host has them: comments, cell-edit delay, precedents and spills, values as JSON. */
const OPTIONAL_SETS: ReadonlyArray<readonly [string, string]> = [
  ["ExcelApi", "1.9"],
  ["ExcelApi", "1.10"],
  ["ExcelApi", "1.11"],
  ["ExcelApi", "1.12"],
  ["ExcelApi", "1.16"],
];

export const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);

export function readHostFacts(): HostFacts {
  // Office.context.diagnostics (Common API 1.5): host, platform and version as Office reports them.
  const diagnostics = Office.context.diagnostics as Partial<Office.ContextInformation> | undefined;
  return {
    host: String(diagnostics?.host ?? "unknown"),
    platform: String(diagnostics?.platform ?? "unknown"),
    version: diagnostics?.version ?? "unknown",
    sets: [...REQUIRED_SETS, ...OPTIONAL_SETS].map(([name, version]) => ({
      name,
      version,
      supported: Office.context.requirements.isSetSupported(name, version),
    })),
  };
}

/** What the workbook holds at a moment: enough to tell a blank one and to remove what was added since. */
export interface WorkbookShape {
  readonly sheets: readonly string[];
  /** Sheets holding any value or formula. */
  readonly sheetsInUse: readonly string[];
  readonly names: readonly string[];
  /** The add-in's own settings that are present. */
  readonly settings: readonly string[];
}

export const isBlank = (shape: WorkbookShape) => shape.sheets.length === 1 && shape.sheetsInUse.length === 0;

export function readWorkbookShape(): Promise<WorkbookShape> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    const settings = Object.values(SETTING_KEYS).map((key) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      return { key, item };
    });
    await context.sync();
    const used = sheets.items.map((sheet) => {
      const range = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
      range.load("address");
      return { name: sheet.name, range };
    });
    await context.sync();
    return {
      sheets: sheets.items.map((sheet) => sheet.name),
      sheetsInUse: used.filter(({ range }) => !range.isNullObject).map(({ name }) => name),
      names: names.items.map((item) => item.name),
      settings: settings.filter(({ item }) => !item.isNullObject).map(({ key }) => key),
    };
  });
}

/**
 * Removes what is in the workbook now and was not at `before`: sheets (their tables and charts
 * with them), defined names and the add-in's settings. One Excel.run, two round trips.
 */
export async function removeAddedSince(before: WorkbookShape): Promise<string[]> {
  const now = await readWorkbookShape();
  const sheets = now.sheets.filter((name) => !before.sheets.includes(name));
  const names = now.names.filter((name) => !before.names.includes(name));
  const settings = now.settings.filter((key) => !before.settings.includes(key));
  await Excel.run(async (context) => {
    // Names first: a name that refers to a deleted sheet would stay behind as #REF!.
    for (const name of names) context.workbook.names.getItem(name).delete();
    for (const key of settings) context.workbook.settings.getItem(key).delete();
    if (before.sheets[0]) context.workbook.worksheets.getItem(before.sheets[0]).activate();
    for (const name of sheets) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
  return [...sheets, ...names, ...settings];
}

/** Cells as Excel shows them. */
export interface CellsSeen {
  readonly formulas: CellValue[][];
  readonly values: CellValue[][];
  /** What the cells display, through their number formats (Range.text). */
  readonly text: string[][];
  readonly numberFormat: string[][];
}

export function readCells(sheet: string, address: string): Promise<CellsSeen> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("formulas,values,text,numberFormat");
    await context.sync();
    return {
      formulas: range.formulas as CellValue[][],
      values: range.values as CellValue[][],
      text: range.text,
      numberFormat: range.numberFormat as string[][],
    };
  });
}

/** Excel's "#BUSY!" while a custom function is still computing. */
const BUSY = "#BUSY!";
const POLL_MS = 250;
const POLL_LIMIT = 120;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One value per cell once Excel has calculated: a custom function shows #BUSY! until it has
 * returned, so the cells are read again until none does (30 seconds at most).
 */
export async function calculatedValues(sheet: string, addresses: readonly string[], attempt = 0): Promise<CellValue[]> {
  const values = await Excel.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    const ranges = addresses.map((address) => target.getRange(address).load("values"));
    await context.sync();
    return ranges.map((range) => range.values[0][0] as CellValue);
  });
  if (!values.includes(BUSY) || attempt >= POLL_LIMIT) return values;
  await pause(POLL_MS);
  return calculatedValues(sheet, addresses, attempt + 1);
}

/** Writes formulas into one-cell addresses of a sheet (the suite's own scratch sheet). */
export function writeFormulas(sheet: string, formulas: readonly { address: string; formula: string }[]): Promise<void> {
  return Excel.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    for (const { address, formula } of formulas) target.getRange(address).formulas = [[formula]];
    await context.sync();
  });
}

/** A spill's size, rows by columns; null where the cell does not spill or the host cannot say (ExcelApi 1.12). */
export function spillSizes(sheet: string, addresses: readonly string[]): Promise<({ rows: number; columns: number } | null)[]> {
  if (!supports("1.12")) return Promise.resolve(addresses.map(() => null));
  return Excel.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    const spills = addresses.map((address) => {
      const spill = target.getRange(address).getSpillingToRangeOrNullObject();
      spill.load("rowCount,columnCount");
      return spill;
    });
    await context.sync();
    return spills.map((spill) => (spill.isNullObject ? null : { rows: spill.rowCount, columns: spill.columnCount }));
  });
}

/**
 * The message an error cell carries, as far as the host exposes one (Range.valuesAsJson,
 * ExcelApi 1.16): null where it has no such field, undefined where the host has no valuesAsJson.
 */
export function errorDetail(sheet: string, address: string): Promise<string | null | undefined> {
  if (!supports("1.16")) return Promise.resolve(undefined);
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    // valuesAsJson is a scalar property (ExcelApi 1.16), newer than the lint rule's list of them.
    // eslint-disable-next-line office-addins/no-navigational-load
    range.load("valuesAsJson");
    await context.sync();
    const cell = range.valuesAsJson[0][0] as unknown as Record<string, unknown>;
    // ErrorCellValue documents errorType and errorSubType; a custom function's message is not among them.
    const message = cell.message ?? cell.errorMessage;
    return typeof message === "string" ? message : null;
  });
}

/**
 * The sheet the suite writes its formulas on; the caller deletes it. Hidden in the analyst's
 * workbook; visible in the full suite, where Explain selects its cells.
 */
export function addScratchSheet(name: string, hidden: boolean): Promise<void> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    if (hidden) sheet.visibility = Excel.SheetVisibility.hidden;
    await context.sync();
  });
}

/** A table's whole range (header row first) as Excel shows it, with where it sits. */
export interface TableSeen extends CellsSeen {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** Whether a filter hides any of its rows (ExcelApi 1.9). */
  readonly filtered: boolean;
}

export function readTable(name: string): Promise<TableSeen> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const range = table.getRange();
    range.load("formulas,values,text,numberFormat,rowIndex,columnIndex");
    const sheet = table.worksheet.load("name");
    const filter = table.autoFilter.load("isDataFiltered");
    await context.sync();
    return {
      sheet: sheet.name,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      filtered: filter.isDataFiltered,
      formulas: range.formulas as CellValue[][],
      values: range.values as CellValue[][],
      text: range.text,
      numberFormat: range.numberFormat as string[][],
    };
  });
}

/** What the workbook holds by name: its sheets, each sheet's tables and charts, and the defined names. */
export interface ObjectsSeen {
  readonly sheets: ReadonlyMap<string, { tables: readonly string[]; charts: readonly string[] }>;
  readonly names: readonly string[];
}

export function readObjects(): Promise<ObjectsSeen> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const contents = sheets.items.map(({ name }) => {
      const sheet = context.workbook.worksheets.getItem(name);
      return { name, tables: sheet.tables.load("items/name"), charts: sheet.charts.load("items/name") };
    });
    await context.sync();
    return {
      sheets: new Map(
        contents.map(({ name, tables, charts }) => [
          name,
          { tables: tables.items.map((t) => t.name), charts: charts.items.map((c) => c.name) },
        ]),
      ),
      names: names.items.map((item) => item.name),
    };
  });
}
