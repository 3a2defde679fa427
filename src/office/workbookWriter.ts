/**
 * Applies sheet plans to the open workbook in one Excel.run: insert on a fresh workbook, refresh
 * on one that already has the add-in's sheets. Round trips do not grow with the data:
 *   1. read what the add-in owns (ownership record, sheet and table names);
 *   2. refresh only: read the managed tables (headers, formulas, formats, positions);
 *   3. write everything, values and formats as whole 2-D ranges.
 * The add-in never writes over a sheet or table it does not own: a name already taken gets a
 * fresh one, and the analyst's rows, columns, cells and charts are left as they are.
 */
import type { CellValue } from "../domain/cells";
import type { Language } from "../domain/language";
import type { AnySheetKey, TableKey } from "../domain/layout/labels";
import {
  MergeError,
  plannedLedger,
  reconcileTable,
  tableRead,
  untouched,
  type ReconciledTable,
  type TableOnSheet,
} from "../domain/layout/reconcile";
import { freshName } from "../domain/layout/names";
import {
  address,
  tableCells,
  type Box,
  type ChartPlan,
  type ChartSeriesPlan,
  type SheetPlan,
  type PlannedValidation,
  type TablePlan,
} from "../domain/layout/plan";
import { EMPHASIS_STYLES, OVERRIDE_FILL } from "../domain/layout/styles";
import type { PlanContext } from "../domain/layout/workbookPlan";
import { tableNotes, type TableReport, type WriteConsent, type WriteNote, type WriteReport } from "../domain/writeReport";
import { readOwnership, refusalOf, RefusedRecordError, type Ownership } from "../domain/stored";
import type { Restore, RowLedger } from "../domain/layout/reconcile";
import {
  OWNERSHIP_SETTING,
  sheetMarkerName,
  sheetOfMarker,
  tableMarkerFormula,
  tableMarkerName,
  tableOfMarker,
} from "./ownership";

/**
 * The analyst's choices (WriteConsent) come with the write: a stored record refused when read
 * stops it before anything changes unless `replaceRefused`; `rewriteLanguage` writes the tables
 * in `language` even where the workbook records another; `restore` gives overrides back.
 */
export interface WriteOptions extends PlanContext, WriteConsent {
  datasetVersion: string;
  /** More workbook settings to record in the same batch (the scenario definitions). */
  settings?: Record<string, unknown>;
}

/** Points per character of column width, for Excel's default Calibri 11. */
const POINTS_PER_CHARACTER = 6.5;
const CHART_PREFIX = "ComputeAlliances.";

interface ExistingTable {
  plan: TablePlan;
  /** Its name now, which the analyst may have changed. */
  name: string;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  whole: Excel.Range;
  /** The table as read, and what refresh does to it (or the error that stops it): set once read. */
  current?: TableOnSheet;
  reconciled?: ReconciledTable | MergeError;
}

interface MissingTable {
  plan: TablePlan;
  /** Its planned cells, header row included: it is written again only where all are empty. */
  area: Excel.Range;
}

interface SheetWork {
  plan: SheetPlan;
  /** Set for a sheet that exists and is ours; null for one to create. */
  existing: Excel.Worksheet | null;
  name: string;
  tables: ExistingTable[];
  /** Managed tables no longer on a sheet of ours, with the cells where each goes. */
  missingTables: MissingTable[];
  /** Tables to write whole: every table of a new sheet, and a missing one whose cells are free. */
  newTables: TablePlan[];
  charts: { plan: ChartPlan; chart: Excel.Chart }[];
}

/**
 * `plansIn` makes the plans in the language the write is made in: the workbook's recorded one
 * (the language its tables were written in) unless `rewriteLanguage` asks for `options.language`,
 * or the workbook has no record yet. The ribbon, which knows only Office's display language,
 * therefore never switches a workbook's language.
 */
