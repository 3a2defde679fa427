/**
 * The workbook's Deals table as the money-map functions read it, for the Map view: the columns
 * they need (flows/dealsRange.ts), header row first. Found through its marker name, which
 * follows the analyst's renames. Two round trips: the header row and size, then those columns
 * alone, so a table of many rows with long sentences stays within one response.
 */
import { HEADER_TO_KEY } from "../domain/layout/tableWords";
import { READ_DEAL_COLUMNS } from "../domain/flows/dealsRange";
import { tableMarkerName, tableOfMarker } from "../domain/stored/markers";
import type { WorkbookDeals } from "../taskpane/ports";
import type { CellValue } from "../domain/cells";

export async function readWorkbookDeals(): Promise<WorkbookDeals | null> {
  return Excel.run(async (context) => {
    const marker = context.workbook.names.getItemOrNullObject(tableMarkerName("deals"));
    marker.load("formula");
    const range = marker.getRangeOrNullObject();
    range.load("rowCount");
    const headerRow = range.getRow(0).load("values");
    await context.sync();
    const table = marker.isNullObject ? null : tableOfMarker(marker.formula);
    if (range.isNullObject || table === null) return null;
    const headers = headerRow.values[0] as CellValue[];
    const wanted = headers.flatMap((text, index) => {
      const key = HEADER_TO_KEY.get(String(text));
      return key !== undefined && (READ_DEAL_COLUMNS as readonly string[]).includes(key) ? [index] : [];
    });
    const columns = wanted.map((index) => range.getColumn(index).load("values"));
    await context.sync();
    const values = Array.from({ length: range.rowCount }, (_, r) => columns.map((column) => column.values[r][0] as CellValue));
    return { table, values };
  });
}
