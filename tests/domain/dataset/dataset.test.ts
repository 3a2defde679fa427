import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { bundledCatalog, bundledDataset } from "../../../src/domain/dataset";
import { DatasetSchema, MONEY_KINDS } from "../../../src/domain/dataset/schema";
import { formatFigure, qualifiedFigure } from "../../../src/domain/tables/formatFigure";
import { unitFormatToDigits } from "../../../src/domain/layout/formats";
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
      // 千億 is 1000億 written as a scale word (千億美元級).
      if (unit.startsWith("USD")) return [`${value / 1e8}億`, ...(value === 1e11 ? ["千億"] : [])];
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

/** The article's words that state a deal's kind, by kind; 投資 alone does not say equity. */
const KIND_WORDS: Record<string, RegExp> = {
  "compute-purchase": /購買/,
  "equity-investment": /股權|入股|股份/,
  warrant: /認股權證/,
  "strategic-partnership": /戰略合作/,
  "chip-supply": /芯片的采購/,
  "government-stake": /政府.*股份/,
  "programme-investment": /攜資加入/,
  acquisition: /收購/,
  "business-cooperation": /合作|引入/,
  "regulatory-settlement": /和解/,
};

/** Every name an entity goes by: a record names it where one of them is in its sentence. */
const namesOf = (id: string) => {
  const e = data.entities.find((entity) => entity.id === id)!;
  return [e.name, e.nameZh, ...e.aliases, ...e.people].filter((name) => name.length > 1);
};
const named = (id: string, text: string) => namesOf(id).some((name) => text.includes(name));

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
    for (const event of data.events) {
      if (event.date !== null && event.inferred.date === undefined) {
        const [year, month] = event.date.split("-").map(Number);
        expect([event.id, event.source.includes(month ? `${year}年${month}月` : `${year}年`)]).toEqual([event.id, true]);
      }
      if (event.inferred.date !== undefined) expect(event.date).not.toBeNull();
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

  it("says of every deal's kind whether the article states it, with a reason where it does not", () => {
    for (const deal of data.deals)
      if (deal.inferred.kind === undefined)
        expect([deal.id, deal.kind, KIND_WORDS[deal.kind].test(deal.source)]).toEqual([deal.id, deal.kind, true]);
  });

  it("names every party and event entity in the record's sentence, or says why it is read from context", () => {
    for (const event of data.events)
      if (event.inferred.entities === undefined)
        expect([event.id, event.entities.filter((id) => !named(id, event.source))]).toEqual([event.id, []]);
    for (const deal of data.deals) expect([deal.id, deal.parties.filter((id) => !named(id, deal.source))]).toEqual([deal.id, []]);
    for (const m of data.metrics)
      if (m.inferred.entity === undefined && !m.id.startsWith("ai-companies"))
        expect([m.id, named(m.entity, m.source) || m.source.includes("15個主要國家")]).toEqual([m.id, true]);
  });

  it("places every entity in its country in the article's words (a paragraph naming both), or says why", () => {
    const paragraphs = article.split("\n");
    const COUNTRY_WORDS: Record<string, RegExp> = { US: /美國|硅谷|白宮/, CN: /中國|中華|我國/, JP: /日本/ };
    for (const entity of data.entities) {
      if (entity.country === null || entity.inferred.country !== undefined) continue;
      const placed = paragraphs.some((p) => named(entity.id, p) && COUNTRY_WORDS[entity.country!].test(p));
      expect([entity.id, entity.country, placed]).toEqual([entity.id, entity.country, true]);
    }
  });

  it("gives every inference a reason that quotes the article's words it rests on", () => {
    const reasons = [
      ...data.deals.flatMap((d) => Object.values(d.inferred)),
      ...data.metrics.flatMap((m) => Object.values(m.inferred)),
      ...data.events.flatMap((e) => Object.values(e.inferred)),
      ...data.entities.flatMap((e) => Object.values(e.inferred)),
      ...Object.values(data.inferred),
    ];
    expect(reasons.length).toBeGreaterThan(10);
    for (const reason of reasons) expect([reason, /[\u4e00-\u9fff]/.test(reason!)]).toEqual([reason, true]);
  });

  it("makes a flow of money only: a one-way deal is of a kind in which money moves, and no other kind is one-way", () => {
    for (const deal of data.deals)
      expect([deal.id, deal.kind, deal.direction === "one-way"]).toEqual([deal.id, deal.kind, MONEY_KINDS.includes(deal.kind)]);
    // The article's 互有合作 is what both-ways means.
    for (const deal of data.deals.filter((d) => d.direction === "both-ways")) expect(deal.source).toContain("互有合作");
  });

  it("holds the AMD warrant as a stake granted, no money flowing either way", () => {
    const warrant = data.deals.find((d) => d.id === "amd-openai-warrant")!;
    expect([warrant.direction, warrant.from, warrant.to, warrant.stake]).toEqual(["not-stated", null, null, 0.1]);
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
      "ono-cooperation-scale": "千億美元級 (on the hundred-billion-dollar scale) names an order of magnitude: at least",
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

describe("derived figures are at best as precise as their inputs' stated digits", () => {
  // Each derived figure: the digits its inputs support, its qualifier, and how the pane and the
  // table's number format show it.
  it.each([
    ["xai-monthly-burn", 2, "exact", "US$1B a month", '$#,##0.0,,,"B/mo"'],
    ["openai-revenue-2024", 2, "about", "about US$3.7B", '"≈"$#,##0.0,,,"B"'],
    ["openai-monthly-loss-2025h1", 3, "exact", "US$2.25B a month", '$#,##0.00,,,"B/mo"'],
    ["openai-loss-to-revenue-2025h1", 2, "about", "about 3.1×", '"≈"0.0"×"'],
    ["openai-labour-and-rnd-cost", 3, "exact", "US$12.7B a year", '$#,##0.0,,,"B/yr"'],
    ["openai-compute-cost-excess", 2, "exact", "US$3.3B a year", '$#,##0.0,,,"B/yr"'],
    ["openai-compute-share-of-cost", 3, "about", "about 55.7%", '"≈"0.0%'],
    ["chips-act-funding-per-year", 2, "about", "about US$20B a year", '"≈"$#,##0,,,"B/yr"'],
    ["china-compute-idle-share", 2, "exact", "85%", "0%"],
  ] as const)("%s: %d digits, %s, shown as %p", (id, digits, qualifier, shown, format) => {
    const m = bundledCatalog.metric(id)!;
    expect(m.basis === "derived" && m.significantDigits).toBe(digits);
    expect(m.qualifier).toBe(qualifier);
    expect(qualifiedFigure(m.value, m.unit, m.qualifier, "en", digits)).toBe(shown);
    expect([unitFormatToDigits(m.unit, m.value, digits)].map((f) => (qualifier === "exact" ? f : `"≈"${f}`))[0]).toBe(format);
  });

  it("covers every derived figure", () => {
    const derived = bundledCatalog.metrics.filter((m) => m.basis === "derived");
    expect(derived.every((m) => m.basis === "derived" && m.significantDigits !== null)).toBe(true);
    expect(derived.length).toBe(9);
  });

  it("puts 43億 / (1 + 16%) where its inputs allow: between about 36.5億 and 37.7億, shown as 37億", () => {
    const revenue = bundledCatalog.metric("openai-revenue-2024")!;
    const [low, high] = [42.5e8 / 1.165, 43.5e8 / 1.155];
    expect(revenue.value).toBeGreaterThan(low);
    expect(revenue.value).toBeLessThan(high);
    expect(qualifiedFigure(revenue.value, "USD", revenue.qualifier, "zh-TW", 2)).toBe("約37億美元");
    expect(formatFigure(revenue.value, "USD", "en")).toBe("US$3.71B");
  });

  it("labels every derived figure as implied, in both languages", () => {
    for (const m of data.derivedMetrics) {
      expect([m.id, m.label]).toEqual([m.id, expect.stringMatching(/\(implied\)$/)]);
      expect([m.id, m.labelZh]).toEqual([m.id, expect.stringMatching(/（推算）$/)]);
    }
  });
});

/**
 * A translation says what its sentence says: no currency, unit, year or month in the English
 * that the Chinese lacks, or the other way round. Each marker is counted on both sides.
 */
const MARKERS: { name: string; en: RegExp; zh: RegExp }[] = [
  { name: "currency", en: /US\$|dollars?/gi, zh: /美元/g },
  { name: "gigawatts", en: /\bGW\b|gigawatts?/g, zh: /吉瓦/g },
  { name: "percent", en: /%/g, zh: /%/g },
  { name: "a quarter", en: /\ba quarter\b/g, zh: /四分之一/g },
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** Records whose translation rightly differs on a marker, each with the reason. */
const TRANSLATION_EXCEPTIONS: Record<string, string> = {};

describe("translations", () => {
  const records = [...data.deals, ...data.metrics, ...data.aiShare.points, ...data.events].filter(
    (r) => !(r.id in TRANSLATION_EXCEPTIONS),
  );

  it.each(MARKERS)("names $name as often as the Chinese sentence does", ({ en, zh }) => {
    for (const r of records)
      expect([r.id, (r.sourceEn.match(en) ?? []).length]).toEqual([r.id, (r.source.match(zh) ?? []).length]);
  });

  it("gives the same years and months as the Chinese sentence", () => {
    const years = (text: string) => [...text.matchAll(/(?<![\d.])((?:19|20)\d\d)(?![\d億萬]|\.\d)/g)].map((m) => m[1]).sort();
    for (const r of records) {
      expect([r.id, years(r.sourceEn)]).toEqual([r.id, years(r.source)]);
      const enMonths = MONTHS.flatMap((name, i) => (r.sourceEn.includes(name) ? [i + 1] : []));
      const zhMonths = [...r.source.matchAll(/(?<!\d)(\d{1,2})月/g)].map((m) => Number(m[1]));
      expect([r.id, enMonths]).toEqual([r.id, [...new Set(zhMonths)].sort((a, b) => a - b)]);
    }
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
