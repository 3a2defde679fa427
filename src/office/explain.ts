/**
 * The Explain view's reads: the selected cell and what its formula reads, in at most two round
 * trips and without writing anything; the selection listener; and the links that select a cell.
 */
import type { CellValue } from "../domain/cells";
import { referencesToRead, type CellFacts, type ReferenceFacts, type TableCellFacts } from "../domain/explain";
import { NAMESPACE } from "../domain/formulas/build";
import { parseComputeCall } from "../domain/formulas/computeCall";
import { HEADER_TO_KEY } from "../domain/layout/tableWords";
import { cellIndexes } from "../domain/layout/plan";

/** A range larger than this is listed by address only: an explanation reads lines, not tables. */
const MAX_CELLS_READ = 1000;
/** A whole table a formula reads (Deals[#All]) is read up to this size: about 1.5 MB of a Deals table's text. */
const MAX_TABLE_ROWS = 2000;
const MAX_TABLE_COLUMNS = 40;

/** A sheet-qualified address split, the sheet unquoted: 'Scenario xAI'!B9 → Scenario xAI and B9. */
export function splitAddress(address: string): { sheet: string; cells: string } {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return {
    sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet,
    cells: address.slice(bang + 1),
  };
}

/** The number of cells an A1 address covers; Infinity for whole rows or columns. */
function cellCount(address: string): number {
  const corners = address.toUpperCase().split(":").map(cellIndexes);
  if (corners.some((corner) => corner === null)) return Infinity;
  const [first, last = first] = corners as { row: number; col: number }[];
  return (Math.abs(last.row - first.row) + 1) * (Math.abs(last.col - first.col) + 1);
}

const formulaOf = (cell: CellValue) => (typeof cell === "string" && cell.startsWith("=") ? cell : null);

/**
 * Reads the selected cell (its first cell, where a range is selected):
 * 1. its address, formula, value and the tables it is in;
 * 2. its table's headers and row, the cells and names its formula reads and, for a formula
 *    without COMPUTE, Excel's direct precedents, all at once.
 */
export function readSelectedCell(): Promise<CellFacts> {
  return Excel.run(async (context) => {
    const canFindTables = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
    const canListPrecedents = Office.context.requirements.isSetSupported("ExcelApi", "1.12");
    const cell = context.workbook.getSelectedRange().getCell(0, 0).load("address,formulas,values,rowIndex,columnIndex");
    const tables = canFindTables ? cell.getTables(false).load("items/name") : null;
    await context.sync();

    const address = cell.address;
    const { sheet } = splitAddress(address);
    const formula = formulaOf(cell.formulas[0][0] as CellValue);
    const requests = referencesToRead(formula, sheet);
    const tableName = canFindTables ? tables?.items[0]?.name : undefined;
    const table = tableName
      ? (() => {
          const found = context.workbook.tables.getItem(tableName);
          return {
            header: found.getHeaderRowRange().load("values,rowIndex,columnIndex"),
            row: cell.getEntireRow().getIntersection(found.getRange()).load("values"),
          };
        })()
      : null;
    const reads = requests.map((request) => {
      if (request.kind === "table") {
        // Its first MAX_TABLE_ROWS rows at most, so that a large table never passes one response;
        // a larger one is left unread (its row count says so).
        const whole = context.workbook.tables.getItem(request.table).getRange().load("rowCount");
        const capped = whole.getCell(0, 0).getAbsoluteResizedRange(MAX_TABLE_ROWS, MAX_TABLE_COLUMNS).getIntersection(whole);
        return { request, range: capped.load("address,values"), whole };
      }
      const range =
        request.kind === "cells"
          ? context.workbook.worksheets.getItem(request.sheet).getRange(request.address)
          : context.workbook.names.getItemOrNullObject(request.name).getRangeOrNullObject();
      const small = request.kind === "name" || cellCount(request.address) <= MAX_CELLS_READ;
      return { request, range: range.load(small ? "address,values,formulas" : "address"), whole: null };
    });
    // Excel's precedents, for a formula that is not itself a COMPUTE call; it has some when it
    // reads a cell, and otherwise Excel would refuse the whole batch with ItemNotFound.
    const call = parseComputeCall(formula, NAMESPACE);
    const wantsPrecedents = !call.ok && call.reason === "not-compute" && requests.some((r) => r.kind === "cells");
    const precedents = canListPrecedents ? (wantsPrecedents ? cell.getDirectPrecedents().load("addresses") : null) : null;
    if (table || reads.length > 0) await context.sync();

    const references = new Map<string, ReferenceFacts>();
    for (const { request, range, whole } of reads) {
      if ("isNullObject" in range && range.isNullObject) continue;
      if (request.kind === "table") {
        if (whole!.rowCount <= MAX_TABLE_ROWS)
          references.set(request.key, { address: range.address, values: range.values as CellValue[][], formulas: [] });
        continue;
      }
      const loaded = request.kind === "name" || cellCount(request.address) <= MAX_CELLS_READ;
      references.set(request.key, {
        address: range.address,
        values: loaded ? (range.values as CellValue[][]) : [],
        formulas: loaded ? (range.formulas as CellValue[][]) : [],
      });
    }
    let tableFacts: TableCellFacts | null = null;
    if (table && tableName) {
      const { header, row } = table;
      const isHeader = cell.rowIndex === header.rowIndex;
      tableFacts = {
        name: tableName,
        headers: header.values[0] as CellValue[],
        row: (isHeader ? header.values[0] : row.values[0]) as CellValue[],
        column: cell.columnIndex - header.columnIndex,
        isHeader,
      };
    }
    return {
      address,
      sheet,
      formula,
      value: cell.values[0][0] as CellValue,
      table: tableFacts,
      references,
      precedents: (canListPrecedents && precedents?.addresses) || null,
    };
  });
}

