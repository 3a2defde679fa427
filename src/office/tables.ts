/**
 * The "write the tables" use case, shared by the pane and the ribbon: plans from the bundled
 * dataset, applied to the open workbook. The first call inserts; later calls refresh.
 */
import { bundledCatalog, type Catalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import { buildWorkbookPlan } from "../domain/layout/workbookPlan";
import { ADDIN_VERSION } from "../version";
import { writeWorkbook, type WriteReport } from "./workbookWriter";

export async function writeTables(
  language: Language,
  catalog: Catalog = bundledCatalog,
  now: Date = new Date(),
): Promise<WriteReport> {
  const context = { language, writtenAt: now.toISOString(), addinVersion: ADDIN_VERSION };
  return writeWorkbook(buildWorkbookPlan(catalog, context), { ...context, datasetVersion: catalog.dataset.version });
}
