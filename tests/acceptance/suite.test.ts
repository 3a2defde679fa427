/**
 * The acceptance suite against the in-memory Excel (with its calculator): every check passes,
 * the workbook is left as it was found, a workbook that is not blank refuses the full suite,
 * and a host that breaks a promise fails the matching check by name.
 */
import { bundledCatalog } from "../../src/domain/dataset";
import { computeCores } from "../../src/domain/formulas/cores";
import { reportPassed, reportText } from "../../src/acceptance/report";
import { checksOf, runAcceptance, runSuite } from "../../src/acceptance/suite";
import { excelWorkbookPort } from "../../src/office/workbookPort";
import { installCalculator } from "../fakes/excel/calculate";
import { FakeWorkbook } from "../fakes/excel";
import { dropAnalystDealsRow } from "../fakes/faults";
import { installExcel } from "../office/support";

function blankExcel(office = {}) {
  const workbook = new FakeWorkbook({ blankSheet: true });
  installCalculator(workbook, computeCores(bundledCatalog));
  return { ...installExcel(workbook, office), workbook };
}

const fixedClock = () => new Date("2026-12-03T08:00:00Z");

describe("the acceptance suite on the in-memory Excel", () => {
  it("passes every check of the full suite in a blank workbook, and leaves it blank", async () => {
    const { workbook } = blankExcel();
    const seen: string[] = [];
    const report = await runSuite(excelWorkbookPort, {
      mode: "full",
      language: "en",
      now: fixedClock,
      onResult: (result) => seen.push(result.id),
    });
    const failures = report.results.filter((r) => r.status !== "passed");
    expect(failures).toEqual([]);
    expect(reportPassed(report)).toBe(true);
    expect(seen).toEqual(checksOf("full").map((check) => check.id));
    expect(report.host).toMatchObject({ host: "Excel", platform: "OfficeOnline", version: "16.0.fake" });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(workbook.names).toEqual([]);
    expect([...workbook.settings.keys()]).toEqual([]);
    expect(workbook.sheets[0].cells.size).toBe(0);
    expect(reportText(report)).toMatch(/\d+ passed, 0 failed, 0 skipped$/);
  });

  it("runs the read-only checks in a workbook that holds the analyst's work, and touches none of it", async () => {
    const { workbook } = blankExcel();
    workbook.setCell(workbook.sheets[0], 0, 0, { value: "my model", formula: null });
    const report = await runSuite(excelWorkbookPort, { mode: "read-only", language: "en", now: fixedClock });
    expect(report.results.map((r) => [r.id, r.status])).toEqual(checksOf("read-only").map((c) => [c.id, "passed"]));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(workbook.cell(workbook.sheets[0], 0, 0).value).toBe("my model");
  });

  it("refuses the full suite in a workbook that is not blank, writing nothing", async () => {
    const { workbook } = blankExcel();
    workbook.setCell(workbook.sheets[0], 4, 1, { value: 42, formula: null });
    const outcome = await runAcceptance(excelWorkbookPort, { mode: "full", language: "en" });
    expect(outcome).toEqual({ kind: "not-blank", sheets: 1, sheetsInUse: ["Sheet1"] });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("fails the check whose promise the host breaks, names it, skips what needs it, and still cleans up", async () => {
    const { workbook } = blankExcel();
    // A host that drops the analyst's row: every row the add-in did not plan vanishes at the next write.
    const port = {
      ...excelWorkbookPort,
      writeTables: async (...args: Parameters<typeof excelWorkbookPort.writeTables>) => {
        dropAnalystDealsRow(workbook);
        return excelWorkbookPort.writeTables(...args);
      },
    };
    const report = await runSuite(port, { mode: "full", language: "en", now: fixedClock });
    const failed = report.results.filter((r) => r.status === "failed").map((r) => r.id);
    expect(failed).toEqual(["refresh-keeps-appended-row"]);
    expect(report.results.find((r) => r.id === "refresh-keeps-appended-row")?.actual).toBe("the row is gone");
    expect(reportPassed(report)).toBe(false);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("reports a host without valuesAsJson as not exposing the error's message, and without a requirement set as failing", async () => {
    blankExcel({ supportedSets: { ExcelApi: "1.12", SharedRuntime: "1.1" } });
    const report = await runSuite(excelWorkbookPort, { mode: "read-only", language: "en", now: fixedClock });
    expect(report.results.find((r) => r.id === "functions-bad-argument")?.actual).toContain("not exposed (no ExcelApi 1.16)");
    blankExcel({ supportedSets: { ExcelApi: "1.7", SharedRuntime: "1.1" } });
    const old = await runSuite(excelWorkbookPort, { mode: "read-only", language: "en", now: fixedClock });
    expect(old.results.find((r) => r.id === "host-requirement-sets")).toMatchObject({ status: "failed" });
    expect(old.results.find((r) => r.id === "host-requirement-sets")?.actual).toContain("missing ExcelApi 1.8");
  });
});
