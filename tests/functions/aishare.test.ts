import { aishare, aishares } from "../../src/functions/functions";
import { expectExcelError } from "./excelError";

describe("COMPUTE.AISHARE", () => {
  it.each([
    [[2016], 0.09],
    [[2021], 0.12],
    [[2022], 0.18],
    [[2025], 0.25],
    [[2023.5], 0.215],
    [["2021"], 0.12],
    [[2030, "hold"], 0.25],
    [[2030, "HOLD"], 0.25],
    [[2030, null], aishare(2030, "logistic")],
    [[2030, ""], aishare(2030, "logistic")],
    [[2028, "linear"], 0.32],
  ])("AISHARE(%j) is %d", (args, expected) => {
    expect(aishare(...(args as [number]))).toBeCloseTo(expected, 12);
  });

  it("defaults to the logistic extrapolation, which lies between hold and 1", () => {
    const value = aishare(2030);
    expect(value).toBeGreaterThan(0.25);
    expect(value).toBeLessThan(1);
  });

  it.each([
    [[2015], "#N/A", /^year 2015 is before the series starts in 2016$/],
    [["next year"], "#VALUE!", /^year must be a number at most 9999; got the text "next year"$/],
    [[null], "#VALUE!", /^year must be a number at most 9999; got nothing$/],
    [[2030, "cubic"], "#VALUE!", /^method must be one of "logistic", "linear", "hold"; got the text "cubic"$/],
    [[2030, 1], "#VALUE!", /^method must be one of .*; got 1$/],
    [[1e308], "#VALUE!", /^year must be a number at most 9999; got 1e\+308$/],
  ])("AISHARE(%j) is %s", (args, code, message) => {
    expectExcelError(() => aishare(...(args as [number])), code as "#N/A", message);
  });
});

describe("COMPUTE.AISHARES", () => {
  it("spills the article's years by default, with a header row", () => {
    const rows = aishares();
    expect(rows[0]).toEqual(["year", "ai_share"]);
    expect(rows.length).toBe(1 + 10);
    expect(rows[1]).toEqual([2016, 0.09]);
    expect(rows[10]).toEqual([2025, 0.25]);
  });

  it("agrees with AISHARE row by row, without headers when asked", () => {
    const rows = aishares(2020, 2035, "linear", 0);
    expect(rows.length).toBe(16);
    for (const [year, share] of rows) expect(share).toBe(aishare(year, "linear"));
  });

  it("accepts TRUE and FALSE for headers", () => {
    expect(aishares(2016, 2016, null, false)).toEqual([[2016, 0.09]]);
    expect(aishares(2016, 2016, null, true)).toEqual([
      ["year", "ai_share"],
      [2016, 0.09],
    ]);
  });

  it.each([
    [[2014, 2020], "#N/A", /^year 2014 is before the series starts/],
    [[2020, 2019], "#VALUE!", /^to_year \(2019\) must not be before from_year \(2020\)$/],
    [[2020.5, 2021], "#VALUE!", /^from_year must be a whole number at most 9999; got 2020.5$/],
    [[2016, 3016], "#VALUE!", /^to_year must be less than 1000 years after from_year$/],
    [[1e308, 1e308], "#VALUE!", /^from_year must be a whole number at most 9999; got 1e\+308$/],
    [[2016, 2020, "hold", 2], "#VALUE!", /^headers must be 0 \(no\) or 1 \(yes\); got 2$/],
  ])("AISHARES(%j) is %s", (args, code, message) => {
    expectExcelError(() => aishares(...(args as [number])), code as "#N/A", message);
  });
});