export async function writeWorkbook(
  plansIn: (language: Language) => readonly SheetPlan[],
  options: WriteOptions,
): Promise<WriteReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const report: WriteReport = {
      writtenAt: options.writtenAt,
      language: options.language,
      created: [],
      tables: [],
      notes: [],
      syncs: 0,
    };
    const workbook = context.workbook;

    // 1. What exists, and what of it is ours.
    const worksheets = workbook.worksheets.load("items/name");
    const tables = workbook.tables.load("items/name");
    const names = workbook.names.load("items/name,items/formula");
    // Every setting this write replaces is read first: one refused when read is not replaced unasked.
    const settingKeys = [OWNERSHIP_SETTING, ...Object.keys(options.settings ?? {})];
    const storedSettings = settingKeys.map((key) => {
      const setting = workbook.settings.getItemOrNullObject(key);
      setting.load("value");
      return setting;
    });
    report.syncs++;
    await context.sync();

    const storedValue = (index: number) => (storedSettings[index].isNullObject ? null : storedSettings[index].value);
    if (!options.replaceRefused) {
      for (const [index, key] of settingKeys.entries()) {
        const refusal = refusalOf(key, storedValue(index));
        if (refusal) throw new RefusedRecordError(refusal);
      }
    }
    const previous = readOwnership(storedValue(0)).record;
    const language = previous && !options.rewriteLanguage ? previous.language : options.language;
    const plans = plansIn(language);
    report.language = language;
    const sheetNames = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const marker = (key: AnySheetKey) => names.items.find((n) => n.name === sheetMarkerName(key));
    const ownedSheet = (key: AnySheetKey) => {
      const name = sheetOfMarker(marker(key)?.formula ?? "");
      return name !== null && sheetNames.has(name.toLowerCase()) ? name : null;
    };
    const tableMarker = (key: TableKey) => names.items.find((n) => n.name === tableMarkerName(key));
    /**
     * A managed table's name now. Its marker follows a rename; a workbook written before tables
     * had markers has only the recorded name. Where a marker exists it alone is trusted, so that
     * a table the analyst later gave the recorded name is never taken for ours.
     */
    const ownedTable = (key: TableKey) => {
      const found = tableMarker(key);
      const name = found ? tableOfMarker(found.formula) : (previous?.tables[key] ?? null);
      return name !== null && tableNames.has(name.toLowerCase()) ? name : null;
    };

    const work: SheetWork[] = plans.map((plan) => {
      const owned = ownedSheet(plan.key);
      if (owned)
        return {
          plan,
          existing: workbook.worksheets.getItem(owned),
          name: owned,
          tables: [],
          missingTables: [],
          newTables: [],
          charts: [],
        };
      const name = freshName("sheet", plan.name, sheetNames);
      sheetNames.add(name.toLowerCase());
      if (name !== plan.name) report.notes.push({ kind: "sheetNameTaken", planned: plan.name, written: name });
      report.created.push({ sheet: plan.key, name, renamedFrom: name === plan.name ? null : plan.name });
      return { plan, existing: null, name, tables: [], missingTables: [], newTables: [], charts: [] };
    });

    // 2. Refresh: read the managed tables and charts on the sheets that are ours.
    for (const item of work) {
      if (!item.existing || item.plan.updates === "create-only") continue;
      for (const tablePlan of item.plan.tables) {
        const owned = ownedTable(tablePlan.key);
        if (!owned) {
          const area = item.existing.getRangeByIndexes(
            tablePlan.row,
            tablePlan.col,
            tablePlan.rows.length + 1,
            tablePlan.columns.length,
          );
          item.missingTables.push({ plan: tablePlan, area: area.load("formulas,address") });
          continue;
        }
        const recorded = previous?.tables[tablePlan.key];
        if (recorded && recorded !== owned) report.notes.push({ kind: "tableRenamed", from: recorded, to: owned });
        const table = workbook.tables.getItem(owned);
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("formulas,numberFormat,rowCount");
        const whole = table.getRange().load("rowIndex,columnIndex,columnCount");
        item.tables.push({ plan: tablePlan, name: owned, table, header, body, whole });
      }
      for (const chartPlan of item.plan.charts.filter((chart) => chart.series.some((series) => "table" in series))) {
        const chart = item.existing.charts.getItemOrNullObject(CHART_PREFIX + chartPlan.key);
        item.charts.push({ plan: chartPlan, chart });
      }
    }
    if (work.some((item) => item.tables.length + item.charts.length + item.missingTables.length > 0)) {
      report.syncs++;
      await context.sync();
    }

    // 3. Write. The ownership record goes first, and each new sheet's marker right after the
    // sheet, so that a write cut short is recognised and repaired by the next.
    const ownership: Ownership = {
      version: 1,
      language,
      writtenAt: options.writtenAt,
      addinVersion: options.addinVersion,
      datasetVersion: options.datasetVersion,
      tables: { ...previous?.tables },
      rows: { ...previous?.rows },
    };
    const ledgers = ownership.rows!;
    for (const item of work) {
      for (const found of item.tables) {
        ownership.tables[found.plan.key] = found.name;
        found.reconciled = reconcile(found, previous?.rows?.[found.plan.key] ?? null, options.restore?.[found.plan.key]);
        if (!(found.reconciled instanceof MergeError)) ledgers[found.plan.key] = found.reconciled.ledger;
      }
      for (const missing of item.missingTables) {
        delete ownership.tables[missing.plan.key];
        delete ledgers[missing.plan.key];
      }
      item.newTables = item.existing ? item.missingTables.filter(isFree).map((missing) => missing.plan) : [...item.plan.tables];
      for (const tablePlan of item.newTables) {
        const name = freshName("table", tablePlan.name, tableNames);
        tableNames.add(name.toLowerCase());
        ownership.tables[tablePlan.key] = name;
        ledgers[tablePlan.key] = plannedLedger(tablePlan, tablePlan.row, tablePlan.col);
      }
    }
    workbook.settings.add(OWNERSHIP_SETTING, ownership);
    for (const [key, value] of Object.entries(options.settings ?? {})) workbook.settings.add(key, value);
    context.application.suspendApiCalculationUntilNextSync();

    for (const item of work) {
      if (item.existing && item.plan.updates === "create-only") continue;
      let sheet = item.existing;
      if (!sheet) {
        sheet = workbook.worksheets.add(item.name);
        // A deleted sheet leaves its marker behind, pointing at #REF!: replace it.
        if (marker(item.plan.key)) workbook.names.getItem(sheetMarkerName(item.plan.key)).delete();
        workbook.names.add(sheetMarkerName(item.plan.key), sheet.getRange("A1")).visible = false;
        for (const name of item.plan.names ?? []) {
          if (names.items.some((n) => n.name === name.name)) workbook.names.getItem(name.name).delete();
          workbook.names.add(name.name, sheet.getRangeByIndexes(name.row, name.col, 1, 1));
        }
        for (const rule of item.plan.validations ?? []) addValidation(sheet, rule);
      } else if (item.plan.updates === "rebuild") {
        // Its previous, perhaps wider, content goes first.
        sheet.getRange().clear(Excel.ClearApplyTo.contents);
      }
      writeBlocks(sheet, item.plan);
      for (const existing of item.tables) {
        report.tables.push(refreshTable(sheet, existing, item.name, report.notes));
        // A table written before tables had markers gets one.
        if (!tableMarker(existing.plan.key)) markTable(workbook, existing.plan.key, existing.name, false);
      }
      for (const missing of item.missingTables) {
        const where = { table: missing.plan.name, sheet: item.name };
        report.notes.push(
          isFree(missing)
            ? { kind: "tableWrittenAgain", ...where }
            : { kind: "tableAreaInUse", ...where, address: missing.area.address },
        );
      }
      for (const tablePlan of item.newTables) {
        const name = ownership.tables[tablePlan.key]!;
        if (name !== tablePlan.name) report.notes.push({ kind: "tableNameTaken", planned: tablePlan.name, written: name });
        addTable(sheet, tablePlan, name);
        markTable(workbook, tablePlan.key, name, tableMarker(tablePlan.key) !== undefined);
        report.tables.push({
          key: tablePlan.key,
          table: name,
          sheet: item.name,
          added: tablePlan.rows.length,
          updated: 0,
          removed: 0,
          unchanged: 0,
          yours: 0,
        });
      }
      if (item.existing) {
        for (const { plan, chart } of item.charts) if (!chart.isNullObject) pointSeries(sheet, chart, plan, item);
        continue;
      }
      for (const chart of item.plan.charts) addChart(sheet, chart, item.plan);
      if (item.plan.freezeRows > 0) sheet.freezePanes.freezeRows(item.plan.freezeRows);
    }
    report.syncs++;
    await context.sync();
    return report;
  });
}

