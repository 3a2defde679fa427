import type { Catalog } from "../dataset";
import { NOT_STATED } from "../cells";
import { perCatalog } from "../dataset/perCatalog";
import { QUALIFIER_WORDS } from "../dataset/qualifier";
import { inferredText } from "./inferred";
import { metricValueBasis } from "../dataset/provenance";
import { tableView, type ColumnSpec } from "./tableView";

export const METRIC_COLUMNS: readonly ColumnSpec[] = [
  { key: "id", format: "text", width: 34 },
  { key: "entity", format: "text", width: 22 },
  { key: "metric", format: "text", width: 26 },
  { key: "label", format: "text", width: 36 },
  { key: "period", format: "text", width: 11 },
  { key: "value", format: "number", width: 18 },
  { key: "unit", format: "text", width: 10 },
  { key: "qualifier", format: "text", width: 11 },
  { key: "basis", format: "text", width: 9 },
  { key: "inferred", format: "text", width: 40 },
  { key: "caveat", format: "text", width: 40 },
  { key: "source", format: "text", width: 60 },
];

/** The Metrics table: stated figures, then derived ones, in METRIC_COLUMNS order. */
export const metricTable = perCatalog((catalog: Catalog) =>
  tableView(METRIC_COLUMNS, catalog.metrics, (m) => [
    m.id,
    m.entityName,
    m.metric,
    m.label,
    m.period,
    m.value,
    m.unit,
    QUALIFIER_WORDS.en[m.qualifier],
    metricValueBasis(m),
    inferredText(m.inferred),
    m.caveat?.en ?? NOT_STATED,
    m.source,
  ]),
);
