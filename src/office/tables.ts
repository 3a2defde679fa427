/**
 * The "write the tables" use case, shared by the pane and the ribbon: plans from the bundled
 * dataset, applied to the open workbook. The first call inserts; later calls refresh.
 * (workbookPlans composes these with the scenario sheets for the scenario use cases and the
 * portable file.)
 */
import { bundledCatalog, type Catalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import { buildWorkbookPlan, planContext } from "../domain/layout/workbookPlan";
import { readOwnership } from "../domain/stored/ownership";
import type { WriteConsent, WriteReport } from "../domain/writeReport";
import type { TablesRecord } from "../taskpane/ports";
import { ADDIN_VERSION } from "../version";
import { OWNERSHIP_SETTING } from "./ownership";
import { writeWorkbook } from "./workbookWriter";

export async function writeTables(
  language: Language,
  catalog: Catalog = bundledCatalog,
  now: Date = new Date(),
  consent: WriteConsent = {},
): Promise<WriteReport> {
  const context = planContext(language, now, ADDIN_VERSION);
  // The table sheets alone: the scenario code stays out of the pane's first download.
  return writeWorkbook((written) => buildWorkbookPlan(catalog, { ...context, language: written }), {
    ...context,
    datasetVersion: catalog.dataset.version,
    ...consent,
  });
}

/** When this workbook's tables were last written, if ever, and whether its record was refused. */
export async function readTablesRecord(): Promise<TablesRecord> {
  return Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
    stored.load("value");
    await context.sync();
    const { record, refusal } = readOwnership(stored.isNullObject ? null : stored.value);
    return { writtenAt: record?.writtenAt ?? null, language: record?.language ?? null, refusal };
  });
}
