/** Installs a fake Excel over a fresh workbook as the global Office.js would be. */
import { createExcel, FakeWorkbook } from "../fakes/excel";

export function installExcel(workbook = new FakeWorkbook()) {
  const excel = createExcel(workbook);
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return { workbook, excel };
}
