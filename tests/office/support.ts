/** Installs a fake Excel over a fresh workbook as the global Office.js would be, with the Office global beside it. */
import { createExcel, FakeWorkbook } from "../fakes/excel";
import { createOffice, DEFAULT_OFFICE_OPTIONS, type FakeOfficeOptions } from "../fakes/office";

export function installExcel(workbook = new FakeWorkbook(), office: Partial<FakeOfficeOptions> = {}) {
  const excel = createExcel(workbook);
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  (globalThis as unknown as { Office: unknown }).Office = createOffice({ ...DEFAULT_OFFICE_OPTIONS, ...office });
  return { workbook, excel };
}
