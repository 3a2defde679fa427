/**
 * Applies sheet plans to the open workbook in one Excel.run: insert on a fresh workbook, refresh
 * on one that already has the add-in's sheets. The decisions are the domain's
 * (layout/workbookReconcile.ts); this adapter reads what they need and applies what they decide.
 * Round trips grow with the data only where one request cannot carry it:
 *   1. read what the add-in owns (ownership record, sheet, table and defined names);
 *   2. refresh only: read the managed tables (headers, formulas, formats, positions, filters),
 *      a large table's body in row blocks, one round trip each;
 *   3. write everything, values and formats as 2-D ranges, in batches that each fit one request
 *      (writeSteps.ts): one batch up to about 10× the bundled dataset, more above.
 */
import type { CellValue } from "../domain/cells";
import type { Language } from "../domain/language";
import { TABLE_KEYS, type AnySheetKey, type TableKey } from "../domain/layout/labels";
import { heldIn, type AreaWrites } from "../domain/layout/areas";
import { overrideNote, type InputMessage } from "../domain/layout/labels";
import { MergeError, tableRead, type TableOnSheet } from "../domain/layout/reconcile";
import {
  locateWork,
  proveWork,
  reconcileWorkbook,
  sheetBoxes,
  tablePlaceAfterWrite,
  type NewTable,
  type RefreshedTable,
  type SheetWrites,
  type WorkbookLocated,
} from "../domain/layout/workbookReconcile";
import {
  address,
  blockFormats,
  CHART_NAME_PREFIX,
  headerFormats,
  plannedArea,
  plannedFormat,
  listSource,
  seriesBoxes,
  type Box,
  type ChartPlan,
  type ChartSeriesPlan,
  type SheetPlan,
  type PlannedColorScale,
  type PlannedNote,
  type PlannedValidation,
  type TablePlace,
  TEXT_FORMAT,
} from "../domain/layout/plan";
import { EMPHASIS_STYLES, OVERRIDE_FILL } from "../domain/layout/styles";
import type { PlanContext } from "../domain/layout/workbookPlan";
import { quoteSheet } from "../domain/formulas/build";
import { REQUEST_BUDGET_BYTES } from "../domain/payload";
import type { WriteConsent, WriteProgress, WriteReport } from "../domain/writeReport";
import { readOwnership, refusalOf, RefusedRecordError } from "../domain/stored";
import { OWNERSHIP_SETTING, sheetMarkerName, tableMarkerFormula, tableMarkerName } from "../domain/stored/markers";
import { isResponseTooLarge, ReadBudget, readRowBytes, type CellsRead } from "./blockReads";
import { WriteSteps } from "./writeSteps";

/**
 * The analyst's choices (WriteConsent) come with the write: a stored record refused when read
 * stops it before anything changes unless `replaceRefused`; `rewriteLanguage` writes the tables
 * in `language` even where the workbook records another; `restore` gives overrides back.
 */
export interface WriteOptions extends PlanContext, WriteConsent {
  datasetVersion: string;
  /** More workbook settings to record with the ownership record (the scenario definitions). */
  settings?: Record<string, unknown>;
  /** Told before each batch of a write of more than one. */
  onProgress?: (progress: WriteProgress) => void;
  /** The most one batch may carry by the estimate; REQUEST_BUDGET_BYTES unless a test asks otherwise. */
  requestBudget?: number;
}

/** Points per character of column width, for Excel's default Calibri 11. */
const POINTS_PER_CHARACTER = 6.5;

/** A managed table's parts, queued for the second read. */
interface TableRead {
  table: Excel.Table;
  header: Excel.Range;
  /** The body, loaded with the second read; or, for a table too large for one response, read in row blocks after it. */
  body: CellsRead;
  whole: Excel.Range;
  /**
   * Once synced: the criteria of its columns that filter rows, by column index; null where the
   * host cannot tell (ExcelApi 1.9 reads them).
   */
  filters: () => [number, Excel.FilterCriteria][] | null;
}

