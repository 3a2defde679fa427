/**
 * The native RUNWAY and BURN formulas that Make portable and the exported workbook write, calculated
 * by a real formula engine and held to the add-in's own functions.
 */
import { DetailedCellError } from "hyperformula";
import { nativeBurn, nativeRunway } from "../../../src/domain/formulas/native";
import { burn, runway } from "../../../src/functions/functions";
import { createEngine } from "../../support/formulaEngine";

/**
 * Spreadsheets have LN but no LOG1P, so LN(1+g) keeps fewer digits than the add-in's log1p for
 * small rates (about 1e-16/g relative); from TINY_RATE up, that is at most a few parts in 1e8.
 */
function expectClose(actual: unknown, expected: number) {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-7 * Math.abs(expected));
}

/** Calculates one formula over inputs in A1, A2, A3 (and A4). */
function calculate(formula: string, inputs: number[]): unknown {
  const engine = createEngine({ Model: [...inputs.map((value) => [value]), [formula]] });
  return engine.getCellValue({ sheet: 0, row: inputs.length, col: 0 });
}

describe("native RUNWAY", () => {
  it("is cash / burn, under the horizon check, when growth and revenue are 0", () => {
    expect(nativeRunway("A1", "A2", "0", "0")).toBe("=IF(A1/A2>1200,NA(),A1/A2)");
    expect(calculate(nativeRunway("A1", "A2", "0", "0"), [20e9, 1e9])).toBe(runway(20e9, 1e9));
  });

  it.each([
    [20e9, 1e9, 0.02],
    [20e9, 1e9, -0.01],
    [5e9, 3e8, 1e-12],
    [5e9, 3e8, -3e-10],
    [5e9, 3e8, 2e-9],
    [1e6, 1e6, 0],
  ])("agrees with RUNWAY(%p, %p, %p) when growth is a cell", (cash, monthlyBurn, growth) => {
    const formula = nativeRunway("A1", "A2", "A3", "A4");
    expectClose(calculate(formula, [cash, monthlyBurn, growth, 0]), runway(cash, monthlyBurn, growth));
  });

  it.each([
    ["never within the horizon", nativeRunway("A1", "A2", "0", "0"), [1e12, 1]],
    ["with shrinking burn that never spends the cash", nativeRunway("A1", "A2", "A3", "A4"), [1e12, 1e9, -0.5, 0]],
    ["once revenue is entered", nativeRunway("A1", "A2", "A3", "A4"), [20e9, 1e9, 0, 1e8]],
  ])("is #N/A %s", (_, formula, inputs) => {
    const result = calculate(formula, inputs);
    expect(result).toBeInstanceOf(DetailedCellError);
    expect((result as DetailedCellError).type).toBe("NA");
  });
});

describe("native BURN", () => {
  it("is cash / months when growth is 0", () => {
    expect(nativeBurn("A1", "A2", "0")).toBe("=A1/A2");
    expect(calculate(nativeBurn("A1", "A2", "0"), [20e9, 20])).toBe(burn(20e9, 20));
  });

  it.each([
    [20e9, 20, 0.04],
    [20e9, 17.25, -0.02],
    [20e9, 20, 0],
    [20e9, 20, 1e-12],
    [20e9, 20, -3e-10],
  ])("agrees with BURN(%p, %p, %p) when growth is a cell", (cash, months, growth) => {
    expectClose(calculate(nativeBurn("A1", "A2", "A3"), [cash, months, growth]), burn(cash, months, growth));
  });
});
