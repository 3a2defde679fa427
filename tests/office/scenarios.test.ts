import { SCENARIO_CELLS } from "../../src/domain/scenario/plans";
import {
  currentInputs,
  deleteScenario,
  openScenario,
  readScenarios,
  renameScenario,
  saveScenarios,
} from "../../src/office/scenarios";
import { installExcel } from "./support";
import { OPENAI, XAI } from "../support/scenarios";

const xai = XAI;
const openai = OPENAI;
const cash = SCENARIO_CELLS.input("cash");

describe("scenario sheets in the workbook", () => {
  it("creates a scenario, the comparison and the outlook in two round trips, with named, validated inputs", async () => {
    const { workbook } = installExcel();
    const report = await saveScenarios([xai], "en");
    expect(report.syncs).toBe(2);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Scenario xAI", "Scenarios", "AI share outlook"]);
    const sheet = workbook.sheetByName("Scenario xAI")!;
    expect(workbook.cell(sheet, cash.row, cash.col).value).toBe(20e9);
    expect(workbook.cell(sheet, SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col).formula).toBe(
      "=COMPUTE.RUNWAY(Scn_xAI_Cash,Scn_xAI_Burn,Scn_xAI_BurnGrowth,Scn_xAI_Revenue,Scn_xAI_RevenueGrowth)",
    );
    expect(workbook.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["Scn_xAI_Cash", "Scn_xAI_Burn", "Scn_xAI_Runway", "ComputeAlliances.scenario_xAI"]),
    );
    expect(sheet.validations.get(`${cash.row},${cash.col}`)?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(sheet.fills.get(`${cash.row},${cash.col}`)).toBe("#FFCC99");
    expect(sheet.charts.map((c) => c.series[0].values)).toEqual(["'Scenario xAI'!F7:K7"]);
    expect(await readScenarios()).toEqual({ definitions: [xai], refusal: null });
  });

  it("adds a column to the comparison and leaves the analyst's edits to an existing scenario", async () => {
    const { workbook } = installExcel();
    await saveScenarios([xai], "en");
    const sheet = workbook.sheetByName("Scenario xAI")!;
    workbook.setCell(sheet, cash.row, cash.col, { value: 25e9 });
    await saveScenarios([xai, openai], "en");
    expect(workbook.cell(sheet, cash.row, cash.col).value).toBe(25e9);
    const comparison = workbook.sheetByName("Scenarios")!;
    expect([1, 2, 3, 4].map((c) => workbook.cell(comparison, 2, c).value)).toEqual(["xAI", "OpenAI", "Δ OpenAI", "Δ % OpenAI"]);
    expect(workbook.cell(comparison, 9, 2).formula).toBe("=Scn_OpenAI_Runway");
    expect(await currentInputs(xai)).toEqual({ ...xai.inputs, cash: 25e9 });
  });

  it("deletes only the scenario's own sheet and names", async () => {
    const { workbook } = installExcel();
    const mine = workbook.addSheet("My model");
    await saveScenarios([xai, openai], "en");
    await deleteScenario("OpenAI", [xai], "en");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["My model", "Scenario xAI", "Scenarios", "AI share outlook"]);
    expect(workbook.names.some((n) => n.name.startsWith("Scn_OpenAI"))).toBe(false);
    expect(workbook.cell(workbook.sheetByName("Scenarios")!, 2, 3).value).toBe("");
    expect(mine.cells.size).toBe(0);
    expect(await readScenarios()).toEqual({ definitions: [xai], refusal: null });
  });

  it("renames a scenario and opens its sheet", async () => {
    const { workbook } = installExcel();
    await saveScenarios([xai], "en");
    await renameScenario([xai], "xAI", "xAI base", "en");
    expect(workbook.sheets[0].name).toBe("Scenario xAI base");
    expect(workbook.cell(workbook.sheetByName("Scenarios")!, 2, 1).value).toBe("xAI base");
    workbook.addSheet("Elsewhere");
    expect(await openScenario("xAI")).toBe(true);
    expect(workbook.activeSheet().name).toBe("Scenario xAI base");
    expect(await openScenario("nope")).toBe(false);
  });
});