/** What the second read queued: the managed tables, the cells of lost ones, the charts to repoint. */
interface SecondRead {
  tables: Map<TableKey, TableRead>;
  /** Each managed table's sheet, once synced. */
  tableSheets: Map<TableKey, Excel.Worksheet>;
  /** Each existing sheet's cells where the add-in writes its blocks, and wrote them before (sheetBoxes). */
  cells: Map<AnySheetKey, { boxes: Box[]; ranges: Excel.Range[] }>;
  areas: Map<TableKey, { cells: CellsRead; address: string; tables: () => number | null }>;
  /** Each existing sheet's charts, by name with how many series each has now. */
  charts: Map<string, Excel.ChartCollection>;
  /** The second read's response budget, and the reads of bodies too large for it, made after it. */
  budget: ReadBudget;
}

/**
 * `plansIn` makes the plans in the language the write is made in: the workbook's recorded one
 * unless `rewriteLanguage` asks for `options.language`, or the workbook has no record yet.
 */
export async function writeWorkbook(
  plansIn: (language: Language) => readonly SheetPlan[],
  options: WriteOptions,
): Promise<WriteReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const workbook = context.workbook;
    let syncs = 0;

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
    // Each marked table's size as it is now, the analyst's rows and columns included, so that
    // its read is sized from what is there (NamedItem.getRangeOrNullObject, ExcelApi 1.4).
    const tableSizes = new Map(
      TABLE_KEYS.map((key) => [
        key,
        workbook.names.getItemOrNullObject(tableMarkerName(key)).getRangeOrNullObject().load("rowCount,columnCount"),
      ]),
    );
    syncs++;
    await context.sync();

    const storedValue = (index: number) => (storedSettings[index].isNullObject ? null : storedSettings[index].value);
    if (!options.replaceRefused) {
      for (const [index, key] of settingKeys.entries()) {
        const refusal = refusalOf(key, storedValue(index));
        if (refusal) throw new RefusedRecordError(refusal);
      }
    }
    const located = locateWork(
      plansIn,
      {
        sheetNames: worksheets.items.map((sheet) => sheet.name),
        tableNames: tables.items.map((table) => table.name),
        names: names.items.map(({ name, formula }) => ({ name, formula })),
        previous: readOwnership(storedValue(0)).record,
      },
      options,
    );

    // 2. Refresh: read the managed tables and charts on the sheets that are ours; a table too
    // large for one response is read in row blocks after, one round trip each.
    const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
    const sizes = new Map(
      [...tableSizes].flatMap(([key, range]) =>
        range.isNullObject ? [] : [[key, { rows: range.rowCount - 1, columns: range.columnCount }] as const],
      ),
    );
    let read = queueSecondRead(workbook, located, budget, sizes, false);
    if (read.tables.size + read.areas.size + read.charts.size + read.cells.size > 0) {
      syncs++;
      try {
        await context.sync();
      } catch (error) {
        // The analyst's rows held more than their estimate: read every table's body in blocks.
        if (!isResponseTooLarge(error)) throw error;
        read = queueSecondRead(workbook, located, budget, sizes, true);
        syncs++;
        await context.sync();
      }
    }
    syncs += await read.budget.readLater(context);
    const tablesRead = new Map([...read.tables].map(([key, parts]) => [key, tableOnSheet(parts)]));
    const cells = new Map(
      [...read.cells].map(([key, { boxes, ranges }]) => [
        key,
        heldIn(
          boxes,
          ranges.map((range) => range.formulas as CellValue[][]),
        ),
      ]),
    );
    // A marked sheet or table is the add-in's only where its content says so.
    const proved = proveWork(located, {
      cells,
      tables: tablesRead,
      tableSheets: new Map([...read.tableSheets].map(([key, sheet]) => [key, sheet.name])),
    });
    const found = {
      cells,
      tables: tablesRead,
      areas: new Map(
        [...read.areas].map(([key, { cells, address, tables }]) => [
          key,
          { cells: cells.formulas as CellValue[][], tables: tables(), address },
        ]),
      ),
    };
    let writes = reconcileWorkbook(proved, found, options);
    // A cell marked as an override for the first time may have an input message of the
    // analyst's, which the add-in's note must not replace: read those, and decide again.
    if (writes.messagesToRead.length > 0) {
      const prompts = writes.messagesToRead.map((cell) => {
        const { whole } = read.tables.get(cell.table)!;
        const range = read.tableSheets
          .get(cell.table)!
          .getRangeByIndexes(whole.rowIndex + 1 + cell.bodyRow, whole.columnIndex + cell.col, 1, 1);
        return { cell, validation: range.dataValidation.load("prompt") };
      });
      syncs++;
      await context.sync();
      const messages = new Map<TableKey, Map<string, InputMessage>>();
      for (const { cell, validation } of prompts) {
        if (!messages.has(cell.table)) messages.set(cell.table, new Map());
        messages.get(cell.table)!.set(`${cell.key}\t${cell.column}`, validation.prompt);
      }
      writes = reconcileWorkbook(proved, { ...found, messages }, options);
    }

    // 3. Write, in batches that each fit one request. Each new sheet's and table's marker comes
    // right after it, so the next write knows them for the add-in's. A provisional ownership
    // record goes first and the final one last: a write cut short leaves a record that holds the
    // rows it adds and, for the rows it had written before, what it wrote then, so the next
    // refresh tells the cells this one did not reach from the analyst's, and finishes the job.
    const steps = new WriteSteps(budget);
    // Without a record before (a first insert), or where this write changes no row, the
    // provisional record would say nothing the stored one does not.
    const previous = located.previous;
    if (previous && JSON.stringify(writes.provisional.rows) !== JSON.stringify(previous.rows))
      steps.add(null, () => workbook.settings.add(OWNERSHIP_SETTING, writes.provisional), 1, writes.provisional);
    for (const sheet of writes.sheets) {
      if (sheet.located.leftAlone) continue;
      applySheet(steps, workbook, sheet, read, proved.language);
    }
    const settings = Object.entries(options.settings ?? {});
    steps.add(
      null,
      () => {
        workbook.settings.add(OWNERSHIP_SETTING, writes.ownership);
        for (const [key, value] of settings) workbook.settings.add(key, value);
      },
      1 + settings.length,
      [writes.ownership, settings],
    );
    syncs += await steps.apply(context, options.onProgress);
    return {
      writtenAt: options.writtenAt,
      language: proved.language,
      created: [...proved.created],
      tables: [...writes.tables],
      notes: [...writes.notes],
      syncs,
    };
  });
}

