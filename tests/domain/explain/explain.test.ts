import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { cellFacts } from "../../support/cellFacts";
import type { CellValue } from "../../../src/domain/cells";
import {
  explainCell,
  referencesToRead,
  type CellFacts,
  type Explanation,
  type ReferenceFacts,
} from "../../../src/domain/explain";
import { computeCores } from "../../../src/domain/formulas/cores";
import { SHEET_WORDS } from "../../../src/domain/layout/labels";
import { createAiShareModel } from "../../../src/domain/model/aiShare";
import { dealTable, DEAL_COLUMNS } from "../../../src/domain/tables/deals";
import { metricTable, METRIC_COLUMNS } from "../../../src/domain/tables/metrics";

const cores = computeCores(catalog);

const facts = cellFacts;

function tableFacts(
  name: string,
  keys: readonly string[],
  row: readonly CellValue[],
  column: string,
  language: "en" | "zh-TW" = "en",
): CellFacts["table"] {
  return {
    name,
    headers: keys.map((key) => SHEET_WORDS[language].headers[key]),
    row,
    column: keys.indexOf(column),
    isHeader: false,
  };
}

const expectKind = <K extends Explanation["kind"]>(explanation: Explanation, kind: K) => {
  expect(explanation.kind).toBe(kind);
  return explanation as Extract<Explanation, { kind: K }>;
};

describe("explainCell: a managed table cell", () => {
  const deal = catalog.deal("openai-oracle-compute")!;
  const dealKeys = DEAL_COLUMNS.map((c) => c.key);

  it.each(["en", "zh-TW"] as const)("gives the OpenAI–Oracle value's source with 3000億美元 marked (%s headers)", (language) => {
    const row = dealTable(catalog).rowOf(deal);
    const explanation = explainCell(
      facts({ address: "Deals!G4", table: tableFacts("Deals", dealKeys, row, "value_usd", language), value: 300e9 }),
      catalog,
    );
    const { figure } = expectKind(explanation, "figure");
    expect(figure).toMatchObject({ id: deal.id, record: "deal", value: 300e9, unit: "USD", basis: "stated", overriddenBy: null });
    expect(figure.sourceZh.slice(figure.highlight!.start, figure.highlight!.end)).toBe("3000億美元");
    expect(figure.sourceEn).toBe(deal.sourceEn);
    expect(figure.datasetVersion).toBe(catalog.dataset.version);
  });

  it("says a date read from context is inferred, and why", () => {
    const row = dealTable(catalog).rowOf(deal);
    const { figure } = expectKind(
      explainCell(facts({ table: tableFacts("Deals", dealKeys, row, "date"), value: "2025-09" }), catalog),
      "figure",
    );
    expect(figure.basis).toBe("inferred");
    expect(figure.why).toBe(deal.inferred.date);
  });

  it("reports the analyst's own value in a dataset cell", () => {
    const row = dealTable(catalog).rowOf(deal);
    const { figure } = expectKind(
      explainCell(facts({ table: tableFacts("Deals", dealKeys, row, "value_usd"), value: 1 }), catalog),
      "figure",
    );
    expect(figure.overriddenBy).toBe(1);
  });

  it("gives a derived figure's formula in words, each input linkable", () => {
    const metric = catalog.metric("xai-monthly-burn")!;
    const keys = METRIC_COLUMNS.map((c) => c.key);
    const row = metricTable(catalog).rowOf(metric);
    const { figure } = expectKind(
      explainCell(facts({ table: tableFacts("Metrics", keys, row, "value"), formula: "=G5/G6", value: 1e9 }), catalog),
      "figure",
    );
    expect(figure.basis).toBe("derived");
    expect(figure.derived!.words).toEqual([
      { kind: "input", id: "xai-funding" },
      { kind: "operator", operator: "÷" },
      { kind: "input", id: "xai-runway" },
    ]);
    expect(figure.derived!.inputs.map((i) => [i.id, i.value])).toEqual([
      ["xai-funding", 20e9],
      ["xai-runway", 20],
    ]);
  });

  it("keeps the parentheses a derived formula needs", () => {
    const metric =
      catalog.metric("openai-compute-share-of-cost") ??
      catalog.metrics.find((m) => m.basis === "derived" && m.formula.includes("("))!;
    const { figure } = expectKind(
      explainCell(
        facts({
          table: tableFacts(
            "Metrics",
            METRIC_COLUMNS.map((c) => c.key),
            metricTable(catalog).rowOf(metric),
            "value",
          ),
          formula: "=1",
        }),
        catalog,
      ),
      "figure",
    );
    const words = figure.derived!.words;
    expect(words.some((w) => w.kind === "open")).toBe(true);
    expect(words.filter((w) => w.kind === "open").length).toBe(words.filter((w) => w.kind === "close").length);
  });

  it("explains the AI-share table by year", () => {
    const point = catalog.aiShare[0];
    const table = {
      name: "AIShare",
      headers: ["year", "share", "status"],
      row: [point.year, point.share, point.status],
      column: 1,
      isHeader: false,
    };
    const { figure } = expectKind(explainCell(facts({ table, value: point.share }), catalog), "figure");
    expect(figure).toMatchObject({ record: "ai-share", value: point.share, unit: "fraction", id: point.id });
  });
});

