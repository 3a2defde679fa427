/**
 * Faults put into the in-memory Excel on purpose: a host that breaks one promise, to show that
 * the acceptance suite's matching check fails and names it.
 */
import { bundledCatalog } from "../../src/domain/dataset";
import type { FakeWorkbook } from "./excel";

/** Drops the last row of the Deals table where it holds more rows than the dataset: the analyst's. */
export function dropAnalystDealsRow(workbook: FakeWorkbook): void {
  const deals = workbook.tables.find((t) => t.name === "Deals");
  const sheet = deals && workbook.sheets.find((s) => s.id === deals.sheetId);
  if (!deals || !sheet || deals.height <= bundledCatalog.deals.length + 1) return;
  for (let c = 0; c < deals.width; c++) sheet.cells.delete(`${deals.top + deals.height - 1},${deals.left + c}`);
  deals.height -= 1;
}
