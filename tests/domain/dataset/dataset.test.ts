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

  it("names payer and recipient among the parties of a one-way deal, and neither otherwise", () => {
    for (const deal of data.deals) {
      if (deal.direction === "one-way") {
        expect([deal.id, deal.parties.includes(deal.from!), deal.parties.includes(deal.to!)]).toEqual([deal.id, true, true]);
      } else {
        expect([deal.id, deal.from, deal.to]).toEqual([deal.id, null, null]);
      }
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

/** The article's words that state a deal's status, by status. */
const STATUS_WORDS: Record<string, RegExp> = {
  announced: /宣布/,
  agreed: /達成|協議/,
  expected: /勢必|預計/,
  completed: /投資了|完成/,
  blocked: /否決/,
  resolved: /解決/,
  ongoing: /近年來|近期/,
};

describe("what the article states and what is inferred", () => {
  it("says of every date, period and status whether the article states it, with a reason where it does not", () => {
    for (const deal of data.deals) {
      // A stated date is in the source sentence, to the precision given.
      if (deal.date !== null && deal.inferred.date === undefined) {
        const [year, month] = deal.date.split("-").map(Number);
        const spelled = month ? `${year}年${month}月` : `${year}年`;
        expect([deal.id, deal.source.includes(spelled)]).toEqual([deal.id, true]);
      }
      // A stated status has the article's word for it.
      if (deal.status !== null && deal.inferred.status === undefined)
        expect([deal.id, deal.status, STATUS_WORDS[deal.status]?.test(deal.source)]).toEqual([deal.id, deal.status, true]);
      // Nothing is inferred without something to infer.
      if (deal.inferred.date !== undefined) expect(deal.date).not.toBeNull();
      if (deal.inferred.status !== undefined) expect(deal.status).not.toBeNull();
    }
    for (const m of data.metrics) {
      // A period of the article's own: "as-stated", a span or a year it writes, or "annual" for 一年.
      if (m.inferred.period === undefined) {
        const stated =
          m.period === "as-stated" || (m.period === "annual" && m.source.includes("一年")) || m.source.includes(`${m.period}年`);
        expect([m.id, m.period, stated]).toEqual([m.id, m.period, true]);
      }
    }
  });

  it("gives every inference a reason that quotes the article's words it rests on", () => {
    const reasons = [
      ...data.deals.flatMap((d) => Object.values(d.inferred)),
      ...data.metrics.flatMap((m) => Object.values(m.inferred)),
    ];
    expect(reasons.length).toBeGreaterThan(10);
    for (const reason of reasons) expect([reason, /[\u4e00-\u9fff]/.test(reason!)]).toEqual([reason, true]);
  });

  it("keeps the status of an agreement apart from the conditions on its figures", () => {
    const warrant = data.deals.find((d) => d.id === "amd-openai-warrant")!;
    expect([warrant.status, warrant.condition]).toEqual(["agreed", "if-fully-exercised"]);
    expect(data.deals.filter((d) => d.condition !== null).every((d) => d.source.includes("若"))).toBe(true);
  });

  it("warns where the article contradicts itself: xAI's valuation against its funding", () => {
    for (const id of ["xai-valuation", "xai-funding"])
      expect(data.metrics.find((m) => m.id === id)?.caveat?.en).toMatch(/probably wrong/);
  });
});

/**
 * A hedging word right before a number in the source sentence (近10%, 約2000億, 超過200億,
 * 20余家) needs a qualifier that is not exact; an unhedged number stays exact. Words that look
 * like hedges and are not are listed with the reason.
 */
const HEDGES: [RegExp, string][] = [
  [/近$/, "nearly"],
  [/約$/, "about"],
  // 超過 may govern a whole phrase: 超過了其籌集資本的80% (more than 80% of the capital raised).
  [/(超過|逾)[^,，。、]{0,10}$/, "more-than"],
  [/至少[^,，。、]{0,10}$/, "at-least"],
  [/最多[^,，。、]{0,10}$/, "up-to"],
];
/** After the number: 20余家, 20多家 (more than), 100以上 (at least). */
const HEDGES_AFTER: [RegExp, string][] = [
  [/^(余|多)/, "more-than"],
  [/^以上/, "at-least"],
];
const NOT_HEDGES: Record<string, string> = {
  高達: "高達 (as much as) stresses a stated amount; it does not round it",
  僅為: "僅為 (only) stresses a stated share",
};

function qualifierInSentence(sentence: string, number: string): string | null {
  const at = sentence.indexOf(number);
  if (at < 0) return null;
  const before = sentence.slice(Math.max(0, at - 12), at);
  const after = sentence.slice(at + number.length);
  for (const [pattern, qualifier] of HEDGES) if (pattern.test(before)) return qualifier;
  for (const [pattern, qualifier] of HEDGES_AFTER) if (pattern.test(after.replace(/^[億萬美元%]+/, ""))) return qualifier;
  return "exact";
}

describe("qualifiers against the article", () => {
  it("matches every figure's qualifier to the hedging words beside its number", () => {
    const spelled = (value: number, unit: string): string => {
      if (unit.startsWith("USD")) return `${value / 1e8}億`;
      if (unit === "fraction") return `${Math.round(value * 1000) / 10}%`;
      return String(value);
    };
    // Figures whose words are not a hedge beside the number; each with the reason.
    const judged: Record<string, string> = {
      "ai-years-in-use": "僅僅十年 (only ten years) is rhetoric: about, though no hedge stands beside 十",
      "ai-compute-replaced-share": "四分之一 (a quarter) rounds the report's 25%",
    };
    const checked: string[] = [];
    for (const m of data.metrics) {
      if (m.id in judged) continue;
      const found = qualifierInSentence(m.source, spelled(m.value, m.unit));
      if (found === null) continue;
      checked.push(m.id);
      expect([m.id, m.qualifier]).toEqual([m.id, found]);
    }
    for (const deal of data.deals) {
      const figures = [
        deal.valueUsd !== null && `${deal.valueUsd / 1e8}億`,
        deal.stake !== null && `${Math.round(deal.stake * 1000) / 10}%`,
        deal.capacityGw !== null && `${deal.capacityGw}吉瓦`,
      ].filter((text): text is string => typeof text === "string");
      for (const figure of figures) {
        checked.push(deal.id);
        expect([deal.id, deal.qualifier]).toEqual([deal.id, qualifierInSentence(deal.source, figure)]);
      }
    }
    for (const point of data.aiShare.points) {
      checked.push(point.id);
      expect([point.id, point.qualifier]).toEqual([
        point.id,
        qualifierInSentence(point.source, `${Math.round(point.share * 100)}%`),
      ]);
    }
    expect(checked.length).toBeGreaterThan(15);
    expect(Object.keys(NOT_HEDGES).every((word) => article.includes(word))).toBe(true);
  });

  it("gives derived figures the loosest qualifier of their inputs", () => {
    expect(bundledCatalog.metric("chips-act-funding-per-year")?.qualifier).toBe("about");
    expect(bundledCatalog.metric("xai-monthly-burn")?.qualifier).toBe("exact");
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
