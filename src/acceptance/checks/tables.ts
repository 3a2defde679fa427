/**
 * Insert and refresh in this Excel, acted out as an analyst would: the tables are written, read
 * back cell by cell against the plan, then typed over, extended, sorted, filtered and renamed,
 * and refreshed after each. Full suite only: these write.
 */
import type { CellValue } from "../../domain/cells";
import { bundledCatalog } from "../../domain/dataset";
import {
  address,
  CHART_NAME_PREFIX,
  plannedFormat,
  tableCells,
  type CellBlock,
  type SheetPlan,
  type TablePlan,
} from "../../domain/layout/plan";
import { overrideNote, type TableKey } from "../../domain/layout/labels";
import { buildWorkbookPlan, planContext } from "../../domain/layout/workbookPlan";
import { tableMarkerName } from "../../domain/stored/markers";
import type { WriteConsent, WriteReport } from "../../domain/writeReport";
import { ADDIN_VERSION } from "../../version";
import {
  appendRow,
  clearFilters,
  filterTable,
  inputMessageTitle,
  renameTableAndSheet,
  sortTable,
  typeIntoTable,
} from "../analyst";
import { readCells, readObjects, readTable, type CellsSeen, type TableSeen } from "../excel";
import { firstOf, follow, sameValue, shown, tableOf, verdict, type Check, type SuiteRun } from "./check";

const plansFor = (run: SuiteRun): SheetPlan[] =>
  buildWorkbookPlan(bundledCatalog, planContext(run.language, new Date(run.lastWrite?.writtenAt ?? Date.now()), ADDIN_VERSION));

const tablePlan = (run: SuiteRun, key: TableKey): TablePlan =>
  plansFor(run)
    .flatMap((sheet) => sheet.tables)
    .find((table) => table.key === key)!;

async function write(run: SuiteRun, action: "insert" | "refresh", consent?: WriteConsent): Promise<WriteReport> {
  const report = await run.port.writeTables(action, run.language, consent);
  follow(run, report);
  return report;
}

/** Formula text compared as Excel may respell it: case and spaces aside. */
const formulaKey = (formula: string) => formula.replace(/\s+/g, "").toUpperCase();

/** A sign a number format writes before the figure ("≈"$#,##0.0,,,"B"): what Range.text must show. */
const qualifierSign = (format: string) => /^"([≈<>~])"/.exec(format)?.[1] ?? null;

/** Where a read cell differs from the planned one: a formula, text, a number, or the sign its format shows. */
function cellDifference(planned: CellValue, format: string | null, seen: CellsSeen, r: number, c: number): string | null {
  const formula = seen.formulas[r][c];
  const value = seen.values[r][c];
  if (typeof planned === "string" && planned.startsWith("=")) {
    return typeof formula === "string" && formulaKey(formula) === formulaKey(planned) ? null : `${shown(formula)} for ${planned}`;
  }
  if (typeof planned === "string" && typeof value !== "string") return `${shown(value)} for the text ${shown(planned)}`;
  if (!sameValue(planned, value)) return `${shown(value)} for ${shown(planned)}`;
  const sign = format && typeof planned === "number" ? qualifierSign(format) : null;
  if (sign && !seen.text[r][c].includes(sign)) return `shows ${shown(seen.text[r][c])} without ${sign}`;
  return null;
}

/** A sheet name as a reference spells it: quoted, its quotes doubled. */
export const quotedSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const cellName = (sheet: string, row: number, col: number) => `${quotedSheet(sheet)}!${address(row, col)}`;

function tableDifferences(plan: TablePlan, seen: TableSeen): string[] {
  const body = tableCells(plan, seen.rowIndex, seen.columnIndex);
  const planned = [plan.columns.map((column) => column.header), ...body];
  const differences: string[] = [];
  if (seen.formulas.length !== planned.length) differences.push(`${seen.formulas.length - 1} rows for ${body.length}`);
  planned.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (r >= seen.formulas.length || c >= seen.formulas[r].length) return;
      const format = r === 0 ? null : plannedFormat(plan, plan.rows[r - 1], c);
      const difference = cellDifference(cell, format, seen, r, c);
      if (difference) differences.push(`${cellName(seen.sheet, seen.rowIndex + r, seen.columnIndex + c)} ${difference}`);
    }),
  );
  return differences;
}

async function blockDifferences(sheet: string, block: CellBlock): Promise<string[]> {
  const width = block.cells[0]?.length ?? 0;
  if (width === 0) return [];
  const seen = await readCells(sheet, address(block.row, block.col, block.cells.length, width));
  const differences: string[] = [];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const difference = cellDifference(cell, block.numberFormats?.[r]?.[c] ?? null, seen, r, c);
      if (difference) differences.push(`${cellName(sheet, block.row + r, block.col + c)} ${difference}`);
    }),
  );
  return differences;
}

/** Every managed table's cells, by key, as they are now. */
async function snapshot(run: SuiteRun): Promise<Map<TableKey, TableSeen>> {
  const keys = [...run.tables.keys()];
  const seen = await Promise.all(keys.map((key) => readTable(tableOf(run, key).table)));
  return new Map(keys.map((key, index) => [key, seen[index]]));
}

