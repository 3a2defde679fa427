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
import { TABLE_KEYS } from "../domain/layout/labels";
import type { TablePlan } from "../domain/layout/plan";
import { ledgerBytes, MergeError, tableRead, untouched, type RowLedger } from "../domain/layout/reconcile";
import { reconcileOne } from "../domain/layout/workbookReconcile";
import { readOwnership } from "../domain/stored/ownership";
import { tableNotes, type TablePreview, type WriteConsent, type WriteNote, type WriteReport } from "../domain/writeReport";
import type { TablesRecord } from "../taskpane/ports";
import { ADDIN_VERSION } from "../version";
import { OWNERSHIP_SETTING, tableMarkerName, tableOfMarker } from "../domain/stored/markers";
import { REQUEST_BUDGET_BYTES } from "../domain/payload";
import { isResponseTooLarge, ReadBudget, readRowBytes, type CellsRead } from "./blockReads";
import { writeWorkbook, type WriteOptions } from "./workbookWriter";

export async function writeTables(
  language: Language,
  catalog: Catalog = bundledCatalog,
  now: Date = new Date(),
  consent: WriteConsent = {},
  batching: Pick<WriteOptions, "onProgress" | "requestBudget"> = {},
): Promise<WriteReport> {
  const context = planContext(language, now, ADDIN_VERSION);
  // The table sheets alone: the scenario code stays out of the pane's first download.
  return writeWorkbook((written) => buildWorkbookPlan(catalog, { ...context, language: written }), {
    ...context,
    datasetVersion: catalog.dataset.version,
    ...consent,
    ...batching,
  });
}

/**
 * The workbook's record of its tables, and what a refresh would do to each (its counts, and the
 * overrides, conflicts and clashes it would meet): the dry run. Nothing written: each managed
 * table is read through its marker name, which follows the table's renames. One round trip,
 * unless a table is too large for one response (about 100× the bundled dataset): then it is
 * read in row blocks after, one round trip each.
 */
export async function readTablesRecord(catalog: Catalog = bundledCatalog, now: Date = new Date()): Promise<TablesRecord> {
  return Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
    stored.load("value");
    // The record comes in the same response as the tables: its ledger, as large as the one the
    // add-in writes for this dataset, is taken off the budget first.
    const sizing = buildWorkbookPlan(catalog, planContext("en", now, ADDIN_VERSION)).flatMap((sheet) => sheet.tables);
    const ledgers = sizing.reduce((sum, plan) => sum + ledgerBytes(plan), 0);
    /** The markers and their tables, with the tables' cells in this round trip where they fit, or in blocks after. */
    const queue = (later: boolean) => {
      const budget = new ReadBudget(REQUEST_BUDGET_BYTES);
      budget.reserve(later ? REQUEST_BUDGET_BYTES : ledgers);
      const markers = TABLE_KEYS.map((key) => {
        const marker = context.workbook.names.getItemOrNullObject(tableMarkerName(key));
        marker.load("formula");
        const range = marker.getRangeOrNullObject();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        const plan = sizing.find((p) => p.key === key)!;
        const height = plan.rows.length + 1;
        const cells = budget.cells(rowsOfTable(range, height), tableHeight(marker, range), height, readRowBytes(plan));
        return { key, marker, range, cells };
      });
      return { budget, markers };
    };
    let { budget, markers } = queue(false);
    try {
      await context.sync();
    } catch (error) {
      // The analyst's rows make a table larger than one response: read the tables in blocks.
      if (!isResponseTooLarge(error)) throw error;
      ({ budget, markers } = queue(true));
      await context.sync();
    }

    const { record, refusal } = readOwnership(stored.isNullObject ? null : stored.value);
    const state = { writtenAt: record?.writtenAt ?? null, language: record?.language ?? null, refusal };
    if (!record) return { ...state, datasetVersion: null, preview: [] };
    // A table without a marker or range has no rows to read later (tableHeight).
    await budget.readLater(context);
    const present = markers.filter(({ marker, range }) => !marker.isNullObject && !range.isNullObject);
    const plans =
      record.language === "en"
        ? sizing
        : buildWorkbookPlan(catalog, planContext(record.language, now, ADDIN_VERSION)).flatMap((sheet) => sheet.tables);
    const preview = present.flatMap(({ key, marker, range, cells }) => {
      const plan = plans.find((p) => p.key === key);
      const name = tableOfMarker(marker.formula);
      if (!plan || name === null) return [];
      return [previewTable(plan, name, range, cells, record.rows?.[key] ?? null)];
    });
    return { ...state, datasetVersion: record.datasetVersion, preview };
  });
}

/**
 * Rows of a table's whole range: its first `planned` rows, asked for before its size is known
 * (what lies below a smaller table is cut off once it is), or a block, by then sized.
 */
const rowsOfTable = (whole: Excel.Range, planned: number) => (from: number, count: number) =>
  count === planned && from === 0
    ? whole.getRow(0).getResizedRange(count - 1, 0)
    : whole.getCell(from, 0).getAbsoluteResizedRange(count, whole.columnCount);

/** A table's height once read; none where it has no marker or range, so that nothing more is read. */
const tableHeight = (marker: Excel.NamedItem, whole: Excel.Range) => () =>
  marker.isNullObject || whole.isNullObject ? 0 : whole.rowCount;

function previewTable(
  plan: TablePlan,
  name: string,
  whole: Excel.Range,
  cells: CellsRead,
  ledger: RowLedger | null,
): TablePreview {
  const current = tableRead(
    cells.formulas as CellValue[][],
    cells.numberFormat.slice(1) as string[][],
    whole.rowIndex,
    whole.columnIndex,
  );
  const outcome = reconcileOne(plan, current, ledger, undefined);
  if (!(outcome instanceof MergeError))
    return { key: plan.key, table: name, ...outcome.counts, notes: tableNotes(name, outcome) };
  const notes: WriteNote[] = [{ kind: "keyColumnRemoved", table: name, column: outcome.column }];
  return { key: plan.key, table: name, ...untouched(current), notes };
}
