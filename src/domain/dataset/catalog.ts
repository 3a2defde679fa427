/**
 * Typed look-ups into a dataset. Every index is a Map built once, so each look-up is
 * constant time; the custom functions call these thousands of times per recalculation.
 */
import type { AiSharePoint, Caveat, Dataset, Deal, DerivedMetric, Entity, Qualifier, StatedMetric } from "./schema";
import { evaluateFormula, parseDerivedFormula } from "./expression";
import { derivedSignificantDigits, placeOfDigits, statedPlace } from "./precision";
import { derivedQualifier } from "./qualifier";

export interface ComputedDerivedMetric extends DerivedMetric {
  value: number;
  /** The loosest its inputs allow (qualifier.ts). */
  qualifier: Qualifier;
  /** The significant digits its inputs support (precision.ts); null where they limit none. */
  significantDigits: number | null;
  /** What its inputs took from context, each reason named by the input it comes from. */
  inferred: StatedMetric["inferred"];
  /** Its inputs' caveats, joined. */
  caveat: Caveat | null;
  /** The sentences of the metrics the formula reads, joined. */
  source: string;
  sourceEn: string;
}

/** The inferred fields of a derived figure's inputs, each reason prefixed by its input's id. */
function inheritedInferences(inputs: readonly AnyMetric[]): StatedMetric["inferred"] {
  const merged: Record<string, string[]> = {};
  for (const input of inputs)
    for (const [field, why] of Object.entries(input.inferred))
      if (why !== undefined) (merged[field] ??= []).push(`${input.id}: ${why}`);
  return Object.fromEntries(Object.entries(merged).map(([field, reasons]) => [field, reasons.join("; ")]));
}

/** The distinct caveats of a derived figure's inputs, joined; null where none has one. */
function inheritedCaveat(inputs: readonly AnyMetric[]): Caveat | null {
  const caveats = inputs.flatMap((m) => (m.caveat ? [m.caveat] : []));
  if (caveats.length === 0) return null;
  return { en: [...new Set(caveats.map((c) => c.en))].join(" "), zh: [...new Set(caveats.map((c) => c.zh))].join("") };
}

/**
 * Records carry their entities' English names, resolved once here: the tables and the spilled
 * look-ups show a name for every reference, and on a large dataset resolving them afresh on
 * each first use costs more than building the rest of the table.
 */
interface Named {
  readonly entityName: string;
}

export type AnyMetric = ((StatedMetric & { basis: "stated" }) | (ComputedDerivedMetric & { basis: "derived" })) & Named;

export interface CatalogDeal extends Deal {
  /** The English names of `parties`, in the same order. */
  readonly partyNames: readonly string[];
}

/** The significant digits a figure is shown to: a derived one's supported digits; a stated one as written. */
export const shownDigits = (metric: AnyMetric): number | null => (metric.basis === "derived" ? metric.significantDigits : null);

/** Anything an id can name that carries a source sentence. */
export type SourcedRecord =
  | { type: "deal"; record: CatalogDeal }
  | { type: "metric"; record: AnyMetric }
  | { type: "ai-share"; record: AiSharePoint }
  | { type: "event"; record: Dataset["events"][number] };

export interface Catalog {
  readonly dataset: Dataset;
  readonly entities: readonly Entity[];
  readonly deals: readonly CatalogDeal[];
  /** Stated metrics first, then derived ones, each in dataset order. */
  readonly metrics: readonly AnyMetric[];
  /** Sorted by year. */
  readonly aiShare: readonly AiSharePoint[];
  entity(nameOrId: string): Entity | undefined;
  /** The English name of an entity id, or the id itself if unknown. */
  nameOf(entityId: string): string;
  deal(id: string): CatalogDeal | undefined;
  dealsOf(entityId: string): readonly CatalogDeal[];
  metric(id: string): AnyMetric | undefined;
  metricsOf(entityId: string): readonly AnyMetric[];
  /** Every period recorded for one entity's metric, e.g. OpenAI revenue: 2025-H1, 2024. */
  metricPeriods(entityId: string, metricKey: string): readonly AnyMetric[];
  sourced(id: string): SourcedRecord | undefined;
  /** Ids of one collection closest to a mistyped one, best first. */
  closestIds(wanted: string, collection: "deal" | "metric" | "entity" | "sourced", count?: number): string[];
}

