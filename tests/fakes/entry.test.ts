/** The fake reads what is written to a cell as Excel reads typed input (fakes/excel/entry.ts). */
import { createExcel, FakeWorkbook } from "./excel";
import { dateSerial, enter, TEXT_FORMAT } from "./excel/entry";

const thisYear = new Date().getUTCFullYear();

describe("Excel's reading of an entry into a General cell", () => {
  it.each<[string, string | number | boolean, string]>([
    // Numbers
    ["42", 42, "General"],
    ["-42", -42, "General"],
    ["+42", 42, "General"],
    ["  42 ", 42, "General"],
    ["00123", 123, "General"],
    ["3.14", 3.14, "General"],
    [".5", 0.5, "General"],
    ["(5)", -5, "General"],
    ["1,000", 1000, "#,##0"],
    ["1,234,567.89", 1234567.89, "#,##0.00"],
    ["1e5", 100000, "0.00E+00"],
    ["2.5E-3", 0.0025, "0.00E+00"],
    ["1 1/2", 1.5, "# ?/?"],
    // Percentages
    ["10%", 0.1, "0%"],
    ["12.5%", 0.125, "0.00%"],
    ["-3%", -0.03, "0%"],
    // Currency
    ["$1,000", 1000, "$#,##0"],
    ["$2.50", 2.5, "$#,##0.00"],
    ["-$5", -5, "$#,##0"],
    ["$-5", -5, "$#,##0"],
    ["($5)", -5, "$#,##0"],
    // Logicals
    ["TRUE", true, "General"],
    ["false", false, "General"],
    // Dates (office-js #229) and year-months
    ["2018-12-31", dateSerial(2018, 12, 31), "m/d/yyyy"],
    ["2018/12/31", dateSerial(2018, 12, 31), "m/d/yyyy"],
    ["12/31/2018", dateSerial(2018, 12, 31), "m/d/yyyy"],
    ["12/31/18", dateSerial(2018, 12, 31), "m/d/yyyy"],
    ["2025-09", dateSerial(2025, 9, 1), "mmm-yy"],
    ["2025-9", dateSerial(2025, 9, 1), "mmm-yy"],
    ["2025/10", dateSerial(2025, 10, 1), "mmm-yy"],
    ["9/2025", dateSerial(2025, 9, 1), "mmm-yy"],
    ["Sep 2025", dateSerial(2025, 9, 1), "mmm-yy"],
    ["September 2025", dateSerial(2025, 9, 1), "mmm-yy"],
    ["Sep-45", dateSerial(1945, 9, 1), "mmm-yy"],
    ["31-Dec-2018", dateSerial(2018, 12, 31), "d-mmm-yy"],
    ["December 31, 2018", dateSerial(2018, 12, 31), "d-mmm-yy"],
    ["12/31", dateSerial(thisYear, 12, 31), "d-mmm"],
    ["1-2", dateSerial(thisYear, 1, 2), "d-mmm"],
    ["Sep-25", dateSerial(thisYear, 9, 25), "d-mmm"],
    // Times
    ["10:30", 10.5 / 24, "h:mm"],
    ["10:30:15", (10 * 3600 + 30 * 60 + 15) / 86400, "h:mm:ss"],
    ["1:30 PM", 13.5 / 24, "h:mm AM/PM"],
    ["2018-12-31 10:30", dateSerial(2018, 12, 31) + 10.5 / 24, "m/d/yyyy h:mm"],
    // Text stays text
    ["2025-H1", "2025-H1", "General"],
    ["2025-13", "2025-13", "General"],
    ["2025-02-30", "2025-02-30", "General"],
    ["1.2.0", "1.2.0", "General"],
    ["From September 2025", "From September 2025", "General"],
    ["amd-openai-warrant", "amd-openai-warrant", "General"],
    ["-", "-", "General"],
    ["1,00", "1,00", "General"],
    ["25:00", "25:00", "General"],
    ["英偉達", "英偉達", "General"],
  ])("reads %p as %p with format %p", (typed, value, format) => {
    const held = enter(typed, "General");
    expect(held.formula).toBeNull();
    if (typeof value === "number") expect(held.value).toBeCloseTo(value, 12);
    else expect(held.value).toBe(value);
    expect(held.numberFormat).toBe(format);
  });

  it.each([
    ["=1+2", "=1+2"],
    ["+A1", "=+A1"],
    ["-A1", "=-A1"],
    ["- note", "=- note"],
    ["@SUM(A1)", "=@SUM(A1)"],
  ])("takes %p for the formula %p", (typed, formula) => {
    expect(enter(typed, "General")).toEqual({ value: "", formula, numberFormat: "General" });
  });

  it("keeps the rest of a quote-prefixed entry as text, without the apostrophe (office-js #6687)", () => {
    for (const typed of ["'2025-09", "'=SUM(1)", "'00123", "'TRUE"])
      expect(enter(typed, "General")).toEqual({ value: typed.slice(1), formula: null, numberFormat: "General" });
  });

  it("keeps everything typed into a Text cell as typed, a formula and an apostrophe included", () => {
    for (const typed of ["2025-09", "10%", "=SUM(1)", "'x", "TRUE", "00123"])
      expect(enter(typed, TEXT_FORMAT)).toEqual({ value: typed, formula: null, numberFormat: TEXT_FORMAT });
  });

  it("keeps a cell's own number format for a number, and takes a date format for a date", () => {
    expect(enter("10%", "0.0%")).toEqual({ value: 0.1, formula: null, numberFormat: "0.0%" });
    expect(enter("1,000", "$#,##0")).toEqual({ value: 1000, formula: null, numberFormat: "$#,##0" });
    expect(enter("2025-09", "0.0%").numberFormat).toBe("mmm-yy");
    expect(enter("2025-09", "d-mmm-yy").numberFormat).toBe("d-mmm-yy");
  });

  it("stores numbers and logicals as they are, and empties a cell on an empty string", () => {
    expect(enter(45901, "General")).toEqual({ value: 45901, formula: null, numberFormat: "General" });
    expect(enter(true, TEXT_FORMAT)).toEqual({ value: true, formula: null, numberFormat: TEXT_FORMAT });
    expect(enter("", "General")).toEqual({ value: "", formula: null, numberFormat: "General" });
  });
});

