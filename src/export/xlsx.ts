/**
 * The sheet plans as an .xlsx file. Values and number formats go in as planned; tables become
 * Excel tables; defined names and data validation come along. Every formula carries its cached
 * result, computed by the same cores the custom functions use. What a COMPUTE formula becomes
 * (a native formula, or its value with a note) is portableCell's decision, shared with the
 * pane's Make portable; how cells look is the layout's (EMPHASIS_STYLES).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Catalog } from "../domain/dataset";
import { computeCores } from "../domain/formulas/cores";
import { CellError, evaluateCellFormula } from "../domain/formulas/evaluate";
import { portableCell, type PortableContext } from "../domain/formulas/native";
import type { Language } from "../domain/language";
import { partText, sheetReference } from "../domain/formulas/build";
import { shownText, type CellValue } from "../domain/cells";
import {
  absoluteAddress,
  address,
  blockFormats,
  cellIndexes,
  listSource,
  tableCells,
  CHART_NAME_PREFIX,
  plannedFormat,
  seriesBoxes,
  type Box,
  type ChartPlan,
  type ChartSeriesPlan,
  type PlannedValidation,
  type ValidationRule,
  type SheetPlan,
  writtenFormat,
} from "../domain/layout/plan";
import { EMPHASIS_STYLES, type CellStyle } from "../domain/layout/styles";
import { plannedAiShareSeries } from "../domain/layout/workbookPlan";
import { createAiShareModel } from "../domain/model/aiShare";
import type { ChartRange, FileChart } from "./chartXml";
import { addCharts, type SheetCharts } from "./packageParts";

const WRAP_FROM_WIDTH = 40;
const LINE_HEIGHT_POINTS = 15;

type FileValue = ExcelJS.CellValue;
type CellResult = CellValue | CellError;

export interface FileOptions {
  readonly catalog: Catalog;
  /** The workbook's language: notes are worded in it. */
  readonly language: Language;
  /** The time recorded in the file. */
  readonly created: Date;
}

/** Roughly how many lines a text takes in a wrapped column; a CJK character is two wide. */
function wrappedLines(cell: CellValue, width: number): number {
  if (typeof cell !== "string" || width < WRAP_FROM_WIDTH) return 1;
  const columns = [...cell].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  return Math.ceil((columns * 1.1) / width);
}