/** Case, width and spacing do not matter when an analyst types a name. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, " ");
}

export function createCatalog(dataset: Dataset): Catalog {
  const entityById = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const entityByName = new Map<string, Entity>();
  for (const entity of dataset.entities) {
    for (const name of [entity.id, entity.name, entity.nameZh, ...entity.aliases]) {
      entityByName.set(normaliseName(name), entity);
    }
  }

  const nameOf = (entityId: string) => entityById.get(entityId)?.name ?? entityId;

  // Added fields come before the spread: V8 gives `{ ...record, added }` a hidden class of its
  // own per object, and every look-up over such records then goes megamorphic (measured: 10,005
  // classes for 10,005 deals); `{ added, ...record }` shares one class per record shape.
  const deals: CatalogDeal[] = dataset.deals.map((deal) => ({ partyNames: deal.parties.map(nameOf), ...deal }));
  const dealById = new Map(deals.map((deal) => [deal.id, deal]));
  const dealsByEntity = new Map<string, CatalogDeal[]>();
  for (const deal of deals) {
    for (const party of deal.parties) pushTo(dealsByEntity, party, deal);
  }

  const metrics: AnyMetric[] = dataset.metrics.map((m) => ({ basis: "stated" as const, entityName: nameOf(m.entity), ...m }));
  const metricById = new Map<string, AnyMetric>(metrics.map((m) => [m.id, m]));
  for (const derived of dataset.derivedMetrics) {
    const inputs: AnyMetric[] = [];
    const value = evaluateFormula(derived.formula, (id) => {
      const input = metricById.get(id);
      if (!input) throw new Error(`Derived metric ${derived.id} reads unknown metric ${id}`);
      inputs.push(input);
      return input.value;
    });
    const unique = [...new Set(inputs)];
    const parsed = parseDerivedFormula(derived.formula);
    const significantDigits = derivedSignificantDigits(parsed.node, (name) => {
      const input = metricById.get(parsed.inputOf(name) ?? "");
      return input && { value: input.value, place: placeOf(input) };
    });
    const computed: AnyMetric = {
      basis: "derived",
      entityName: nameOf(derived.entity),
      value,
      qualifier: derivedQualifier(
        unique.map((m) => m.qualifier),
        value,
        significantDigits,
      ),
      significantDigits,
      inferred: inheritedInferences(unique),
      caveat: inheritedCaveat(unique),
      source: [...new Set(unique.map((m) => m.source))].join(""),
      sourceEn: [...new Set(unique.map((m) => m.sourceEn))].join(" "),
      ...derived,
    };
    metrics.push(computed);
    metricById.set(derived.id, computed);
  }

  const metricsByEntity = new Map<string, AnyMetric[]>();
  const metricsByKey = new Map<string, AnyMetric[]>();
  for (const m of metrics) {
    pushTo(metricsByEntity, m.entity, m);
    pushTo(metricsByKey, `${m.entity}\u0000${m.metric}`, m);
  }

  const sourcedById = new Map<string, SourcedRecord>();
  for (const record of deals) sourcedById.set(record.id, { type: "deal", record });
  for (const record of metrics) sourcedById.set(record.id, { type: "metric", record });
  for (const record of dataset.aiShare.points) sourcedById.set(record.id, { type: "ai-share", record });
  for (const record of dataset.events) sourcedById.set(record.id, { type: "event", record });

  const idLists = {
    deal: [...dealById.keys()],
    metric: [...metricById.keys()],
    entity: dataset.entities.map((e) => e.id),
    sourced: [...sourcedById.keys()],
  };

  return {
    dataset,
    entities: dataset.entities,
    deals,
    metrics,
    aiShare: [...dataset.aiShare.points].sort((a, b) => a.year - b.year),
    // Each look-up tries the string as given before normalising it: most calls pass an id.
    entity: (nameOrId) =>
      entityById.get(nameOrId) ?? entityByName.get(nameOrId.toLowerCase()) ?? entityByName.get(normaliseName(nameOrId)),
    nameOf,
    deal: (id) => dealById.get(id) ?? dealById.get(id.trim().toLowerCase()),
    dealsOf: (entityId) => dealsByEntity.get(entityId) ?? [],
    metric: (id) => metricById.get(id) ?? metricById.get(id.trim().toLowerCase()),
    metricsOf: (entityId) => metricsByEntity.get(entityId) ?? [],
    metricPeriods: (entityId, metricKey) => metricsByKey.get(`${entityId}\u0000${metricKey}`) ?? [],
    sourced: (id) => sourcedById.get(id) ?? sourcedById.get(id.trim().toLowerCase()),
    closestIds: (wanted, collection, count = 3) => closest(wanted, idLists[collection], count),
  };
}

/** The place of a metric's last significant digit: the article's digits, or what a derived one's inputs support. */
function placeOf(metric: AnyMetric): number {
  if (metric.basis === "stated" || metric.significantDigits === null) return statedPlace(metric.value, metric.unit);
  return placeOfDigits(metric.value, metric.significantDigits);
}

/** Adds a value to the list a map keeps under a key, starting the list if there is none. */
export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function closest(wanted: string, candidates: readonly string[], count: number): string[] {
  const target = wanted.trim().toLowerCase();
  return candidates
    .map((id) => ({ id, distance: editDistance(target, id) - (id.includes(target) && target.length > 0 ? id.length : 0) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((scored) => scored.id);
}

/** Levenshtein distance; only runs on the error path, for suggestions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
