// Writes and reads that fit Excel on the web's 5 MB request limit, which the fake enforces.
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset } from "../../src/domain/dataset/schema";
import { REQUEST_BUDGET_BYTES } from "../../src/domain/payload";
import { OWNERSHIP_SETTING } from "../../src/domain/stored/markers";
import { DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { readTablesRecord, writeTables } from "../../src/office/tables";
import type { WriteProgress } from "../../src/domain/writeReport";
import { FakeWorkbook } from "../fakes/excel";
import { PAYLOAD_LIMIT_BYTES } from "../fakes/excel/context";
import { scaledDataset } from "../support/syntheticDataset";
import { installExcel } from "./support";

const NOW = new Date("2026-12-02T08:00:00Z");
const VALUE = DEAL_COLUMNS.findIndex((c) => c.key === "value_usd");

function dealsTable(workbook: FakeWorkbook) {
  const table = workbook.tables.find((t) => t.name === "Deals")!;
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
  const rows = () =>
    Array.from({ length: table.height }, (_, r) =>
      Array.from({ length: table.width }, (_, c) => {
        const cell = workbook.cell(sheet, table.top + r, table.left + c);
        return cell.formula ?? cell.value;
      }),
    );
  return { table, sheet, rows };
}

/** The analyst's work: `overrides` values of theirs in the dataset's rows, and `added` rows of their own. */
function analystWork(workbook: FakeWorkbook, overrides: number, added: number): void {
  const { table, sheet } = dealsTable(workbook);
  for (let r = 0; r < overrides; r++) workbook.setCell(sheet, table.top + 1 + r, table.left + VALUE, { value: r + 1 });
  for (let n = 0; n < added; n++) {
    workbook.setCell(sheet, table.top + table.height, table.left, { value: `mine-${n}` });
    workbook.setCell(sheet, table.top + table.height, table.left + VALUE, { value: 1000 + n });
    table.height += 1;
  }
}

/** A newer dataset: one deal gone, one changed, one new. */
function updated(dataset: Dataset): Dataset {
  const deals = dataset.deals
    .filter((d) => d.id !== dataset.deals[3].id)
    .map((d) => (d.id === dataset.deals[5].id ? { ...d, valueUsd: 6_000_000_000 } : d));
  deals.push({ ...dataset.deals[0], id: "openai-oracle-expansion", valueUsd: 30_000_000_000 });
  return { ...dataset, version: "9.9.0", deals };
}

describe("the fake host, as Excel on the web", () => {
  it("refuses a request over 5 MB, and runs none of it", async () => {
    const { workbook } = installExcel();
    const sheet = workbook.addSheet("Big");
    const sixMegabytes = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, sixMegabytes.length, 1);
        range.values = sixMegabytes;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(workbook.cell(sheet, 0, 0).value).toBe("");
    expect(workbook.requestSizes.at(-1)).toBeGreaterThan(6_000_000);
  });

  it("refuses a response over 5 MB", async () => {
    const { workbook } = installExcel();
    const sheet = workbook.addSheet("Big");
    for (let r = 0; r < 6000; r++) workbook.setCell(sheet, r, 0, { value: "y".repeat(1000) });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, 6000, 1).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("writes at 1000× the bundled dataset", () => {
  const big = createCatalog(scaledDataset(bundledDataset, 1000));

  it("would be refused as one batch, as every write was before", async () => {
    installExcel();
    await expect(writeTables("en", big, NOW, {}, { requestBudget: Infinity })).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });

  it("insert and refresh in batches under the budget, keeping the analyst's work, and tell their progress", async () => {
    const { workbook } = installExcel();
    const progress: WriteProgress[] = [];
    const inserted = await writeTables("en", big, NOW, {}, { onProgress: (p) => progress.push(p) });
    expect(Math.max(...workbook.requestSizes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    // One read, then one round trip per batch, each announced as "n of N".
    expect(inserted.syncs).toBe(workbook.syncCount);
    expect(progress.map((p) => p.batch)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.every((p) => p.batches === progress.length)).toBe(true);
    expect(inserted.syncs).toBe(1 + progress.length);
    expect(progress[0].sheet).toBe("Deals");
    expect(progress.length).toBeGreaterThan(4);
    expect(dealsTable(workbook).rows()).toHaveLength(1 + bundledDataset.deals.length * 1000);

    analystWork(workbook, 100, 100);
    const mine = dealsTable(workbook).rows().slice(-100);

    // The dry run reads the tables in row blocks too, and sees what the refresh will meet.
    const dryRunFrom = workbook.requestSizes.length;
    const preview = await readTablesRecord(big, NOW);
    expect(workbook.requestSizes.length - dryRunFrom).toBeGreaterThan(1);
    expect(Math.max(...workbook.responseSizes.slice(dryRunFrom))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(preview.preview.find((table) => table.key === "deals")).toMatchObject({ yours: 100, updated: 0 });

    const [syncsBefore, requestsBefore] = [workbook.syncCount, workbook.requestSizes.length];
    const refreshed = await writeTables("en", big, NOW);
    expect(refreshed.syncs).toBe(workbook.syncCount - syncsBefore);
    expect(refreshed.syncs).toBeGreaterThan(3);
    expect(Math.max(...workbook.requestSizes.slice(requestsBefore))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(Math.max(...workbook.responseSizes.slice(requestsBefore))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(refreshed.notes.filter((note) => note.kind === "override")).toHaveLength(100);
    expect(refreshed.tables.find((t) => t.table === "Deals")).toMatchObject({ yours: 100, added: 0, removed: 0 });
    expect(dealsTable(workbook).rows().slice(-100)).toEqual(mine);
    expect(dealsTable(workbook).rows()[1][VALUE]).toBe(1);
  }, 300_000);
});

describe("a write cut short in a middle batch", () => {
  // 10× the data with a 16 KB budget: many batches, quickly.
  const BUDGET = 16 * 1024;
  const before = createCatalog(scaledDataset(bundledDataset, 10));
  const after = createCatalog(updated(scaledDataset(bundledDataset, 10)));

  async function analystsWorkbook() {
    const { workbook } = installExcel();
    await writeTables("en", before, NOW, {}, { requestBudget: BUDGET });
    analystWork(workbook, 5, 3);
    return workbook;
  }

  it("in any batch, is finished by the next refresh, and loses nothing of the analyst's", async () => {
    const control = await analystsWorkbook();
    const batches: WriteProgress[] = [];
    const whole = await writeTables("en", after, NOW, {}, { requestBudget: BUDGET, onProgress: (p) => batches.push(p) });
    expect(batches.length).toBeGreaterThan(4);
    const expected = dealsTable(control).rows();

    const overrides = (report: typeof whole) => report.notes.filter((note) => note.kind === "override");
    // The analyst's values (4: the fourth deal is gone from the dataset) and their 3 rows.
    expect(overrides(whole)).toHaveLength(4);

    // Cut halfway through each batch, and after each batch ran but before its answer came.
    const cuts = batches.flatMap((_, i) => [0.5, 1].map((ran) => ({ batch: i + 1, ran })));
    for (const { batch, ran } of cuts) {
      const workbook = await analystsWorkbook();
      // The refresh's reads come first (the tables in row blocks, under this budget); then the batches.
      workbook.failAtSync = { sync: workbook.syncCount + whole.syncs - batches.length + batch, ran };
      await expect(writeTables("en", after, NOW, {}, { requestBudget: BUDGET })).rejects.toMatchObject({
        code: "GeneralException",
      });
      const repaired = await writeTables("en", after, NOW, {}, { requestBudget: BUDGET });
      expect({ batch, ran, rows: dealsTable(workbook).rows() }).toEqual({ batch, ran, rows: expected });
      // The analyst's work is theirs still, and reported as the whole write reports it.
      expect(overrides(repaired)).toEqual(overrides(whole));
      expect(repaired.tables.find((t) => t.table === "Deals")).toMatchObject({ yours: 3 });
      expect(workbook.settings.get(OWNERSHIP_SETTING)).toEqual(control.settings.get(OWNERSHIP_SETTING));
    }
  });
});

describe("a table the analyst grew with long rows of their own", () => {
  const catalog = createCatalog(bundledDataset);

  /** The analyst's rows at the end of Deals: an id, and `text` in the title-like columns. */
  function longRows(workbook: FakeWorkbook, count: number, text: (n: number) => string, columns: number[]) {
    const { table, sheet } = dealsTable(workbook);
    for (let n = 0; n < count; n++) {
      const row = table.top + table.height;
      workbook.setCell(sheet, row, table.left, { value: `mine-${n}` });
      for (const c of columns) workbook.setCell(sheet, row, table.left + c, { value: text(n) });
      table.height += 1;
    }
    return () => dealsTable(workbook).rows().slice(-count);
  }

  it("refreshes with 20,000 rows of long text: every response stays under 5 MB, sized from what is there, and the rows are kept", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const mine = longRows(workbook, 20_000, (n) => `${n} ${"analyst note ".repeat(20)}`, [1, 12, 16]);
    const before = mine();
    const from = workbook.responseSizes.length;

    const report = await writeTables("en", catalog, NOW);
    expect(Math.max(...workbook.responseSizes.slice(from))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(report.tables.find((t) => t.key === "deals")).toMatchObject({ yours: 20_000, added: 0, updated: 0, removed: 0 });
    expect(mine()).toEqual(before);
    // The dry run reads it too, in blocks.
    const preview = await readTablesRecord(catalog, NOW);
    expect(preview.preview.find((t) => t.key === "deals")).toMatchObject({ yours: 20_000 });
    expect(Math.max(...workbook.responseSizes.slice(from))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("reads again in smaller blocks where rows hold more than any estimate, and keeps them", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    // 400 rows of two 30,000-character cells: 24 MB, where the estimate says about 2.
    const mine = longRows(workbook, 400, (n) => `${n}`.padEnd(30_000, "x"), [16, 17]);
    const before = mine();
    const report = await writeTables("en", catalog, NOW);
    expect(report.tables.find((t) => t.key === "deals")).toMatchObject({ yours: 400, updated: 0 });
    expect(mine()).toEqual(before);
  });
});
