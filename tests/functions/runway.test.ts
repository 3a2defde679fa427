import { burn, runway } from "../../src/functions/functions";
import { expectExcelError } from "./excelError";

describe("COMPUTE.RUNWAY", () => {
  it("is 20 months for xAI's US$20B at the implied US$1B a month", () => {
    expect(runway(20e9, 1e9)).toBe(20);
  });

  it.each([
    ["omitted", [20e9, 1e9]],
    ["null", [20e9, 1e9, null, null, null]],
    ["empty cells", [20e9, 1e9, "", "", ""]],
    ["zeros", [20e9, 1e9, 0, 0, 0]],
  ])("treats optional arguments given as %s as their defaults", (_how, args) => {
    expect(runway(...(args as [number, number]))).toBe(20);
  });

  it.each([
    [[12, 1, 0.05], Math.log(1 + (12 * 0.05) / 1) / Math.log(1.05)],
    [[12, 1, 0, 0.5], 24],
    [[12, 2, 0.03, 1, 0.03], Math.log(1 + (12 * 0.03) / 1) / Math.log(1.03)],
    [["12", "1"], 12],
    [[[[12]], [[1]]], 12],
    [[-0, 1], 0],
  ])("RUNWAY(%j) is %d", (args, expected) => {
    expect(runway(...(args as [number, number]))).toBeCloseTo(expected, 9);
  });

  it.each([
    [["abc", 1], /^cash must be a number zero or more; got the text "abc"$/],
    [[-1, 1], /^cash must be a number zero or more; got -1$/],
    [[null, 1], /^cash must be .*; got nothing$/],
    [[1, 0], /^monthly_burn must be a number greater than 0; got 0$/],
    [[1, true], /^monthly_burn must be .*; got TRUE$/],
    [[1, NaN], /^monthly_burn must be .*; got NaN$/],
    [[1, Infinity], /^monthly_burn must be .*; got Infinity$/],
    [[1, 1, -1], /^burn_growth must be a number greater than -1; got -1$/],
    [[1, 1, 0, -5], /^monthly_revenue must be a number zero or more; got -5$/],
    [[1, 1, 0, 0, "fast"], /^revenue_growth must be .*; got the text "fast"$/],
    [[[[1, 2]], 1], /^cash must be .*; got a 1×2 range$/],
  ])("RUNWAY(%j) is #VALUE! naming the argument", (args, message) => {
    expectExcelError(() => runway(...(args as [number, number])), "#VALUE!", message);
  });

  it("is #N/A when the cash lasts beyond 1,200 months", () => {
    expectExcelError(() => runway(1e12, 1), "#N/A", /never runs out within 1200 months/);
    expectExcelError(() => runway(100, 1, 0, 2), "#N/A", /never runs out/);
  });

  it("answers for extreme magnitudes without NaN or Infinity", () => {
    expect(runway(1e-300, 1e300)).toBe(0);
    expectExcelError(() => runway(1e308, 1e-308), "#N/A", /never runs out/);
    // Burn growing 1e300-fold a month spends US$1e15 in about a month, though cash·g/burn overflows.
    expect(runway(1e15, 1, 1e300)).toBeCloseTo((Math.log(1e15) + Math.log(1e300)) / Math.log(1e300), 12);
  });
});

describe("COMPUTE.BURN", () => {
  it.each([
    [[20e9, 20], 1e9],
    [[20e9, 20, null], 1e9],
    [[120, 12, 0.1], (120 * 0.1) / (1.1 ** 12 - 1)],
    [[0, 5], 0],
  ])("BURN(%j) is %d", (args, expected) => {
    expect(burn(...(args as [number, number]))).toBeCloseTo(expected, 6);
  });

  it("inverts RUNWAY", () => {
    expect(runway(20e9, burn(20e9, 17.25, 0.04), 0.04)).toBeCloseTo(17.25, 9);
  });

  it.each([
    [[20e9, 0], /^months must be a number greater than 0; got 0$/],
    [[-1, 10], /^cash must be a number zero or more; got -1$/],
    [[1, 10, -2], /^burn_growth must be a number greater than -1; got -2$/],
    [[1, "ten"], /^months must be .*; got the text "ten"$/],
  ])("BURN(%j) is #VALUE! naming the argument", (args, message) => {
    expectExcelError(() => burn(...(args as [number, number])), "#VALUE!", message);
  });

  it("is #VALUE! rather than Infinity when the answer overflows", () => {
    expectExcelError(() => burn(1e308, 1e-308), "#VALUE!", /^burn is too large to show/);
  });
});
