/**
 * The native RUNWAY and BURN formulas that Make portable and the exported workbook write, calculated
 * by a real formula engine and held to the add-in's own functions.
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { FakeCustomFunctionError } from "../../fakes/customFunctions";
import { nativeAiShare, nativeBurn, nativeRunway } from "../../../src/domain/formulas/native";
import { bundledCatalog } from "../../../src/domain/dataset";
import { createAiShareModel, EXTRAPOLATION_METHODS } from "../../../src/domain/model/aiShare";
import { aishare, burn, runway } from "../../../src/functions/functions";
import { createEngine } from "../../support/formulaEngine";

/**
 * Spreadsheets have LN but no LOG1P, so LN(1+g) keeps fewer digits than the add-in's log1p for
 * small rates (about 1e-16/g relative); from TINY_RATE up, that is at most a few parts in 1e8.
 */
function expectClose(actual: unknown, expected: number) {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-7 * Math.abs(expected));
}

/** Calculates one formula over cells in A1, A2, … as given: null is an empty cell. */
function calculateCells(formula: string, cells: (string | number | boolean | null)[]): unknown {
  const engine = createEngine({ Model: [...cells.map((value) => [value]), [formula]] });
  return engine.getCellValue({ sheet: 0, row: cells.length, col: 0 });
}

describe("native RUNWAY", () => {
  it("is cash / burn, under the horizon check, when growth and revenue are 0", () => {
    // The form an analyst would write, behind the function's own argument checks.
    expect(nativeRunway("A1", "A2", "0", "0")).toBe(
      "=IF(OR(ISBLANK(A1),ISLOGICAL(A1),ISERROR(A1*1),A1*1<0,ISBLANK(A2),ISLOGICAL(A2),ISERROR(A2*1),A2*1<=0),#VALUE!,IF(A1/A2>1200,NA(),A1/A2))",
    );
    expect(calculateCells(nativeRunway("A1", "A2", "0", "0"), [20e9, 1e9])).toBe(runway(20e9, 1e9));
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
    expectClose(calculateCells(formula, [cash, monthlyBurn, growth, 0]), runway(cash, monthlyBurn, growth));
  });

  it.each([
    ["never within the horizon", nativeRunway("A1", "A2", "0", "0"), [1e12, 1]],
    ["with shrinking burn that never spends the cash", nativeRunway("A1", "A2", "A3", "A4"), [1e12, 1e9, -0.5, 0]],
    ["once revenue is entered", nativeRunway("A1", "A2", "A3", "A4"), [20e9, 1e9, 0, 1e8]],
  ])("is #N/A %s", (_, formula, inputs) => {
    const result = calculateCells(formula, inputs);
    expect(result).toBeInstanceOf(DetailedCellError);
    expect((result as DetailedCellError).type).toBe("NA");
  });
});

