/**
 * Search over deals and figures by id, title, label and the names of the companies involved,
 * in English or Chinese (aliases included, so 英伟达 finds 英偉達's deals), and the people the
 * article names for them (黃仁勛 finds Nvidia's). A name that means this company in one
 * language's usage only (超微, AMD in Taiwan) is searched in that language alone. Every word
 * of the query must match; case, width and spacing do not matter.
 */
import type { Language } from "../language";
import { normaliseName, type AnyMetric, type Catalog } from "./catalog";
import type { Deal, Entity } from "./schema";
import { perCatalog } from "./perCatalog";

const LOCAL_LANGUAGES = ["zh-TW", "zh-CN"] as const;

export interface SearchResult {
  deals: readonly Deal[];
  metrics: readonly AnyMetric[];
  /** The companies and bodies the query names, with or without deals and figures. */
  entities: readonly Entity[];
}

const searchIndex = perCatalog((catalog: Catalog) => {
  const namesOf = (entityId: string) => {
    const entity = catalog.entity(entityId);
    return entity ? [entity.id, entity.name, entity.nameZh, ...entity.aliases, ...entity.people] : [entityId];
  };
  const localNamesOf = (entityIds: readonly string[]) =>
    Object.fromEntries(
      LOCAL_LANGUAGES.map((language) => [
        language,
        normaliseName(entityIds.flatMap((id) => catalog.entity(id)?.localAliases[language] ?? []).join(" ")),
      ]),
    ) as Partial<Record<Language, string>>;
  const text = (parts: string[]) => normaliseName(parts.join(" "));
  return {
    deals: catalog.deals.map((deal) => ({
      deal,
      text: text([deal.id, deal.title, deal.titleZh, deal.kind, ...deal.parties.flatMap(namesOf)]),
      local: localNamesOf(deal.parties),
    })),
    metrics: catalog.metrics.map((metric) => ({
      metric,
      text: text([metric.id, metric.label, metric.labelZh, metric.metric, metric.period, ...namesOf(metric.entity)]),
      local: localNamesOf([metric.entity]),
    })),
    entities: catalog.entities.map((entity) => ({ entity, text: text(namesOf(entity.id)), local: localNamesOf([entity.id]) })),
  };
});

export function searchDataset(catalog: Catalog, query: string, language: Language = "en"): SearchResult {
  const words = normaliseName(query).split(" ").filter(Boolean);
  const index = searchIndex(catalog);
  const matches = (entry: { text: string; local: Partial<Record<Language, string>> }) =>
    words.every((word) => entry.text.includes(word) || (entry.local[language]?.includes(word) ?? false));
  return {
    deals: index.deals.filter(matches).map((entry) => entry.deal),
    metrics: index.metrics.filter(matches).map((entry) => entry.metric),
    entities: index.entities.filter(matches).map((entry) => entry.entity),
  };
}
