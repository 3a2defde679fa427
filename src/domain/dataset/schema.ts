/**
 * The dataset's schema. It is used by tests (and by tools that load other
 * datasets); the shipped add-in imports only the inferred types, so the
 * validator never enters the functions bundle.
 */
import * as v from "valibot";

const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case"));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** ISO 8601 calendar date cut to the precision the article allows: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/));

/**
 * How the article qualifies a number: exact, or 約 (about), 近 (nearly), 超過/逾/多/余 (more
 * than), 至少/以上/級 (at least), 最多 (up to). 高達 (as much as) stresses a stated amount and
 * leaves it exact. The rules are in README.md.
 */
export const QUALIFIERS = ["exact", "about", "nearly", "more-than", "at-least", "up-to"] as const;
export const QualifierSchema = v.picklist(QUALIFIERS);

/** Why a value was read from context rather than from the article's own words. */
const reason = v.pipe(v.string(), v.minLength(12), v.maxLength(300));

/** Where the article contradicts itself, or says less than it seems to: shown beside the figure. */
export const CaveatSchema = v.object({ en: nonEmpty, zh: nonEmpty });

export const ProvenanceSchema = v.object({
  /** The article's sentence, verbatim (Traditional Chinese). */
  source: nonEmpty,
  /** An English translation of `source`. */
  sourceEn: nonEmpty,
});

export const EntityKindSchema = v.picklist(["company", "government", "programme", "research", "group"]);
export const AllianceRoleSchema = v.picklist(["ono-core", "joined", "stayed-out", "enabler", "china", "other"]);

export const EntitySchema = v.object({
  id: kebabId,
  name: nonEmpty,
  nameZh: nonEmpty,
  /**
   * Other names of the same company or body an analyst may type: tickers, short forms,
   * Simplified and Traditional spellings. Never a parent, a subsidiary or a broader body.
   */
  aliases: v.array(nonEmpty),
  /**
   * Names that mean this entity in one language's usage only, and another company elsewhere:
   * 超微 is AMD in Taiwan and Hong Kong, but Super Micro on the mainland. Search in that language
   * finds them; look-ups by name (the functions) do not.
   */
  localAliases: v.object({ "zh-TW": v.optional(v.array(nonEmpty)), "zh-CN": v.optional(v.array(nonEmpty)) }),
  /** People the article names for it (黃仁勛 for Nvidia), in its spelling and common variants. */
  people: v.array(nonEmpty),
  kind: EntityKindSchema,
  role: AllianceRoleSchema,
  /** ISO 3166 country code where the article places it; null where it does not. */
  country: v.nullable(v.pipe(v.string(), v.length(2))),
  /** The fields filled from context, each with its reason; a field not listed is the article's. */
  inferred: v.object({ country: v.optional(reason) }),
});

export const DealKindSchema = v.picklist([
  "compute-purchase",
  "equity-investment",
  "warrant",
  "strategic-partnership",
  "chip-supply",
  "government-stake",
  "programme-investment",
  "acquisition",
  "business-cooperation",
  "regulatory-settlement",
]);

/**
 * The kinds of deal in which money moves one way, from `from` to `to`: a purchase, an
 * investment, a stake bought, an acquisition. Only these can be `one-way` (DirectionSchema);
 * the others (a warrant, a partnership, a cooperation, a settlement) are links, not flows.
 */
export const MONEY_KINDS: readonly DealKind[] = [
  "compute-purchase",
  "equity-investment",
  "chip-supply",
  "government-stake",
  "programme-investment",
  "acquisition",
];

export const DealStatusSchema = v.picklist([
  "announced",
  "agreed",
  "expected",
  "completed",
  "blocked",
  "resolved",
  "ongoing",
  "under-construction",
]);

/**
 * Which way the money goes. A flow is money, and only money: `one-way` is a payment or an
 * investment from `from` to `to`, in a deal of one of the MONEY_KINDS; `both-ways` is the
 * article's 互有合作 (cooperation in both directions); `not-stated` is everything else,
 * including a stake granted without a stated payment (a warrant). Where the payer or the payee
 * is read from context, `inferred.direction` says why. README.md has the rule in words.
 */
export const DirectionSchema = v.picklist(["one-way", "both-ways", "not-stated"]);

/** A condition the deal's figure depends on, apart from the deal's state. */
export const DealConditionSchema = v.picklist(["if-fully-exercised"]);

