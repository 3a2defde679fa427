/**
 * A dataset figure's provenance: its record, the column it is in, how sure the article is, and
 * the sentence it comes from with the number marked. Shared by a managed table's cells and by
 * the look-ups (METRIC, DEAL, SOURCE) that return a figure.
 */
import type { CellValue } from "../cells";
import type { AnyMetric, Catalog, CatalogDeal, SourcedRecord } from "../dataset";
import { shownDigits } from "../dataset/catalog";
import { fieldProvenance } from "../dataset/provenance";
import { parseDerivedFormula } from "../dataset/expression";
import { figureInSentence, sameFigure } from "../dataset/highlight";
import type { AiSharePoint, MetricUnit } from "../dataset/schema";
import type { FormulaNode } from "../formulas/parse";
import { HEADER_TO_KEY } from "../layout/tableWords";
import type { TableCellFacts } from "./facts";
import type { AnalystRowExplanation, FigureExplanation, FormulaWord, RowReading } from "./types";
import { readDealsRange } from "../flows/dealsRange";
import { isDomainError } from "../model/outcome";

/** A deal's figure columns: the record field each reads and its unit. */
const DEAL_FIGURES: Readonly<Record<string, { field: keyof CatalogDeal; unit: MetricUnit }>> = {
  value_usd: { field: "valueUsd", unit: "USD" },
  capacity_gw: { field: "capacityGw", unit: "GW" },
  stake: { field: "stake", unit: "fraction" },
  share_price: { field: "sharePriceUsd", unit: "USD" },
};

const OPERATOR_WORDS = { "+": "+", "-": "−", "*": "×", "/": "÷" } as const;
const RANK = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/** A derived formula as words: operators as ×, ÷, inputs as ids to link, parentheses only where needed. */
export function formulaWords(formula: string): FormulaWord[] {
  const derived = parseDerivedFormula(formula);
  const words: FormulaWord[] = [];
  const visit = (node: FormulaNode, parentRank: number, strict: boolean): void => {
    if (node.kind === "number") words.push({ kind: "number", value: node.value });
    else if (node.kind === "name") words.push({ kind: "input", id: derived.inputOf(node.name) ?? node.name });
    else if (node.kind === "unary") {
      words.push({ kind: "operator", operator: "−" });
      visit(node.operand, 3, false);
    } else if (node.kind === "binary" && node.operator in RANK) {
      const operator = node.operator as keyof typeof RANK;
      const rank = RANK[operator];
      const grouped = rank < parentRank || (strict && rank === parentRank);
      if (grouped) words.push({ kind: "open" });
      visit(node.left, rank, false);
      words.push({ kind: "operator", operator: OPERATOR_WORDS[operator] });
      visit(node.right, rank, true);
      if (grouped) words.push({ kind: "close" });
    } else throw new Error(`A derived formula holds only arithmetic: ${formula}`);
  };
  visit(derived.node, 0, false);
  return words;
}

function derivedPart(catalog: Catalog, metric: AnyMetric): FigureExplanation["derived"] {
  if (metric.basis !== "derived") return null;
  return {
    method: metric.method,
    words: formulaWords(metric.formula),
    inputs: parseDerivedFormula(metric.formula).inputs.flatMap((id) => {
      const input = catalog.metric(id);
      return input
        ? [{ id, label: input.label, labelZh: input.labelZh, value: input.value, unit: input.unit, qualifier: input.qualifier }]
        : [];
    }),
  };
}

function dealFigure(deal: CatalogDeal, column: string): Pick<FigureExplanation, "value" | "unit"> & { others: number[] } {
  const all = Object.values(DEAL_FIGURES).flatMap(({ field }) => (typeof deal[field] === "number" ? [deal[field]] : []));
  const figure = DEAL_FIGURES[column];
  const value = figure && typeof deal[figure.field] === "number" ? (deal[figure.field] as number) : null;
  return { value, unit: value === null ? null : figure.unit, others: all };
}