function writeBlocks(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const range = sheet.getRangeByIndexes(block.row, block.col, block.cells.length, block.cells[0].length);
    range.values = block.cells.map((row) => [...row]);
    if (block.numberFormats) range.numberFormat = block.numberFormats.map((row) => [...row]);
    const style = EMPHASIS_STYLES[block.emphasis];
    if (style.bold !== undefined) range.format.font.bold = style.bold;
    if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
    if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
    if (style.fill !== undefined) range.format.fill.color = style.fill;
  }
}

function addValidation(sheet: Excel.Worksheet, validation: PlannedValidation): void {
  const cell = sheet.getRangeByIndexes(validation.row, validation.col, 1, 1);
  const { rule } = validation;
  // The plan's operators are named as the host's: a look-up, not a decision.
  const operator = Excel.DataValidationOperator[rule.operator];
  const basic =
    rule.operator === "between" ? { formula1: rule.min, formula2: rule.max, operator } : { formula1: rule.bound, operator };
  cell.dataValidation.rule = validation.numberKind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  cell.dataValidation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.stop,
    title: "",
    message: validation.message,
  };
}

/** Whether a missing table's cells are all empty, so that writing it again overwrites nothing. */
const isFree = (missing: MissingTable) => missing.area.formulas.every((row) => row.every((cell) => cell === ""));

