import { catalogCircles, flowGraph } from "../../../src/domain/flows/graph";
import { exposure } from "../../../src/functions/functions";
import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { LANGUAGES } from "../../../src/domain/language";
import { SHEET_WORDS } from "../../../src/domain/layout/labels";
import { HEADER_TO_KEY } from "../../../src/domain/layout/tableWords";
import { address, columnLetters, type TableSeriesPlan } from "../../../src/domain/layout/plan";
import { buildWorkbookPlan } from "../../../src/domain/layout/workbookPlan";
import { QUALIFIER_WORDS } from "../../../src/domain/dataset/qualifier";
import { planToEngine } from "../../support/planWorkbook";

const context = { language: "en" as const, writtenAt: "2026-11-29T06:00:00Z", addinVersion: "0.1.0" };

describe("workbook plan", () => {
  const plans = buildWorkbookPlan(catalog, context);
  const [deals, spend] = plans;

  it("plans the Deals, Compute spend, Money map and About sheets", () => {
    expect(plans.map((p) => [p.key, p.name])).toEqual([
      ["deals", "Deals"],
      ["compute-spend", "Compute spend"],
      ["money-map", "Money map"],
      ["about", "About"],
    ]);
    expect(deals.tables.map((t) => t.name)).toEqual(["Deals"]);
    expect(spend.tables.map((t) => t.name)).toEqual(["AIShare", "Metrics"]);
  });

  it.each(LANGUAGES)(
    "carries every figure's qualifier in words and in its number format, and every inference as a note, in %s",
    (language) => {
      const [dealsPlan, spendPlan] = buildWorkbookPlan(catalog, { ...context, language });
      const words = { en: "nearly", "zh-CN": "近", "zh-TW": "近" }[language];
      const deals = dealsPlan.tables[0];
      const col = (key: string) => deals.columns.findIndex((c) => c.key === key);
      const warrant = deals.rows.find((r) => r.id === "amd-openai-warrant")!;
      expect(warrant.cells[col("qualifier")]).toBe(words);
      expect(warrant.numberFormats?.[col("stake")]).toBe('"<"0.0%');
      expect(warrant.notes?.[col("date")]).toMatchObject({ kind: "inferred", title: SHEET_WORDS[language].noteTitles.inferred });
      // Exact figures keep the column's format; stated dates carry no note.
      const taobao = deals.rows.find((r) => r.id === "taobao-wechat-pay")!;
      expect(taobao.notes?.every((note) => note === null)).toBe(true);
      expect(deals.rows.find((r) => r.id === "openai-oracle-compute")!.numberFormats?.[col("value_usd")]).toBe('$#,##0.0,,,"B"');

      const metrics = spendPlan.tables.find((t) => t.key === "metrics")!;
      const value = metrics.columns.findIndex((c) => c.key === "value");
      const perYear = metrics.rows.find((r) => r.id === "chips-act-funding-per-year")!;
      // 約2000億 over 10 years supports two digits: about US$20B a year, shown without decimals.
      expect(perYear.numberFormats?.[value]).toBe('"≈"$#,##0,,,"B/yr"');
      for (const m of catalog.metrics) {
        const row = metrics.rows.find((r) => r.id === m.id)!;
        expect([m.id, row.cells[metrics.columns.findIndex((c) => c.key === "qualifier")]]).toEqual([
          m.id,
          QUALIFIER_WORDS[language][m.qualifier],
        ]);
        expect([m.id, (row.notes ?? []).some((note) => note?.kind === "caveat")]).toEqual([m.id, m.caveat !== null]);
      }
    },
  );

  it("writes one Deals row per deal, id first, with the $B display format on the value", () => {
    const table = deals.tables[0];
    expect(table.rows.map((r) => r.id)).toEqual(catalog.deals.map((d) => d.id));
    expect(table.columns.map((c) => c.key).slice(0, 6)).toEqual(["id", "parties", "direction", "payer", "payee", "kind"]);
    expect(table.columns.find((c) => c.key === "value_usd")?.numberFormat).toBe('$#,##0.0,,,"B"');
    expect(table.columns.find((c) => c.key === "stake")?.numberFormat).toBe("0.0%");
  });

  it("keeps every table row as wide as its columns", () => {
    for (const sheet of plans)
      for (const table of sheet.tables) for (const row of table.rows) expect(row.cells.length).toBe(table.columns.length);
  });

  it("places tables so that none overlaps another or a chart", () => {
    const boxes = plans.flatMap((sheet) => [
      ...sheet.tables.map((t) => ({
        sheet: sheet.key,
        top: t.row,
        left: t.col,
        bottom: t.row + t.rows.length,
        right: t.col + t.columns.length - 1,
      })),
      ...sheet.charts.map((c) => ({
        sheet: sheet.key,
        top: c.row,
        left: c.col,
        bottom: c.row + c.height - 1,
        right: c.col + c.width - 1,
      })),
    ]);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.sheet === b.sheet)
          expect(a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top).toBe(true);
  });

  it("splits the AI-share chart into observed and forecast lines that meet", () => {
    const [observed, forecast] = spend.charts[0].series as TableSeriesPlan[];
    expect(observed.rows).toEqual({ from: 0, to: 2 });
    expect(forecast.rows).toEqual({ from: 2, to: 3 });
  });

  it.each(LANGUAGES)("writes headers in %s that refresh maps back to their keys", (language) => {
    for (const sheet of buildWorkbookPlan(catalog, { ...context, language }))
      for (const table of sheet.tables)
        for (const column of table.columns) expect(HEADER_TO_KEY.get(column.header)).toBe(column.key);
  });

  it("gives each language its own sheet names", () => {
    expect(buildWorkbookPlan(catalog, { ...context, language: "zh-TW" }).map((p) => p.name)).toEqual(
      Object.values(SHEET_WORDS["zh-TW"].sheetNames),
    );
  });

  it("addresses cells A1-style", () => {
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(701), address(2, 0, 16, 12)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "A3:L18",
    ]);
  });
});

