import { bundledCatalog } from "../../src/domain/dataset";
import { createAiShareModel } from "../../src/domain/model/aiShare";
import { nativeAiShare } from "../../src/domain/formulas/native";
import { makeSheetPortable } from "../../src/office/portable";
import { writeTables } from "../../src/office/tables";
import { REQUEST_BUDGET_BYTES } from "../../src/domain/payload";
import { installExcel } from "./support";

const excelApi = (version: string) => ({ supportedSets: { ExcelApi: version, SharedRuntime: "1.1" } });

describe("Make portable", () => {
  it("rewrites COMPUTE formulas as native ones or as values with a comment, and nothing else", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    await writeTables("en");
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { value: 2030 });
    workbook.setCell(model, 0, 1, { formula: '=COMPUTE.AISHARE(A1,"hold")', value: 0.25 });
    workbook.setCell(model, 1, 1, { formula: "=COMPUTE.RUNWAY(20000000000,1000000000)", value: 20 });
    workbook.setCell(model, 2, 1, { formula: '=COMPUTE.SOURCE("xai-funding","en")', value: "Even xAI…" });
    workbook.setCell(model, 3, 1, { formula: "=A1*2", value: 4060 });

    const report = await makeSheetPortable("Model", "en");
    expect(report).toEqual({ native: 2, values: 1 });
    // The AIShare table of the Compute spend sheet is the series it interpolates over.
    const series = { years: "'Compute spend'!$A$4:$A$7", shares: "'Compute spend'!$B$4:$B$7" };
    expect(workbook.cell(model, 0, 1).formula).toBe(
      nativeAiShare("A1", "hold", createAiShareModel(bundledCatalog.aiShare), series),
    );
    expect(workbook.cell(model, 1, 1).formula).toBe("=IF(20000000000/1000000000>1200,NA(),20000000000/1000000000)");
    expect(workbook.cell(model, 2, 1)).toMatchObject({ formula: null, value: "Even xAI…" });
    expect(workbook.comments).toEqual([
      {
        sheetId: model.id,
        row: 2,
        col: 1,
        content: 'Written by the Compute Alliances add-in as =COMPUTE.SOURCE("xai-funding","en"); this cell holds its value.',
      },
    ]);
    expect(workbook.cell(model, 3, 1).formula).toBe("=A1*2");
    expect(workbook.cell(model, 0, 0).value).toBe(2030);
  });

  it("keeps a text value as text, whatever it looks like, in the analyst's own cell format", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    const model = workbook.addSheet("Model");
    const texts = ["2025-09", "2025", "10%", "=SUM(1)", "TRUE", "00123"];
    texts.forEach((text, r) => workbook.setCell(model, r, 0, { formula: `=COMPUTE.DEAL("x${r}","date")`, value: text }));

    expect(await makeSheetPortable("Model", "en")).toEqual({ native: 0, values: texts.length });
    texts.forEach((text, r) =>
      expect(workbook.cell(model, r, 0)).toEqual({ value: text, formula: null, numberFormat: "General" }),
    );
  });

  it("keeps the error code where the function refuses an input, with the add-in's message in a comment", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { value: -5 });
    workbook.setCell(model, 1, 0, { value: 1e9 });
    workbook.setCell(model, 0, 1, { formula: "=COMPUTE.RUNWAY(A1,A2)", value: "#VALUE!" });
    // A name that refers to a cell of the sheet is followed to its value.
    workbook.names.push({ name: "Burn", refersTo: { sheetId: model.id, row: 1, col: 0 }, visible: true });
    workbook.setCell(model, 1, 1, { formula: "=COMPUTE.BURN(A1,Burn)", value: "#VALUE!" });
    workbook.setCell(model, 2, 1, { formula: "=COMPUTE.RUNWAY(A2,A2)", value: 1 });

    expect(await makeSheetPortable("Model", "en")).toEqual({ native: 3, values: 0 });
    expect(workbook.cell(model, 0, 1).formula).not.toContain("COMPUTE");
    expect(workbook.comments.map((comment) => [comment.row, comment.col, comment.content])).toEqual([
      [
        0,
        1,
        "Native form of =COMPUTE.RUNWAY(A1,A2). It gives #VALUE! where the add-in does, which said: cash must be a number zero or more; got -5",
      ],
      [
        1,
        1,
        "Native form of =COMPUTE.BURN(A1,Burn). It gives #VALUE! where the add-in does, which said: cash must be a number zero or more; got -5",
      ],
    ]);
  });

  it("rewrites a sheet too large for one request in batches that each fit", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    const model = workbook.addSheet("Model");
    const rows = 12_000;
    for (let r = 0; r < rows; r++) {
      workbook.setCell(model, r, 0, { value: 2e10 + r });
      workbook.setCell(model, r, 1, { value: 1e9 });
      workbook.setCell(model, r, 2, { value: 0.02 });
      workbook.setCell(model, r, 3, { formula: `=COMPUTE.RUNWAY(A${r + 1},B${r + 1},C${r + 1})`, value: 16 });
    }
    const syncsBefore = workbook.syncCount;
    expect(await makeSheetPortable("Model", "en")).toEqual({ native: rows, values: 0 });
    // The native formulas weigh several megabytes: more than the two round trips of a small sheet.
    expect(workbook.syncCount - syncsBefore).toBeGreaterThan(2);
    expect(Math.max(...workbook.requestSizes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(workbook.cell(model, rows - 1, 3).formula).toMatch(/^=IF\(OR\(/);
    expect(workbook.cell(model, rows - 1, 3).formula).not.toContain("COMPUTE");
  });

  it("anchors the AI-share series without touching a sheet name that looks like a cell", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    await writeTables("en", bundledCatalog, new Date("2026-11-29T08:00:00Z"));
    workbook.sheetByName("Compute spend")!.name = "FY25";
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { formula: "=COMPUTE.AISHARE(2030)", value: 0.3 });
    await makeSheetPortable("Model", "en");
    // Quoted, as a sheet name that reads like a cell must be; never turned into $FY$25.
    const series = { years: "'FY25'!$A$4:$A$7", shares: "'FY25'!$B$4:$B$7" };
    expect(workbook.cell(model, 0, 0).formula).toBe(
      nativeAiShare("2030", "logistic", createAiShareModel(bundledCatalog.aiShare), series),
    );
  });

  it("writes values without comments on an Excel older than ExcelApi 1.10", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.9"));
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { formula: '=COMPUTE.DEAL("openai-oracle-compute","parties")', value: "OpenAI, Oracle" });
    expect(await makeSheetPortable("Model", "en")).toEqual({ native: 0, values: 1 });
    expect(workbook.cell(model, 0, 0)).toMatchObject({ formula: null, value: "OpenAI, Oracle" });
    expect(workbook.comments).toEqual([]);
  });

  it("words the note in the language the workbook's tables were written in, over the pane's", async () => {
    const { workbook } = installExcel(undefined, excelApi("1.17"));
    await writeTables("zh-TW");
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { formula: '=COMPUTE.SOURCE("xai-funding")', value: "…" });
    const syncs = workbook.syncCount;
    await makeSheetPortable("Model", "en");
    expect(workbook.comments.map((c) => c.content)).toEqual([
      '由 Compute Alliances 增益集以 =COMPUTE.SOURCE("xai-funding") 寫入；此儲存格保存其值。',
    ]);
    // Read, find the AI-share table, write: three round trips.
    expect(workbook.syncCount - syncs).toBe(3);
  });
});
