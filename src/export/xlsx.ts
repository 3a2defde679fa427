/**
 * The sheet plans as an .xlsx file. Values and number formats go in as planned; tables become
 * Excel tables; defined names and data validation come along. Every formula carries its cached
 * result. A COMPUTE formula (which needs the add-in) becomes a native formula where one exists,
 * and otherwise its value with a note that names the formula, so the file reads the same in
 * Excel or LibreOffice without the add-in.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Catalog } from "../domain/dataset";
import { address, columnLetters, tableCells, type SheetPlan } from "../domain/layout/plan";
import { createAiShareModel } from "../domain/model/aiShare";
import type { CellValue } from "../domain/tables/columns";
import * as functions from "../functions/functions";
import { formulaValue, type ComputeFunctions } from "./formulaValue";
import { nativeFormula, type NativeContext, type SeriesRanges } from "./nativeFormulas";

const WRAP_FROM_WIDTH = 40;
const LINE_HEIGHT_POINTS = 15;

type FileValue = ExcelJS.CellValue;

/** Roughly how many lines a text takes in a wrapped column; a CJK character is two wide. */
function wrappedLines(cell: CellValue, width: number): number {
  if (typeof cell !== "string" || width < WRAP_FROM_WIDTH) return 1;
  const columns = [...cell].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  return Math.ceil((columns * 1.1) / width);
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

/** Every planned cell of the workbook, and their values, formulas computed on demand. */
function plannedWorkbook(plans: readonly SheetPlan[]) {
  const cells = new Map<string, Map<string, CellValue>>();
  const names = new Map<string, { sheet: string; reference: string }>();
  for (const plan of plans) {
    const sheet = new Map<string, CellValue>();
    for (const block of plan.blocks)
      block.cells.forEach((row, r) => row.forEach((value, c) => sheet.set(address(block.row + r, block.col + c), value)));
    for (const table of plan.tables) {
      table.columns.forEach((column, c) => sheet.set(address(table.row, table.col + c), column.header));
      tableCells(table, table.row, table.col).forEach((row, r) =>
        row.forEach((value, c) => sheet.set(address(table.row + 1 + r, table.col + c), value)),
      );
    }
    cells.set(plan.name, sheet);
    for (const name of plan.names ?? []) names.set(name.name, { sheet: plan.name, reference: address(name.row, name.col) });
  }

  const computed = new Map<string, CellValue | { error: string }>();
  const compute = functions as unknown as ComputeFunctions;
  /** A cell's value; a formula's result, or the Excel error it would show. */
  function valueOf(sheet: string, reference: string): CellValue | { error: string } {
    const key = `${sheet}!${reference}`;
    const known = computed.get(key);
    if (known !== undefined) return known;
    const planned = cells.get(sheet)?.get(reference) ?? "";
    let value: CellValue | { error: string };
    if (typeof planned === "string" && planned.startsWith("=")) {
      try {
        const result = formulaValue(planned, {
          cell: (ref) => strict(valueOf(sheet, ref)),
          name: (name) => {
            const target = names.get(name);
            if (!target) throw new Error(`Unknown name ${name}`);
            return strict(valueOf(target.sheet, target.reference));
          },
          functions: compute,
        });
        value = Array.isArray(result) ? result.length : result;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code !== "string") throw error;
        value = { error: code };
      }
    } else {
      value = planned;
    }
    computed.set(key, value);
    return value;
  }
  // An error flows into the formulas that read it, as in Excel.
  const strict = (value: CellValue | { error: string }): CellValue => {
    if (typeof value === "object") throw Object.assign(new Error(value.error), { code: value.error });
    return value;
  };
  return { valueOf, names };
}

/** What one planned cell becomes in the file. */
function fileCell(
  planned: CellValue,
  result: () => CellValue | { error: string },
  native: NativeContext,
): { value: FileValue; note?: string } {
  if (typeof planned !== "string" || !planned.startsWith("=")) return { value: planned === "" ? null : planned };
  const cached = result() as FileValue;
  if (!planned.includes("COMPUTE.")) return { value: { formula: planned.slice(1), result: cached } as FileValue };
  const translated = nativeFormula(planned, native);
  if (translated) return { value: { formula: translated.slice(1), result: cached } as FileValue };
  return { value: cached, note: `Written by the Compute Alliances add-in as ${planned}; this file holds its value.` };
}

export function buildWorkbook(plans: readonly SheetPlan[], catalog: Catalog, created: Date): ExcelJS.Workbook {
  const native: NativeContext = { model: createAiShareModel(catalog.aiShare), series: seriesRanges(plans) };
  const planned = plannedWorkbook(plans);
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
    const sheetNative: NativeContext = {
      ...native,
      valueOf: (argument) => {
        const target = planned.names.get(argument);
        return target ? planned.valueOf(target.sheet, target.reference) : planned.valueOf(plan.name, argument.replace(/\$/g, ""));
      },
    };
    const cellOf = (row: number, col: number, value: CellValue) =>
      fileCell(value, () => planned.valueOf(plan.name, address(row, col)), sheetNative);

    for (const block of plan.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((value, c) => {
          if (value === "") return;
          const { value: fileValue, note } = cellOf(block.row + r, block.col + c, value);
          const target = sheet.getCell(block.row + r + 1, block.col + c + 1);
          target.value = fileValue;
          if (note) target.note = note;
          const format = block.numberFormats?.[r]?.[c];
          if (format && format !== "General") target.numFmt = format;
          if (block.emphasis === "input") {
            target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFCC99" } };
            target.font = { color: { argb: "FF3F3F76" } };
          }
        }),
      );
      if (block.emphasis === "title" || block.emphasis === "heading") {
        sheet.getCell(block.row + 1, block.col + 1).font = { bold: true, size: block.emphasis === "title" ? 14 : 12 };
      }
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

    for (const rule of plan.validations ?? []) {
      const bound = rule.greaterThan ?? rule.min;
      sheet.getCell(rule.row + 1, rule.col + 1).dataValidation = {
        type: rule.integer ? "whole" : "decimal",
        operator: rule.max !== undefined ? "between" : rule.greaterThan !== undefined ? "greaterThan" : "greaterThanOrEqual",
        formulae: rule.max !== undefined ? [bound ?? 0, rule.max] : [bound ?? 0],
        showErrorMessage: true,
        error: rule.message,
        allowBlank: false,
      };
    }
  }
  for (const [name, { sheet, reference }] of planned.names) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(reference)!;
    workbook.definedNames.add(`'${sheet}'!$${letters}$${digits}`, name);
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
