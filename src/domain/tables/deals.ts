import type { Catalog, CatalogDeal } from "../dataset";
import { NOT_STATED, type CellValue } from "../cells";
import { perCatalog } from "../dataset/perCatalog";
import { qualifierWords } from "../dataset/qualifier";
import { inferredText } from "./inferred";
import { tableView, type ColumnSpec } from "./tableView";

/** The Deals table's name as Insert writes it; where the name was taken, the formulas that read it are rewritten. */
export const DEALS_TABLE = "Deals";

export const DEAL_COLUMNS = [
  { key: "id", format: "text", width: 28 },
  { key: "parties", format: "text", width: 26 },
  { key: "direction", format: "text", width: 24 },
  { key: "payer", format: "text", width: 16 },
  { key: "payee", format: "text", width: 16 },
  { key: "kind", format: "text", width: 20 },
  { key: "value_usd", format: "usd-billions", width: 14 },
  { key: "capacity_gw", format: "gw", width: 12 },
  { key: "stake", format: "percent", width: 9 },
  { key: "share_price", format: "price", width: 12 },
  { key: "qualifier", format: "text", width: 11 },
  { key: "date", format: "text", width: 10 },
  { key: "timing", format: "text", width: 30 },
  { key: "status", format: "text", width: 14 },
  { key: "condition", format: "text", width: 18 },
  { key: "inferred", format: "text", width: 40 },
  { key: "caveat", format: "text", width: 40 },
  { key: "source", format: "text", width: 60 },
  { key: "source_en", format: "text", width: 60 },
] as const satisfies readonly ColumnSpec[];
export type DealColumnKey = (typeof DEAL_COLUMNS)[number]["key"];

/** The figure columns a deal's qualifier applies to. */
export const DEAL_FIGURE_COLUMNS: readonly DealColumnKey[] = ["value_usd", "capacity_gw", "stake", "share_price"];

/** A deal's direction in words: payer → recipient, or that it runs both ways, or that the article does not say. */
function direction(d: CatalogDeal): string {
  if (d.direction === "both-ways") return "both ways";
  const [payer, payee] = payerAndPayee(d);
  return payer === NOT_STATED ? "not stated" : `${payer} → ${payee}`;
}

/** Who pays, and who receives, where the deal runs one way; empty otherwise. The money map's formulas read these. */
function payerAndPayee(d: CatalogDeal): [CellValue, CellValue] {
  if (d.direction !== "one-way" || !d.from || !d.to) return [NOT_STATED, NOT_STATED];
  return [d.partyNames[d.parties.indexOf(d.from)], d.partyNames[d.parties.indexOf(d.to)]];
}

/** One deal's cells, from names the catalog resolved when it was built. */
function dealRow(d: CatalogDeal): CellValue[] {
  return [
    d.id,
    d.partyNames.join(", "),
    direction(d),
    ...payerAndPayee(d),
    d.kind,
    d.valueUsd ?? NOT_STATED,
    d.capacityGw ?? NOT_STATED,
    d.stake ?? NOT_STATED,
    d.sharePriceUsd ?? NOT_STATED,
    qualifierWords("en", d.qualifier),
    d.date ?? NOT_STATED,
    d.timing ?? NOT_STATED,
    d.status ?? NOT_STATED,
    d.condition ?? NOT_STATED,
    inferredText(d.inferred),
    d.caveat?.en ?? NOT_STATED,
    d.source,
    d.sourceEn,
  ];
}

/** The Deals table: one row per deal, in DEAL_COLUMNS order. */
export const dealTable = perCatalog((catalog: Catalog) => tableView(DEAL_COLUMNS, catalog.deals, dealRow));
