/**
 * What the article says of one field of one record: stated in its words, read from context
 * (with the reason), derived by arithmetic (with the method), a forecast it quotes, or not
 * stated at all. One rule, used by Explain, the Dataset cards and the look-up functions, so a
 * field never carries a badge its record does not support.
 */
import type { AnyMetric, SourcedRecord } from "./catalog";

export const FIELD_BASES = ["stated", "inferred", "derived", "forecast", "not-stated"] as const;
export type FieldBasis = (typeof FIELD_BASES)[number];

export interface FieldProvenance {
  readonly basis: FieldBasis;
  /** The reason it was inferred, the method it was derived by, or what makes it a forecast; null otherwise. */
  readonly why: string | null;
}

/**
 * The record field behind each table column, as the records' `inferred` maps name them: a
 * payer, a payee and the direction are one reading of who pays whom.
 */
const DEAL_FIELD: Readonly<Record<string, string>> = {
  value_usd: "value",
  capacity_gw: "value",
  stake: "value",
  share_price: "value",
  payer: "direction",
  payee: "direction",
  direction: "direction",
  kind: "kind",
  date: "date",
  status: "status",
};

/** A deal's column and the record value it shows: null where the article gives none. */
const DEAL_VALUE: Readonly<Record<string, (deal: Extract<SourcedRecord, { type: "deal" }>["record"]) => unknown>> = {
  value_usd: (d) => d.valueUsd,
  capacity_gw: (d) => d.capacityGw,
  stake: (d) => d.stake,
  share_price: (d) => d.sharePriceUsd,
  payer: (d) => d.from,
  payee: (d) => d.to,
  date: (d) => d.date,
  timing: (d) => d.timing,
  status: (d) => d.status,
  condition: (d) => d.condition,
  caveat: (d) => d.caveat,
};

const METRIC_FIELD: Readonly<Record<string, string>> = { value: "value", period: "period", entity: "entity" };

const stated: FieldProvenance = { basis: "stated", why: null };
const notStated: FieldProvenance = { basis: "not-stated", why: null };

function fromInferred(inferred: Readonly<Record<string, string | undefined>>, field: string | undefined): FieldProvenance {
  const why = field === undefined ? undefined : inferred[field];
  return why === undefined ? stated : { basis: "inferred", why };
}

/** The provenance of one column (a table's key: value_usd, status, share…) of one record. */
export function fieldProvenance(found: SourcedRecord, column: string): FieldProvenance {
  switch (found.type) {
    case "deal": {
      const deal = found.record;
      const value = DEAL_VALUE[column];
      if (value !== undefined && value(deal) === null) return notStated;
      return fromInferred(deal.inferred, DEAL_FIELD[column]);
    }
    case "metric": {
      const metric = found.record;
      if (column === "value" && metric.basis === "derived") return { basis: "derived", why: metric.method };
      if (column === "value" && metric.basis === "stated" && metric.forecast !== null) {
        return { basis: "forecast", why: metric.forecast };
      }
      return fromInferred(metric.inferred, METRIC_FIELD[column]);
    }
    case "ai-share": {
      const point = found.record;
      if (column === "share" && point.status === "forecast") return { basis: "forecast", why: null };
      return stated;
    }
    case "event":
      return fromInferred(found.record.inferred, column);
  }
}

/** What the article says of a figure's value: the Metrics table's basis column, and METRIC's "basis". */
export const metricValueBasis = (metric: AnyMetric): FieldBasis =>
  fieldProvenance({ type: "metric", record: metric }, "value").basis;