/** Names the table for the next refresh (see ownership.ts), in place of a marker left by a deleted one. */
function markTable(workbook: Excel.Workbook, key: TableKey, tableName: string, replacing: boolean): void {
  if (replacing) workbook.names.getItem(tableMarkerName(key)).delete();
  workbook.names.add(tableMarkerName(key), tableMarkerFormula(tableName)).visible = false;
}

function addTable(sheet: Excel.Worksheet, plan: TablePlan, name: string): void {
  const rows = tableCells(plan, plan.row, plan.col);
  const range = sheet.getRangeByIndexes(plan.row, plan.col, rows.length + 1, plan.columns.length);
  range.values = [plan.columns.map((c) => c.header), ...rows];
  range.numberFormat = [
    plan.columns.map(() => "General"),
    ...plan.rows.map((row) => plan.columns.map((c, i) => row.numberFormats?.[i] ?? c.numberFormat)),
  ];
  plan.columns.forEach((column, i) => {
    sheet.getRangeByIndexes(plan.row, plan.col + i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  });
  const table = sheet.tables.add(range, true);
  table.name = name;
  table.style = plan.style;
}

/** Reads a managed table as refresh finds it, and reconciles it with its plan and ledger. */
function reconcile(existing: ExistingTable, ledger: RowLedger | null, restore?: Restore): ReconciledTable | MergeError {
  const { plan, header, body, whole } = existing;
  existing.current = tableRead(
    [header.values[0] as CellValue[], ...(body.formulas as CellValue[][])],
    body.numberFormat as string[][],
    whole.rowIndex,
    whole.columnIndex,
  );
  try {
    return reconcileTable(plan, existing.current, ledger, restore);
  } catch (error) {
    if (error instanceof MergeError) return error;
    throw error;
  }
}

/**
 * Applies a reconciled table: its rows to remove go first, bottom-up, so that the others keep
 * their order and the formulas that name them follow; then the cells to change, null leaving a
 * cell as it is; then the new rows at the end.
 */
function refreshTable(sheet: Excel.Worksheet, existing: ExistingTable, sheetName: string, notes: WriteNote[]): TableReport {
  const { header, whole, name } = existing;
  // Every existing table is reconciled before anything is written.
  const reconciled = existing.reconciled!;
  const bodyRows = existing.current!.body.length;
  if (reconciled instanceof MergeError) {
    notes.push({ kind: "keyColumnRemoved", table: name, column: reconciled.column });
    return { key: existing.plan.key, table: name, sheet: sheetName, ...untouched(existing.current!) };
  }
  notes.push(...tableNotes(name, reconciled));

  const width = whole.columnCount;
  const top = whole.rowIndex;
  const left = whole.columnIndex;
  const { removed, kept, appended } = reconciled;
  const total = kept.length + appended.length;
  // A table keeps at least one body row: where every row goes, the first is cleared instead.
  const deleted = total === 0 ? removed.slice(1) : removed;
  for (const index of [...deleted].reverse())
    sheet.getRangeByIndexes(top + 1 + index, left, 1, width).delete(Excel.DeleteShiftDirection.up);
  if (total === 0 && removed.length > 0) sheet.getRangeByIndexes(top + 1, left, 1, width).clear(Excel.ClearApplyTo.contents);
  header.values = [reconciled.headers];
  if (kept.length > 0 && kept.some((row) => row.some((cell) => cell !== null))) {
    const target = sheet.getRangeByIndexes(top + 1, left, kept.length, width);
    target.formulas = kept as CellValue[][];
    target.numberFormat = reconciled.keptFormats as string[][];
  }
  const bodyCell = ({ row, col }: { row: number; col: number }) => sheet.getRangeByIndexes(top + 1 + row, left + col, 1, 1);
  for (const cell of reconciled.mark) bodyCell(cell).format.fill.color = OVERRIDE_FILL;
  for (const cell of reconciled.unmark) bodyCell(cell).format.fill.clear();
  if (appended.length > 0) {
    // An empty table's blank row takes the first new row.
    const blank = kept.length === 0 && bodyRows === 0 ? 1 : 0;
    if (appended.length > blank)
      existing.table.rows.add(
        null as unknown as number,
        Array.from({ length: appended.length - blank }, () => Array.from({ length: width }, () => "")),
      );
    const target = sheet.getRangeByIndexes(top + 1 + kept.length, left, appended.length, width);
    target.formulas = appended;
    target.numberFormat = reconciled.appendedFormats;
  }
  return { key: existing.plan.key, table: name, sheet: sheetName, ...reconciled.counts };
}

/** The ranges of one series: a table column's rows (with the table at top/left), or plain cells. */
/**
 * `bodyRows` is how many rows the table's body has after the write, where the analyst's rows
 * may be among the dataset's: a series over the whole column covers them all.
 */
function seriesRanges(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  series: ChartSeriesPlan,
  top: number,
  left: number,
  bodyRows?: number,
) {
  const box = (b: Box) => sheet.getRangeByIndexes(b.row, b.col, b.height, b.width);
  if ("values" in series) return { values: box(series.values), categories: box(series.categories) };
  const table = plan.tables.find((t) => t.key === series.table)!;
  const from = series.rows?.from ?? 0;
  const to = series.rows?.to ?? (bodyRows ?? table.rows.length) - 1;
  const column = (key: string) => table.columns.findIndex((c) => c.key === key);
  const pick = (key: string) => sheet.getRangeByIndexes(top + 1 + from, left + column(key), to - from + 1, 1);
  return { values: pick(series.valuesColumn), categories: pick(series.categoriesColumn) };
}

function addChart(sheet: Excel.Worksheet, plan: ChartPlan, sheetPlan: SheetPlan): void {
  const rangesOf = (series: ChartSeriesPlan) => {
    const table = "table" in series ? sheetPlan.tables.find((t) => t.key === series.table)! : { row: 0, col: 0 };
    return seriesRanges(sheet, sheetPlan, series, table.row, table.col);
  };
  const [first, ...rest] = plan.series;
  const firstRanges = rangesOf(first);
  const chart = sheet.charts.add(plan.type as Excel.ChartType, firstRanges.values, Excel.ChartSeriesBy.columns);
  chart.name = CHART_PREFIX + plan.key;
  chart.title.text = plan.title;
  chart.setPosition(address(plan.row, plan.col), address(plan.row + plan.height - 1, plan.col + plan.width - 1));
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(firstRanges.categories);
  for (const series of rest) {
    const ranges = rangesOf(series);
    const added = chart.series.add(series.name);
    added.setValues(ranges.values);
    added.setXAxisValues(ranges.categories);
  }
}

/** Points an existing chart's series at the refreshed table rows. */
function pointSeries(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan, item: SheetWork): void {
  /** Where a table's header row starts: as found, or as planned for one written again. */
  const tableAt = (key: TableKey) => {
    const found = item.tables.find((t) => t.plan.key === key);
    if (found) {
      const reconciled = found.reconciled instanceof MergeError ? undefined : found.reconciled;
      const bodyRows = reconciled && Math.max(1, reconciled.kept.length + reconciled.appended.length);
      return { top: found.whole.rowIndex, left: found.whole.columnIndex, bodyRows };
    }
    const written = item.newTables.find((t) => t.key === key);
    return written && { top: written.row, left: written.col };
  };
  plan.series.forEach((series, index) => {
    const table = "table" in series ? tableAt(series.table) : undefined;
    if (!table) return;
    const ranges = seriesRanges(
      sheet,
      item.plan,
      series,
      table.top,
      table.left,
      "bodyRows" in table ? table.bodyRows : undefined,
    );
    const target = chart.series.getItemAt(index);
    target.setValues(ranges.values);
    target.setXAxisValues(ranges.categories);
  });
}
