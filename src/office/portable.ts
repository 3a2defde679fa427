/**
 * Make portable: the COMPUTE formulas of one sheet become what they would be in the exported
 * file, for sending a model to someone without the add-in. A formula with a native equivalent
 * is rewritten as that formula; any other becomes its current value, with a comment naming the
 * formula it replaced (comments need ExcelApi 1.10; without it the value stands alone). Nothing
 * else on the sheet changes.
 */
import { bundledCatalog } from "../domain/dataset";
import { createAiShareModel } from "../domain/model/aiShare";
import { nativeFormula, type SeriesRanges } from "../export/nativeFormulas";

export interface PortableReport {
  native: number;
  values: number;
}

const AI_SHARE_TABLE = "AIShare";

export async function makeSheetPortable(sheetName: string): Promise<PortableReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange().load("formulas,values,rowIndex,columnIndex");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();

    // AISHARE can stay live where the workbook holds the article's series to interpolate over.
    let series: SeriesRanges | null = null;
    if (tables.items.some((t) => t.name === AI_SHARE_TABLE)) {
      const body = context.workbook.tables.getItem(AI_SHARE_TABLE).getDataBodyRange();
      const years = body.getColumn(0).load("address");
      const shares = body.getColumn(1).load("address");
      await context.sync();
      // Only the part after the sheet name: a sheet called FY25 must stay FY25.
      const absolute = (address: string) => {
        const cells = address.lastIndexOf("!") + 1;
        return address.slice(0, cells) + address.slice(cells).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      };
      series = { years: absolute(years.address), shares: absolute(shares.address) };
    }
    const native = { model: createAiShareModel(bundledCatalog.aiShare), series };
    const canComment = Office.context.requirements.isSetSupported("ExcelApi", "1.10");

    const report: PortableReport = { native: 0, values: 0 };
    // null leaves a cell as it is: only the COMPUTE formulas are written.
    const rewritten = used.formulas.map((row, r) =>
      row.map((formula, c) => {
        if (typeof formula !== "string" || !formula.startsWith("=") || !formula.includes("COMPUTE.")) return null;
        const translated = nativeFormula(formula, native);
        if (translated) {
          report.native++;
          return translated;
        }
        report.values++;
        if (canComment) {
          const cell = sheet.getCell(used.rowIndex + r, used.columnIndex + c);
          context.workbook.comments.add(cell, `Made portable: this value was ${formula}`);
        }
        return used.values[r][c];
      }),
    );
    used.formulas = rewritten as unknown as string[][];
    await context.sync();
    return report;
  });
}
