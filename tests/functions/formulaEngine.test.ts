/** The COMPUTE functions inside a real formula engine, over cell references. */
import { DetailedCellError } from "hyperformula";
import { createEngine } from "../support/formulaEngine";

describe("COMPUTE functions in HyperFormula", () => {
  const engine = createEngine({
    Model: [
      ["Cash", 20_000_000_000],
      ["Monthly burn", 1_000_000_000],
      ["Burn growth", null],
      ["Runway", "=COMPUTE.RUNWAY(B1,B2,B3)"],
      ["Burn for 20 months", "=COMPUTE.BURN(B1,20)"],
      ["Round trip", "=COMPUTE.RUNWAY(B1,COMPUTE.BURN(B1,17,0.02),0.02)"],
      ["AI share 2023.5", "=COMPUTE.AISHARE(2023.5)"],
      ["Oracle deal in $B", '=COMPUTE.DEAL("openai-oracle-compute")/1e9'],
      ["xAI burn check", '=COMPUTE.METRIC("xAI","funding")/COMPUTE.METRIC("xAI","runway")'],
      ["Source", '=COMPUTE.SOURCE("xai-funding","en")'],
      ["Bad burn", "=COMPUTE.RUNWAY(B1,-5)"],
      ["Unknown deal", '=COMPUTE.DEAL("openai-oracle")'],
    ],
  });
  const sheet = engine.getSheetId("Model")!;
  const value = (row: number) => engine.getCellValue({ sheet, row, col: 1 });

  it("evaluates formulas over cell references", () => {
    expect(value(3)).toBe(20);
    expect(value(4)).toBe(1_000_000_000);
    expect(value(5)).toBeCloseTo(17, 9);
    expect(value(6)).toBeCloseTo(0.215, 12);
    expect(value(7)).toBe(300);
    expect(value(8)).toBe(1_000_000_000);
    expect(value(9)).toMatch(/^Even xAI/);
  });

  it("shows #VALUE! and #N/A with the functions' messages", () => {
    const bad = value(10) as DetailedCellError;
    expect([bad.value, bad.message]).toEqual(["#VALUE!", "monthly_burn must be a number greater than 0; got -5"]);
    const unknown = value(11) as DetailedCellError;
    expect(unknown.value).toBe("#N/A");
    expect(unknown.message).toMatch(/closest: openai-oracle-compute/);
  });

  it("recalculates when an input cell changes", () => {
    engine.setCellContents({ sheet, row: 0, col: 1 }, [[30_000_000_000]]);
    expect(value(3)).toBe(30);
    engine.setCellContents({ sheet, row: 2, col: 1 }, [[0.05]]);
    expect(value(3)).toBeCloseTo(Math.log(1 + 30 * 0.05) / Math.log(1.05), 12);
    engine.setCellContents({ sheet, row: 2, col: 1 }, [[null]]);
    expect(value(3)).toBe(30);
  });
});
