import { createAiShareModel, EXTRAPOLATION_METHODS } from "../../../src/domain/model/aiShare";
import { bundledCatalog } from "../../../src/domain/dataset";

import { isDomainError } from "../../../src/domain/model/outcome";

const model = createAiShareModel(bundledCatalog.aiShare);
const share = (year: number, method = "logistic" as const) => {
  const result = model.shareAt(year, method);
  if (isDomainError(result)) throw new Error(result.message);
  return result;
};

describe("AI-share model", () => {
  it.each([
    [2016, 0.09],
    [2021, 0.12],
    [2022, 0.18],
    [2025, 0.25],
  ])("is exact at the article's year %d", (year, expected) => {
    for (const method of EXTRAPOLATION_METHODS) expect(model.shareAt(year, method)).toBe(expected);
  });

  it.each([
    [2018.5, 0.09 + (0.03 * 2.5) / 5],
    [2021.5, 0.15],
    [2023.5, 0.18 + (0.07 * 1.5) / 3],
  ])("interpolates linearly at %d", (year, expected) => {
    expect(share(year)).toBeCloseTo(expected, 12);
  });

  it("is not available before the series starts", () => {
    expect(model.shareAt(2015.99, "logistic")).toEqual({
      code: "notAvailable",
      message: expect.stringMatching(/before the series starts in 2016/),
    });
  });

  it("holds the last share", () => {
    expect(model.shareAt(2040, "hold")).toBe(0.25);
  });

  it("continues the last slope linearly, capped at 1", () => {
    expect(share(2028, "linear" as never)).toBeCloseTo(0.25 + 0.07, 12);
    expect(share(2100, "linear" as never)).toBe(1);
  });

  it("fits the logistic steepness by least squares on logit(share)", () => {
    const points = bundledCatalog.aiShare;
    const logit = points.map((p) => Math.log(p.share / (1 - p.share)));
    const meanYear = points.reduce((s, p) => s + p.year, 0) / points.length;
    const meanLogit = logit.reduce((s, l) => s + l, 0) / points.length;
    const slope =
      points.reduce((s, p, i) => s + (p.year - meanYear) * (logit[i] - meanLogit), 0) /
      points.reduce((s, p) => s + (p.year - meanYear) ** 2, 0);
    expect(model.logisticSteepness).toBeCloseTo(slope, 12);
    expect(share(2030)).toBeCloseTo(1 / (1 + Math.exp(-(Math.log(0.25 / 0.75) + 5 * slope))), 12);
  });

  it("never decreases and stays within [0, 1] for every method", () => {
    for (const method of EXTRAPOLATION_METHODS) {
      let previous = 0;
      for (let year = 2016; year <= 2400; year += 0.25) {
        const value = share(year, method as never);
        expect(value).toBeGreaterThanOrEqual(previous);
        expect(value).toBeLessThanOrEqual(1);
        previous = value;
      }
    }
  });

  it("tells observed years from extrapolated ones", () => {
    expect([model.isObserved(2016), model.isObserved(2025), model.isObserved(2025.01), model.isObserved(2015)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
