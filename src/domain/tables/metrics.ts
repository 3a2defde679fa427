import type { Catalog } from "../dataset";
import { perCatalog } from "../dataset/perCatalog";
import { tableView, type ColumnSpec } from "./tableView";

export const METRIC_COLUMNS: readonly ColumnSpec[] = [
  { key: "id", format: "text", width: 34 },
  { key: "entity", format: "text", width: 22 },
  { key: "metric", format: "text", width: 26 },
  { key: "period", format: "text", width: 11 },
  { key: "value", format: "number", width: 18 },
  { key: "unit", format: "text", width: 10 },
  { key: "basis", format: "text", width: 9 },
  { key: "source", format: "text", width: 60 },
];

/** The Metrics table: stated figures, then derived ones, in METRIC_COLUMNS order. */
export const metricTable = perCatalog((catalog: Catalog) =>
  tableView(METRIC_COLUMNS, catalog.metrics, (m) => [m.id, m.entityName, m.metric, m.period, m.value, m.unit, m.basis, m.source]),
);
