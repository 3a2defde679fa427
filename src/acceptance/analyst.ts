/**
 * What an analyst does to the add-in's tables between refreshes, done through Excel as they
 * would do it: type over a cell, add a row, sort, filter, rename. The refresh checks then see
 * whether the add-in kept it.
 */
import type { CellValue } from "../domain/cells";

const tableNamed = (context: Excel.RequestContext, name: string) => context.workbook.tables.getItem(name);

/** Types a value into a body cell (row and column counted from the body's first cell). */
export function typeIntoTable(table: string, row: number, column: number, value: CellValue): Promise<void> {
  return Excel.run(async (context) => {
    tableNamed(context, table).getDataBodyRange().getCell(row, column).values = [[value]];
    await context.sync();
  });
}

export function appendRow(table: string, cells: readonly CellValue[]): Promise<void> {
  return Excel.run(async (context) => {
    tableNamed(context, table).rows.add(null as unknown as number, [[...cells]]);
    await context.sync();
  });
}

/** Sorts the table by one column (counted from its left edge), as the header's sort button does. */
export function sortTable(table: string, column: number, ascending: boolean): Promise<void> {
  return Excel.run(async (context) => {
    tableNamed(context, table).sort.apply([{ key: column, ascending }]);
    await context.sync();
  });
}

/** Shows only the rows whose cell in the column holds one of these values. */
export function filterTable(table: string, column: number, values: readonly string[]): Promise<void> {
  return Excel.run(async (context) => {
    tableNamed(context, table)
      .columns.getItemAt(column)
      .filter.apply({
        filterOn: Excel.FilterOn.values,
        values: [...values],
      });
    await context.sync();
  });
}

export function clearFilters(table: string): Promise<void> {
  return Excel.run(async (context) => {
    tableNamed(context, table).clearFilters();
    await context.sync();
  });
}

export function renameTableAndSheet(table: string, newTable: string, newSheet: string): Promise<void> {
  return Excel.run(async (context) => {
    const found = tableNamed(context, table);
    found.worksheet.name = newSheet;
    found.name = newTable;
    await context.sync();
  });
}

/** A body cell's input message title: how the add-in marks a cell it kept for the analyst. */
export function inputMessageTitle(table: string, row: number, column: number): Promise<string> {
  return Excel.run(async (context) => {
    const validation = tableNamed(context, table).getDataBodyRange().getCell(row, column).dataValidation;
    validation.load("prompt");
    await context.sync();
    return validation.prompt.showPrompt ? validation.prompt.title : "";
  });
}
