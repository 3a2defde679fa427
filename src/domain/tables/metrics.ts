import type { AnyMetric, Catalog } from "../dataset";
import { perCatalog, type Column } from "./columns";

export const metricColumns = perCatalog((catalog: Catalog): readonly Column<AnyMetric>[] => {
  return [
    { key: "id", format: "text", width: 34, value: (m) => m.id },
    { key: "entity", format: "text", width: 22, value: (m) => catalog.entity(m.entity)?.name ?? m.entity },
    { key: "metric", format: "text", width: 26, value: (m) => m.metric },
    { key: "period", format: "text", width: 11, value: (m) => m.period },
    { key: "value", format: "number", width: 18, value: (m) => m.value },
    { key: "unit", format: "text", width: 10, value: (m) => m.unit },
    { key: "basis", format: "text", width: 9, value: (m) => m.basis },
    { key: "source", format: "text", width: 60, value: (m) => m.source },
  ];
});
