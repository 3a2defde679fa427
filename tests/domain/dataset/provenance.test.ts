/**
 * Every field Explain, the look-ups and the tables show says what the dataset records for that
 * field: stated, inferred (with its reason), derived (with its method), a forecast, or nothing.
 */
import { bundledCatalog as catalog, type SourcedRecord } from "../../../src/domain/dataset";
import { fieldProvenance, metricValueBasis } from "../../../src/domain/dataset/provenance";
import { explainCell } from "../../../src/domain/explain";
import { computeCores } from "../../../src/domain/formulas/cores";
import { SHEET_WORDS } from "../../../src/domain/layout/labels";
import { isDomainError } from "../../../src/domain/model/outcome";
import { DEAL_FIELDS } from "../../../src/domain/model/lookups";
import { dealTable, DEAL_COLUMNS, DEAL_FIGURE_COLUMNS } from "../../../src/domain/tables/deals";
import { metricTable, METRIC_COLUMNS } from "../../../src/domain/tables/metrics";
import { cellFacts } from "../../support/cellFacts";
import type { CellValue } from "../../../src/domain/cells";

const cores = computeCores(catalog);
const dealKeys = DEAL_COLUMNS.map((c) => c.key);
const metricKeys = METRIC_COLUMNS.map((c) => c.key);

function explained(table: string, keys: readonly string[], row: readonly CellValue[], column: string) {
  const explanation = explainCell(
    cellFacts({
      table: {
        name: table,
        headers: keys.map((k) => SHEET_WORDS.en.headers[k]),
        row,
        column: keys.indexOf(column),
        isHeader: false,
      },
      value: row[keys.indexOf(column)],
    }),
    catalog,
  );
  if (explanation.kind !== "figure") throw new Error(`${table}.${column}: ${explanation.kind}`);
  return explanation.figure;
}

describe("what the issue found, field by field", () => {
  const deal = (id: string) => ({ type: "deal", record: catalog.deal(id)! }) as SourcedRecord;

  it("Oracle's chip purchases state no amount: not stated, and no qualifier", () => {
    expect(fieldProvenance(deal("oracle-nvidia-chips"), "value_usd")).toEqual({ basis: "not-stated", why: null });
    const figure = explained("Deals", dealKeys, dealTable(catalog).rowOf(catalog.deal("oracle-nvidia-chips")!), "value_usd");
    expect(figure.basis).toBe("not-stated");
    expect(figure.qualifier).toBeNull();
  });

  it("the OpenAI–Oracle order's status is read from context, with its reason", () => {
    const record = catalog.deal("openai-oracle-compute")!;
    const figure = explained("Deals", dealKeys, dealTable(catalog).rowOf(record), "status");
    expect(figure.basis).toBe("inferred");
    expect(figure.why).toBe(record.inferred.status);
    expect(cores.DEAL(["openai-oracle-compute", "status"])).toBe("agreed (inferred)");
    // Its amount is the article's own words.
    expect(explained("Deals", dealKeys, dealTable(catalog).rowOf(record), "value_usd").basis).toBe("stated");
  });

  it("the 2025 AI share is a forecast the article quotes, and so is the quarter that restates it", () => {
    const point = catalog.aiShare.find((p) => p.year === 2025)!;
    expect(fieldProvenance({ type: "ai-share", record: point }, "share").basis).toBe("forecast");
    const restated = catalog.metric("ai-compute-replaced-share")!;
    expect(metricValueBasis(restated)).toBe("forecast");
    expect(cores.METRIC([restated.entityName, restated.metric, null, "basis"])).toBe("forecast");
    const figure = explained("Metrics", metricKeys, metricTable(catalog).rowOf(restated), "value");
    expect(figure.basis).toBe("forecast");
    expect(figure.why).toMatch(/預計到2025年將達到25%/);
  });

  it("a derived figure says its method", () => {
    const derived = catalog.metrics.find((m) => m.basis === "derived")!;
    const figure = explained("Metrics", metricKeys, metricTable(catalog).rowOf(derived), "value");
    expect(figure).toMatchObject({ basis: "derived", why: derived.basis === "derived" ? derived.method : null });
  });
});

describe("property: every field of every record", () => {
  it("a deal has a qualifier exactly where it has a figure", () => {
    for (const deal of catalog.deals) {
      const hasFigure = [deal.valueUsd, deal.capacityGw, deal.stake, deal.sharePriceUsd].some((v) => v !== null);
      expect([deal.id, deal.qualifier !== null]).toEqual([deal.id, hasFigure]);
      const qualifierCell = dealTable(catalog).rowOf(deal)[dealKeys.indexOf("qualifier")];
      expect([deal.id, qualifierCell !== ""]).toEqual([deal.id, hasFigure]);
    }
  });

  it("Explain's badge on each Deals cell is the field's provenance, and DEAL says the same", () => {
    for (const deal of catalog.deals) {
      const row = dealTable(catalog).rowOf(deal);
      const shownReasons = new Set<string>();
      for (const column of ["payer", "payee", "direction", "kind", "date", "status", ...DEAL_FIGURE_COLUMNS] as const) {
        const provenance = fieldProvenance({ type: "deal", record: deal }, column);
        const figure = explained("Deals", dealKeys, row, column);
        expect([deal.id, column, figure.basis, figure.why]).toEqual([deal.id, column, provenance.basis, provenance.why]);
        const empty = row[dealKeys.indexOf(column)] === "";
        // A field with nothing in it is never called stated; one with something is never "not stated".
        if (empty && column !== "direction") expect([deal.id, column, figure.basis]).toEqual([deal.id, column, "not-stated"]);
        if (!empty) expect(figure.basis).not.toBe("not-stated");
        if (provenance.why) shownReasons.add(provenance.why);
        if ((DEAL_FIELDS as readonly string[]).includes(column)) {
          const looked = cores.DEAL([deal.id, column]);
          if (provenance.basis === "not-stated") expect(isDomainError(looked) && looked.code).toBe("notAvailable");
          else if (typeof looked === "string") expect(looked.endsWith(" (inferred)")).toBe(provenance.basis === "inferred");
        }
      }
      // No reason the record gives is lost: each one shows on some cell.
      for (const why of Object.values(deal.inferred)) if (why) expect([deal.id, shownReasons.has(why)]).toEqual([deal.id, true]);
    }
  });

  it("each Metrics value's badge, basis column and METRIC's basis agree with the record", () => {
    for (const metric of catalog.metrics) {
      const row = metricTable(catalog).rowOf(metric);
      const figure = explained("Metrics", metricKeys, row, "value");
      const expected =
        metric.basis === "derived"
          ? "derived"
          : metric.forecast !== null
            ? "forecast"
            : metric.inferred.value !== undefined
              ? "inferred"
              : "stated";
      expect([metric.id, figure.basis]).toEqual([metric.id, expected]);
      expect(row[metricKeys.indexOf("basis")]).toBe(expected);
      for (const column of ["period", "entity"]) {
        const reason = metric.inferred[column as "period" | "entity"];
        expect(explained("Metrics", metricKeys, row, column)).toMatchObject({
          basis: reason === undefined ? "stated" : "inferred",
          why: reason ?? null,
        });
      }
    }
  });

  it("each AI share says forecast exactly where the report forecasts it", () => {
    for (const point of catalog.aiShare)
      expect(fieldProvenance({ type: "ai-share", record: point }, "share").basis).toBe(
        point.status === "forecast" ? "forecast" : "stated",
      );
  });
});