describe("native BURN", () => {
  it("is cash / months when growth is 0", () => {
    expect(nativeBurn("A1", "A2", "0")).toMatch(/,#VALUE!,A1\/A2\)$/);
    // Literal arguments within the bounds need no check.
    expect(nativeBurn("20000000000", "20", "0")).toBe("=20000000000/20");
    expect(calculateCells(nativeBurn("A1", "A2", "0"), [20e9, 20])).toBe(burn(20e9, 20));
  });

  it.each([
    [20e9, 20, 0.04],
    [20e9, 17.25, -0.02],
    [20e9, 20, 0],
    [20e9, 20, 1e-12],
    [20e9, 20, -3e-10],
  ])("agrees with BURN(%p, %p, %p) when growth is a cell", (cash, months, growth) => {
    expectClose(calculateCells(nativeBurn("A1", "A2", "A3"), [cash, months, growth]), burn(cash, months, growth));
  });
});

/**
 * A fixed seed keeps CI reproducible; PROPERTY_SEED and PROPERTY_RUNS explore further
 * (PROPERTY_RUNS=20000 passed when these were written).
 */
const PROPERTY_OPTIONS = {
  seed: Number(process.env.PROPERTY_SEED ?? 20261201),
  numRuns: Number(process.env.PROPERTY_RUNS ?? 3000),
};

describe("native formulas on any input, held to the functions", () => {
  /** What a cell can hold: numbers at and beyond the bounds, numeric and other text, logicals, nothing. */
  const other = fc.constantFrom("5", "-5", " 12 ", "abc", "", true, false, null);
  /**
   * Amounts and months. Not below 1e-6 in size (but 0): dividing by a subnormal number overflows a
   * spreadsheet's arithmetic to #NUM! or #DIV/0! where the add-in's forms still answer.
   */
  const amount = fc.oneof(
    fc.constantFrom(0, -1, -1.5, 1, 20, 17.25, 1e6, 1e9, 20e9, 1e15),
    fc.double({ min: -1e12, max: 1e15, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-6),
    other,
  );
  /**
   * Monthly growth rates, from below −100% (refused) to +1000% a month. Not within 10% of
   * TINY_RATE, where the formula changes form: a spreadsheet compares to 15 digits, so at that
   * edge it may take the other form, each exact only on its side.
   */
  const rate = fc.oneof(
    fc.constantFrom(0, -1, -0.999999, -0.5, 1e-12, -3e-10, 0.02, 10),
    fc.double({ min: -1.5, max: 10, noNaN: true }).filter((g) => Math.abs(Math.abs(g) - 1e-9) > 1e-10),
    other,
  );
  /** The function's answer, or the error code it gives. */
  const outcome = (call: () => unknown) => {
    try {
      return call();
    } catch (error) {
      if (error instanceof FakeCustomFunctionError) return error.code;
      throw error;
    }
  };
  /** The engine's answer, or the error code it shows. */
  const shown = (value: unknown) => (value instanceof DetailedCellError ? value.value : value);
  const agree = (native: unknown, expected: unknown) => {
    if (typeof expected === "number" && typeof native === "number")
      return Math.abs(native - expected) <= 1e-7 * Math.max(1, Math.abs(expected));
    return native === expected;
  };
  /** Cells as the engine takes them: null is an empty cell, "" too. */
  const asCells = (inputs: unknown[]) =>
    inputs.map((value) => (value === "" ? null : value)) as (string | number | boolean | null)[];

  it("RUNWAY: the same number or the same error code", () => {
    const revenue = fc.constantFrom(0, null, -5, "abc", true);
    fc.assert(
      fc.property(amount, amount, rate, revenue, rate, (cash, monthlyBurn, growth, monthlyRevenue, revenueGrowth) => {
        const inputs = [cash, monthlyBurn, growth, monthlyRevenue, revenueGrowth];
        const native = shown(calculateCells(nativeRunway("A1", "A2", "A3", "A4", "A5"), asCells(inputs)));
        const expected = outcome(() => runway(...(inputs as [number, number])));
        expect([inputs, agree(native, expected) ? expected : native]).toEqual([inputs, expected]);
      }),
      PROPERTY_OPTIONS,
    );
  });

  it("BURN: the same number or the same error code", () => {
    fc.assert(
      fc.property(amount, amount, rate, (cash, months, growth) => {
        const inputs = [cash, months, growth];
        const native = shown(calculateCells(nativeBurn("A1", "A2", "A3"), asCells(inputs)));
        const expected = outcome(() => burn(...(inputs as [number, number])));
        expect([inputs, agree(native, expected) ? expected : native]).toEqual([inputs, expected]);
      }),
      PROPERTY_OPTIONS,
    );
  });

  it("AISHARE: the same share or the same error code, for any year and method", () => {
    const model = createAiShareModel(bundledCatalog.aiShare);
    const points = bundledCatalog.aiShare.map((p) => [p.year, p.share]);
    const series = { years: `$A$1:$A$${points.length}`, shares: `$B$1:$B$${points.length}` };
    const year = fc.oneof(
      fc.constantFrom(2015, 2016, 2021.5, 2025, 2026, 2100, 9999, 10000, -5),
      fc.double({ min: 1900, max: 12000, noNaN: true }),
      other,
    );
    fc.assert(
      fc.property(year, fc.constantFrom(...EXTRAPOLATION_METHODS), (at, method) => {
        const [cellValue] = asCells([at]);
        const engine = createEngine({
          Model: [
            ...points.map((p, i) => [...p, i === 0 ? cellValue : null]),
            [null, null, nativeAiShare("C1", method, model, series)],
          ],
        });
        const native = shown(engine.getCellValue({ sheet: 0, row: points.length, col: 2 }));
        const expected = outcome(() => aishare(at, method));
        expect([at, method, agree(native, expected) ? expected : native]).toEqual([at, method, expected]);
      }),
      PROPERTY_OPTIONS,
    );
  });
});