describe.each(LANGUAGES)("formulas of the portable workbook's sheets, in %s, evaluated by HyperFormula", (language) => {
  // The portable layout: HyperFormula cannot size a spill whose size depends on a range's
  // values, so the live Money map's spills are calculated in tests/domain/layout/moneyMapPlan.test.ts.
  const plans = buildWorkbookPlan(catalog, { ...context, language, portable: true });
  const { valueAt } = planToEngine(plans);
  const [deals, spend, moneyMap, about] = plans;

  it("equal the dataset: every Deals number", () => {
    const table = deals.tables[0];
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (typeof cell === "number") expect(valueAt(deals.name, table.row + 1 + r, table.col + c)).toBe(cell);
      }),
    );
  });

  it("equal the dataset: every Metrics value, derived ones computed live from the stated ones", () => {
    const table = spend.tables[1];
    const valueCol = table.columns.findIndex((c) => c.key === "value");
    table.rows.forEach((row, r) => {
      const expected = catalog.metric(row.id)!.value;
      // Excel keeps 15 significant digits: compare relative to the value.
      expect((valueAt(spend.name, table.row + 1 + r, table.col + valueCol) as number) / expected).toBeCloseTo(1, 12);
    });
    expect(table.rows.filter((row) => String(row.cells[valueCol]).startsWith("=")).length).toBe(
      catalog.dataset.derivedMetrics.length,
    );
  });

  it("evaluate every About example without error, RUNWAY giving xAI's 20 months", () => {
    const block = about.blocks.find((b) => b.key === "functions")!;
    const results = block.cells.slice(1).map((_, i) => valueAt(about.name, block.row + 1 + i, 2));
    for (const result of results) expect(typeof result === "number" || typeof result === "string").toBe(true);
    expect(results[0]).toBe(20);
    expect(results[2]).toBeCloseTo(0.215, 12);
  });

  it("sum the stated flows in the Money map, count those with no amount, and total them as COMPUTE.EXPOSURE does", () => {
    const header = moneyMap.blocks.find((b) => b.key === "matrix-header")!;
    const matrix = moneyMap.blocks.find((b) => b.key === "matrix")!;
    const names = header.cells[0].slice(1, -3) as string[];
    const n = names.length;
    expect(n).toBe(flowGraph(catalog).entities.length);
    const at = (r: number, c: number) => valueAt(moneyMap.name, matrix.row + r, matrix.col + c);
    const notStated = SHEET_WORDS[language].moneyMap.notStated;
    names.forEach((payer, i) => {
      expect(at(i, 0)).toBe(payer);
      names.forEach((payee, j) => {
        const deals = catalog.deals.filter(
          (d) => d.direction === "one-way" && catalog.nameOf(d.from!) === payer && catalog.nameOf(d.to!) === payee,
        );
        const stated = deals.reduce((sum, d) => sum + (d.valueUsd ?? 0), 0);
        // Money flows with no amount stated: the cell says so, never 0.
        const expected = deals.length > 0 && deals.every((d) => d.valueUsd === null) ? notStated : stated;
        expect([payer, payee, at(i, 1 + j)]).toEqual([payer, payee, expected]);
      });
      expect(at(i, n + 1)).toBe(exposure(payer, "out"));
      expect(at(i, n + 2)).toBe(exposure(payer, "not_stated_out"));
      expect(at(n, 1 + i)).toBe(exposure(payer, "in"));
      expect(at(n + 1, 1 + i)).toBe(exposure(payer, "not_stated_in"));
      expect(at(i, n + 3)).toBe(exposure(payer));
    });
    expect(at(names.indexOf("Oracle"), 1 + names.indexOf("Nvidia"))).toBe(notStated);
    expect(at(names.indexOf("Nvidia"), 1 + names.indexOf("OpenAI"))).toBe(100e9);
  });

  it("spill the circles below the map", () => {
    const circles = moneyMap.blocks.find((b) => b.key === "circles")!;
    expect(valueAt(moneyMap.name, circles.row, 0)).toBe("circle");
    const rows = circles.cells.slice(1).map((_, r) => valueAt(moneyMap.name, circles.row + 1 + r, 0));
    expect(rows).toContain("Nvidia → OpenAI → Oracle → Nvidia");
    expect(rows).toHaveLength(catalogCircles(catalog).circles.length);
  });
});
