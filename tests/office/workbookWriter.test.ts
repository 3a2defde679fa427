import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset } from "../../src/domain/dataset/schema";
import { writeTables } from "../../src/office/tables";
import { writeWorkbook } from "../../src/office/workbookWriter";
import { buildWorkbookPlan, planContext } from "../../src/domain/layout/workbookPlan";
import type { SheetPlan } from "../../src/domain/layout/plan";
import type { Language } from "../../src/domain/language";
import { OWNERSHIP_SETTING } from "../../src/domain/stored/markers";
import { scaledDataset } from "../support/syntheticDataset";
import { DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { flowGraph } from "../../src/domain/flows/graph";
import { FakeWorkbook, OfficeError } from "../fakes/excel";
import { installExcel } from "./support";

const NOW = new Date("2026-11-29T08:00:00Z");
const catalog = createCatalog(bundledDataset);
const VALUE_COLUMN = DEAL_COLUMNS.findIndex((c) => c.key === "value_usd");

function tableRows(workbook: FakeWorkbook, tableName: string) {
  const table = workbook.tables.find((t) => t.name === tableName)!;
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
  return Array.from({ length: table.height }, (_, r) =>
    Array.from({ length: table.width }, (_, c) => {
      const cell = workbook.cell(sheet, table.top + r, table.left + c);
      return cell.formula ?? cell.value;
    }),
  );
}

describe("inserting the tables", () => {
  it("writes the three sheets, their tables, charts and frozen headers in two round trips", async () => {
    const { workbook } = installExcel();
    const report = await writeTables("en", catalog, NOW);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Deals", "Compute spend", "Money map", "About"]);
    expect(workbook.tables.map((t) => t.name)).toEqual(["Deals", "AIShare", "Metrics"]);
    expect(report.syncs).toBe(2);
    expect(workbook.syncCount).toBe(2);
    expect(report.tables.map((t) => [t.table, t.added])).toEqual([
      ["Deals", catalog.deals.length],
      ["AIShare", catalog.aiShare.length],
      ["Metrics", catalog.metrics.length],
    ]);
    const deals = tableRows(workbook, "Deals");
    expect(deals[0].slice(0, 7)).toEqual(["id", "parties", "direction", "payer", "payee", "kind", "value_usd"]);
    expect(deals[1].slice(0, 7)).toEqual([
      "openai-oracle-compute",
      "OpenAI, Oracle",
      "OpenAI → Oracle",
      "OpenAI",
      "Oracle",
      "compute-purchase",
      300e9,
    ]);
    const dealsSheet = workbook.sheetByName("Deals")!;
    expect(dealsSheet.frozenRows).toBe(3);
    expect(dealsSheet.charts.map((c) => [c.name, c.type, c.series[0].values])).toEqual([
      ["ComputeAlliances.deals-by-value", "BarClustered", "Deals!G4:G18"],
    ]);
    expect(workbook.sheetByName("Compute spend")!.charts[0].series.map((s) => [s.values, s.xValues])).toEqual([
      ["'Compute spend'!B4:B6", "'Compute spend'!A4:A6"],
      ["'Compute spend'!B6:B7", "'Compute spend'!A6:A7"],
    ]);
    expect(workbook.calculationSuspensions).toBe(1);
  });

  it("writes derived metrics as live formulas over the stated rows", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const metrics = tableRows(workbook, "Metrics");
    const burn = metrics.find((row) => row[0] === "xai-monthly-burn")!;
    const funding = metrics.findIndex((row) => row[0] === "xai-funding");
    const runway = metrics.findIndex((row) => row[0] === "xai-runway");
    expect(burn[5]).toBe(`=$L$${3 + funding}/$L$${3 + runway}`.replace("/", " / "));
  });

  it.each([1, 10])("makes 2 round trips at %d× the data, where one request carries the write", async (factor) => {
    const { workbook } = installExcel();
    const report = await writeTables("en", createCatalog(scaledDataset(bundledDataset, factor)), NOW);
    expect(report.syncs).toBe(2);
    expect(workbook.syncCount).toBe(2);
    expect(tableRows(workbook, "Deals").length).toBe(1 + bundledDataset.deals.length * factor);
  });

  it("writes beside a sheet named Deals that is not its own, and says so", async () => {
    const { workbook } = installExcel();
    const mine = workbook.addSheet("Deals");
    workbook.setCell(mine, 0, 0, { value: "my own notes" });
    const report = await writeTables("en", catalog, NOW);
    expect(workbook.cell(mine, 0, 0).value).toBe("my own notes");
    expect(mine.cells.size).toBe(1);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Deals", "Deals (2)", "Compute spend", "Money map", "About"]);
    expect(report.notes).toEqual([{ kind: "sheetNameTaken", planned: "Deals", written: "Deals (2)" }]);
  });

  it("writes the sheets in Chinese", async () => {
    const { workbook } = installExcel();
    await writeTables("zh-TW", catalog, NOW);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["交易", "算力支出", "資金圖", "說明"]);
    expect(tableRows(workbook, "Deals")[0].slice(0, 3)).toEqual(["ID", "參與方", "方向"]);
  });
});