/**
 * Calls the listener when the selection changes anywhere in the workbook (ExcelApi 1.2), and
 * when any sheet's cells change (ExcelApi 1.9, where the host has it), so that an explanation
 * follows the analyst's edits to the inputs it shows. Returns the function that removes both,
 * in the request context they were added in, as Office.js requires.
 */
export async function watchSelection(listener: () => void): Promise<() => Promise<void>> {
  const canWatchEdits = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  const handlers = await Excel.run(async (context) => {
    const selection = context.workbook.onSelectionChanged.add(async () => listener());
    const edits = canWatchEdits ? context.workbook.worksheets.onChanged.add(async () => listener()) : null;
    await context.sync();
    return { remove: () => [selection, edits].forEach((added) => added?.remove()), context };
  });
  return () =>
    Excel.run(handlers.context, async (context) => {
      handlers.remove();
      await context.sync();
    });
}

/** Calls the listener with true when the task pane is shown and false when it is hidden (SharedRuntime 1.1). */
export function watchPaneVisibility(listener: (visible: boolean) => void): Promise<() => Promise<void>> {
  return Office.addin.onVisibilityModeChanged((message) => listener(message.visibilityMode === Office.VisibilityMode.taskpane));
}

/** Selects a sheet-qualified address ('Scenario xAI'!$B$4), activating its sheet. */
export function selectAddress(address: string): Promise<void> {
  return Excel.run(async (context) => {
    const { sheet, cells } = splitAddress(address);
    context.workbook.worksheets.getItem(sheet).getRange(cells).select();
    await context.sync();
  });
}

/**
 * Selects a dataset record's cell in one of the add-in's tables: the row whose id is `id`, in
 * the column whose header means `column` in any language. False where the table or row is gone.
 */
export function selectRecord(tableName: string, id: string, column: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const keys = (header.values[0] as CellValue[]).map((text) => HEADER_TO_KEY.get(String(text)));
    const idColumn = keys.indexOf("id");
    const valueColumn = keys.indexOf(column);
    if (idColumn < 0 || valueColumn < 0) return false;
    const body = table.getDataBodyRange();
    const ids = body.getColumn(idColumn).load("values");
    await context.sync();
    const row = ids.values.findIndex(([value]) => value === id);
    if (row < 0) return false;
    body.getCell(row, valueColumn).select();
    await context.sync();
    return true;
  });
}