/**
 * The second read: each managed table, sized from what is there (`sizes`, the first read's);
 * a table's body is read with the rest where its estimate fits, otherwise in row blocks after
 * (always, with `bodiesLater`, once the estimate proved too small).
 */
function queueSecondRead(
  workbook: Excel.Workbook,
  located: WorkbookLocated,
  budget: number,
  sizes: ReadonlyMap<TableKey, { rows: number; columns: number }>,
  bodiesLater: boolean,
): SecondRead {
  const read: SecondRead = {
    tables: new Map(),
    tableSheets: new Map(),
    cells: new Map(),
    areas: new Map(),
    charts: new Map(),
    budget: new ReadBudget(budget),
  };
  if (bodiesLater) read.budget.reserve(budget);
  // Table filters and the tables in a range are ExcelApi 1.9.
  const canReadFilters = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  for (const sheet of located.sheets) {
    if (!sheet.existing || sheet.leftAlone) continue;
    const worksheet = workbook.worksheets.getItem(sheet.name);
    const boxes = sheetBoxes(sheet, located.previous);
    read.cells.set(sheet.plan.key, {
      boxes,
      ranges: boxes.map((box) => worksheet.getRangeByIndexes(box.row, box.col, box.height, box.width).load("formulas")),
    });
    for (const { plan, name, marked } of sheet.tables) {
      const table = workbook.tables.getItem(name);
      read.tableSheets.set(plan.key, table.worksheet.load("name"));
      let filters: TableRead["filters"] = () => null;
      if (canReadFilters) {
        const autoFilter = table.autoFilter.load("isDataFiltered,criteria");
        filters = () => (autoFilter.isDataFiltered ? activeFilters(autoFilter.criteria) : []);
      }
      const whole = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
      // The rows the add-in wrote last time, or the plan's; the table's size as it is now, where
      // its marker gave it (a table found by its recorded name has none).
      const written = Math.max(Object.keys(located.previous?.rows?.[plan.key]?.rows ?? {}).length, plan.rows.length);
      const size = marked ? sizes.get(plan.key) : undefined;
      const expected = size?.rows ?? written;
      const body = read.budget.cells(
        (from, count) =>
          from === 0 && count === expected
            ? table.getDataBodyRange()
            : worksheet.getRangeByIndexes(whole.rowIndex + 1 + from, whole.columnIndex, count, whole.columnCount),
        () => whole.rowCount - 1,
        expected,
        readRowBytes(plan, written, size?.columns),
      );
      read.tables.set(plan.key, { table, header: table.getHeaderRowRange().load("values"), body, whole, filters });
    }
    for (const plan of sheet.missing) {
      const height = plan.rows.length + 1;
      const cells = read.budget.cells(
        (from, count) => worksheet.getRangeByIndexes(plan.row + from, plan.col, count, plan.columns.length),
        () => height,
        height,
        readRowBytes(plan),
      );
      // A table already there (one left unnamed by a write cut short) cannot be overlapped.
      let tables: () => number | null = () => null;
      if (canReadFilters) {
        const area = worksheet.getRangeByIndexes(plan.row, plan.col, height, plan.columns.length);
        const overlapping = area.getTables(false).load("items/name");
        tables = () => overlapping.items.length;
      }
      const where = `${quoteSheet(sheet.name)}!${address(plan.row, plan.col, height, plan.columns.length)}`;
      read.areas.set(plan.key, { cells, address: where, tables });
    }
    if (sheet.charts.length > 0) read.charts.set(sheet.plan.key, worksheet.charts.load("items/name,items/series/count"));
  }
  return read;
}