describe("refreshing the tables", () => {
  /** The dataset after an update: one deal added, one changed, one removed. */
  function updatedDataset(): Dataset {
    const deals = bundledDataset.deals
      .filter((d) => d.id !== "tiktok-us-settlement")
      .map((d) => (d.id === "nvidia-intel-partnership" ? { ...d, valueUsd: 6_000_000_000 } : d));
    deals.push({ ...bundledDataset.deals[0], id: "openai-oracle-expansion", valueUsd: 30_000_000_000 });
    return { ...bundledDataset, version: "9.9.0", deals };
  }

  async function analystWorkbook() {
    const { workbook } = installExcel();
    const theirs = workbook.addSheet("Deals");
    workbook.setCell(theirs, 4, 1, { value: "their model" });
    await writeTables("en", catalog, NOW);
    const sheet = workbook.sheetByName("Deals (2)")!;
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    // A calculated column: value in billions, the same formula on every row.
    const extra = table.left + table.width;
    workbook.setCell(sheet, table.top, extra, { value: "value_b" });
    for (let r = 1; r < table.height; r++) workbook.setCell(sheet, table.top + r, extra, { formula: "=[@value_usd]/1e9" });
    table.width += 1;
    // A note of theirs on one row, and a row of notes under the table.
    const oracleRow = table.top + 1;
    workbook.setCell(sheet, table.top, extra + 1, { value: "comment" });
    table.width += 1;
    workbook.setCell(sheet, oracleRow, extra + 1, { value: "checked against the filing" });
    workbook.setCell(sheet, table.top + table.height + 1, 0, { value: "Notes: values in US$" });
    // A chart of their own.
    sheet.charts.push({ id: "mine", name: "My chart", type: "Pie", title: "mine", position: null, series: [] });
    return { workbook, theirs, sheet, table };
  }

  it("updates, adds and removes rows by id, keeping the analyst's columns, cells, notes, sheets and charts", async () => {
    const { workbook, theirs, sheet, table } = await analystWorkbook();
    const syncsBefore = workbook.syncCount;
    const report = await writeTables("en", createCatalog(updatedDataset()), NOW);
    expect(workbook.syncCount - syncsBefore).toBe(3);
    expect(report.syncs).toBe(3);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ added: 1, updated: 1, removed: 1 });

    const rows = tableRows(workbook, "Deals");
    const header = rows[0];
    const ids = rows.slice(1).map((row) => row[0]);
    expect(ids).toEqual(updatedDataset().deals.map((d) => d.id));
    expect(header.slice(-2)).toEqual(["value_b", "comment"]);
    // Their calculated column is on every row, the new one included; their comment stayed with its row.
    expect(rows.slice(1).every((row) => row[header.length - 2] === "=[@value_usd]/1e9")).toBe(true);
    expect(rows.find((row) => row[0] === "openai-oracle-compute")![header.length - 1]).toBe("checked against the filing");
    expect(rows.find((row) => row[0] === "nvidia-intel-partnership")![VALUE_COLUMN]).toBe(6e9);
    // The notes under the table moved down with it; their sheet and chart are untouched.
    expect(workbook.cell(sheet, table.top + table.height + 1, 0).value).toBe("Notes: values in US$");
    expect(workbook.cell(theirs, 4, 1).value).toBe("their model");
    expect(sheet.charts.map((c) => c.name)).toEqual(["ComputeAlliances.deals-by-value", "My chart"]);
    expect(sheet.charts[0].series[0].values).toBe(`'Deals (2)'!G4:G${3 + ids.length}`);
  });

  it("changes nothing the second time", async () => {
    const { workbook } = await analystWorkbook();
    const updated = createCatalog(updatedDataset());
    await writeTables("en", updated, NOW);
    const before = JSON.stringify(workbook.dump());
    const report = await writeTables("en", updated, NOW);
    expect(JSON.stringify(workbook.dump())).toBe(before);
    for (const table of report.tables) expect(table).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(report.notes).toEqual([]);
  });

  it("refreshes the AI-share series by year", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const points = bundledDataset.aiShare.points;
    const revised: Dataset = {
      ...bundledDataset,
      aiShare: {
        ...bundledDataset.aiShare,
        points: [
          ...points.map((p) => (p.year === 2025 ? { ...p, share: 0.26 } : p)),
          { ...points[points.length - 1], id: "ai-share-2026", year: 2026, share: 0.3 },
        ],
      },
    };
    const report = await writeTables("en", createCatalog(revised), NOW);
    expect(report.tables.find((t) => t.table === "AIShare")).toMatchObject({ added: 1, updated: 1, removed: 0, unchanged: 3 });
    expect(report.notes).toEqual([]);
    expect(tableRows(workbook, "AIShare").map((row) => row.slice(0, 2))).toEqual([
      ["year", "share"],
      [2016, points[0].share],
      [2021, points[1].share],
      [2022, points[2].share],
      [2025, 0.26],
      [2026, 0.3],
    ]);
  });

  it.each([1, 10])("makes 3 round trips at %d× the data, where one request carries the write", async (factor) => {
    const { workbook } = installExcel();
    const big = createCatalog(scaledDataset(bundledDataset, factor));
    await writeTables("en", big, NOW);
    const before = workbook.syncCount;
    const report = await writeTables("en", big, NOW);
    expect(workbook.syncCount - before).toBe(3);
    expect(report.syncs).toBe(3);
  });

  it("recreates a managed sheet the analyst deleted", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    workbook.deleteSheet("Compute spend");
    await writeTables("en", catalog, NOW);
    expect(workbook.sheets.map((s) => s.name).sort()).toEqual(["About", "Compute spend", "Deals", "Money map"]);
    expect(tableRows(workbook, "Metrics").length).toBe(1 + catalog.metrics.length);
  });

  it("finds its sheets after the analyst renames them, and refreshes in the language the workbook was written in", async () => {
    const { workbook } = installExcel();
    await writeTables("zh-CN", catalog, NOW);
    workbook.sheetByName("交易")!.name = "My deals";
    // A refresh asked for in English (the ribbon, in an English Excel) keeps the workbook's language.
    const report = await writeTables("en", catalog, NOW);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["My deals", "算力支出", "资金图", "说明"]);
    expect(report.created).toEqual([]);
    expect(tableRows(workbook, "Deals")[0].slice(0, 2)).toEqual(["ID", "参与方"]);
    expect(workbook.settings.get(OWNERSHIP_SETTING)).toMatchObject({ language: "zh-CN" });
    expect(report.tables.every((t) => t.added === 0 && t.removed === 0)).toBe(true);
  });

  it("rewrites the managed headers and titles in another language only when asked, leaving the analyst's", async () => {
    const { workbook } = installExcel();
    await writeTables("zh-TW", catalog, NOW);
    const sheet = workbook.sheetByName("交易")!;
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    workbook.setCell(sheet, table.top, table.left + table.width, { value: "我的備註" });
    table.width += 1;
    const report = await writeTables("en", catalog, NOW, { rewriteLanguage: true });
    const header = tableRows(workbook, "Deals")[0];
    expect(header.slice(0, 2)).toEqual(["id", "parties"]);
    expect(header[header.length - 1]).toBe("我的備註");
    expect(workbook.cell(sheet, 0, 0).value).toBe("The 2025 compute alliances: deals");
    expect(workbook.settings.get(OWNERSHIP_SETTING)).toMatchObject({ language: "en" });
    expect(report.tables.every((t) => t.added === 0 && t.removed === 0)).toBe(true);
  });

  it("finds a table the analyst renamed, and refreshes it under its new name", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    workbook.tables.find((t) => t.name === "Deals")!.name = "MyDeals";
    const report = await writeTables("en", createCatalog(updatedDataset()), NOW);
    expect(report.syncs).toBe(3);
    expect(workbook.tables.map((t) => t.name)).toEqual(["MyDeals", "AIShare", "Metrics"]);
    expect(
      tableRows(workbook, "MyDeals")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(updatedDataset().deals.map((d) => d.id));
    expect(report.tables.find((t) => t.table === "MyDeals")).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(report.notes).toEqual([{ kind: "tableRenamed", from: "Deals", to: "MyDeals" }]);
    expect(workbook.settings.get(OWNERSHIP_SETTING)).toMatchObject({ tables: { deals: "MyDeals" } });
    // Once recorded, the new name needs no note.
    expect((await writeTables("en", createCatalog(updatedDataset()), NOW)).notes).toEqual([]);
  });

  it("never takes an analyst's table for its own, even one that has its old name", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    // The analyst deletes the Deals table, then makes a table of their own and calls it Deals.
    workbook.removeTable("Deals", "delete");
    const theirs = workbook.addSheet("Mine");
    workbook.setCell(theirs, 0, 0, { value: "their id" });
    workbook.tables.push({ id: "theirs", name: "Deals", sheetId: theirs.id, top: 0, left: 0, height: 1, width: 1, style: "" });
    const report = await writeTables("en", catalog, NOW);
    expect(workbook.cell(theirs, 0, 0).value).toBe("their id");
    // Its own is written again under a fresh name, in its place.
    expect(report.tables.map((t) => t.table)).toEqual(["Deals_2", "AIShare", "Metrics"]);
    expect(tableRows(workbook, "Deals_2").length).toBe(1 + catalog.deals.length);
    // The Money map's formulas read its own table, not theirs.
    const formulas = [...workbook.sheetByName("Money map")!.cells.values()].flatMap((cell) => cell.formula ?? []);
    const overDeals = formulas.filter((f) => f.includes("["));
    expect(overDeals.length).toBe(5);
    expect(overDeals.filter((f) => !f.includes("Deals_2[#All]") || /\bDeals\[/.test(f))).toEqual([]);
  });

  it("writes the Money map with a colour scale over its flows, written again on refresh rather than added twice", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const map = workbook.sheetByName("Money map")!;
    const n = flowGraph(catalog).entities.length;
    const scale = () => map.conditionalFormats.map(({ row, col, height, width, type }) => ({ row, col, height, width, type }));
    // The matrix spills from O5: its first row names the payees, its first column the payers. The
    // stress block's loss shares have a scale of their own.
    expect(scale()[0]).toEqual({ row: 5, col: 15, height: n, width: n, type: "ColorScale" });
    expect(scale()[1]).toMatchObject({ col: 6 + 3, width: 1, type: "ColorScale" });
    expect(map.conditionalFormats[0].criteria).toMatchObject({
      minimum: { type: "LowestValue", color: "#FFFFFF" },
      maximum: { type: "HighestValue", color: "#5A8AC6" },
    });
    expect(workbook.cell(map, 4, 14).formula).toBe("=COMPUTE.MONEYMAP(Deals[#All])");
    expect(workbook.cell(map, 5, 6).formula).toBe("=COMPUTE.STRESS(H5,,,Deals[#All])");
    expect(map.validations.get("4,7")?.rule).toMatchObject({
      list: { inCellDropDown: true, source: expect.stringContaining("Nvidia,") },
    });
    const report = await writeTables("en", catalog, NOW);
    expect(report.syncs).toBe(3);
    expect(scale()).toHaveLength(2);
  });

  it("writes a deleted table again in its place, when its cells are empty", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    workbook.removeTable("Metrics", "delete");
    const report = await writeTables("en", catalog, NOW);
    expect(report.syncs).toBe(3);
    expect(report.notes).toEqual([{ kind: "tableWrittenAgain", table: "Metrics", sheet: "Compute spend" }]);
    expect(report.tables.find((t) => t.table === "Metrics")).toMatchObject({ added: catalog.metrics.length });
    expect(tableRows(workbook, "Metrics").length).toBe(1 + catalog.metrics.length);
    // Its marker points at the new table, so the next refresh simply refreshes it.
    expect((await writeTables("en", catalog, NOW)).notes).toEqual([]);
  });

  it("points its chart at a table written again, rows added since included", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    workbook.removeTable("Deals", "delete");
    const deals = [...bundledDataset.deals, { ...bundledDataset.deals[0], id: "openai-oracle-expansion" }];
    await writeTables("en", createCatalog({ ...bundledDataset, deals }), NOW);
    const chart = workbook.sheetByName("Deals")!.charts[0];
    expect(chart.series[0].values).toBe(`Deals!G4:G${3 + deals.length}`);
  });

  it("leaves the cells of a table converted to a range as they are, and says where the table goes", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const sheet = workbook.sheetByName("Deals")!;
    const before = tableRows(workbook, "Deals");
    const { top, left } = workbook.tables.find((t) => t.name === "Deals")!;
    workbook.removeTable("Deals", "convert to range");
    workbook.setCell(sheet, top + 1, left + VALUE_COLUMN, { value: "my own figure" });
    const report = await writeTables("en", catalog, NOW);
    expect(report.notes).toEqual([
      { kind: "tableAreaInUse", table: "Deals", sheet: "Deals", address: `Deals!A3:S${top + 1 + catalog.deals.length}` },
    ]);
    expect(workbook.tables.map((t) => t.name)).toEqual(["AIShare", "Metrics"]);
    expect(workbook.cell(sheet, top + 1, left + VALUE_COLUMN).value).toBe("my own figure");
    expect(workbook.cell(sheet, top + 2, left).value).toBe(before[2][0]);
  });

  it("marks the tables of a workbook written before tables had markers, and then follows their renames", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    workbook.names = workbook.names.filter((n) => !n.name.startsWith("ComputeAlliances.table."));
    await writeTables("en", catalog, NOW);
    expect(workbook.names.filter((n) => n.name.startsWith("ComputeAlliances.table.")).map((n) => n.name)).toEqual([
      "ComputeAlliances.table.deals",
      "ComputeAlliances.table.ai_share",
      "ComputeAlliances.table.metrics",
    ]);
    workbook.tables.find((t) => t.name === "Metrics")!.name = "Figures";
    const report = await writeTables("en", catalog, NOW);
    expect(report.tables.map((t) => t.table)).toEqual(["Deals", "AIShare", "Figures"]);
  });

  it("leaves a table whose id column was removed as it is, and says which column to put back", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const sheet = workbook.sheetByName("Deals")!;
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    // The analyst deletes the id and parties columns: the rest shifts left.
    for (let r = 0; r < table.height; r++)
      for (let c = 0; c < table.width; c++)
        workbook.setCell(sheet, table.top + r, table.left + c, workbook.cell(sheet, table.top + r, table.left + c + 2));
    table.width -= 2;
    const before = tableRows(workbook, "Deals");
    const report = await writeTables("en", createCatalog(updatedDataset()), NOW);
    expect(report.notes).toEqual([{ kind: "keyColumnRemoved", table: "Deals", column: "id" }]);
    expect(tableRows(workbook, "Deals")).toEqual(before);
  });

  it("refreshes a table that lost a column of its own, and does not put the column back", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const sheet = workbook.sheetByName("Deals")!;
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    // The analyst deletes the last column, source_en.
    for (let r = 0; r < table.height; r++) workbook.setCell(sheet, table.top + r, table.left + table.width - 1, { value: "" });
    table.width -= 1;
    const report = await writeTables("en", createCatalog(updatedDataset()), NOW);
    expect(report.notes).toEqual([{ kind: "columnRemoved", table: "Deals", column: "source_en" }]);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(tableRows(workbook, "Deals")[0]).not.toContain("source_en");
  });

  it("reports a host failure midway, and the next refresh repairs the state", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const updated = createCatalog(updatedDataset());
    workbook.failAfterOperations = workbook.operationCount + 40;
    await expect(writeTables("en", updated, NOW)).rejects.toBeInstanceOf(OfficeError);
    await writeTables("en", updated, NOW);
    expect(
      tableRows(workbook, "Deals")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(updatedDataset().deals.map((d) => d.id));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Deals", "Compute spend", "Money map", "About"]);
  });

  it("brings a workbook written by an earlier version up to date: the new columns added at the right end, filled", async () => {
    const { workbook } = installExcel();
    const NEW = ["qualifier", "timing", "condition", "inferred", "caveat", "label"];
    // The tables as a version without these columns wrote them.
    const earlier = (language: Language): SheetPlan[] =>
      buildWorkbookPlan(catalog, planContext(language, NOW, "1.0.0")).map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((table) => {
          const keep = table.columns.map((c, i) => (NEW.includes(c.key) ? -1 : i)).filter((i) => i >= 0);
          const pick = <T>(list: readonly T[] | undefined) => list && keep.map((i) => list[i]);
          return {
            ...table,
            columns: pick(table.columns)!,
            rows: table.rows.map((row) => ({
              ...row,
              cells: pick(row.cells)!,
              numberFormats: pick(row.numberFormats),
              notes: undefined,
            })),
          };
        }),
      }));
    await writeWorkbook(earlier, { ...planContext("en", NOW, "1.0.0"), datasetVersion: "1.0.0" });
    expect(tableRows(workbook, "Deals")[0]).not.toContain("qualifier");

    const report = await writeTables("en", catalog, NOW);
    expect(report.notes.filter((n) => n.kind === "columnAdded")).toEqual([
      ...["qualifier", "timing", "condition", "inferred", "caveat"].map((column) => ({
        kind: "columnAdded",
        table: "Deals",
        column,
      })),
      ...["label", "qualifier", "inferred", "caveat"].map((column) => ({ kind: "columnAdded", table: "Metrics", column })),
    ]);
    expect(report.notes.filter((n) => n.kind === "columnRemoved")).toEqual([]);
    const deals = tableRows(workbook, "Deals");
    const qualifier = deals[0].indexOf("qualifier");
    expect(qualifier).toBe(DEAL_COLUMNS.length - 5);
    expect(deals.find((row) => row[0] === "amd-openai-warrant")![qualifier]).toBe("nearly");
    // The next refresh has nothing more to add, and finds every cell as it wrote it.
    const again = await writeTables("en", catalog, NOW);
    expect(again.notes).toEqual([]);
    expect(again.tables.every((t) => t.updated === 0 && t.added === 0)).toBe(true);
  });

  it("repairs an insert cut short at any point: the next write finishes it, or says which cells hold it back", async () => {
    const whole = installExcel().workbook;
    await writeTables("en", catalog, NOW);
    /** Sheets, tables and cells; charts and frozen panes of a sheet made before the cut are not put back. */
    const contents = (workbook: FakeWorkbook) =>
      JSON.stringify(workbook.dump().sheets.map(({ name, tables, rows }) => ({ name, tables, rows })));
    const finished = contents(whole);
    let left = 0;
    for (let cut = 1; cut < whole.operationCount; cut++) {
      const { workbook } = installExcel();
      workbook.failAfterOperations = cut;
      await expect(writeTables("en", catalog, NOW)).rejects.toBeInstanceOf(OfficeError);
      const report = await writeTables("en", catalog, NOW);
      expect(workbook.settings.get(OWNERSHIP_SETTING)).toMatchObject({ version: 1, language: "en" });
      if (contents(workbook) === finished) continue;
      // Cut between making a sheet or table and marking it: what is left unmarked is not taken
      // for the add-in's, nothing is written over it, and the note says where.
      left++;
      expect([cut, report.notes.some((n) => n.kind === "sheetNameTaken" || n.kind === "tableAreaInUse")]).toEqual([cut, true]);
    }
    // Only a cut in one of those one-call gaps, one per sheet and one per table, leaves anything.
    expect(left).toBeLessThanOrEqual(7);
  });
});