/** Builds the provenance of one record's figure in one column (value_usd, value, share…). */
export function figureOf(catalog: Catalog, found: SourcedRecord, column: string, shown: CellValue | null): FigureExplanation {
  const version = catalog.dataset.version;
  let base: Pick<
    FigureExplanation,
    "record" | "title" | "titleZh" | "value" | "unit" | "qualifier" | "significantDigits" | "derived"
  >;
  let numbers: number[];
  let caveat: FigureExplanation["caveat"] = null;
  switch (found.type) {
    case "deal": {
      const deal = found.record;
      const { value, unit, others } = dealFigure(deal, column);
      base = {
        record: "deal",
        title: deal.title,
        titleZh: deal.titleZh,
        value,
        unit,
        qualifier: deal.qualifier,
        significantDigits: null,
        derived: null,
      };
      numbers = value === null ? others : [value, ...others];
      caveat = deal.caveat;
      break;
    }
    case "metric": {
      const metric = found.record;
      const value = column === "value" ? metric.value : null;
      base = {
        record: "metric",
        title: metric.label,
        titleZh: metric.labelZh,
        value,
        unit: value === null ? null : metric.unit,
        qualifier: metric.qualifier,
        significantDigits: shownDigits(metric),
        derived: derivedPart(catalog, metric),
      };
      numbers = [metric.value];
      caveat = metric.caveat;
      break;
    }
    case "ai-share": {
      const point: AiSharePoint = found.record;
      const value = column === "share" ? point.share : null;
      base = {
        record: "ai-share",
        // The pane words a share's title from the year, in its own language.
        title: String(point.year),
        titleZh: String(point.year),
        value,
        unit: value === null ? null : "fraction",
        qualifier: point.qualifier,
        significantDigits: null,
        derived: null,
      };
      numbers = [point.share];
      break;
    }
    case "event": {
      const event = found.record;
      base = {
        record: "event",
        title: event.title,
        titleZh: event.titleZh,
        value: null,
        unit: null,
        qualifier: null,
        significantDigits: null,
        derived: null,
      };
      numbers = [];
      break;
    }
  }
  const overriddenBy = base.value !== null && typeof shown === "number" && !sameFigure(shown, base.value) ? shown : null;
  return {
    id: found.record.id,
    field: column,
    ...base,
    ...fieldProvenance(found, column),
    caveat,
    sourceZh: found.record.source,
    sourceEn: found.record.sourceEn,
    highlight: figureInSentence(found.record.source, numbers),
    datasetVersion: version,
    overriddenBy,
  };
}

/** The record and column a table cell shows, where its table is one the dataset fills. */
export function figureInTable(
  catalog: Catalog,
  table: TableCellFacts,
  shown: CellValue,
  isFormula: boolean,
): FigureExplanation | null {
  if (table.isHeader) return null;
  const keys = table.headers.map((header) => HEADER_TO_KEY.get(String(header)) ?? null);
  const column = keys[table.column];
  if (!column) return null;
  const at = (key: string) => {
    const index = keys.indexOf(key);
    return index < 0 ? undefined : table.row[index];
  };
  let found: SourcedRecord | undefined;
  const id = at("id");
  if (typeof id === "string" && id !== "") found = catalog.sourced(id);
  else {
    const year = at("year");
    const point = keys.includes("share") ? catalog.aiShare.find((p) => p.year === year) : undefined;
    if (point) found = { type: "ai-share", record: point };
  }
  // A derived figure's cell holds a formula: what it shows follows its inputs, not an override.
  return found ? figureOf(catalog, found, column, isFormula ? null : shown) : null;
}

/**
 * A row of the analyst's own in a Deals-like table (its id is no record of the dataset's), and
 * how the money-map functions read it when given the table: a flow, a link, or skipped and why.
 * Null for any other cell.
 */
export function analystRowInTable(catalog: Catalog, table: TableCellFacts): AnalystRowExplanation | null {
  if (table.isHeader) return null;
  const keys = table.headers.map((header) => HEADER_TO_KEY.get(String(header)) ?? null);
  const id = table.row[keys.indexOf("id")];
  if (typeof id !== "string" || catalog.sourced(id) !== undefined) return null;
  const read = readDealsRange(catalog, [table.headers, table.row]);
  if (isDomainError(read)) return null;
  const [deal] = read.deals;
  const [skipped] = read.skipped;
  let reading: RowReading;
  if (deal === undefined) {
    if (skipped === undefined) return null; // an empty row
    reading = { kind: "skipped", reason: skipped.reason };
  } else if (deal.from !== null && deal.to !== null)
    reading = { kind: "flow", from: read.nameOf(deal.from), to: read.nameOf(deal.to), valueUsd: deal.valueUsd };
  else reading = { kind: "link", parties: deal.partyNames };
  return { id, table: table.name, reading };
}
