/**
 * Make portable: the COMPUTE formulas of one sheet become what they would be in the exported
 * file, for sending a model to someone without the add-in. portableCell decides each cell, as
 * it does for the file: a native formula where one exists, otherwise the current value with a
 * comment naming the formula it replaced (comments need ExcelApi 1.10; without it the value
 * stands alone). Nothing else on the sheet changes. Two round trips.
 */
import { bundledCatalog } from "../domain/dataset";
import { portableCell, type PortableContext, type SeriesRanges } from "../domain/formulas/native";
import type { Language } from "../domain/language";
import { aiShareSeriesRanges } from "../domain/layout/workbookPlan";
import { createAiShareModel } from "../domain/model/aiShare";
import type { PortableReport } from "../domain/writeReport";
import { readOwnership } from "../domain/stored";
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

    const report: PortableReport = { native: 0, values: 0 };
    // null leaves a cell as it is: only the COMPUTE formulas are written.
    const rewritten = used.formulas.map((row, r) =>
      row.map((formula, c) => {
        if (typeof formula !== "string") return null;
        const cell = portableCell(formula, portable);
        switch (cell.kind) {
          case "unchanged":
            return null;
          case "native":
            report.native++;
            return cell.formula;
          case "value":
            report.values++;
            if (canComment) context.workbook.comments.add(sheet.getCell(used.rowIndex + r, used.columnIndex + c), cell.note);
            return used.values[r][c];
        }
      }),
    );
    used.formulas = rewritten as unknown as string[][];
    await context.sync();
    return report;
  });
}