describe("the fake host writes through Excel's entry rules", () => {
  async function writeAndRead(write: (range: Excel.Range) => void, formatFirst?: string) {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Data");
    const excel = createExcel(workbook);
    return excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1") as unknown as Excel.Range;
      if (formatFirst) range.numberFormat = [[formatFirst]];
      write(range);
      range.load("values,formulas,numberFormat");
      await context.sync();
      return { values: range.values[0][0], formulas: range.formulas[0][0], format: range.numberFormat[0][0] };
    });
  }

  it("turns a year-month written through values or formulas into a date in a General cell", async () => {
    for (const write of [(r: Excel.Range) => (r.values = [["2025-09"]]), (r: Excel.Range) => (r.formulas = [["2025-09"]])])
      expect(await writeAndRead(write)).toEqual({ values: 45901, formulas: 45901, format: "mmm-yy" });
  });

  it("keeps it as text where the cell is formatted as text before the write", async () => {
    expect(await writeAndRead((r) => (r.values = [["2025-09"]]), TEXT_FORMAT)).toEqual({
      values: "2025-09",
      formulas: "2025-09",
      format: TEXT_FORMAT,
    });
  });

  it("does not give the text back when the cell is formatted as text after the write", async () => {
    const read = await writeAndRead((r) => {
      r.values = [["2025-09"]];
      r.numberFormat = [[TEXT_FORMAT]];
    });
    expect(read).toEqual({ values: 45901, formulas: 45901, format: TEXT_FORMAT });
  });

  it("reads the analyst's typing by the same rules", () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("Data");
    workbook.edit("Data", "A1", "10%");
    expect(workbook.cell(sheet, 0, 0)).toEqual({ value: 0.1, formula: null, numberFormat: "0%" });
  });
});