const tableOnSheet = ({ header, body, whole }: TableRead): TableOnSheet =>
  tableRead(
    [header.values[0] as CellValue[], ...(body.formulas as CellValue[][])],
    body.numberFormat as string[][],
    whole.rowIndex,
    whole.columnIndex,
  );

function applySheet(
  steps: WriteSteps,
  workbook: Excel.Workbook,
  writes: SheetWrites,
  read: SecondRead,
  language: Language,
): void {
  const { located } = writes;
  const { plan, name } = located;
  // Made by the first step; every later step, in this batch or a later one, writes to it.
  let sheet!: Excel.Worksheet;
  const sheetOf = () => sheet;
  if (located.existing) {
    steps.add(name, () => {
      sheet = workbook.worksheets.getItem(name);
      // Its previous, perhaps wider, content goes first, where the record cannot say which cells it wrote.
      if (writes.clearFirst) sheet.getRange().clear(Excel.ClearApplyTo.contents);
    });
  } else {
    const names = plan.names ?? [];
    const validations = plan.validations ?? [];
    steps.add(
      name,
      () => {
        sheet = workbook.worksheets.add(name);
        // A deleted sheet leaves its marker behind, pointing at #REF!: replace it.
        if (located.replacesMarker) workbook.names.getItem(sheetMarkerName(plan.key)).delete();
        workbook.names.add(sheetMarkerName(plan.key), sheet.getRange("A1")).visible = false;
        for (const defined of names) {
          if (located.namesReplaced.includes(defined.name)) workbook.names.getItem(defined.name).delete();
          workbook.names.add(defined.name, sheet.getRangeByIndexes(defined.row, defined.col, 1, 1));
        }
        for (const rule of validations) addValidation(sheet, rule);
      },
      3 + 2 * names.length + 2 * validations.length,
      [names, validations],
    );
  }
  writeBlocks(steps, sheetOf, name, writes.areas);
  for (const scale of plan.colorScales ?? []) steps.add(name, () => addColorScale(sheet, scale), 3);
  for (const table of writes.refreshed) {
    refreshTable(steps, sheetOf, name, table, read.tables.get(table.plan.key)!, language);
    // A table written before tables had markers gets one.
    if (!table.marked) steps.add(name, () => markTable(workbook, table.plan.key, table.name, false), 2);
  }
  for (const table of writes.created) addTable(steps, workbook, sheetOf, name, table);
  if (located.existing) {
    const charts = read.charts.get(plan.key)?.items ?? [];
    for (const chartPlan of located.charts) {
      const found = charts.find((chart) => chart.name === CHART_NAME_PREFIX + chartPlan.key);
      if (found)
        steps.add(
          name,
          () => pointSeries(sheet.charts.getItem(found.name), found.series.count, chartPlan, writes, sheet),
          2 * chartPlan.series.length,
        );
    }
    return;
  }
  steps.add(
    name,
    () => {
      for (const chart of plan.charts) addChart(sheet, chart, plan);
      if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    },
    1 + plan.charts.reduce((calls, chart) => calls + 6 + 3 * chart.series.length, 0),
  );
}