describe("explainCell: COMPUTE calls", () => {
  it("explains RUNWAY over named inputs: the arithmetic, the cash month by month and the tornado", () => {
    const explanation = explainCell(
      facts({
        address: "'Scenario xAI'!B9",
        sheet: "Scenario xAI",
        formula: "=COMPUTE.RUNWAY(Scn_xAI_Cash,Scn_xAI_Burn)",
        value: 20,
        references: {
          "name:scn_xai_cash": ["'Scenario xAI'!$B$4", 20e9],
          "name:scn_xai_burn": ["'Scenario xAI'!$B$5", 1e9],
        },
      }),
      catalog,
    );
    const { call } = expectKind(explanation, "call");
    expect(call.args.slice(0, 2)).toEqual([
      { name: "cash", text: "Scn_xAI_Cash", value: 20e9, reference: "'Scenario xAI'!$B$4" },
      { name: "monthly_burn", text: "Scn_xAI_Burn", value: 1e9, reference: "'Scenario xAI'!$B$5" },
    ]);
    expect(call.args.slice(2).every((a) => a.text === "" && a.value === null)).toBe(true);
    expect(call.result).toBe(20);
    const detail = call.detail!;
    if (detail.kind !== "runway") throw new Error("expected a runway");
    expect(detail).toMatchObject({ form: "constant", cash: 20e9, monthlyBurn: 1e9, months: 20 });
    expect(detail.balance[0]).toEqual({ month: 0, cash: 20e9 });
    expect(detail.balance[10]).toEqual({ month: 10, cash: 10e9 });
    expect(detail.balance.at(-1)).toEqual({ month: 20, cash: 0 });
    // Cash and burn move the runway by 2 months each way or more; a zero growth moves nothing.
    const [first, second] = detail.sensitivity;
    expect(new Set([first.input, second.input])).toEqual(new Set(["cash", "monthly_burn"]));
    expect(detail.sensitivity.find((s) => s.input === "cash")).toMatchObject({ low: 18, high: 22 });
    expect(detail.sensitivity.find((s) => s.input === "burn_growth")!.swing).toBe(0);
    const swings = detail.sensitivity.map((s) => s.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it("takes RUNWAY's sensitivities from the function's own core, with growth and revenue", () => {
    const args = [100e9, 3e9, 0.05, 1e9, 0.02];
    const formula = "=COMPUTE.RUNWAY(B1,B2,B3,B4,B5)";
    const references = Object.fromEntries(
      args.map((v, i) => [`sheet1!B${i + 1}`, [`Sheet1!B${i + 1}`, v] as [string, CellValue]]),
    );
    const { call } = expectKind(explainCell(facts({ formula, references }), catalog), "call");
    const detail = call.detail!;
    if (detail.kind !== "runway") throw new Error("expected a runway");
    expect(detail.form).toBe("with-revenue");
    expect(detail.months).toBe(cores.RUNWAY(args));
    const revenue = detail.sensitivity.find((s) => s.input === "monthly_revenue")!;
    expect(revenue.high).toBe(cores.RUNWAY([100e9, 3e9, 0.05, 1.1e9, 0.02]));
    expect(detail.balance.at(-1)!.cash).toBe(0);
    expect(detail.balance.length).toBeLessThanOrEqual(122);
  });

  it("explains BURN: the burn that spends the cash in the months given", () => {
    const { call } = expectKind(explainCell(facts({ formula: "=COMPUTE.BURN(20000000000,20)" }), catalog), "call");
    expect(call.result).toBe(1e9);
    expect(call.detail).toMatchObject({ kind: "runway", fn: "BURN", monthlyBurn: 1e9, months: 20, form: "constant" });
  });

  it("names the argument that makes RUNWAY fail, with the function's own message", () => {
    const { call } = expectKind(
      explainCell(facts({ formula: "=COMPUTE.RUNWAY(B1,1000000000)", references: { "sheet1!B1": ["Sheet1!B1", -5] } }), catalog),
      "call",
    );
    const expected = cores.RUNWAY([-5, 1e9]);
    expect(call.error).toEqual({ code: "#VALUE!", message: (expected as { message: string }).message, argument: "cash" });
    expect(call.detail).toBeNull();
  });

  it("passes on an error an argument's cell shows", () => {
    const { call } = expectKind(
      explainCell(facts({ formula: "=COMPUTE.RUNWAY(B1,1)", references: { "sheet1!B1": ["Sheet1!B1", "#DIV/0!"] } }), catalog),
      "call",
    );
    expect(call.error).toMatchObject({ argument: "cash", message: "cash shows #DIV/0!" });
  });

  it("explains AISHARE for 2030: the method and its fitted parameter", () => {
    const model = createAiShareModel(catalog.aiShare);
    const { call } = expectKind(explainCell(facts({ formula: '=COMPUTE.AISHARE(2030,"logistic")' }), catalog), "call");
    expect(call.detail).toMatchObject({
      kind: "aishare",
      year: 2030,
      share: model.shareAt(2030, "logistic"),
      placement: { kind: "extrapolated", method: "logistic", parameter: model.logisticSteepness, from: { year: model.lastYear } },
    });
    const linear = explainCell(facts({ formula: '=COMPUTE.AISHARE(2030,"linear")' }), catalog);
    expect(linear.kind === "call" && linear.call.detail).toMatchObject({
      placement: { method: "linear", parameter: model.linearSlope },
    });
  });

  it("explains AISHARE between two of the article's years by those two points", () => {
    const [a, b] = catalog.aiShare;
    const year = b.year - a.year > 1 ? a.year + 1 : a.year;
    const { call } = expectKind(explainCell(facts({ formula: `=COMPUTE.AISHARE(${year})` }), catalog), "call");
    expect(call.detail).toMatchObject(
      year === a.year
        ? { placement: { kind: "exact", point: { year: a.year } } }
        : { placement: { kind: "interpolated", left: { year: a.year }, right: { year: b.year } } },
    );
  });

  it("gives METRIC's figure with its provenance", () => {
    const { call } = expectKind(explainCell(facts({ formula: '=COMPUTE.METRIC("xAI","funding")' }), catalog), "call");
    expect(call.result).toBe(20e9);
    expect(call.detail).toMatchObject({ kind: "figure", figure: { id: "xai-funding", value: 20e9, record: "metric" } });
  });

  it("gives DEAL's and SOURCE's record", () => {
    const deal = explainCell(facts({ formula: '=COMPUTE.DEAL("openai-oracle-compute")' }), catalog);
    expect(deal.kind === "call" && deal.call.detail).toMatchObject({ figure: { id: "openai-oracle-compute", value: 300e9 } });
    const source = explainCell(facts({ formula: '=COMPUTE.SOURCE("openai-oracle-compute","en")' }), catalog);
    expect(source.kind === "call" && source.call.detail).toMatchObject({
      figure: { id: "openai-oracle-compute", field: "source" },
    });
  });

  it("explains the COMPUTE call inside a larger formula", () => {
    const { call } = expectKind(explainCell(facts({ formula: "=COMPUTE.AISHARE(2030)*100" }), catalog), "call");
    expect(call.fn).toBe("AISHARE");
  });

  it("leaves an argument it could not read unknown, and computes nothing", () => {
    const { call } = expectKind(explainCell(facts({ formula: "=COMPUTE.RUNWAY(B1,B2)" }), catalog), "call");
    expect(call.args[0].value).toBeNull();
    expect(call).toMatchObject({ result: null, detail: null, error: null });
  });
});

describe("explainCell: precedents and plain cells", () => {
  it("lists a formula's direct precedents, marking those that hold COMPUTE formulas", () => {
    const references = new Map<string, ReferenceFacts>([
      ["sheet1!B4", { address: "Sheet1!B4", values: [[20e9]], formulas: [['=COMPUTE.METRIC("xAI","funding")']] }],
      ["sheet1!C1", { address: "Sheet1!C1", values: [[2]], formulas: [[2]] }],
    ]);
    const explanation = explainCell({ ...facts({ formula: "=B4*C1" }), references }, catalog);
    expect(expectKind(explanation, "precedents").precedents).toEqual([
      { address: "Sheet1!B4", formula: '=COMPUTE.METRIC("xAI","funding")', fromCompute: true },
      { address: "Sheet1!C1", formula: null, fromCompute: false },
    ]);
  });

  it("uses Excel's own precedents where the host gives them", () => {
    const references = new Map<string, ReferenceFacts>([
      ["sheet1!B4", { address: "Sheet1!B4", values: [[0.3]], formulas: [["=COMPUTE.AISHARE(2030)"]] }],
    ]);
    const explanation = explainCell(
      { ...facts({ formula: "=B4*2" }), references, precedents: ["Sheet1!B4", "Other!A1"] },
      catalog,
    );
    expect(expectKind(explanation, "precedents").precedents.map((p) => p.address)).toEqual(["Sheet1!B4", "Other!A1"]);
  });

  it.each([
    ["an empty cell", facts({})],
    ["a number", facts({ value: 5, formula: null })],
    ["a formula over plain numbers", facts({ formula: "=A2+1", references: { "sheet1!A2": ["Sheet1!A2", 4] } })],
    ["unreadable formula text", facts({ formula: "=SUM(" })],
    ["a header cell", facts({ table: { name: "Deals", headers: ["id"], row: ["id"], column: 0, isHeader: true } })],
    ["a table the dataset does not fill", facts({ table: tableFacts("Mine", ["id", "value"], ["mine-1", 3], "value") })],
  ])("says nothing comes from the dataset for %s", (_, cell) => {
    expect(explainCell(cell, catalog)).toEqual({ kind: "nothing", address: cell.address });
  });
});

describe("referencesToRead", () => {
  it("lists each reference and name once, sheet-qualified, without $", () => {
    expect(referencesToRead("=COMPUTE.RUNWAY(Scn_xAI_Cash,$B$2,'Q''s'!C3,B2+scn_xai_cash,A1:B2)", "Sheet1")).toEqual([
      { key: "name:scn_xai_cash", kind: "name", name: "Scn_xAI_Cash" },
      { key: "sheet1!B2", kind: "cells", sheet: "Sheet1", address: "B2" },
      { key: "q's!C3", kind: "cells", sheet: "Q's", address: "C3" },
      { key: "sheet1!A1:B2", kind: "cells", sheet: "Sheet1", address: "A1:B2" },
    ]);
    expect(referencesToRead("=SUM(", "Sheet1")).toEqual([]);
    expect(referencesToRead(null, "Sheet1")).toEqual([]);
  });
});

describe("explainCell: a row the analyst added to the Deals table", () => {
  const keys = DEAL_COLUMNS.map((c) => c.key);
  const analystRow = (cells: Partial<Record<string, CellValue>>) => keys.map((key) => cells[key] ?? "");
  const explainRow = (cells: Partial<Record<string, CellValue>>, column = "value_usd", language: "en" | "zh-TW" = "en") =>
    explainCell(facts({ address: "Deals!G20", table: tableFacts("Deals", keys, analystRow(cells), column, language) }), catalog);

  it("is theirs, read as a flow with the names as written and the dataset's entities matched through their aliases", () => {
    const { row } = expectKind(explainRow({ id: "my-deal", payer: "甲骨文", payee: "CoreWeave", value_usd: 12e9 }), "analystRow");
    expect(row).toEqual({
      id: "my-deal",
      table: "Deals",
      reading: { kind: "flow", from: "甲骨文", to: "CoreWeave", valueUsd: 12e9 },
    });
  });

  it.each(["en", "zh-TW"] as const)(
    "reads an unstated amount, a link, and says why a row is skipped (%s headers)",
    (language) => {
      expect(
        expectKind(explainRow({ id: "a", payer: "Oracle", payee: "Nvidia" }, "id", language), "analystRow").row.reading,
      ).toEqual({
        kind: "flow",
        from: "Oracle",
        to: "Nvidia",
        valueUsd: null,
      });
      expect(
        expectKind(explainRow({ id: "b", parties: "Nvidia, CoreWeave" }, "parties", language), "analystRow").row.reading,
      ).toEqual({ kind: "link", parties: ["Nvidia", "CoreWeave"] });
      expect(
        expectKind(explainRow({ id: "c", payer: "Oracle", value_usd: "lots" }, "value_usd", language), "analystRow").row.reading,
      ).toEqual({
        kind: "skipped",
        reason: "value-not-number",
      });
    },
  );

  it("is not claimed for a dataset row, a header or a table of another shape", () => {
    const row = dealTable(catalog).rowOf(catalog.deal("openai-oracle-compute")!);
    expect(
      explainCell(facts({ address: "Deals!G4", table: tableFacts("Deals", keys, row, "value_usd"), value: 300e9 }), catalog).kind,
    ).toBe("figure");
    const metricKeys = METRIC_COLUMNS.map((c) => c.key);
    const theirs = metricKeys.map((key) => (key === "id" ? "my-figure" : key === "value" ? 5 : ""));
    expect(
      explainCell(facts({ address: "'Compute spend'!J30", table: tableFacts("Metrics", metricKeys, theirs, "value") }), catalog)
        .kind,
    ).not.toBe("analystRow");
  });
});

describe("explainCall: STRESS and DEPENDENCE", () => {
  it("shows STRESS's chain, round by round, and the payees it reaches with no amount stated", () => {
    const { call } = expectKind(
      explainCell(facts({ address: "Sheet1!A1", formula: '=COMPUTE.STRESS("Nvidia")' }), catalog),
      "call",
    );
    expect(call.detail).toEqual({
      kind: "stress",
      failed: "Nvidia",
      method: "cascade",
      steps: [
        { round: 1, from: "Nvidia", to: "OpenAI", lossUsd: 100e9 },
        { round: 2, from: "OpenAI", to: "Oracle", lossUsd: 300e9 },
      ],
      unstated: [
        { round: 1, to: "xAI" },
        { round: 2, to: "AMD" },
      ],
    });
  });

  it("shows DEPENDENCE's parts, with the result as one value", () => {
    const { call } = expectKind(
      explainCell(facts({ address: "Sheet1!A1", formula: '=COMPUTE.DEPENDENCE("Nvidia", "OpenAI", "out")' }), catalog),
      "call",
    );
    expect(call.result).toBe(1);
    expect(call.detail).toEqual({
      kind: "dependence",
      entity: "Nvidia",
      direction: "out",
      parts: [
        { counterparty: "OpenAI", share: 1, statedUsd: 100e9, unstated: 0 },
        { counterparty: "xAI", share: 0, statedUsd: 0, unstated: 1 },
      ],
    });
  });
});
