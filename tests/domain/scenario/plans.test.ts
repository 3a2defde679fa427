import { DetailedCellError } from "hyperformula";
import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { checkInput, inputText, scenarioId, type ScenarioDefinition } from "../../../src/domain/scenario/definition";
import {
  CASH_STEPS,
  comparisonSheetPlan,
  GROWTH_STEPS,
  outlookSheetPlan,
  OUTLOOK_YEARS,
  SCENARIO_CELLS,
  scenarioSheetPlan,
} from "../../../src/domain/scenario/plans";
import { isDomainError } from "../../../src/domain/model/outcome";
import { runwayMonths } from "../../../src/domain/model/runway";
import { createAiShareModel } from "../../../src/domain/model/aiShare";
import { planToEngine } from "../../support/planWorkbook";
import { OPENAI, XAI } from "../../support/scenarios";

const xai = XAI;
const openai = OPENAI;

function build(definitions: ScenarioDefinition[]) {
  const plans = [
    ...definitions.map((d) => scenarioSheetPlan(d, "en", catalog)),
    comparisonSheetPlan(definitions, "en"),
    outlookSheetPlan(catalog, "en"),
  ];
  return { plans, ...planToEngine(plans) };
}

describe("scenario sheets in HyperFormula", () => {
  it("gives the xAI preset the 20 months the article states", () => {
    const { plans, valueAt } = build([xai]);
    expect(valueAt(plans[0].name, SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col)).toBe(20);
    expect(catalog.metric("xai-runway")?.value).toBe(20);
  });

  it("gives the month the cash runs out from the start month, and labels an AI share past the article as a model's", () => {
    const { plans, valueAt, setValue } = build([xai]);
    const sheet = plans[0].name;
    const at = (row: number, col: number) => valueAt(sheet, row, col);
    const runOut = SCENARIO_CELLS.runway.row + 3;
    // 20 months from September 2025: the cash lasts to April 2027 and runs out in May 2027 (Excel's serial 46508).
    expect(at(runOut, 1)).toBe((Date.UTC(2027, 4, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const share = at(runOut + 1, 1) as number;
    const model = createAiShareModel(catalog.aiShare);
    expect(share).toBeCloseTo(model.shareAt(2025 + (8 + 20) / 12, "logistic") as number, 12);
    expect(at(runOut + 1, 2)).toMatch(/^Extrapolated past 2025, the article's last point \(itself a forecast\)/);
    // The analyst chooses the method; hold keeps the article's last point.
    setValue(sheet, SCENARIO_CELLS.method.row, SCENARIO_CELLS.method.col, "hold");
    expect(at(runOut + 1, 1)).toBe(0.25);
    // A cash that runs out within the article's years is read from its points, and says so.
    setValue(sheet, SCENARIO_CELLS.startMonth.row, SCENARIO_CELLS.startMonth.col, 1);
    setValue(sheet, SCENARIO_CELLS.input("startYear").row, 1, 2021);
    expect(at(runOut + 1, 2)).toBe("Read from the article's points (2025 is a forecast)");
    expect(plans[0].validations).toEqual(
      expect.arrayContaining([expect.objectContaining({ ...SCENARIO_CELLS.method, choices: ["logistic", "linear", "hold"] })]),
    );
  });

  it("recalculates the runway as RUNWAY says when the cash input changes", () => {
    const { plans, valueAt, setValue } = build([xai]);
    const cash = SCENARIO_CELLS.input("cash");
    const growth = SCENARIO_CELLS.input("burnGrowth");
    setValue(plans[0].name, cash.row, cash.col, 35e9);
    expect(valueAt(plans[0].name, SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col)).toBe(35);
    setValue(plans[0].name, growth.row, growth.col, 0.03);
    expect(valueAt(plans[0].name, SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col)).toBeCloseTo(
      runwayMonths(35e9, 1e9, 0.03) as number,
      12,
    );
  });

  it("fills the sensitivity grid with RUNWAY over each cash multiple and burn growth", () => {
    const { plans, valueAt } = build([openai]);
    const { inputs } = openai;
    GROWTH_STEPS.forEach((offset, r) =>
      CASH_STEPS.forEach((step, c) => {
        const expected = runwayMonths(
          inputs.cash * step,
          inputs.monthlyBurn,
          inputs.burnGrowth + offset,
          inputs.monthlyRevenue,
          inputs.revenueGrowth,
        );
        const cell = valueAt(plans[0].name, SCENARIO_CELLS.grid.row + r, SCENARIO_CELLS.grid.col + c);
        if (isDomainError(expected)) expect((cell as DetailedCellError).value).toBe("#N/A");
        else expect(cell as number).toBeCloseTo(expected, 9);
      }),
    );
  });

  it("shows #VALUE! with a message rather than nonsense for a negative cash", () => {
    const { plans, valueAt, setValue } = build([xai]);
    const cash = SCENARIO_CELLS.input("cash");
    setValue(plans[0].name, cash.row, cash.col, -5);
    const runway = valueAt(plans[0].name, SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col) as DetailedCellError;
    expect([runway.value, runway.message]).toEqual(["#VALUE!", "cash must be a number zero or more; got -5"]);
  });

  it("compares the base with each alternative, with absolute and % variances", () => {
    const richer: ScenarioDefinition = { id: "xAI2", name: "xAI richer", inputs: { ...xai.inputs, cash: 30e9 } };
    const { plans, valueAt } = build([xai, richer]);
    const comparison = plans.find((p) => p.key === "scenarios")!;
    const runwayRow = 3 + 6; // below the header, after the six inputs
    expect([1, 2, 3, 4].map((col) => valueAt(comparison.name, runwayRow, col))).toEqual([20, 30, 10, 0.5]);
  });

  it("puts each extrapolation method beside the article's figures, 2016 to 2035", () => {
    const { plans, valueAt } = build([xai]);
    const outlook = plans.find((p) => p.key === "outlook")!;
    const model = createAiShareModel(catalog.aiShare);
    for (let year = OUTLOOK_YEARS.from; year <= OUTLOOK_YEARS.to; year++) {
      const row = 3 + year - OUTLOOK_YEARS.from;
      expect(valueAt(outlook.name, row, 0)).toBe(year);
      expect(valueAt(outlook.name, row, 2)).toBeCloseTo(model.shareAt(year, "logistic") as number, 12);
      expect(valueAt(outlook.name, row, 4)).toBeCloseTo(model.shareAt(year, "hold") as number, 12);
    }
    expect(valueAt(outlook.name, 3 + 2022 - 2016, 1)).toBe(0.18);
  });
});

describe("scenario definitions", () => {
  it("checks inputs from the pane", () => {
    expect(checkInput("cash", "20,000,000,000", "en")).toBe(20e9);
    expect(checkInput("cash", "20B", "en")).toBe(20e9);
    expect(checkInput("cash", "200億美元", "zh-TW")).toBe(20e9);
    expect(checkInput("burnGrowth", "2%", "en")).toBe(0.02);
    expect(checkInput("burnGrowth", "2", "en")).toBe(0.02);
    expect(checkInput("startYear", "2025", "en")).toBe(2025);
    expect(checkInput("cash", "-1", "en")).toEqual({ kind: "bounds", problem: "too-small" });
    expect(checkInput("cash", "lots", "en")).toEqual({ kind: "text", problem: { kind: "unreadable", text: "l" } });
    expect(checkInput("cash", "2,5", "en")).toEqual({ kind: "text", problem: { kind: "ambiguousComma" } });
    expect(checkInput("monthlyBurn", "0", "en")).toEqual({ kind: "bounds", problem: "too-small" });
    expect(checkInput("burnGrowth", "-100%", "en")).toEqual({ kind: "bounds", problem: "too-small" });
    expect(checkInput("startYear", "2025.5", "en")).toEqual({ kind: "bounds", problem: "not-whole" });
    // What a field shows of a value reads back as that value.
    for (const [key, value] of [
      ["cash", 20e9 / 3],
      ["monthlyBurn", 1_833_333_333.3333333],
      ["burnGrowth", 0.07],
      ["revenueGrowth", -0.015],
      ["startYear", 2025],
    ] as const)
      expect(checkInput(key, inputText(key, value, "zh-CN"), "zh-CN")).toBe(value);
  });

  it("makes sheet- and name-safe ids", () => {
    expect(scenarioId("xAI: base case", [])).toBe("xAIbasecase");
    expect(scenarioId("xAI", ["xai"])).toBe("xAI2");
    expect(scenarioId("情景", [])).toBe("Scenario");
  });
});