/**
 * A colour scale over a block, in place of any conditional formats the block had: a refresh
 * writes it again rather than adding a second (ExcelApi 1.6).
 */
function addColorScale(sheet: Excel.Worksheet, scale: PlannedColorScale): void {
  const { box } = scale;
  const formats = sheet.getRangeByIndexes(box.row, box.col, box.height, box.width).conditionalFormats;
  formats.clearAll();
  const format = formats.add(Excel.ConditionalFormatType.colorScale);
  format.colorScale.criteria = {
    minimum: { type: Excel.ConditionalFormatColorCriterionType.lowestValue, color: scale.low },
    maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: scale.high },
  };
}

/**
 * Writes the blocks, a cell left null where the analyst changed it (null leaves a cell as it is),
 * then empties what an old layout wrote outside the new one.
 */
function writeBlocks(steps: WriteSteps, sheetOf: () => Excel.Worksheet, sheetName: string, areas: AreaWrites): void {
  for (const { block, cells } of areas.blocks) {
    const formats = blockFormats(block).map((row, r) => row.map((format, c) => (cells[r][c] === null ? null : format)));
    const style = EMPHASIS_STYLES[block.emphasis];
    const styleCalls = Object.values(style).filter((value) => value !== undefined).length;
    steps.rows(
      sheetName,
      [cells, formats],
      (from, count) => {
        const range = sheetOf().getRangeByIndexes(block.row + from, block.col, count, block.cells[0].length);
        // Formats first: a text cell is formatted as text before its text arrives (plan.ts, writtenFormat).
        range.numberFormat = formats.slice(from, from + count) as string[][];
        range.values = cells.slice(from, from + count).map((row) => [...row]) as CellValue[][];
        if (style.bold !== undefined) range.format.font.bold = style.bold;
        if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
        if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
        if (style.fill !== undefined) range.format.fill.color = style.fill;
      },
      2 + styleCalls,
    );
  }
  for (const { row, col } of areas.cleared)
    steps.add(sheetName, () => (sheetOf().getRangeByIndexes(row, col, 1, 1).values = [[""]]));
}

function addValidation(sheet: Excel.Worksheet, validation: PlannedValidation): void {
  const cell = sheet.getRangeByIndexes(validation.row, validation.col, 1, 1);
  if ("choices" in validation) {
    cell.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(validation.choices) } };
    cell.dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.information,
      title: "",
      message: validation.message,
    };
    return;
  }
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

/** Names the table for the next refresh (see stored/markers.ts), in place of a marker left by a deleted one. */
function markTable(workbook: Excel.Workbook, key: TableKey, tableName: string, replacing: boolean): void {
  if (replacing) workbook.names.getItem(tableMarkerName(key)).delete();
  workbook.names.add(tableMarkerName(key), tableMarkerFormula(tableName)).visible = false;
}

/**
 * Writes a table whole: cells in row blocks, then the table over them, then its marker. A write
 * cut short leaves cells that are empty or hold exactly what the table would, which the next
 * write may write again (see `areaIsFree` in the domain).
 */
