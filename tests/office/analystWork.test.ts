/**
 * Refresh never loses the analyst's work, in the in-memory Excel host: their rows (appended or
 * inserted mid-table), their order, their edits to managed cells, and a second refresh that
 * changes nothing.
 */
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset } from "../../src/domain/dataset/schema";
import { readTablesRecord, writeTables } from "../../src/office/tables";
import type { FakeWorkbook, SheetModel, TableModel } from "../fakes/excel";
import { scaledDataset } from "../support/syntheticDataset";
import { installExcel } from "./support";
import { DEAL_COLUMNS } from "../../src/domain/tables/deals";

const NOW = new Date("2026-12-01T08:00:00Z");
const catalog = createCatalog(bundledDataset);
const VALUE = DEAL_COLUMNS.findIndex((c) => c.key === "value_usd");

function deals(workbook: FakeWorkbook): { table: TableModel; sheet: SheetModel } {
  const table = workbook.tables.find((t) => t.name === "Deals")!;
  return { table, sheet: workbook.sheets.find((s) => s.id === table.sheetId)! };
}

const rows = (workbook: FakeWorkbook) => {
  const { table, sheet } = deals(workbook);
  return Array.from({ length: table.height - 1 }, (_, r) =>
    Array.from({ length: table.width }, (_, c) => {
      const cell = workbook.cell(sheet, table.top + 1 + r, table.left + c);
      return cell.formula ?? cell.value;
    }),
  );
};

/** The analyst types a row at the end of the table (Excel grows the table), or inserts one at `at`. */
function addRow(workbook: FakeWorkbook, cells: (string | number)[], at?: number) {
  const { table, sheet } = deals(workbook);
  const row = table.top + 1 + (at ?? table.height - 1);
  if (at !== undefined) workbook.shiftRows(sheet, row, table.left, table.width, 1);
  cells.forEach((value, c) => workbook.setCell(sheet, row, table.left + c, { value }));
  table.height += 1;
}

/** The analyst sorts the table's body by one column, as Excel's sort moves whole rows. */
function sortBy(workbook: FakeWorkbook, column: number, descending: boolean) {
  const { table, sheet } = deals(workbook);
  const body = Array.from({ length: table.height - 1 }, (_, r) =>
    Array.from({ length: table.width }, (_, c) => workbook.cell(sheet, table.top + 1 + r, table.left + c)),
  );
  const number = (row: { value: unknown }[]) => (typeof row[column].value === "number" ? (row[column].value as number) : -1);
  body.sort((a, b) => (descending ? number(b) - number(a) : number(a) - number(b)));
  body.forEach((row, r) => row.forEach((cell, c) => workbook.setCell(sheet, table.top + 1 + r, table.left + c, cell)));
}

/** The analyst types their own value over a deal's value_usd; returns the deal's body row. */
function typeValue(workbook: FakeWorkbook, id: string, value: number): number {
  const { table, sheet } = deals(workbook);
  const row = rows(workbook).findIndex((r) => r[0] === id);
  workbook.setCell(sheet, table.top + 1 + row, table.left + VALUE, { value });
  return row;
}

function datasetWith(change: (deals: Dataset["deals"]) => Dataset["deals"]): Dataset {
  return { ...bundledDataset, version: "9.9.0", deals: change(bundledDataset.deals) };
}

