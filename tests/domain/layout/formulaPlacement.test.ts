import { num } from "../../../src/domain/formulas/build";
import { placeFormula } from "../../../src/domain/layout/formulaPlacement";

describe("placeFormula", () => {
  const runway = (selection: { row: number; col: number; height: number; width: number }) =>
    placeFormula("RUNWAY", [num(20000000000), num(1000000000)], 5, selection);

  it("puts the example formula in a single selected cell", () => {
    expect(runway({ row: 2, col: 3, height: 1, width: 1 })).toEqual({
      row: 2,
      col: 3,
      formula: "=COMPUTE.RUNWAY(20000000000,1000000000)",
    });
  });

  it("points the leading arguments at a selected column and writes below it", () => {
    expect(runway({ row: 1, col: 1, height: 3, width: 1 })).toEqual({ row: 4, col: 1, formula: "=COMPUTE.RUNWAY(B2,B3,B4)" });
  });

  it("points the leading arguments at a selected row and writes to its right", () => {
    expect(runway({ row: 0, col: 0, height: 1, width: 2 })).toEqual({ row: 0, col: 2, formula: "=COMPUTE.RUNWAY(A1,B1)" });
  });

  it("uses no more cells than the function has arguments", () => {
    expect(placeFormula("AISHARE", [num(2023.5)], 1, { row: 0, col: 0, height: 4, width: 1 }).formula).toBe(
      "=COMPUTE.AISHARE(A1)",
    );
  });

  it("keeps to the example for a block selection", () => {
    expect(runway({ row: 0, col: 0, height: 2, width: 2 })).toEqual({
      row: 0,
      col: 0,
      formula: "=COMPUTE.RUNWAY(20000000000,1000000000)",
    });
  });
});
