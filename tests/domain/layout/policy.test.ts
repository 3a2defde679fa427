/** Decisions the layout makes once, for both adapters: names on a clash, and validation rules. */
import { freshName } from "../../../src/domain/layout/names";
import { validationFor } from "../../../src/domain/layout/plan";
import { BOUNDS, boundsInWords, boundsProblem } from "../../../src/domain/model/bounds";

describe("freshName", () => {
  const taken = new Set(["deals", "deals (2)", "deals_2"]);
  it("keeps a free name, and numbers a taken one as a sheet or as a table", () => {
    expect(freshName("sheet", "About", taken)).toBe("About");
    expect(freshName("sheet", "Deals", taken)).toBe("Deals (3)");
    expect(freshName("table", "Deals", taken)).toBe("Deals_3");
    expect(freshName("table", "DEALS", new Set(["deals"]))).toBe("DEALS_2");
  });
});

describe("model bounds", () => {
  it.each([
    [BOUNDS.cash, { operator: "greaterThanOrEqualTo", bound: 0 }, "decimal"],
    [BOUNDS.monthlyBurn, { operator: "greaterThan", bound: 0 }, "decimal"],
    [BOUNDS.growth, { operator: "greaterThan", bound: -1 }, "decimal"],
    [BOUNDS.startYear, { operator: "between", min: 1900, max: 9999 }, "whole"],
  ])("become the sheet's validation rule %#", (bounds, rule, numberKind) => {
    expect(validationFor(bounds)).toEqual({ rule, numberKind });
  });

  it("say in words, and as a typed problem, what a value must be", () => {
    expect(boundsInWords(BOUNDS.startYear)).toBe("a whole number at least 1900 at most 9999");
    expect(boundsInWords(BOUNDS.cash)).toBe("a number zero or more");
    expect(boundsProblem(-1, BOUNDS.cash)).toBe("too-small");
    expect(boundsProblem(0, BOUNDS.monthlyBurn)).toBe("too-small");
    expect(boundsProblem(10000, BOUNDS.startYear)).toBe("too-large");
    expect(boundsProblem(2025.5, BOUNDS.startYear)).toBe("not-whole");
    expect(boundsProblem(NaN, BOUNDS.cash)).toBe("not-a-number");
    expect(boundsProblem(Infinity, BOUNDS.cash)).toBe("not-a-number");
    expect(boundsProblem(2025, BOUNDS.startYear)).toBeNull();
  });
});
