import type { Catalog } from "../dataset";
import type { Deal } from "../dataset/schema";
import { perCatalog, type Column } from "./columns";

export const dealColumns = perCatalog((catalog: Catalog): readonly Column<Deal>[] => {
  const name = (id: string) => catalog.entity(id)?.name ?? id;
  return [
    { key: "id", format: "text", width: 28, value: (d) => d.id },
    { key: "parties", format: "text", width: 26, value: (d) => d.parties.map(name).join(", ") },
    {
      key: "direction",
      format: "text",
      width: 24,
      value: (d) => (d.from && d.to ? `${name(d.from)} → ${name(d.to)}` : "mutual"),
    },
    { key: "kind", format: "text", width: 20, value: (d) => d.kind },
    { key: "value_usd", format: "usd-billions", width: 14, value: (d) => d.valueUsd },
    { key: "capacity_gw", format: "gw", width: 12, value: (d) => d.capacityGw },
    { key: "stake", format: "percent", width: 9, value: (d) => d.stake },
    { key: "share_price", format: "price", width: 12, value: (d) => d.sharePriceUsd },
    { key: "date", format: "text", width: 10, value: (d) => d.date },
    { key: "status", format: "text", width: 18, value: (d) => d.status },
    { key: "source", format: "text", width: 60, value: (d) => d.source },
    { key: "source_en", format: "text", width: 60, value: (d) => d.sourceEn },
  ];
});
