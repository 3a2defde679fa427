/**
 * Make portable: the COMPUTE formulas of one sheet become what they would be in the exported
 * file, for sending a model to someone without the add-in. portableCell decides each cell, as
 * it does for the file: a native formula where one exists, otherwise the current value with a
 * comment naming the formula it replaced (comments need ExcelApi 1.10; without it the value
 * stands alone). A native formula where the function shows an error gets a comment with the
 * add-in's message, worked out again over the sheet's values. Nothing else on the sheet
 * changes. Two round trips, and one more for each batch of writes past the first on a sheet
 * too large for one request.
 */
import { quotePrefixed } from "../domain/cells";
import { bundledCatalog } from "../domain/dataset";
import { computeCores } from "../domain/formulas/cores";
import { CellError, evaluateCellFormula, type FormulaScope } from "../domain/formulas/evaluate";
import { portableCell, type PortableContext, type SeriesRanges } from "../domain/formulas/native";
import { parseFormula } from "../domain/formulas/parse";
import { cellIndexes } from "../domain/layout/plan";
import type { Language } from "../domain/language";
import { aiShareSeriesRanges } from "../domain/layout/workbookPlan";
import { createAiShareModel } from "../domain/model/aiShare";
import type { PortableReport } from "../domain/writeReport";
import { readOwnership } from "../domain/stored";
import { REQUEST_BUDGET_BYTES } from "../domain/payload";
import { WriteSteps } from "./writeSteps";
import { OWNERSHIP_SETTING, tableMarkerName, tableOfMarker } from "../domain/stored/markers";

/** `paneLanguage` words the notes where the workbook does not record the language its tables are in. */
export async function makeSheetPortable(sheetName: string, paneLanguage: Language): Promise<PortableReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange().load("formulas,values,rowIndex,columnIndex");
    // The AIShare table is found by its marker, which follows the analyst's renames.
    const marker = context.workbook.names.getItemOrNullObject(tableMarkerName("ai-share")).load("formula");
    const ownership = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
    ownership.load("value");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const language = (ownership.isNullObject ? null : readOwnership(ownership.value).record)?.language ?? paneLanguage;

    // AISHARE can stay live where the workbook holds the article's series to interpolate over.
    // A marker left by a deleted table points at #REF!, which names no table.
    const tableName = marker.isNullObject ? null : tableOfMarker(marker.formula);
    let series: SeriesRanges | null = null;
    if (tableName !== null) {
      const table = context.workbook.tables.getItem(tableName);
      const whole = table.getRange().load("rowIndex,columnIndex,rowCount");
      const tableSheet = table.worksheet.load("name");
      await context.sync();
      series = aiShareSeriesRanges(tableSheet.name, whole.rowIndex, whole.columnIndex, whole.rowCount - 1);
    }
    const portable: PortableContext = { model: createAiShareModel(bundledCatalog.aiShare), series, language };
    const canComment = Office.context.requirements.isSetSupported("ExcelApi", "1.10");

    const errorOf = shownErrors(sheetName, used, names.items);
    // The comments are queued after the formulas, which go in row blocks that each fit one request.
    const notes: { r: number; c: number; note: string }[] = [];
    const comment = (r: number, c: number, note: string) => notes.push({ r, c, note });
    const report: PortableReport = { native: 0, values: 0 };
    // null leaves a cell as it is: only the COMPUTE formulas are written.
    const rewritten = used.formulas.map((row, r) =>
      row.map((formula, c) => {
        if (typeof formula !== "string") return null;
        const cell = portableCell(formula, portable, errorOf(formula, used.values[r][c]));
        switch (cell.kind) {
          case "unchanged":
            return null;
          case "native":
            report.native++;
            if (cell.note) comment(r, c, cell.note);
            return cell.formula;
          case "value": {
            report.values++;
            comment(r, c, cell.note);
            const value = used.values[r][c];
            // The cell's format is the analyst's: the quote prefix, not a text format, keeps text as text.
            return typeof value === "string" ? quotePrefixed(value) : value;
          }
        }
      }),
    );
    const width = rewritten[0]?.length ?? 0;
    const steps = new WriteSteps(REQUEST_BUDGET_BYTES);
    steps.rows(sheetName, [rewritten], (from, count) => {
      sheet.getRangeByIndexes(used.rowIndex + from, used.columnIndex, count, width).formulas = rewritten.slice(
        from,
        from + count,
      ) as unknown as string[][];
    });
    if (canComment)
      for (const { r, c, note } of notes)
        steps.add(
          sheetName,
          () => context.workbook.comments.add(sheet.getCell(used.rowIndex + r, used.columnIndex + c), note),
          1,
          note,
        );
    await steps.apply(context);
    return report;
  });
}

const ERROR_TEXT = /^#(?:VALUE!|N\/A|NUM!|DIV\/0!|REF!|NAME\?|NULL!|SPILL!|CALC!|BUSY!)$/;

/**
 * For a cell that shows an error, the error with the add-in's message: the formula evaluated
 * again by the same cores over the values the sheet shows, following names to cells of this
 * sheet. Where that cannot be done (a reference to another sheet), the error without its message.
 */
function shownErrors(
  sheetName: string,
  used: { values: unknown[][]; rowIndex: number; columnIndex: number },
  names: readonly { name: string; formula: string }[],
): (formula: string, shown: unknown) => CellError | undefined {
  let scope: FormulaScope | undefined;
  const shownValue = (reference: string) => {
    const at = cellIndexes(reference);
    if (!at) throw new Error(`${reference} is not one cell`);
    const value = used.values[at.row - used.rowIndex]?.[at.col - used.columnIndex] ?? "";
    if (typeof value === "string" && ERROR_TEXT.test(value)) return new CellError(value, "");
    return value as string | number | boolean;
  };
  const sheetScope = (): FormulaScope => ({
    cell: shownValue,
    name: (name) => {
      const target = names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      const parsed = target ? parseFormula(target.formula) : null;
      if (parsed?.ok && parsed.node.kind === "reference" && parsed.node.sheet === sheetName)
        return shownValue(parsed.node.address);
      throw new Error(`The name ${name} does not refer to a cell of ${sheetName}`);
    },
    tableColumn: (table) => {
      throw new Error(`The table ${table} is not read here`);
    },
    cores: computeCores(bundledCatalog),
  });
  return (formula, shown) => {
    if (typeof shown !== "string" || !ERROR_TEXT.test(shown)) return undefined;
    try {
      scope ??= sheetScope();
      const result = evaluateCellFormula(formula, scope);
      if (result instanceof CellError && result.code === shown) return result;
    } catch {
      // Falls through: the error as the sheet shows it, without the message.
    }
    return new CellError(shown, "");
  };
}
