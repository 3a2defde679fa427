/**
 * Search over deals and figures by id, title, label and the names of the companies involved,
 * in English or Chinese (aliases included, so 英伟达 finds 英偉達's deals), and the people the
 * article names for them (黃仁勛 finds Nvidia's). Every word of the query must match; case,
 * width and spacing do not matter.
 */
import { normaliseName, type AnyMetric, type Catalog } from "./catalog";
import type { Deal } from "./schema";
import { perCatalog } from "./perCatalog";

export interface SearchResult {
  deals: readonly Deal[];
  metrics: readonly AnyMetric[];
}

const searchIndex = perCatalog((catalog: Catalog) => {
  const namesOf = (entityId: string) => {
    const entity = catalog.entity(entityId);
    return entity ? [entity.id, entity.name, entity.nameZh, ...entity.aliases, ...entity.people] : [entityId];
  };
  const text = (parts: string[]) => normaliseName(parts.join(" "));
  return {
    deals: catalog.deals.map((deal) => ({
      deal,
      text: text([deal.id, deal.title, deal.titleZh, deal.kind, ...deal.parties.flatMap(namesOf)]),
    })),
    metrics: catalog.metrics.map((metric) => ({
      metric,
      text: text([metric.id, metric.label, metric.labelZh, metric.metric, metric.period, ...namesOf(metric.entity)]),
    })),
  };
});

export function searchDataset(catalog: Catalog, query: string): SearchResult {
  const words = normaliseName(query).split(" ").filter(Boolean);
  const index = searchIndex(catalog);
  const matches = (text: string) => words.every((word) => text.includes(word));
  return {
    deals: index.deals.filter((entry) => matches(entry.text)).map((entry) => entry.deal),
    metrics: index.metrics.filter((entry) => matches(entry.text)).map((entry) => entry.metric),
  };
}
