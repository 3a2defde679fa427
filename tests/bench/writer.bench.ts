/**
 * Round trips and queued Office.js calls per action, on the in-memory Excel host: counts, not
 * times, so they are exact on any machine. Refresh and the dry run meet the analyst's work too:
 * 100 rows of theirs and (up to) 100 overrides. Round trips grow only where one request of
 * Excel on the web's 5 MB cannot carry the write: the largest request and response are printed
 * as the fake estimates them (JSON of the data, plus 120 bytes a call).
 */
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { readTablesRecord, writeTables } from "../../src/office/tables";
import { FakeWorkbook } from "../fakes/excel";
import { installExcel } from "../office/support";
import { scaledDataset } from "../support/syntheticDataset";

const VALUE_COLUMN = 4;

/** 100 rows appended to the Deals table, and the first 100 deals' values overridden. */
function analystWork(workbook: FakeWorkbook): void {
  const table = workbook.tables.find((t) => t.name === "Deals")!;
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
  for (let r = 0; r < Math.min(100, table.height - 1); r++)
    workbook.setCell(sheet, table.top + 1 + r, table.left + VALUE_COLUMN, { value: r + 1 });
  for (let n = 0; n < 100; n++) {
    workbook.setCell(sheet, table.top + table.height, table.left, { value: `mine-${n}` });
    table.height += 1;
  }
}

export async function benchWriter(): Promise<string[]> {
  const lines = [
    "Workbook writes (in-memory Excel host): round trips / Office.js calls queued; largest request and response",
    "  data     insert        refresh       dry run       largest insert request   refresh request / response   ownership record",
  ];
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  for (const factor of [1, 10, 100, 1000]) {
    const catalog = createCatalog(scaledDataset(bundledDataset, factor));
    const workbook = new FakeWorkbook();
    installExcel(workbook);
    const now = new Date("2026-11-29T00:00:00Z");
    const counts = () => [workbook.syncCount, workbook.operationCount];
    const since = (before: number[]) => {
      const [syncs, calls] = counts();
      return `${syncs - before[0]} / ${calls - before[1]}`;
    };
    await writeTables("en", catalog, now);
    const insert = since([0, 0]);
    const insertRequest = Math.max(...workbook.requestSizes);
    analystWork(workbook);
    let before = counts();
    const requestsBefore = workbook.requestSizes.length;
    await writeTables("en", catalog, now);
    const refresh = since(before);
    const refreshRequest = Math.max(...workbook.requestSizes.slice(requestsBefore));
    const refreshResponse = Math.max(...workbook.responseSizes.slice(requestsBefore));
    before = counts();
    await readTablesRecord(catalog, now);
    const dryRun = since(before);
    const record = JSON.stringify(workbook.settings.get("ComputeAlliances.ownership")).length;
    lines.push(
      `  ${`${factor}×`.padEnd(8)} ${insert.padEnd(13)} ${refresh.padEnd(13)} ${dryRun.padEnd(13)} ` +
        `${megabytes(insertRequest).padEnd(24)} ${`${megabytes(refreshRequest)} / ${megabytes(refreshResponse)}`.padEnd(28)} ${(record / 1024).toFixed(1)} KB`,
    );
  }
  return lines;
}
