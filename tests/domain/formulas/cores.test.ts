/**
 * The cores are what both the custom functions and the portable workbook compute with: a bad
 * argument, an unknown id or a non-finite result is an error value, never a throw.
 */
import fc from "fast-check";
import { bundledCatalog } from "../../../src/domain/dataset";
import { FUNCTION_IDS } from "../../../src/domain/formulas/build";
import { computeCores } from "../../../src/domain/formulas/cores";
import { DomainError } from "../../../src/domain/model/outcome";

const cores = computeCores(bundledCatalog);

describe("compute cores", () => {
  it("compute the article's figures", () => {
    expect(cores.RUNWAY([20e9, 1e9])).toBe(20);
    expect(cores.BURN([20e9, 20, null])).toBe(1e9);
    expect(cores.AISHARE([2021])).toBe(0.12);
    expect(cores.DEAL(["openai-oracle-compute"])).toBe(300e9);
  });

  it("name the argument in a #VALUE! error, and say #N/A where there is no answer", () => {
    expect(cores.RUNWAY([-1, 1e9])).toEqual(new DomainError("invalidArgument", "cash must be a number zero or more; got -1"));
    expect(cores.DEAL(["no-such-deal"])).toMatchObject({ code: "notAvailable" });
  });

  it("never throw, and never return NaN or Infinity, whatever they are given", () => {
    const anyCell = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(""));
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTION_IDS), fc.array(anyCell, { maxLength: 5 }), (id, args) => {
        const result = cores[id](args);
        const cells = result instanceof DomainError ? [] : Array.isArray(result) ? result.flat() : [result];
        for (const cell of cells) if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
