import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { evaluateFormula } from "../../../src/domain/dataset/expression";

describe("catalog look-ups", () => {
  it.each(["nvidia", "NVIDIA", "Nvidia", "英偉達", "英伟达", " nvda ", "ＮＶＩＤＩＡ"])("finds Nvidia by %p", (name) => {
    expect(catalog.entity(name)?.id).toBe("nvidia");
  });

  it("returns undefined for an unknown name", () => {
    expect(catalog.entity("Nvidiaa")).toBeUndefined();
  });

  it("finds deals by id, case-insensitively", () => {
    expect(catalog.deal("OpenAI-Oracle-Compute")?.valueUsd).toBe(300_000_000_000);
    expect(catalog.deal("nope")).toBeUndefined();
  });

  it("lists the deals a party takes part in", () => {
    expect(catalog.dealsOf("intel").map((d) => d.id)).toEqual([
      "nvidia-intel-partnership",
      "us-government-intel-stake",
      "softbank-intel-investment",
    ]);
    expect(catalog.dealsOf("apple")).toEqual([]);
  });

  it("lists every period of an entity's metric", () => {
    expect(catalog.metricPeriods("openai", "revenue").map((m) => m.period)).toEqual(["2025-H1", "2024"]);
  });

  it("resolves any sourced id", () => {
    expect(catalog.sourced("ai-share-2022")?.type).toBe("ai-share");
    expect(catalog.sourced("xai-monthly-burn")?.type).toBe("metric");
    expect(catalog.sourced("backpropagation")?.type).toBe("event");
  });

  it("suggests the closest ids for a typo", () => {
    expect(catalog.closestIds("openai-oracle", "deal")[0]).toBe("openai-oracle-compute");
    expect(catalog.closestIds("xai-fundng", "metric")[0]).toBe("xai-funding");
  });

  it("resolves every deal's parties to their English names, in order", () => {
    expect(catalog.deal("nvidia-intel-partnership")?.partyNames).toEqual(["Nvidia", "Intel"]);
    for (const deal of catalog.deals) expect(deal.partyNames).toEqual(deal.parties.map(catalog.nameOf));
  });

  it("names the entity of every figure, stated and derived", () => {
    expect(catalog.metric("xai-runway")?.entityName).toBe("xAI");
    for (const metric of catalog.metrics) expect(metric.entityName).toBe(catalog.nameOf(metric.entity));
  });

  it("keeps the dataset's fields on its records", () => {
    const source = catalog.dataset.deals.find((d) => d.id === "openai-oracle-compute");
    expect(catalog.deal("openai-oracle-compute")).toEqual({ ...source, partyNames: ["OpenAI", "Oracle"] });
    expect(catalog.metric("xai-funding")).toMatchObject({
      ...catalog.dataset.metrics.find((m) => m.id === "xai-funding"),
      basis: "stated",
    });
  });

  it("sorts the AI-share series by year", () => {
    expect(catalog.aiShare.map((p) => p.year)).toEqual([2016, 2021, 2022, 2025]);
  });
});

describe("evaluateFormula", () => {
  const values: Record<string, number> = { a: 6, b: 3 };
  const resolve = (id: string) => values[id];
  it.each([
    ["{a} / {b}", 2],
    ["{a} - ({a} + {b})", -3],
    ["1 - {b} * 2", -5],
    ["-{a} + 10", 4],
    ["({a} + {b}) / 3", 3],
  ])("%s = %d", (formula, expected) => {
    expect(evaluateFormula(formula, resolve)).toBe(expected);
  });

  it.each(["{a} +", "({a}", "{a} {b}", "{a} % 2"])("rejects %p", (formula) => {
    expect(() => evaluateFormula(formula, resolve)).toThrow(/formula/i);
  });
});
