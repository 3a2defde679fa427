import type { Catalog, CatalogDeal } from "../dataset";
import { NOT_STATED, type CellValue } from "../cells";
import { perCatalog } from "../dataset/perCatalog";
import { tableView, type ColumnSpec } from "./tableView";

export const DEAL_COLUMNS = [
  { key: "id", format: "text", width: 28 },
  { key: "parties", format: "text", width: 26 },
  { key: "direction", format: "text", width: 24 },
  { key: "kind", format: "text", width: 20 },
  { key: "value_usd", format: "usd-billions", width: 14 },
  { key: "capacity_gw", format: "gw", width: 12 },
  { key: "stake", format: "percent", width: 9 },
  { key: "share_price", format: "price", width: 12 },
  { key: "date", format: "text", width: 10 },
  { key: "status", format: "text", width: 18 },
  { key: "source", format: "text", width: 60 },
  { key: "source_en", format: "text", width: 60 },
] as const satisfies readonly ColumnSpec[];
export type DealColumnKey = (typeof DEAL_COLUMNS)[number]["key"];

/** One deal's cells, from names the catalog resolved when it was built. */
function dealRow(d: CatalogDeal): CellValue[] {
  const names = d.partyNames;
  return [
    d.id,
    names.join(", "),
    d.from && d.to ? `${names[d.parties.indexOf(d.from)]} → ${names[d.parties.indexOf(d.to)]}` : "mutual",
    d.kind,
    d.valueUsd ?? NOT_STATED,
    d.capacityGw ?? NOT_STATED,
    d.stake ?? NOT_STATED,
    d.sharePriceUsd ?? NOT_STATED,
    d.date ?? NOT_STATED,
    d.status,
    d.source,
    d.sourceEn,
  ];
}

/** The Deals table: one row per deal, in DEAL_COLUMNS order. */
export const dealTable = perCatalog((catalog: Catalog) => tableView(DEAL_COLUMNS, catalog.deals, dealRow));
