import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { bundledCatalog, bundledDataset } from "../../../src/domain/dataset";
import { DatasetSchema } from "../../../src/domain/dataset/schema";
import { referencedIds } from "../../../src/domain/dataset/expression";

const article = readFileSync(join(__dirname, "../../../src/domain/dataset/source-article.txt"), "utf8");
const data = bundledDataset;

describe("bundled dataset", () => {
  it("matches the schema", () => {
    const result = v.safeParse(DatasetSchema, data);
    expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
  });

  it("has unique ids across every collection", () => {
    const ids = [
      ...data.entities.map((e) => e.id),
      ...data.deals.map((d) => d.id),
      ...data.metrics.map((m) => m.id),
      ...data.derivedMetrics.map((m) => m.id),
      ...data.aiShare.points.map((p) => p.id),
      ...data.events.map((e) => e.id),
    ];
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it("resolves every entity reference", () => {
    const entityIds = new Set(data.entities.map((e) => e.id));
    const references = [
      ...data.deals.flatMap((d) => [...d.parties, d.from, d.to].filter((id): id is string => id !== null)),
      ...data.metrics.map((m) => m.entity),
      ...data.derivedMetrics.map((m) => m.entity),
      ...data.events.flatMap((e) => e.entities),
      ...data.aiShare.publishers,
    ];
    expect(references.filter((id) => !entityIds.has(id))).toEqual([]);
  });

  it("names payer and recipient among the parties of each deal", () => {
    for (const deal of data.deals) {
      if (deal.from) expect(deal.parties).toContain(deal.from);
      if (deal.to) expect(deal.parties).toContain(deal.to);
      expect(deal.from === null).toBe(deal.to === null);
    }
  });

  it("quotes every source sentence verbatim from the article", () => {
    const sources = [
      ...data.deals.map((d) => [d.id, d.source] as const),
      ...data.metrics.map((m) => [m.id, m.source] as const),
      ...data.aiShare.points.map((p) => [p.id, p.source] as const),
      ...data.events.map((e) => [e.id, e.source] as const),
    ];
    const missing = sources.filter(([, source]) => !article.includes(source)).map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it("finds each stated number in its own source sentence", () => {
    // The article writes money in 億 (1e8) of US dollars and shares as percentages.
    const spelled = (value: number, unit: string): string[] => {
      if (unit.startsWith("USD")) return [`${value / 1e8}億`];
      if (unit === "fraction") return [`${Math.round(value * 1000) / 10}%`, "四分之一"];
      if (unit === "years" && value === 10) return ["10年", "十年"];
      return [String(value)];
    };
    for (const m of data.metrics) {
      expect([m.id, spelled(m.value, m.unit).some((text) => m.source.includes(text))]).toEqual([m.id, true]);
    }
    for (const deal of data.deals) {
      if (deal.valueUsd !== null) expect(deal.source).toContain(`${deal.valueUsd / 1e8}億美元`);
      if (deal.capacityGw !== null) expect(deal.source).toContain(`${deal.capacityGw}吉瓦`);
      if (deal.stake !== null) expect(deal.source).toContain(`${Math.round(deal.stake * 1000) / 10}%`);
      if (deal.sharePriceUsd !== null) expect(deal.source).toContain(`${deal.sharePriceUsd}美元`);
    }
    for (const point of data.aiShare.points) {
      expect(point.source).toContain(`${point.year}年`);
      expect(point.source).toContain(`${Math.round(point.share * 100)}%`);
    }
  });

  it("keeps derived values apart from stated ones, each formula reading stated or earlier derived metrics", () => {
    const stated = new Set(data.metrics.map((m) => m.id));
    const known = new Set(stated);
    for (const derived of data.derivedMetrics) {
      expect(stated.has(derived.id)).toBe(false);
      expect("value" in derived).toBe(false);
      const inputs = referencedIds(derived.formula);
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.filter((id) => !known.has(id))).toEqual([]);
      known.add(derived.id);
    }
  });

  it("gives every metric a unit, and every deal figure a unit by its column", () => {
    for (const m of bundledCatalog.metrics) expect(m.unit).toMatch(/\S/);
  });

  it("orders the AI-share series by year with at most one point per year", () => {
    const years = data.aiShare.points.map((p) => p.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  });

  it("records the article's metadata", () => {
    expect(data.article.author).toBe("賽格特約作者 江東瑜");
    expect(article.startsWith(data.article.author)).toBe(true);
    expect(data.changelog[0].version).toBe(data.version);
  });
});

describe("derived metrics", () => {
  it.each([
    ["xai-monthly-burn", 1_000_000_000],
    ["openai-revenue-2024", 4_300_000_000 / 1.16],
    ["openai-monthly-loss-2025h1", 2_250_000_000],
    ["openai-labour-and-rnd-cost", 12_700_000_000],
    ["openai-compute-cost-excess", 3_300_000_000],
    ["openai-compute-share-of-cost", 16 / 28.7],
    ["chips-act-funding-per-year", 20_000_000_000],
    ["china-compute-idle-share", 0.85],
  ])("%s evaluates its formula to %d", (id, expected) => {
    const m = bundledCatalog.metric(id);
    expect(m?.basis).toBe("derived");
    expect(m?.value).toBeCloseTo(expected, 6);
  });

  it("carries the source sentences of its inputs", () => {
    const burn = bundledCatalog.metric("xai-monthly-burn");
    expect(burn?.source).toBe(bundledCatalog.metric("xai-funding")?.source);
  });
});