describe("refresh and the analyst's work", () => {
  it("keeps rows the analyst appended or inserted mid-table, where they are, and counts them as theirs", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    addRow(workbook, ["my-chip-deal", "Nvidia, Me", "", "Nvidia", "Me", "chip-supply", 5e9]);
    addRow(workbook, ["", "scratch row", "", "", "", "", 1], 3);
    const before = rows(workbook);
    const report = await writeTables("en", catalog, NOW);
    expect(rows(workbook)).toEqual(before);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ added: 0, removed: 0, updated: 0, yours: 2 });
    // The chart of the deals covers every row of the table, theirs included.
    const { sheet } = deals(workbook);
    expect(sheet.charts[0].series[0].values).toBe(`Deals!G4:G${3 + before.length}`);
  });

  it("updates in place after a sort, removes its own dropped rows, adds new ones at the end", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    addRow(workbook, ["my-chip-deal", "Nvidia, Me", "", "Nvidia", "Me", "chip-supply", 5e9]);
    sortBy(workbook, VALUE, true);
    const order = rows(workbook).map((row) => row[0]);
    const updated = datasetWith((list) => [
      ...list
        .filter((d) => d.id !== "tiktok-us-settlement")
        .map((d) => (d.id === "nvidia-intel-partnership" ? { ...d, valueUsd: 6e9 } : d)),
      { ...list[0], id: "openai-oracle-expansion", valueUsd: 3e10 },
    ]);
    const report = await writeTables("en", createCatalog(updated), NOW);
    const after = rows(workbook);
    expect(after.map((row) => row[0])).toEqual([
      ...order.filter((id) => id !== "tiktok-us-settlement"),
      "openai-oracle-expansion",
    ]);
    expect(after.find((row) => row[0] === "nvidia-intel-partnership")![VALUE]).toBe(6e9);
    expect(after.find((row) => row[0] === "my-chip-deal")![VALUE]).toBe(5e9);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ added: 1, updated: 1, removed: 1, yours: 1 });
  });

  it("keeps an override, reports it with both values, and reports the same the second time while changing nothing", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const row = typeValue(workbook, "nvidia-openai-investment", 1e10);
    const first = await writeTables("en", catalog, NOW);
    expect(rows(workbook)[row][VALUE]).toBe(1e10);
    const override = {
      kind: "override",
      table: "Deals",
      key: "nvidia-openai-investment",
      column: "value_usd",
      yours: 1e10,
      dataset: 1e11,
    };
    expect(first.notes).toEqual([override]);
    const before = JSON.stringify(workbook.dump());
    const second = await writeTables("en", catalog, NOW);
    expect(JSON.stringify(workbook.dump())).toBe(before);
    expect(second.notes).toEqual([override]);
    expect(second.tables.find((t) => t.table === "Deals")).toMatchObject({ updated: 0, added: 0, removed: 0 });
  });

  it("reports a conflict when the dataset's value changed too, and keeps the analyst's", async () => {
    const { workbook } = installExcel();
    await writeTables("zh-TW", catalog, NOW);
    const row = typeValue(workbook, "nvidia-openai-investment", 1e10);
    const updated = datasetWith((list) => list.map((d) => (d.id === "nvidia-openai-investment" ? { ...d, valueUsd: 9e10 } : d)));
    const report = await writeTables("en", createCatalog(updated), NOW);
    expect(rows(workbook)[row][VALUE]).toBe(1e10);
    expect(report.notes).toEqual([
      { kind: "conflict", table: "Deals", key: "nvidia-openai-investment", column: "value_usd", yours: 1e10, dataset: 9e10 },
    ]);
    // The cell's note is in the workbook's language, and says the dataset's value has moved.
    const { table, sheet } = deals(workbook);
    expect(sheet.validations.get(`${table.top + 1 + row},${table.left + VALUE}`)?.prompt).toEqual({
      showPrompt: true,
      title: "您的數值",
      message: "重新整理會保留您的數值；資料集的數值已更新為 90,000,000,000。請在增益集窗格中選擇。",
    });
  });

  it("keeps the analyst's filter on: rows updated, removed and added under it, and the new rows filtered too", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const { table } = deals(workbook);
    const KIND = DEAL_COLUMNS.findIndex((c) => c.key === "kind");
    const kinds = rows(workbook).map((row) => String(row[KIND]));
    const shownKind = kinds[0];
    table.filters = { [KIND]: { filterOn: "Values", values: [shownKind] } };
    const hiddenBefore = workbook.hiddenRows(table).length;
    expect(hiddenBefore).toBe(kinds.filter((kind) => kind !== shownKind).length);

    const dropped = bundledDataset.deals.find((d) => d.kind !== shownKind)!.id;
    const updated = datasetWith((list) => [
      ...list.filter((d) => d.id !== dropped).map((d) => (d.kind === shownKind ? { ...d, valueUsd: (d.valueUsd ?? 0) + 1 } : d)),
      { ...list.find((d) => d.kind !== shownKind)!, id: "hidden-new-deal" },
      { ...list.find((d) => d.kind === shownKind)!, id: "shown-new-deal" },
    ]);
    const syncs = workbook.syncCount;
    const report = await writeTables("en", createCatalog(updated), NOW);
    expect(workbook.syncCount - syncs).toBe(3);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ added: 2, removed: 1 });
    expect(table.filters).toEqual({ [KIND]: { filterOn: "Values", values: [shownKind] } });
    const after = rows(workbook);
    const hidden = new Set(workbook.hiddenRows(table));
    expect(after.filter((_, r) => !hidden.has(r)).every((row) => row[KIND] === shownKind)).toBe(true);
    expect(hidden.has(after.findIndex((row) => row[0] === "hidden-new-deal"))).toBe(true);
    expect(hidden.has(after.findIndex((row) => row[0] === "shown-new-deal"))).toBe(false);
  });

  it("clears a filter it cannot read (a host without ExcelApi 1.9) rather than write rows under it", async () => {
    const { workbook } = installExcel(undefined, { supportedSets: { ExcelApi: "1.8", SharedRuntime: "1.1" } });
    await writeTables("en", catalog, NOW);
    const { table } = deals(workbook);
    table.filters = { 3: { filterOn: "Values", values: [String(rows(workbook)[0][3])] } };
    const updated = datasetWith((list) => list.slice(1));
    const report = await writeTables("en", createCatalog(updated), NOW);
    expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ removed: 1 });
    expect(table.filters).toEqual({});
  });

  it("no longer reports an override the analyst typed back to the dataset's value", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const { table, sheet } = deals(workbook);
    const at = {
      row: table.top + 1 + rows(workbook).findIndex((r) => r[0] === "nvidia-openai-investment"),
      col: table.left + VALUE,
    };
    workbook.setCell(sheet, at.row, at.col, { value: 1e10 });
    expect((await writeTables("en", catalog, NOW)).notes).toHaveLength(1);
    workbook.setCell(sheet, at.row, at.col, { value: 1e11 });
    expect((await writeTables("en", catalog, NOW)).notes).toEqual([]);
    // The add-in's again: a dataset update now reaches it.
    const updated = datasetWith((list) => list.map((d) => (d.id === "nvidia-openai-investment" ? { ...d, valueUsd: 9e10 } : d)));
    await writeTables("en", createCatalog(updated), NOW);
    expect(workbook.cell(sheet, at.row, at.col).value).toBe(9e10);
  });

  it("adds the dataset's row beside an analyst's row that had its id first, and says so", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    addRow(workbook, ["openai-oracle-expansion", "my guess", "", "", "", "", 1]);
    const updated = datasetWith((list) => [...list, { ...list[0], id: "openai-oracle-expansion", valueUsd: 3e10 }]);
    const report = await writeTables("en", createCatalog(updated), NOW);
    const mine = rows(workbook).filter((row) => row[0] === "openai-oracle-expansion");
    expect(mine.map((row) => row[VALUE])).toEqual([1, 3e10]);
    expect(report.notes).toEqual([{ kind: "keyClash", table: "Deals", key: "openai-oracle-expansion" }]);
  });

  it.each([1, 10])(
    "keeps to 3 round trips at %d× the data, with 100 rows and 100 overrides of the analyst's (4 when it first meets them)",
    async (factor) => {
      const { workbook } = installExcel();
      const big = createCatalog(scaledDataset(bundledDataset, factor));
      await writeTables("en", big, NOW);
      const { table, sheet } = deals(workbook);
      const overrides = Math.min(100, table.height - 1);
      for (let r = 0; r < overrides; r++) workbook.setCell(sheet, table.top + 1 + r, table.left + VALUE, { value: r + 1 });
      for (let n = 0; n < 100; n++) addRow(workbook, [`mine-${n}`, "me", "", "", "", "", n]);
      // The first refresh to meet the overrides reads their cells' input messages before marking them.
      const first = workbook.syncCount;
      await writeTables("en", big, NOW);
      expect(workbook.syncCount - first).toBe(4);
      const before = workbook.syncCount;
      const report = await writeTables("en", big, NOW);
      expect(workbook.syncCount - before).toBe(3);
      expect(report.notes.filter((note) => note.kind === "override")).toHaveLength(overrides);
      expect(report.tables.find((t) => t.table === "Deals")).toMatchObject({ yours: 100 });
    },
  );

  it("marks an override in the sheet, restores one or all after the analyst asked, and unmarks what it restored", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const { table, sheet } = deals(workbook);
    const at = (id: string) => ({
      row: table.top + 1 + rows(workbook).findIndex((r) => r[0] === id),
      col: table.left + VALUE,
    });
    const openai = at("nvidia-openai-investment");
    const oracle = at("openai-oracle-compute");
    workbook.setCell(sheet, openai.row, openai.col, { value: 1e10 });
    workbook.setCell(sheet, oracle.row, oracle.col, { value: 2e11 });
    await writeTables("en", catalog, NOW);
    const fill = (cell: { row: number; col: number }) => sheet.fills.get(`${cell.row},${cell.col}`);
    const note = (cell: { row: number; col: number }) => sheet.validations.get(`${cell.row},${cell.col}`)?.prompt;
    expect([fill(openai), fill(oracle)]).toEqual(["#FFF2CC", "#FFF2CC"]);
    // Selecting the cell shows whose value it is, and the dataset's.
    expect(note(openai)).toEqual({
      showPrompt: true,
      title: "Your value",
      message: "Refresh keeps your value. The dataset's: 100,000,000,000. Restore it from the add-in's pane.",
    });

    const one = await writeTables("en", catalog, NOW, {
      restore: { deals: [{ key: "nvidia-openai-investment", column: "value_usd" }] },
    });
    expect(workbook.cell(sheet, openai.row, openai.col).value).toBe(1e11);
    expect(fill(openai)).toBeUndefined();
    expect(note(openai)).toMatchObject({ showPrompt: false });
    expect(note(oracle)).toMatchObject({ showPrompt: true });
    expect(one.notes.map((n) => n.kind === "override" && n.key)).toEqual(["openai-oracle-compute"]);

    const all = await writeTables("en", catalog, NOW, { restore: { deals: "all" } });
    expect(workbook.cell(sheet, oracle.row, oracle.col).value).toBe(3e11);
    expect(fill(oracle)).toBeUndefined();
    expect(all.notes).toEqual([]);
  });

  it("previews a refresh in one round trip, writing nothing: what it would change, and the overrides it would meet", async () => {
    const { workbook } = installExcel();
    await writeTables("zh-TW", catalog, NOW);
    typeValue(workbook, "nvidia-openai-investment", 1e10);
    const updated = createCatalog(
      datasetWith((list) => [
        ...list.filter((d) => d.id !== "tiktok-us-settlement"),
        { ...list[0], id: "openai-oracle-expansion" },
      ]),
    );
    const before = JSON.stringify({ dump: workbook.dump(), settings: [...workbook.settings] });
    const syncs = workbook.syncCount;
    const record = await readTablesRecord(updated, NOW);
    expect(workbook.syncCount - syncs).toBe(1);
    expect(JSON.stringify({ dump: workbook.dump(), settings: [...workbook.settings] })).toBe(before);
    expect(record).toMatchObject({ language: "zh-TW", datasetVersion: bundledDataset.version, refusal: null });
    expect(record.preview.find((t) => t.key === "deals")).toMatchObject({
      table: "Deals",
      added: 1,
      removed: 1,
      notes: [
        { kind: "override", table: "Deals", key: "nvidia-openai-investment", column: "value_usd", yours: 1e10, dataset: 1e11 },
      ],
    });
    // What the preview said is what the refresh then does.
    const report = await writeTables("en", updated, NOW);
    expect(report.tables.find((t) => t.key === "deals")).toMatchObject({ added: 1, removed: 1 });
  });

  it("shows a value taken from context in italics with its reason, and a caveat as a note, kept true through refreshes", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const { table, sheet } = deals(workbook);
    const DATE = DEAL_COLUMNS.findIndex((c) => c.key === "date");
    const cellOf = (id: string, col: number) =>
      `${table.top + 1 + rows(workbook).findIndex((r) => r[0] === id)},${table.left + col}`;
    const note = (id: string, col: number) => sheet.validations.get(cellOf(id, col))?.prompt;
    const italic = (id: string, col: number) => sheet.italics.has(cellOf(id, col));

    expect(italic("amd-openai-gpu", DATE)).toBe(true);
    expect(note("amd-openai-gpu", DATE)).toEqual({
      showPrompt: true,
      title: "Inferred, not stated",
      message: "year from context: 但很快 (soon after) the deals the article places from 2025年9月",
    });
    // A stated date is neither.
    expect([italic("taobao-wechat-pay", DATE), note("taobao-wechat-pay", DATE)]).toEqual([false, undefined]);
    expect(note("oracle-nvidia-chips", 0)).toMatchObject({
      title: "Caveat",
      message: expect.stringMatching(/^The article infers/),
    });

    // A second refresh writes no note again.
    const before = workbook.operationCount;
    await writeTables("en", catalog, NOW);
    const quiet = workbook.operationCount - before;

    // The dataset now states the GPU deal's date, and adds a deal with an inferred one.
    const updated = datasetWith((list) => [
      ...list.map((d) => (d.id === "amd-openai-gpu" ? { ...d, inferred: {} } : d)),
      { ...list.find((d) => d.id === "softbank-stargate")!, id: "later-deal" },
    ]);
    await writeTables("en", createCatalog(updated), NOW);
    expect([italic("amd-openai-gpu", DATE), note("amd-openai-gpu", DATE)?.showPrompt]).toEqual([false, false]);
    expect([italic("later-deal", DATE), note("later-deal", DATE)?.showPrompt]).toEqual([true, true]);
    // Rows whose notes did not change were not touched: the refresh cost what an unchanged one did, give or take those rows.
    const again = workbook.operationCount;
    await writeTables("en", createCatalog(updated), NOW);
    expect(workbook.operationCount - again).toBe(quiet);
  });

  it("puts an inferred value's note back when the analyst's override of it is given back", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const { table, sheet } = deals(workbook);
    const row = table.top + 1 + rows(workbook).findIndex((r) => r[0] === "amd-openai-gpu");
    const at = `${row},${table.left + DEAL_COLUMNS.findIndex((c) => c.key === "date")}`;
    workbook.setCell(sheet, row, table.left + DEAL_COLUMNS.findIndex((c) => c.key === "date"), { value: "2025-10" });
    await writeTables("en", catalog, NOW);
    expect(sheet.validations.get(at)?.prompt?.title).toBe("Your value");
    await writeTables("en", catalog, NOW, { restore: { deals: "all" } });
    expect(workbook.cell(sheet, row, table.left + DEAL_COLUMNS.findIndex((c) => c.key === "date")).value).toBe("2025");
    expect(sheet.validations.get(at)?.prompt?.title).toBe("Inferred, not stated");
    expect(sheet.italics.has(at)).toBe(true);
  });

  it("previews nothing for a workbook without the tables, in one round trip", async () => {
    const { workbook } = installExcel();
    const syncs = workbook.syncCount;
    expect(await readTablesRecord(catalog, NOW)).toEqual({
      writtenAt: null,
      language: null,
      datasetVersion: null,
      refusal: null,
      preview: [],
    });
    expect(workbook.syncCount - syncs).toBe(1);
  });
});
