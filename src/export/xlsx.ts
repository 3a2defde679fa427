/**
 * The sheet plans as an .xlsx file. Values and number formats go in as planned; tables become
 * Excel tables; every formula carries its cached result, and a COMPUTE formula (which needs the
 * add-in) becomes its value with a note that names the formula, so the file reads the same in
 * Excel or LibreOffice without the add-in.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Catalog } from "../domain/dataset";
import { createAiShareModel, EXTRAPOLATION_METHODS, type AiShareModel, type ExtrapolationMethod } from "../domain/model/aiShare";
import { isDomainError } from "../domain/model/outcome";
import { address, columnLetters, tableCells, type SheetPlan } from "../domain/layout/plan";
import type { CellValue } from "../domain/tables/columns";
import * as functions from "../functions/functions";
import { evaluateComputeCall, type ComputeFunctions } from "./computeCall";
import { nativeAiShare, type SeriesRanges } from "./nativeFormulas";

const POINTS_PER_CHARACTER = 1; // ExcelJS widths are in characters already
const WRAP_FROM_WIDTH = 40;
const LINE_HEIGHT_POINTS = 15;

/** Roughly how many lines a text takes in a wrapped column; a CJK character is two wide. */
function wrappedLines(cell: CellValue, width: number): number {
  if (typeof cell !== "string" || width < WRAP_FROM_WIDTH) return 1;
  const columns = [...cell].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  return Math.ceil((columns * 1.1) / width);
}

type FileCell = { value: CellValue | { formula: string; result: CellValue }; note?: string };

export interface CellContext {
  /** The cached result of a native formula (a derived figure). */
  resultOf(): CellValue | undefined;
  /** The planned value of a cell of the same sheet, by A1 reference. */
  valueAt(reference: string): CellValue | undefined;
  aiShare: { model: AiShareModel; series: SeriesRanges | null };
}

const AISHARE_OF_CELL = new RegExp(`^=COMPUTE\\.AISHARE\\((\\$?[A-Z]+\\$?\\d+),"(${EXTRAPOLATION_METHODS.join("|")})"\\)$`);

/** What one planned cell becomes in a file that must work without the add-in. */
export function portableCell(planned: CellValue, context: CellContext): FileCell {
  if (typeof planned !== "string" || !planned.startsWith("=")) return { value: planned };
  const aiShare = AISHARE_OF_CELL.exec(planned);
  if (aiShare && context.aiShare.series) {
    const [, reference, method] = aiShare;
    const year = context.valueAt(reference);
    const share = typeof year === "number" ? context.aiShare.model.shareAt(year, method as ExtrapolationMethod) : undefined;
    if (share !== undefined && !isDomainError(share)) {
      const formula = nativeAiShare(reference, method as ExtrapolationMethod, context.aiShare.model, context.aiShare.series);
      return { value: { formula: formula.slice(1), result: share } };
    }
  }
  if (planned.includes("COMPUTE.")) {
    const value = evaluateComputeCall(planned, functions as unknown as ComputeFunctions);
    const scalar = Array.isArray(value) ? String(value.length) : value;
    return { value: scalar, note: `Written by the Compute Alliances add-in as ${planned}; this file holds its value.` };
  }
  const result = context.resultOf();
  if (result === undefined) throw new Error(`No cached result for ${planned}`);
  return { value: { formula: planned.slice(1), result } };
}

function put(sheet: ExcelJS.Worksheet, row: number, col: number, cell: FileCell, numFmt?: string) {
  const target = sheet.getCell(row + 1, col + 1);
  target.value = cell.value as ExcelJS.CellValue;
  if (numFmt && numFmt !== "General") target.numFmt = numFmt;
  if (cell.note) target.note = cell.note;
}

/** The AI-share table's year and share columns, where the plans put it. */
function seriesRanges(plans: readonly SheetPlan[]): SeriesRanges | null {
  for (const plan of plans) {
    const table = plan.tables.find((t) => t.key === "ai-share");
    if (!table) continue;
    const column = (key: string) => {
      const letters = columnLetters(table.col + table.columns.findIndex((c) => c.key === key));
      return `'${plan.name}'!$${letters}$${table.row + 2}:$${letters}$${table.row + 1 + table.rows.length}`;
    };
    return { years: column("year"), shares: column("share") };
  }
  return null;
}

function plannedValues(plan: SheetPlan): (reference: string) => CellValue | undefined {
  const values = new Map<string, CellValue>();
  for (const block of plan.blocks)
    block.cells.forEach((cells, r) => cells.forEach((value, c) => values.set(address(block.row + r, block.col + c), value)));
  return (reference) => values.get(reference.replace(/\$/g, ""));
}

export function buildWorkbook(plans: readonly SheetPlan[], catalog: Catalog, created: Date): ExcelJS.Workbook {
  const aiShare = { model: createAiShareModel(catalog.aiShare), series: seriesRanges(plans) };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Compute Alliances";
  workbook.created = created;
  workbook.modified = created;
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name, {
      views: plan.freezeRows > 0 ? [{ state: "frozen", ySplit: plan.freezeRows }] : [],
      // Printed, a sheet is as wide as a landscape page.
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const valueAt = plannedValues(plan);
    for (const block of plan.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((value, c) => {
          if (value !== "")
            put(
              sheet,
              block.row + r,
              block.col + c,
              portableCell(value, { resultOf: () => undefined, valueAt, aiShare }),
              block.numberFormats?.[r]?.[c],
            );
        }),
      );
      if (block.emphasis === "title" || block.emphasis === "heading") {
        sheet.getCell(block.row + 1, block.col + 1).font = { bold: true, size: block.emphasis === "title" ? 14 : 12 };
      }
    }
    for (const table of plan.tables) {
      const rows = tableCells(table, table.row, table.col);
      // A figure the article does not state is an empty cell, not an empty string.
      const fileRows = rows.map((cells, r) =>
        cells.map((value) =>
          value === ""
            ? null
            : (portableCell(value, { resultOf: () => catalog.metric(table.rows[r].id)?.value, valueAt, aiShare })
                .value as ExcelJS.CellValue),
        ),
      );
      sheet.addTable({
        name: table.name,
        ref: address(table.row, table.col),
        headerRow: true,
        style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
        rows: fileRows,
      });
      table.columns.forEach((column, c) => {
        const fileColumn = sheet.getColumn(table.col + c + 1);
        fileColumn.width = column.width * POINTS_PER_CHARACTER;
        // Long text (the source sentences) wraps within its column instead of running across the page.
        fileColumn.alignment = { vertical: "top", wrapText: column.width >= WRAP_FROM_WIDTH };
        table.rows.forEach((row, r) => {
          const format = row.numberFormats?.[c] ?? column.numberFormat;
          if (format !== "General") sheet.getCell(table.row + 2 + r, table.col + c + 1).numFmt = format;
        });
      });
      // Wrapped rows need their height set: readers do not all grow rows to fit on opening.
      rows.forEach((cells, r) => {
        const lines = Math.max(1, ...cells.map((cell, c) => wrappedLines(cell, table.columns[c].width)));
        if (lines > 1) sheet.getRow(table.row + 2 + r).height = lines * LINE_HEIGHT_POINTS;
      });
    }
  }
  return workbook;
}

/**
 * The file's bytes, the same for the same plans and date: ExcelJS stamps every zip entry with
 * the current time, so the package is re-zipped with each entry dated `created`.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, created: Date): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(written);
  const fixed = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    fixed.file(name, await entry.async("uint8array"), { date: created, createFolders: false });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
