/**
 * The "write the tables" use case, shared by the pane and the ribbon: plans from the bundled
 * dataset, applied to the open workbook. The first call inserts; later calls refresh.
 * (workbookPlans composes these with the scenario sheets for the scenario use cases and the
 * portable file.)
 */
import { bundledCatalog, type Catalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import { buildWorkbookPlan, planContext } from "../domain/layout/workbookPlan";
import type { CellValue } from "../domain/cells";
import type { TableKey } from "../domain/layout/labels";
import type { TablePlan } from "../domain/layout/plan";
import { MergeError, tableRead, untouched, type RowLedger } from "../domain/layout/reconcile";
import { reconcileOne } from "../domain/layout/workbookReconcile";
import { readOwnership } from "../domain/stored/ownership";
import { tableNotes, type TablePreview, type WriteConsent, type WriteNote, type WriteReport } from "../domain/writeReport";
import type { TablesRecord } from "../taskpane/ports";
import { ADDIN_VERSION } from "../version";
import { OWNERSHIP_SETTING, tableMarkerName, tableOfMarker } from "../domain/stored/markers";
import { writeWorkbook } from "./workbookWriter";

const TABLE_KEYS: readonly TableKey[] = ["deals", "ai-share", "metrics"];

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

/**
 * The workbook's record of its tables, and what a refresh would do to each (its counts, and the
 * overrides, conflicts and clashes it would meet): the dry run. One round trip, nothing written:
 * each managed table is read through its marker name, which follows the table's renames.
 */
export async function readTablesRecord(catalog: Catalog = bundledCatalog, now: Date = new Date()): Promise<TablesRecord> {
  return Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
    stored.load("value");
    const markers = TABLE_KEYS.map((key) => {
      const marker = context.workbook.names.getItemOrNullObject(tableMarkerName(key));
      marker.load("formula");
      const range = marker.getRangeOrNullObject();
      range.load("formulas,numberFormat,rowIndex,columnIndex");
      return { key, marker, range };
    });
    await context.sync();

    const { record, refusal } = readOwnership(stored.isNullObject ? null : stored.value);
    const state = { writtenAt: record?.writtenAt ?? null, language: record?.language ?? null, refusal };
    if (!record) return { ...state, datasetVersion: null, preview: [] };
    const plans = buildWorkbookPlan(catalog, planContext(record.language, now, ADDIN_VERSION)).flatMap((sheet) => sheet.tables);
    const preview = markers.flatMap(({ key, marker, range }) => {
      const plan = plans.find((p) => p.key === key);
      const name = marker.isNullObject ? null : tableOfMarker(marker.formula);
      if (!plan || name === null || range.isNullObject) return [];
      return [previewTable(plan, name, range, record.rows?.[key] ?? null)];
    });
    return { ...state, datasetVersion: record.datasetVersion, preview };
  });
}

function previewTable(plan: TablePlan, name: string, whole: Excel.Range, ledger: RowLedger | null): TablePreview {
  const current = tableRead(whole.formulas as CellValue[][], whole.numberFormat.slice(1), whole.rowIndex, whole.columnIndex);
  const outcome = reconcileOne(plan, current, ledger, undefined);
  if (!(outcome instanceof MergeError))
    return { key: plan.key, table: name, ...outcome.counts, notes: tableNotes(name, outcome) };
  const notes: WriteNote[] = [{ kind: "keyColumnRemoved", table: name, column: outcome.column }];
  return { key: plan.key, table: name, ...untouched(current), notes };
}
