/** The fake must refuse what Office.js refuses, or tests pass on code that fails in Excel. */
import { createExcel, FakeWorkbook, OfficeError } from "./excel";

describe("the fake Excel host", () => {
  it("throws when a property is read before it is loaded and synced", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Data");
    const excel = createExcel(workbook);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(OfficeError);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  it("runs queued writes only at sync, and counts syncs", async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("Data");
    const excel = createExcel(workbook);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[42]];
      expect(workbook.cell(sheet, 0, 0).value).toBe("");
      await context.sync();
      expect(workbook.cell(sheet, 0, 0).value).toBe(42);
    });
    expect(workbook.syncCount).toBe(1);
  });

  it("refuses proxies used after their Excel.run", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Data");
    const excel = createExcel(workbook);
    const escaped = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
      return range;
    });
    expect(() => escaped.values).toThrow(/Excel.run that has ended/);
  });

  it("rejects an array whose size differs from the range's", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Data");
    const excel = createExcel(workbook);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toThrow(/1×1; the range is 1×2/);
  });

  it("does not calculate: formula cells must be read as formulas", async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("Data");
    workbook.setCell(sheet, 0, 0, { formula: "=1+1" });
    const excel = createExcel(workbook);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toThrow(/does not calculate/);
  });

  it("keeps table names unique, as Excel does", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Data");
    const excel = createExcel(workbook);
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.tables.add("A1:B3", true).name = "Deals";
        sheet.tables.add("D1:E3", true).name = "Deals";
        await context.sync();
      }),
    ).rejects.toThrow(/already exists/);
  });
});