function addTable(
  steps: WriteSteps,
  workbook: Excel.Workbook,
  sheetOf: () => Excel.Worksheet,
  sheetName: string,
  { plan, name, replacesMarker }: NewTable,
): void {
  const values = plannedArea(plan);
  const formats = [headerFormats(plan), ...plan.rows.map((row) => plan.columns.map((_, c) => plannedFormat(plan, row, c)))];
  const width = plan.columns.length;
  steps.rows(sheetName, [values, formats], (from, count) => {
    const range = sheetOf().getRangeByIndexes(plan.row + from, plan.col, count, width);
    range.numberFormat = formats.slice(from, from + count);
    range.values = values.slice(from, from + count);
  });
  steps.add(
    sheetName,
    () =>
      plan.columns.forEach((column, i) => {
        sheetOf().getRangeByIndexes(plan.row, plan.col + i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
      }),
    width,
  );
  plan.rows.forEach((row, r) =>
    row.notes?.forEach((note, c) => {
      if (note)
        steps.add(sheetName, () => noteCell(sheetOf().getRangeByIndexes(plan.row + 1 + r, plan.col + c, 1, 1), note), 2, note);
    }),
  );
  steps.add(
    sheetName,
    () => {
      const table = sheetOf().tables.add(sheetOf().getRangeByIndexes(plan.row, plan.col, values.length, width), true);
      table.name = name;
      table.style = plan.style;
      markTable(workbook, plan.key, name, replacesMarker);
    },
    6,
  );
}

/** The criteria of a filtered table's columns that filter something, by column index. */
function activeFilters(columns: readonly Excel.FilterCriteria[] | null): [number, Excel.FilterCriteria][] {
  return (columns ?? []).flatMap((criteria, index) => {
    if (!criteria?.filterOn) return [];
    // Loaded criteria carry unset properties as null, which apply() refuses (office-js #1226).
    const set = Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== null && value !== undefined));
    return [[index, set as unknown as Excel.FilterCriteria]];
  });
}

/**
 * Applies a reconciled table: its rows to remove go first, bottom-up, so that the others keep
 * their order and the formulas that name them follow; then the cells to change, null leaving a
 * cell as it is; then the new rows at the end. Excel does not reliably delete or write rows of a
 * filtered table (office-js #224, #994): its filters are taken off for the write and put back,
 * which also shows the analyst which rows the new data hides. Large writes go in row blocks.
 */
function refreshTable(
  steps: WriteSteps,
  sheetOf: () => Excel.Worksheet,
  sheetName: string,
  refreshed: RefreshedTable,
  parts: TableRead,
  language: Language,
): void {
  const { outcome, current } = refreshed;
  if (outcome instanceof MergeError) return;
  const { table } = parts;
  // Where the host cannot say how the table is filtered, its filters are cleared and not put back.
  const filters = parts.filters();
  const { top, left } = current;
  const { removed, kept, appended } = outcome;
  const width = outcome.headers.length;
  const total = kept.length + appended.length;
  // A table keeps at least one body row: where every row goes, the first is cleared instead.
  const deleted = total === 0 ? removed.slice(1) : removed;
  const rowsOf = (row: number, count: number) => sheetOf().getRangeByIndexes(top + 1 + row, left, count, width);
  const bodyCell = ({ row, col }: { row: number; col: number }) => sheetOf().getRangeByIndexes(top + 1 + row, left + col, 1, 1);
  steps.add(
    sheetName,
    () => {
      if (filters === null || filters.length > 0) table.clearFilters();
      // Columns new in this version go at the right end first: every write below spans them.
      for (const name of outcome.addedColumns) table.columns.add(undefined, undefined, name);
    },
    1 + outcome.addedColumns.length,
    outcome.addedColumns,
  );
  for (const index of [...deleted].reverse()) steps.add(sheetName, () => rowsOf(index, 1).delete(Excel.DeleteShiftDirection.up));
  steps.add(
    sheetName,
    () => {
      if (total === 0 && removed.length > 0) rowsOf(0, 1).clear(Excel.ClearApplyTo.contents);
      const header = sheetOf().getRangeByIndexes(top, left, 1, width);
      header.numberFormat = [outcome.headers.map((cell) => (cell === null ? null : TEXT_FORMAT))] as string[][];
      header.values = [outcome.headers];
    },
    3,
    outcome.headers,
  );
  if (kept.length > 0 && kept.some((row) => row.some((cell) => cell !== null)))
    steps.rows(sheetName, [kept, outcome.keptFormats], (from, count) => {
      const target = rowsOf(from, count);
      target.numberFormat = outcome.keptFormats.slice(from, from + count) as string[][];
      target.formulas = kept.slice(from, from + count) as CellValue[][];
    });
  for (const cell of outcome.mark) {
    const note = overrideNote(language, cell.override);
    steps.add(
      sheetName,
      () => {
        const range = bodyCell(cell);
        range.format.fill.color = OVERRIDE_FILL;
        // The analyst's own input message stays; the report says so.
        if (!cell.keepMessage) range.dataValidation.prompt = { showPrompt: true, title: note.title, message: note.message };
      },
      2,
      note,
    );
  }
  for (const cell of outcome.unmark)
    steps.add(
      sheetName,
      () => {
        const range = bodyCell(cell);
        range.format.fill.clear();
        if (!cell.keepMessage) noteCell(range, null);
      },
      3,
    );
  if (appended.length > 0) {
    // An empty table's blank row takes the first new row.
    const blank = kept.length === 0 && current.body.length === 0 ? 1 : 0;
    const blanks = Array.from({ length: appended.length - blank }, () => Array.from({ length: width }, () => ""));
    steps.rows(sheetName, [blanks], (from, count) => table.rows.add(null as unknown as number, blanks.slice(from, from + count)));
    steps.rows(sheetName, [appended, outcome.appendedFormats], (from, count) => {
      const target = rowsOf(kept.length + from, count);
      target.numberFormat = outcome.appendedFormats.slice(from, from + count);
      target.formulas = appended.slice(from, from + count);
    });
  }
  for (const cell of outcome.unnoted) steps.add(sheetName, () => noteCell(bodyCell(cell), null), 2);
  for (const cell of outcome.noted) steps.add(sheetName, () => noteCell(bodyCell(cell), cell.note), 2, cell.note);
  if (filters && filters.length > 0)
    steps.add(
      sheetName,
      () => {
        for (const [index, criteria] of filters) table.columns.getItemAt(index).filter.apply(criteria);
      },
      filters.length,
      filters,
    );
}

