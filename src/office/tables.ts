/**
 * The "write the tables" use case, shared by the pane and the ribbon: plans from the bundled
 * dataset, applied to the open workbook. The first call inserts; later calls refresh.
 * (workbookPlans composes these with the scenario sheets for the scenario use cases and the
 * portable file.)
 */
import { bundledCatalog, type Catalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import { buildWorkbookPlan, planContext } from "../domain/layout/workbookPlan";
import type { WriteConsent, WriteReport } from "../domain/writeReport";
import { ADDIN_VERSION } from "../version";
import { writeWorkbook } from "./workbookWriter";

export async function writeTables(
  language: Language,
  catalog: Catalog = bundledCatalog,
  now: Date = new Date(),
  consent: WriteConsent = {},
): Promise<WriteReport> {
  const context = planContext(language, now, ADDIN_VERSION);
  // The table sheets alone: the scenario code stays out of the pane's first download.
  return writeWorkbook(buildWorkbookPlan(catalog, context), {
    ...context,
    datasetVersion: catalog.dataset.version,
    ...consent,
  });
}