/** Every planned cell of the workbook, and their values, formulas computed on demand. */
function plannedWorkbook(plans: readonly SheetPlan[], catalog: Catalog) {
  const cells = new Map<string, Map<string, CellValue>>();
  const names = new Map<string, { sheet: string; reference: string }>();
  const tables = new Map<string, { sheet: string; plan: SheetPlan["tables"][number] }>();
  for (const plan of plans) {
    const sheet = new Map<string, CellValue>();
    for (const block of plan.blocks)
      block.cells.forEach((row, r) => row.forEach((value, c) => sheet.set(address(block.row + r, block.col + c), value)));
    for (const table of plan.tables) {
      tables.set(table.name.toLowerCase(), { sheet: plan.name, plan: table });
      table.columns.forEach((column, c) => sheet.set(address(table.row, table.col + c), column.header));
      tableCells(table, table.row, table.col).forEach((row, r) =>
        row.forEach((value, c) => sheet.set(address(table.row + 1 + r, table.col + c), value)),
      );
    }
    cells.set(plan.name, sheet);
    for (const name of plan.names ?? []) names.set(name.name, { sheet: plan.name, reference: address(name.row, name.col) });
  }

  const cores = computeCores(catalog);
  const computed = new Map<string, CellResult>();
  const spills = new Map<string, CellValue[][]>();
  const tableColumn = (name: string, header: string): CellResult[] => {
    const found = tables.get(name.toLowerCase());
    const col = found?.plan.columns.findIndex((column) => column.header === header) ?? -1;
    if (!found || col < 0) throw new Error(`No table column ${name}[${header}]`);
    const { plan: table } = found;
    return table.rows.map((_, r) => valueOf(found.sheet, address(table.row + 1 + r, table.col + col)));
  };
  /** A whole table, header row first (Deals[#All]). */
  const wholeTable = (name: string): CellValue[][] | CellError => {
    const found = tables.get(name.toLowerCase());
    if (!found) throw new Error(`No table ${name}`);
    const { plan: table } = found;
    return grid(found.sheet, table.row, table.col, table.rows.length + 1, table.columns.length);
  };
  /** A block of cells' values; the first error where one holds an error, as a function reading it would see. */
  function grid(sheet: string, row: number, col: number, height: number, width: number): CellValue[][] | CellError {
    const rows: CellValue[][] = [];
    for (let r = 0; r < height; r++) {
      const cellsOfRow: CellValue[] = [];
      for (let c = 0; c < width; c++) {
        const value = valueOf(sheet, address(row + r, col + c));
        if (value instanceof CellError) return value;
        cellsOfRow.push(value);
      }
      rows.push(cellsOfRow);
    }
    return rows;
  }
  /** Another sheet's cell or range ('Deals'!$G$4:$G$18), as the portable Money map reads it. */
  const rangeOf = (sheetName: string | null, reference: string, sheet: string): CellValue | CellValue[][] | CellError => {
    const [from, to = from] = reference.replace(/\$/g, "").split(":").map(cellIndexes);
    if (!from || !to) throw new Error(`Not a cell or range: ${reference}`);
    const cells = grid(sheetName ?? sheet, from.row, from.col, to.row - from.row + 1, to.col - from.col + 1);
    return Array.isArray(cells) && cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
  };
  /** A cell's value; a formula's result, or the Excel error it would show. */
  function valueOf(sheet: string, reference: string): CellResult {
    const key = `${sheet}!${reference}`;
    const known = computed.get(key);
    if (known !== undefined) return known;
    const planned = cells.get(sheet)?.get(reference) ?? "";
    let value: CellResult = planned;
    if (typeof planned === "string" && planned.startsWith("=")) {
      const result = evaluateCellFormula(planned, {
        cell: (ref) => valueOf(sheet, ref),
        name: (name) => {
          const target = names.get(name);
          if (!target) throw new Error(`Unknown name ${name} in ${planned}`);
          return valueOf(target.sheet, target.reference);
        },
        tableColumn,
        wholeTable,
        reference: (sheetName, ref) => rangeOf(sheetName, ref, sheet),
        cores,
      });
      // A spilled result fills the cells from this one; as a scalar (inside ROWS) it is its length.
      if (Array.isArray(result)) spills.set(key, result);
      value = Array.isArray(result) ? result.length : result;
    }
    computed.set(key, value);
    return value;
  }
  /** The array a formula spills from this cell, or null where it is not a spilling formula. */
  const spillAt = (sheet: string, reference: string): CellValue[][] | null => {
    valueOf(sheet, reference);
    return spills.get(`${sheet}!${reference}`) ?? null;
  };
  return { valueOf, spillAt, names };
}

const cachedResult = (result: CellResult): FileValue =>
  (result instanceof CellError ? { error: result.code } : result) as FileValue;

/** What one planned cell becomes in the file. */
function fileCell(planned: CellValue, result: () => CellResult, context: PortableContext): { value: FileValue; note?: string } {
  if (typeof planned !== "string") return { value: planned };
  // A file never reads text as a formula: what Excel needs a quote prefix for is stored as shown.
  if (!planned.startsWith("=")) return { value: planned === "" ? null : shownText(planned) };
  const current = result();
  const portable = portableCell(planned, context, current);
  switch (portable.kind) {
    case "unchanged":
      return { value: { formula: planned.slice(1), result: cachedResult(current) } as FileValue };
    case "native":
      return { value: { formula: portable.formula.slice(1), result: cachedResult(current) } as FileValue, note: portable.note };
    case "value":
      return { value: cachedResult(current), note: portable.note };
  }
}

/** "#RRGGBB" as the ARGB that the file format spells. */
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: argb(style.fontColor) }),
    };
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
}

const FILE_OPERATOR: Record<ValidationRule["operator"], ExcelJS.DataValidationOperator> = {
  between: "between",
  greaterThan: "greaterThan",
  greaterThanOrEqualTo: "greaterThanOrEqual",
};

function fileValidation(validation: PlannedValidation): ExcelJS.DataValidation {
  if ("choices" in validation)
    return {
      type: "list",
      formulae: [`"${listSource(validation.choices)}"`],
      showErrorMessage: true,
      errorStyle: "information",
      error: validation.message,
      allowBlank: true,
    };
  const { rule } = validation;
  return {
    type: validation.numberKind,
    operator: FILE_OPERATOR[rule.operator],
    formulae: rule.operator === "between" ? [rule.min, rule.max] : [rule.bound],
    showErrorMessage: true,
    error: validation.message,
    allowBlank: false,
  };
}

