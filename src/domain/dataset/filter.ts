/**
 * What the Dataset view lists: the search (search.ts) combined with filters for the kind of
 * record, a company, a deal kind and a deal status, with the counts each list shows ("Deals 4
 * of 15"). Pure, and linear in the records: a 15,000-deal dataset filters in one pass.
 */
import type { Language } from "../language";
import type { AnyMetric, Catalog, CatalogDeal } from "./catalog";
import { perCatalog } from "./perCatalog";
import { searchDataset } from "./search";
import type { DealKind, DealStatus } from "./schema";

export type RecordKind = "all" | "deals" | "figures";

export interface DatasetFilters {
  readonly query: string;
  readonly show: RecordKind;
  /** An entity id, or null for every company. */
  readonly entity: string | null;
  readonly kind: DealKind | null;
  readonly status: DealStatus | null;
}

export const NO_FILTERS: DatasetFilters = { query: "", show: "all", entity: null, kind: null, status: null };

export interface FilteredDataset {
  readonly deals: readonly CatalogDeal[];
  readonly metrics: readonly AnyMetric[];
  /** How many there are in all, for "4 of 15". */
  readonly totalDeals: number;
  readonly totalMetrics: number;
}

/** The records the filters leave; the search reads names local to `language` too (search.ts). */
export function filterDataset(catalog: Catalog, filters: DatasetFilters, language: Language = "en"): FilteredDataset {
  const found =
    filters.query.trim() === ""
      ? { deals: catalog.deals, metrics: catalog.metrics }
      : searchDataset(catalog, filters.query, language);
  const { entity, kind, status } = filters;
  // A figure has no deal kind or status: those filters leave only deals.
  const dealFiltersOnly = kind !== null || status !== null;
  const deals =
    filters.show === "figures"
      ? []
      : (found.deals as readonly CatalogDeal[]).filter(
          (d) =>
            (entity === null || d.parties.includes(entity)) &&
            (kind === null || d.kind === kind) &&
            (status === null || d.status === status),
        );
  const metrics =
    filters.show === "deals" || dealFiltersOnly ? [] : found.metrics.filter((m) => entity === null || m.entity === entity);
  return { deals, metrics, totalDeals: catalog.deals.length, totalMetrics: catalog.metrics.length };
}

/** The companies and bodies that have deals or figures, for the company picker. */
export function entitiesWithRecords(catalog: Catalog): readonly string[] {
  const ids = new Set([...catalog.deals.flatMap((d) => d.parties), ...catalog.metrics.map((m) => m.entity)]);
  return catalog.entities.map((e) => e.id).filter((id) => ids.has(id));
}

/** Deals that quote the same sentence as each deal, by id: the view says so rather than print it again. */
export const sharingSentence = perCatalog((catalog: Catalog): ReadonlyMap<string, readonly string[]> => {
  const bySentence = new Map<string, string[]>();
  for (const deal of catalog.deals) {
    const list = bySentence.get(deal.source);
    if (list) list.push(deal.id);
    else bySentence.set(deal.source, [deal.id]);
  }
  return new Map(catalog.deals.map((deal) => [deal.id, bySentence.get(deal.source)!.filter((id) => id !== deal.id)]));
});
