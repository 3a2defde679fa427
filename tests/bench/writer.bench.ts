/**
 * Round trips and queued Office.js calls per action, on the in-memory Excel host: counts, not
 * times, so they are exact on any machine. Neither may grow with the number of rows.
 */
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { writeTables } from "../../src/office/tables";
import { createExcel, FakeWorkbook } from "../fakes/excel";
import { scaledDataset } from "../support/syntheticDataset";

export async function benchWriter(): Promise<string[]> {
  const lines = [
    "Workbook writes (in-memory Excel host): round trips / Office.js calls queued",
    "  data     insert        refresh",
  ];
  for (const factor of [1, 10, 1000]) {
    const catalog = createCatalog(scaledDataset(bundledDataset, factor));
    const workbook = new FakeWorkbook();
    (globalThis as unknown as { Excel: unknown }).Excel = createExcel(workbook);
    const now = new Date("2026-11-29T00:00:00Z");
    await writeTables("en", catalog, now);
    const insert = [workbook.syncCount, workbook.operationCount];
    await writeTables("en", catalog, now);
    const refresh = [workbook.syncCount - insert[0], workbook.operationCount - insert[1]];
    lines.push(`  ${`${factor}×`.padEnd(8)} ${`${insert[0]} / ${insert[1]}`.padEnd(13)} ${refresh[0]} / ${refresh[1]}`);
  }
  return lines;
}