/** A plotted cell's value as a chart caches it: errors and empty cells are gaps. */
const plottedPoint = (result: CellResult): string | number | null =>
  typeof result === "number" || (typeof result === "string" && result !== "") ? result : null;

/** The number format planned for one cell of the sheet's blocks; General where none is. */
function blockFormat(plan: SheetPlan, row: number, col: number): string {
  for (const block of plan.blocks) {
    const [r, c] = [row - block.row, col - block.col];
    if (r >= 0 && c >= 0 && r < block.cells.length && c < block.cells[r].length)
      return writtenFormat(block.cells[r][c], block.numberFormats?.[r]?.[c] ?? "General");
  }
  return "General";
}

/**
 * The number format an axis over these cells takes: a table column's own (not a row's, which
 * may carry a qualifier such as "≈"), or the block's.
 */
function axisFormat(plan: SheetPlan, box: Box): string {
  const table = plan.tables.find(
    (t) => box.col >= t.col && box.col < t.col + t.columns.length && box.row > t.row && box.row <= t.row + t.rows.length,
  );
  return table ? table.columns[box.col - table.col].numberFormat : blockFormat(plan, box.row, box.col);
}

/** Excel's default column (8.43 characters) and row (15 points) in pixels at 96 dpi. */
const DEFAULT_COLUMN_PIXELS = 64;
const DEFAULT_ROW_PIXELS = 20;

/** A column's width in pixels: a table column's planned width in characters, or the default. */
function columnPixels(plan: SheetPlan, col: number): number {
  const table = plan.tables.find((t) => col >= t.col && col < t.col + t.columns.length);
  // Excel's rule: a character is 7 pixels of the default font, plus 5 pixels of padding.
  return table ? Math.round(table.columns[col - table.col].width * 7 + 5) : DEFAULT_COLUMN_PIXELS;
}

/** A chart plan with its ranges resolved to references and the values they hold. */
function fileChart(plan: SheetPlan, chart: ChartPlan, valueOf: (reference: string) => CellResult): FileChart {
  const range = (box: Box, formatCode: string): ChartRange => {
    const points: (string | number | null)[] = [];
    for (let r = 0; r < box.height; r++)
      for (let c = 0; c < box.width; c++) points.push(plottedPoint(valueOf(address(box.row + r, box.col + c))));
    const reference = partText(sheetReference(plan.name, absoluteAddress(box.row, box.col, box.height, box.width)));
    return { reference, points, formatCode };
  };
  const seriesRanges = (series: ChartSeriesPlan) => {
    const { values, categories } = seriesBoxes(plan, series);
    return { values: range(values, axisFormat(plan, values)), categories: range(categories, axisFormat(plan, categories)) };
  };
  return {
    name: CHART_NAME_PREFIX + chart.key,
    type: chart.type,
    title: chart.title,
    row: chart.row,
    col: chart.col,
    widthPixels: Array.from({ length: chart.width }, (_, i) => columnPixels(plan, chart.col + i)).reduce((a, b) => a + b, 0),
    heightPixels: chart.height * DEFAULT_ROW_PIXELS,
    series: chart.series.map((series) => ({ name: series.name, ...seriesRanges(series) })),
  };
}

/** The workbook ExcelJS writes, and the charts added to its package (ExcelJS writes none). */
export interface PortableWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly charts: readonly SheetCharts[];
}