export const DealSchema = v.object({
  id: kebabId,
  title: nonEmpty,
  titleZh: nonEmpty,
  /** Every entity taking part, by id. */
  parties: v.pipe(v.array(kebabId), v.minLength(1)),
  direction: DirectionSchema,
  /** Who pays or invests the money; null unless the direction is one-way. */
  from: v.nullable(kebabId),
  /** Who receives the money; null unless the direction is one-way. */
  to: v.nullable(kebabId),
  kind: DealKindSchema,
  valueUsd: v.nullable(v.pipe(v.number(), v.minValue(0))),
  capacityGw: v.nullable(v.pipe(v.number(), v.minValue(0))),
  stake: v.nullable(fraction),
  sharePriceUsd: v.nullable(v.pipe(v.number(), v.minValue(0))),
  /**
   * How the article qualifies the deal's figures ("nearly 10%"); null where the deal has no
   * figure, as a qualifier belongs to a number.
   */
  qualifier: v.nullable(QualifierSchema),
  /** To the precision the article allows; null where it gives no date to go on. */
  date: v.nullable(partialDate),
  /** Timing as the article states it: relative ("slightly earlier") where it gives no calendar date. */
  timing: v.nullable(nonEmpty),
  /** The agreement's state, where the article says it; null where it does not. */
  status: v.nullable(DealStatusSchema),
  condition: v.nullable(DealConditionSchema),
  /** The fields filled from context, each with its reason; a field not listed is the article's. */
  inferred: v.object({
    date: v.optional(reason),
    status: v.optional(reason),
    direction: v.optional(reason),
    kind: v.optional(reason),
    value: v.optional(reason),
  }),
  caveat: v.nullable(CaveatSchema),
  /** "core" deals form the 2025 compute alliances; "context" deals are the article's comparisons. */
  scope: v.picklist(["core", "context"]),
  ...ProvenanceSchema.entries,
});

export const AiShareStatusSchema = v.picklist(["actual", "preliminary", "forecast"]);

export const AiSharePointSchema = v.object({
  id: kebabId,
  year: v.pipe(v.number(), v.integer()),
  share: fraction,
  qualifier: QualifierSchema,
  status: AiShareStatusSchema,
  ...ProvenanceSchema.entries,
});

export const AiShareSeriesSchema = v.object({
  report: nonEmpty,
  reportZh: nonEmpty,
  publishers: v.array(nonEmpty),
  coverage: nonEmpty,
  points: v.pipe(v.array(AiSharePointSchema), v.minLength(2)),
});

export const UnitSchema = v.picklist(["USD", "USD/month", "USD/year", "fraction", "ratio", "months", "years", "GW", "count"]);

const metricFields = {
  id: kebabId,
  entity: kebabId,
  /** snake_case metric key, e.g. compute_cost. */
  metric: v.pipe(v.string(), v.regex(/^[a-z]+(?:_[a-z0-9]+)*$/)),
  /** The period the figure covers: "2025-H1", "2025", "annual", "2022-2032", or "as-stated". */
  period: nonEmpty,
  unit: UnitSchema,
  label: nonEmpty,
  labelZh: nonEmpty,
};

export const StatedMetricSchema = v.object({
  ...metricFields,
  value: v.number(),
  qualifier: QualifierSchema,
  /** The fields filled from context, each with its reason; a field not listed is the article's. */
  inferred: v.object({
    period: v.optional(reason),
    value: v.optional(reason),
    entity: v.optional(reason),
  }),
  caveat: v.nullable(CaveatSchema),
  /** Where the figure is a forecast the article quotes (預計), the words that make it one; null for a figure of the past or present. */
  forecast: v.nullable(reason),
  ...ProvenanceSchema.entries,
});

export const DerivedMetricSchema = v.object({
  ...metricFields,
  /**
   * Arithmetic over other metrics, each written {metric-id}:
   * "{openai-revenue-2025h1} / (1 + {openai-revenue-growth-over-2024})".
   */
  formula: nonEmpty,
  /** What the formula means, in words. */
  method: nonEmpty,
});

export const EventSchema = v.object({
  id: kebabId,
  /** To the precision the article allows; null where it gives no date to go on. */
  date: v.nullable(partialDate),
  entities: v.array(kebabId),
  /** The fields filled from context, each with its reason; a field not listed is the article's. */
  inferred: v.object({ date: v.optional(reason), entities: v.optional(reason) }),
  title: nonEmpty,
  titleZh: nonEmpty,
  ...ProvenanceSchema.entries,
});

export const DatasetSchema = v.object({
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  /** The month the dataset's figures speak for. */
  asOf: partialDate,
  /** The dataset-level fields read from context, each with its reason. */
  inferred: v.object({ asOf: v.optional(reason) }),
  article: v.object({
    title: v.nullable(nonEmpty),
    author: nonEmpty,
    platform: nonEmpty,
    platformEn: nonEmpty,
    language: nonEmpty,
    file: nonEmpty,
  }),
  changelog: v.pipe(v.array(v.object({ version: nonEmpty, date: partialDate, note: nonEmpty })), v.minLength(1)),
  entities: v.array(EntitySchema),
  deals: v.array(DealSchema),
  aiShare: AiShareSeriesSchema,
  metrics: v.array(StatedMetricSchema),
  derivedMetrics: v.array(DerivedMetricSchema),
  events: v.array(EventSchema),
});

export type Entity = v.InferOutput<typeof EntitySchema>;
export type Deal = v.InferOutput<typeof DealSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type Caveat = v.InferOutput<typeof CaveatSchema>;
export type Direction = v.InferOutput<typeof DirectionSchema>;
export type DealKind = v.InferOutput<typeof DealKindSchema>;
export type DealStatus = v.InferOutput<typeof DealStatusSchema>;
export type AiSharePoint = v.InferOutput<typeof AiSharePointSchema>;
export type AiShareStatus = v.InferOutput<typeof AiShareStatusSchema>;
export type StatedMetric = v.InferOutput<typeof StatedMetricSchema>;
export type DerivedMetric = v.InferOutput<typeof DerivedMetricSchema>;
export type MetricUnit = v.InferOutput<typeof UnitSchema>;
export type DatasetEvent = v.InferOutput<typeof EventSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
