import {
  burnForRunway,
  cumulativeNetBurn,
  MAX_RUNWAY_MONTHS,
  runwayMonths,
  type RunwayInputs,
} from "../../../src/domain/model/runway";

import { isDomainError } from "../../../src/domain/model/outcome";

const inputs = (overrides: Partial<RunwayInputs>): RunwayInputs => ({
  cash: 20e9,
  monthlyBurn: 1e9,
  burnGrowth: 0,
  monthlyRevenue: 0,
  revenueGrowth: 0,
  ...overrides,
});

/** Month-by-month sum, the definition the smooth formula must agree with at whole months. */
function bruteForceSum(i: RunwayInputs, months: number): number {
  let total = 0;
  for (let k = 0; k < months; k++)
    total += i.monthlyBurn * (1 + i.burnGrowth) ** k - i.monthlyRevenue * (1 + i.revenueGrowth) ** k;
  return total;
}

const runwayOf = (i: RunwayInputs) => runwayMonths(i.cash, i.monthlyBurn, i.burnGrowth, i.monthlyRevenue, i.revenueGrowth);

const months = (i: RunwayInputs) => {
  const result = runwayOf(i);
  if (isDomainError(result)) throw new Error(result.message);
  return result;
};

describe("cumulativeNetBurn", () => {
  it.each([
    [{}, 12],
    [{ burnGrowth: 0.05 }, 24],
    [{ burnGrowth: -0.03 }, 36],
    [{ burnGrowth: 0.02, monthlyRevenue: 3e8, revenueGrowth: 0.08 }, 48],
  ])("equals the month-by-month sum at whole months (%o, %d months)", (overrides, n) => {
    const i = inputs(overrides);
    expect(cumulativeNetBurn(i, n) / bruteForceSum(i, n)).toBeCloseTo(1, 12);
  });
});

describe("runwayMonths", () => {
  it("is cash ÷ burn without growth or revenue: xAI's US$20B at US$1B a month lasts 20 months", () => {
    expect(months(inputs({}))).toBe(20);
  });

  it("is zero with no cash", () => {
    expect(months(inputs({ cash: 0 }))).toBe(0);
  });

  it.each([
    [{ burnGrowth: 0.05 }],
    [{ burnGrowth: -0.02 }],
    [{ burnGrowth: 1e-12 }],
    [{ monthlyRevenue: 2e8 }],
    [{ burnGrowth: 0.03, monthlyRevenue: 2e8, revenueGrowth: 0.03 }],
    [{ cash: 5e9, burnGrowth: 0.01, monthlyRevenue: 4e8, revenueGrowth: 0.05 }],
    [{ burnGrowth: 0.06, monthlyRevenue: 1.2e9, revenueGrowth: 0.01 }],
  ])("spends exactly the cash by the runway (%o)", (overrides) => {
    const i = inputs(overrides);
    const t = months(i);
    expect(cumulativeNetBurn(i, t) / i.cash).toBeCloseTo(1, 9);
    // …and not before: the burn curve reaches the cash for the first time there.
    for (let k = 0; k < Math.floor(t); k++) expect(cumulativeNetBurn(i, k)).toBeLessThan(i.cash);
  });

  it("finds the first crossing where revenue growth later overtakes the burn", () => {
    // Burn 1B flat, revenue 0.5B growing 10%/month: the cumulative net burn is 2.142B after
    // 6 months and 2.256B after 7, peaks near 8 months at 2.28B, then falls.
    const i = inputs({ cash: 2.2e9, monthlyRevenue: 5e8, revenueGrowth: 0.1 });
    const t = months(i);
    expect(t).toBeGreaterThan(6);
    expect(t).toBeLessThan(7);
    expect(cumulativeNetBurn(i, t) / 2.2e9).toBeCloseTo(1, 9);
  });

  it("finds the crossing after an early surplus, once a faster-growing burn overtakes revenue", () => {
    // Revenue 1.5B flat beats a 1B burn growing 5% a month until month 8; the surplus is
    // spent again later, then the cash.
    const i = inputs({ cash: 5e9, burnGrowth: 0.05, monthlyRevenue: 1.5e9 });
    const t = months(i);
    expect(cumulativeNetBurn(i, t) / 5e9).toBeCloseTo(1, 9);
    expect(cumulativeNetBurn(i, 8)).toBeLessThan(0);
    expect(t).toBeGreaterThan(16);
  });

  it("is never, when revenue outgrows the burn before the cash is used", () => {
    const result = runwayOf(inputs({ cash: 2.3e9, monthlyRevenue: 5e8, revenueGrowth: 0.1 }));
    expect(result).toEqual({
      code: "notAvailable",
      message: expect.stringMatching(/never runs out within 1200 months/),
    });
  });

  it("is never, when a shrinking burn can spend at most B/(−g) in total", () => {
    // 1B a month shrinking 10% a month spends at most 10B.
    expect(isDomainError(runwayOf(inputs({ cash: 10.5e9, burnGrowth: -0.1 })))).toBe(true);
    expect(months(inputs({ cash: 9e9, burnGrowth: -0.1 }))).toBeCloseTo(Math.log(0.1) / Math.log(0.9), 12);
  });

  it("is never, when revenue meets the burn and both grow alike", () => {
    expect(isDomainError(runwayOf(inputs({ monthlyRevenue: 1e9 })))).toBe(true);
  });

  it("is never, past the horizon", () => {
    expect(months(inputs({ cash: MAX_RUNWAY_MONTHS * 1e9 }))).toBe(MAX_RUNWAY_MONTHS);
    expect(isDomainError(runwayOf(inputs({ cash: (MAX_RUNWAY_MONTHS + 1) * 1e9 })))).toBe(true);
  });
});

describe("burnForRunway", () => {
  it.each([
    [20e9, 20, 0, 1e9],
    [12, 12, 0, 1],
  ])("spends %d in %d months at growth %d: %d a month", (cash, n, g, expected) => {
    expect(burnForRunway(cash, n, g)).toBeCloseTo(expected, 6);
  });

  it.each([0.02, -0.05, 0.3])("is the inverse of runway at growth %d", (g) => {
    const burn = burnForRunway(20e9, 18.5, g);
    expect(months(inputs({ monthlyBurn: burn, burnGrowth: g }))).toBeCloseTo(18.5, 9);
  });
});