export function buildWorkbook(plans: readonly SheetPlan[], options: FileOptions): PortableWorkbook {
  const planned = plannedWorkbook(plans, options.catalog);
  const portable = {
    model: createAiShareModel(options.catalog.aiShare),
    series: plannedAiShareSeries(plans),
    language: options.language,
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Compute Alliances";
  workbook.created = options.created;
  workbook.modified = options.created;
  const charts: SheetCharts[] = [];
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name, {
      views: plan.freezeRows > 0 ? [{ state: "frozen", ySplit: plan.freezeRows }] : [],
      // Printed, a sheet is as wide as a landscape page.
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const sheetContext: PortableContext = {
      ...portable,
      valueOf: (argument) => {
        const target = planned.names.get(argument);
        return target ? planned.valueOf(target.sheet, target.reference) : planned.valueOf(plan.name, argument.replace(/\$/g, ""));
      },
    };
    const cellOf = (row: number, col: number, value: CellValue) =>
      fileCell(value, () => planned.valueOf(plan.name, address(row, col)), sheetContext);

    for (const block of plan.blocks) {
      const style = EMPHASIS_STYLES[block.emphasis];
      const formats = blockFormats(block);
      block.cells.forEach((cells, r) =>
        cells.forEach((value, c) => {
          if (value === "") return;
          const { value: fileValue, note } = cellOf(block.row + r, block.col + c, value);
          const target = sheet.getCell(block.row + r + 1, block.col + c + 1);
          target.value = fileValue;
          if (note) target.note = note;
          // A spill kept as values fills the cells it would spill into; the block leaves them empty.
          const spilled = note ? planned.spillAt(plan.name, address(block.row + r, block.col + c)) : null;
          spilled?.forEach((cells, i) =>
            cells.forEach((cellValue, j) => {
              const spillCell = sheet.getCell(block.row + r + i + 1, block.col + c + j + 1);
              spillCell.value = cellValue;
              const spillFormat = block.numberFormats?.[r + i]?.[c + j];
              if (spillFormat && spillFormat !== "General") spillCell.numFmt = spillFormat;
            }),
          );
          const format = formats[r][c];
          if (format !== "General") target.numFmt = format;
          applyStyle(target, style);
        }),
      );
    }

    for (const table of plan.tables) {
      const rows = tableCells(table, table.row, table.col);
      sheet.addTable({
        name: table.name,
        ref: address(table.row, table.col),
        headerRow: true,
        style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
        rows: rows.map((cells, r) => cells.map((value, c) => cellOf(table.row + 1 + r, table.col + c, value).value)),
      });
      table.columns.forEach((column, c) => {
        const fileColumn = sheet.getColumn(table.col + c + 1);
        fileColumn.width = column.width;
        // Long text (the source sentences) wraps within its column instead of running across the page.
        fileColumn.alignment = { vertical: "top", wrapText: column.width >= WRAP_FROM_WIDTH };
        table.rows.forEach((row, r) => {
          const cell = sheet.getCell(table.row + 2 + r, table.col + c + 1);
          const format = plannedFormat(table, row, c);
          if (format !== "General") cell.numFmt = format;
          // The live sheet's input message becomes a note here: every reader shows notes.
          const note = row.notes?.[c];
          if (note) {
            cell.note = `${note.title}: ${note.text}`;
            if (note.kind === "inferred") cell.font = { italic: true };
          }
        });
      });
      // Wrapped rows need their height set: readers do not all grow rows to fit on opening.
      rows.forEach((cells, r) => {
        const lines = Math.max(1, ...cells.map((cell, c) => wrappedLines(cell, table.columns[c].width)));
        if (lines > 1) sheet.getRow(table.row + 2 + r).height = lines * LINE_HEIGHT_POINTS;
      });
    }

    for (const { box, low, high } of plan.colorScales ?? [])
      sheet.addConditionalFormatting({
        ref: address(box.row, box.col, box.height, box.width),
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: [argb(low), argb(high)],
          },
        ],
      });

    for (const validation of plan.validations ?? [])
      sheet.getCell(validation.row + 1, validation.col + 1).dataValidation = fileValidation(validation);

    const valueOf = (reference: string) => planned.valueOf(plan.name, reference);
    charts.push({ sheet: plan.name, charts: plan.charts.map((chart) => fileChart(plan, chart, valueOf)) });
  }
  for (const plan of plans)
    for (const name of plan.names ?? [])
      workbook.definedNames.add(partText(sheetReference(plan.name, absoluteAddress(name.row, name.col))), name.name);
  return { workbook, charts };
}

/**
 * The file's bytes, the same for the same plans and date: the charts are added to the package
 * ExcelJS wrote, and since ExcelJS stamps every zip entry with the current time, the package
 * is re-zipped with each entry dated `created`.
 */
export async function workbookBytes(file: PortableWorkbook, created: Date): Promise<Buffer> {
  const written = await file.workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(written);
  await addCharts(source, file.charts);
  const fixed = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    fixed.file(name, await entry.async("uint8array"), { date: created, createFolders: false });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
