/**
 * Look-ups behind DEAL, DEALS, METRIC, METRICS and SOURCE, as pure functions over a catalog.
 * "No such id" and "not stated" are #N/A; a malformed request is #VALUE!.
 */
import type { AnyMetric, Catalog, CatalogDeal } from "../dataset";
import { QUALIFIER_WORDS } from "../dataset/qualifier";
import { inferredText } from "../tables/inferred";
import { DEAL_COLUMNS, dealTable, type DealColumnKey } from "../tables/deals";
import { metricTable } from "../tables/metrics";
import { NOT_STATED, type CellValue } from "../cells";
import { columnKeys, withHeaderRow, type TableView } from "../tables/tableView";
import { invalidArgument, isDomainError, notAvailable, type Outcome } from "./outcome";
import { cachedRangeReader } from "../flows/dealsRange";
import { perCatalog } from "../dataset/perCatalog";
import { fieldProvenance, metricValueBasis } from "../dataset/provenance";

/** What DEAL returns: any Deals column but the id, the headline value first (the default), and the title. */
export const DEAL_FIELDS = [
  "value_usd",
  ...DEAL_COLUMNS.map((column) => column.key).filter(
    (key): key is Exclude<DealColumnKey, "id" | "value_usd"> => key !== "id" && key !== "value_usd",
  ),
  "title",
] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

const FIELD_INDEX = Object.fromEntries(DEAL_COLUMNS.map((column, index) => [column.key, index])) as Record<DealField, number>;

/**
 * Builds the rows DEAL, DEALS and METRICS share, once per catalog. The custom functions call
 * this when they load, as the catalog builds its indexes then, so that no DEALS or METRICS
 * call waits for it; without it the first such call would build them. (DEAL's index of rows by
 * id is still built by the first DEAL: whole-table calls never need it.)
 */
export function prepareLookups(catalog: Catalog): void {
  dealTable(catalog);
  metricTable(catalog);
}

function unknownId(what: string, id: string, suggestions: string[]) {
  return notAvailable(`no ${what} with id "${id}"; closest: ${suggestions.join(", ")}`);
}

export function findDeal(catalog: Catalog, id: string): Outcome<CatalogDeal> {
  const deal = catalog.deal(id);
  return deal ?? unknownId("deal", id, catalog.closestIds(id, "deal"));
}

/** Fields that describe a record's certainty: empty text where there is nothing to say, never #N/A. */
const DESCRIPTIVE_FIELDS: readonly string[] = ["qualifier", "condition", "inferred", "caveat"];

/** A value taken from context, as a text look-up returns it: flagged, so it never passes for the article's. */
const flagged = (value: CellValue) => `${value} (inferred)`;

export function dealField(catalog: Catalog, id: string, field: DealField): Outcome<CellValue> {
  const deal = findDeal(catalog, id);
  if (isDomainError(deal)) return deal;
  if (field === "title") return deal.title;
  const value = dealTable(catalog).rowOf(deal)[FIELD_INDEX[field]];
  if (DESCRIPTIVE_FIELDS.includes(field)) return value;
  if (value === NOT_STATED) return notAvailable(`the article states no ${field} for deal "${deal.id}"`);
  const { basis } = fieldProvenance({ type: "deal", record: deal }, field);
  return basis === "inferred" && typeof value === "string" ? flagged(value) : value;
}

/** An entity's id from any of its names, aliases or its id; #N/A naming the closest where none matches. */
export function findEntity(catalog: Catalog, name: string): Outcome<string> {
  const entity = catalog.entity(name);
  if (entity) return entity.id;
  return notAvailable(`no company or body named "${name}"; closest ids: ${catalog.closestIds(name, "entity").join(", ")}`);
}

/**
 * A whole table as a spilled array, or only the rows of the records one entity has (`recordsOf`
 * lists them); #N/A with `noneMessage` when it has none.
 */
function spilledTable<Record>(
  catalog: Catalog,
  view: TableView<Record>,
  entityName: string | undefined,
  recordsOf: (entityId: string) => readonly Record[],
  noneMessage: string,
  headers: boolean,
): Outcome<CellValue[][]> {
  if (entityName === undefined) return withHeaderRow(columnKeys(view), view.rows, headers);
  const entity = findEntity(catalog, entityName);
  if (isDomainError(entity)) return entity;
  const records = recordsOf(entity);
  if (records.length === 0) return notAvailable(noneMessage);
  return withHeaderRow(columnKeys(view), records.map(view.rowOf), headers);
}