/**
 * A cell's note: an input message shown when the cell is selected (ExcelApi 1.8, written in
 * place), and italics for a value taken from context. Null takes both off.
 */
function noteCell(range: Excel.Range, note: PlannedNote | null): void {
  range.format.font.italic = note?.kind === "inferred";
  range.dataValidation.prompt = note
    ? { showPrompt: true, title: note.title, message: note.text }
    : { showPrompt: false, title: "", message: "" };
}

/** The ranges one series reads, the table where `place` says or the plan puts it. */
function seriesRanges(sheet: Excel.Worksheet, plan: SheetPlan, series: ChartSeriesPlan, place?: TablePlace) {
  const range = (b: Box) => sheet.getRangeByIndexes(b.row, b.col, b.height, b.width);
  const { values, categories } = seriesBoxes(plan, series, place);
  return { values: range(values), categories: range(categories) };
}

function addChart(sheet: Excel.Worksheet, plan: ChartPlan, sheetPlan: SheetPlan): void {
  const rangesOf = (series: ChartSeriesPlan) => seriesRanges(sheet, sheetPlan, series);
  const [first, ...rest] = plan.series;
  const firstRanges = rangesOf(first);
  const chart = sheet.charts.add(plan.type as Excel.ChartType, firstRanges.values, Excel.ChartSeriesBy.columns);
  chart.name = CHART_NAME_PREFIX + plan.key;
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

/**
 * Points an existing chart's series at the tables' rows after the write. A series the chart no
 * longer has (the analyst deleted it) stays deleted.
 */
function pointSeries(
  chart: Excel.Chart,
  seriesCount: number,
  plan: ChartPlan,
  writes: SheetWrites,
  sheet: Excel.Worksheet,
): void {
  plan.series.forEach((series, index) => {
    const place = "table" in series ? tablePlaceAfterWrite(writes, series.table) : undefined;
    if (!place || index >= seriesCount) return;
    const ranges = seriesRanges(sheet, writes.located.plan, series, place);
    const target = chart.series.getItemAt(index);
    target.setValues(ranges.values);
    target.setXAxisValues(ranges.categories);
  });
}