/** The Deals table's columns the promises use, and a row to type over. */
export function dealsColumns(run: SuiteRun) {
  const plan = tablePlan(run, "deals");
  const idColumn = plan.columns.findIndex((column) => column.key === plan.keyColumn);
  const valueColumn = plan.columns.findIndex((column) => column.key === "value_usd");
  const row = plan.rows.find((r) => typeof r.cells[valueColumn] === "number")!;
  return { plan, idColumn, valueColumn, row, dataset: row.cells[valueColumn] as number };
}

/** The body row holding a key now (after sorts and added rows), or -1. */
export const rowOfKey = (seen: TableSeen, idColumn: number, id: string) =>
  seen.values.slice(1).findIndex((row) => row[idColumn] === id);

const ANALYST_ROW_ID = "acceptance-analyst-row";
const ANALYST_VALUE = 123456789;
const RENAMED_SHEET = "My deals";
const RENAMED_TABLE = "MyDeals";

export const TABLE_CHECKS: readonly Check[] = [
  {
    id: "insert-objects",
    title: "Insert writes every sheet, table, chart and defined name",
    covers: "Insert writes the article's tables, with charts",
    mode: "full",
    run: async (run) => {
      await write(run, "insert");
      const plans = plansFor(run);
      const objects = await readObjects();
      const missing: string[] = [];
      for (const plan of plans) {
        const created = run.lastWrite!.created.find((entry) => entry.sheet === plan.key)?.name ?? plan.name;
        const sheet = objects.sheets.get(created);
        if (!sheet) {
          missing.push(`sheet ${plan.name}`);
          continue;
        }
        for (const table of plan.tables) if (!sheet.tables.includes(table.name)) missing.push(`table ${table.name}`);
        for (const chart of plan.charts)
          if (!sheet.charts.includes(`${CHART_NAME_PREFIX}${chart.key}`)) missing.push(`chart ${chart.key}`);
        for (const name of plan.names ?? []) if (!objects.names.includes(name.name)) missing.push(`name ${name.name}`);
        for (const table of plan.tables)
          if (!objects.names.includes(tableMarkerName(table.key))) missing.push(`marker ${tableMarkerName(table.key)}`);
      }
      const counted = (pick: (plan: SheetPlan) => number) => plans.reduce((sum, plan) => sum + pick(plan), 0);
      return verdict(
        missing.length === 0,
        `${plans.length} sheets, ${counted((p) => p.tables.length)} tables, ${counted((p) => p.charts.length)} charts, ${counted((p) => p.names?.length ?? 0)} names`,
        missing.length === 0 ? "all present" : `missing ${firstOf(missing, 5)}`,
      );
    },
  },
  {
    id: "insert-cells",
    title: "Every managed cell holds what the plan meant: text as text, numbers as numbers, qualifier signs shown",
    covers: "every figure carries its qualifier; text stays text",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const differences: string[] = [];
      let cells = 0;
      for (const plan of plansFor(run)) {
        for (const table of plan.tables) {
          const seen = await readTable(tableOf(run, table.key).table);
          cells += seen.formulas.length * (seen.formulas[0]?.length ?? 0);
          differences.push(...tableDifferences(table, seen));
        }
        const sheet = run.lastWrite!.created.find((entry) => entry.sheet === plan.key)?.name ?? plan.name;
        for (const block of plan.blocks) {
          cells += block.cells.length * (block.cells[0]?.length ?? 0);
          differences.push(...(await blockDifferences(sheet, block)));
        }
      }
      return verdict(
        differences.length === 0,
        `${cells} cells as planned`,
        `${differences.length} differ: ${firstOf(differences)}`,
      );
    },
  },
  {
    id: "refresh-no-edits",
    title: "A refresh with no edits changes nothing",
    covers: "Refresh keeps the analyst's work",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const before = await snapshot(run);
      const report = await write(run, "refresh");
      const after = await snapshot(run);
      const changed = [...before].flatMap(([key, seen]) => {
        const now = after.get(key)!;
        return JSON.stringify(now.formulas) === JSON.stringify(seen.formulas) ? [] : [tableOf(run, key).table];
      });
      const counts = report.tables.map((t) => `${t.table} +${t.added} ~${t.updated} -${t.removed}`).join(", ");
      const moved = report.tables.some((t) => t.added + t.updated + t.removed > 0) || report.created.length > 0;
      return verdict(
        changed.length === 0 && !moved && report.notes.length === 0,
        "no cell, row, sheet or note changed",
        `${counts}; ${report.created.length} sheets created; ${report.notes.length} notes; changed: ${firstOf(changed)}`,
      );
    },
  },
  {
    id: "refresh-keeps-appended-row",
    title: "A row the analyst added is kept",
    covers: "Refresh keeps rows you added",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const { plan, idColumn, valueColumn } = dealsColumns(run);
      const cells = plan.columns.map((_, c) => (c === idColumn ? ANALYST_ROW_ID : c === valueColumn ? ANALYST_VALUE : ""));
      await appendRow(tableOf(run, "deals").table, cells);
      const report = await write(run, "refresh");
      const seen = await readTable(tableOf(run, "deals").table);
      const row = rowOfKey(seen, idColumn, ANALYST_ROW_ID);
      const deals = report.tables.find((t) => t.key === "deals");
      return verdict(
        row >= 0 && seen.values[row + 1][valueColumn] === ANALYST_VALUE && deals?.yours === 1,
        `row ${ANALYST_ROW_ID} with ${ANALYST_VALUE}, reported as yours`,
        row < 0 ? "the row is gone" : `${shown(seen.values[row + 1][valueColumn])}, yours: ${deals?.yours}`,
      );
    },
  },
  {
    id: "refresh-keeps-edit",
    title: "A value the analyst typed over is kept, marked and reported",
    covers: "Refresh keeps your overrides, marks and reports them",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const { idColumn, valueColumn, row, dataset } = dealsColumns(run);
      const table = tableOf(run, "deals").table;
      const before = await readTable(table);
      const yours = dataset * 2;
      await typeIntoTable(table, rowOfKey(before, idColumn, row.id), valueColumn, yours);
      const report = await write(run, "refresh");
      const seen = await readTable(table);
      const at = rowOfKey(seen, idColumn, row.id);
      const title = await inputMessageTitle(table, at, valueColumn);
      const reported = report.notes.some((note) => note.kind === "override" && note.key === row.id);
      const marked = title === overrideNote(run.language, { dataset, conflict: false }).title;
      return verdict(
        seen.values[at + 1][valueColumn] === yours && marked && reported,
        `${yours} kept, marked, reported as an override`,
        `${shown(seen.values[at + 1][valueColumn])}, message ${shown(title)}, reported: ${reported}`,
      );
    },
  },
  {
    id: "refresh-keeps-sort",
    title: "A sorted table keeps its order",
    covers: "Refresh keeps your sort",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const { idColumn, valueColumn } = dealsColumns(run);
      const table = tableOf(run, "deals").table;
      await sortTable(table, valueColumn, false);
      const order = (seen: TableSeen) => seen.values.slice(1).map((r) => String(r[idColumn]));
      const sorted = order(await readTable(table));
      await write(run, "refresh");
      const after = order(await readTable(table));
      const moved = after.findIndex((id, i) => id !== sorted[i]);
      return verdict(
        moved < 0 && after.length === sorted.length,
        `${sorted.length} rows in the sorted order, ${sorted[0]} first`,
        moved < 0 ? `same order, ${after[0]} first` : `row ${moved + 1} is ${after[moved]}, was ${sorted[moved]}`,
      );
    },
  },
  {
    id: "refresh-keeps-filter",
    title: "A filter stays applied",
    covers: "Refresh keeps your filters",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      const { plan, idColumn, row } = dealsColumns(run);
      const table = tableOf(run, "deals").table;
      const payer = plan.columns.findIndex((column) => column.key === "payer");
      await filterTable(table, payer, [String(row.cells[payer])]);
      try {
        await write(run, "refresh");
        const seen = await readTable(table);
        return verdict(
          seen.filtered && rowOfKey(seen, idColumn, row.id) >= 0,
          `filtered on payer ${shown(row.cells[payer])}`,
          seen.filtered ? "still filtered" : "the filter is gone",
        );
      } finally {
        await clearFilters(table);
      }
    },
  },
  {
    id: "refresh-follows-rename",
    title: "A renamed sheet and table are followed",
    covers: "Refresh follows renamed sheets and tables",
    mode: "full",
    requires: ["insert-objects"],
    run: async (run) => {
      await renameTableAndSheet(tableOf(run, "deals").table, RENAMED_TABLE, RENAMED_SHEET);
      const report = await write(run, "refresh");
      const deals = report.tables.find((t) => t.key === "deals");
      return verdict(
        deals?.table === RENAMED_TABLE && deals.sheet === RENAMED_SHEET && report.created.length === 0,
        `${RENAMED_TABLE} on ${RENAMED_SHEET}, no sheet created`,
        `${deals?.table} on ${deals?.sheet}, ${report.created.length} sheets created`,
      );
    },
  },
  {
    id: "restore",
    title: "Restore puts the dataset's value back",
    covers: "Restore gives an override back to the dataset",
    mode: "full",
    requires: ["refresh-keeps-edit"],
    run: async (run) => {
      const { idColumn, valueColumn, row, dataset } = dealsColumns(run);
      await write(run, "refresh", { restore: { deals: [{ key: row.id, column: "value_usd" }] } });
      const table = tableOf(run, "deals").table;
      const seen = await readTable(table);
      const at = rowOfKey(seen, idColumn, row.id);
      const title = await inputMessageTitle(table, at, valueColumn);
      const unmarked = title !== overrideNote(run.language, { dataset, conflict: false }).title;
      return verdict(
        sameValue(dataset, seen.values[at + 1][valueColumn]) && unmarked,
        `${dataset}, no longer marked`,
        `${shown(seen.values[at + 1][valueColumn])}, message ${shown(title)}`,
      );
    },
  },
];