/**
 * The dataset's deals, or a deals range's rows as they are (blank rows left out), each with
 * its own columns; only one party's, named in any language or by an alias, where asked.
 */
export function dealsTable(
  catalog: Catalog,
  party: string | undefined,
  headers: boolean,
  deals?: readonly (readonly unknown[])[],
): Outcome<CellValue[][]> {
  if (deals === undefined) {
    const noDeals = `the article describes no deal involving "${party}"`;
    return spilledTable(catalog, dealTable(catalog), party, catalog.dealsOf, noDeals, headers);
  }
  const read = rangeDeals(catalog)(deals);
  if (isDomainError(read)) return read;
  const cell = (value: unknown): CellValue =>
    typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : "";
  let rows = read.rows;
  if (party !== undefined) {
    const key = read.keyOf(party);
    rows = key === undefined ? [] : rows.filter((_, i) => read.partiesOfRow[i].includes(key));
    if (rows.length === 0) return notAvailable(`the deals range holds no deal involving "${party}"`);
  }
  const body = rows.map((row) => row.map(cell));
  if (body.length === 0) return notAvailable("the deals range holds no deal");
  return headers ? [read.header.map(cell), ...body] : body;
}

/** A deals range as read, by its content (flows/dealsRange.ts keeps the last few). */
const rangeDeals = perCatalog((catalog: Catalog) => cachedRangeReader(catalog, (read) => read));

const metricKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** What METRIC returns: the value (the default), or what the figure says of itself. */
export const METRIC_FIELDS = ["value", "qualifier", "label", "period", "unit", "basis", "inferred", "caveat", "source"] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

function metricField(m: AnyMetric, field: MetricField): CellValue {
  switch (field) {
    case "value":
      return m.value;
    case "qualifier":
      return QUALIFIER_WORDS.en[m.qualifier];
    case "period":
      return m.inferred.period === undefined ? m.period : flagged(m.period);
    case "inferred":
      return inferredText(m.inferred);
    case "caveat":
      return m.caveat?.en ?? "";
    case "basis":
      return metricValueBasis(m);
    default:
      return m[field];
  }
}

export function metricValue(
  catalog: Catalog,
  entityName: string,
  metric: string,
  period: string | undefined,
  field: MetricField = "value",
): Outcome<CellValue> {
  const found = findMetric(catalog, entityName, metric, period);
  return isDomainError(found) ? found : metricField(found, field);
}

/** The one figure METRIC reads: by entity, metric and, where the metric has several, period. */
export function findMetric(catalog: Catalog, entityName: string, metric: string, period: string | undefined): Outcome<AnyMetric> {
  const entity = findEntity(catalog, entityName);
  if (isDomainError(entity)) return entity;
  const candidates = catalog.metricPeriods(entity, metricKey(metric));
  if (candidates.length === 0) {
    const known = [...new Set(catalog.metricsOf(entity).map((m) => m.metric))];
    return notAvailable(
      known.length === 0
        ? `the article gives no figures for "${entityName}"`
        : `no metric "${metric}" for ${entityName}; it has: ${known.join(", ")}`,
    );
  }
  const periods = candidates.map((m) => m.period).join(", ");
  if (period === undefined) {
    return candidates.length === 1
      ? candidates[0]
      : invalidArgument(`period is needed: ${entityName} ${metric} is given for ${periods}`);
  }
  const match = candidates.find((m) => m.period.toLowerCase() === period.trim().toLowerCase());
  return match ? match : notAvailable(`no ${metric} for ${entityName} in period "${period}"; periods: ${periods}`);
}

export function metricsTable(catalog: Catalog, entityName: string | undefined, headers: boolean): Outcome<CellValue[][]> {
  const noFigures = `the article gives no figures for "${entityName}"`;
  return spilledTable(catalog, metricTable(catalog), entityName, catalog.metricsOf, noFigures, headers);
}

export const SOURCE_LANGUAGES = ["zh", "en"] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

export function sourceSentence(catalog: Catalog, id: string, language: SourceLanguage): Outcome<string> {
  const found = catalog.sourced(id);
  if (!found) return unknownId("deal or figure", id, catalog.closestIds(id, "sourced"));
  return language === "en" ? found.record.sourceEn : found.record.source;
}
