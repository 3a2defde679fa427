/**
 * Text stays text over a host that reads every string written to a cell as typed input
 * (fakes/excel/entry.ts): "2025-09" would be a date, "2025" a number. In every language: an
 * insert then a refresh with no edits changes nothing, every text the add-in wrote reads back
 * as the same string, and the analyst's typing over a managed text cell is their override.
 */
import fc from "fast-check";
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset } from "../../src/domain/dataset/schema";
import { heldValue } from "../../src/domain/cells";
import type { Language } from "../../src/domain/language";
import { isPlannedText, tableCells, type SheetPlan } from "../../src/domain/layout/plan";
import { buildWorkbookPlan, planContext } from "../../src/domain/layout/workbookPlan";
import { DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { writeTables } from "../../src/office/tables";
import { ADDIN_VERSION } from "../../src/version";
import type { FakeWorkbook, SheetModel } from "../fakes/excel";
import { enter } from "../fakes/excel/entry";
import { installExcel } from "./support";

const NOW = new Date("2026-12-02T08:00:00Z");
const catalog = createCatalog(bundledDataset);
const LANGUAGES: Language[] = ["en", "zh-CN", "zh-TW"];

/** Every cell of every sheet, as Excel holds it: value or formula, and number format. */
function cellsOf(workbook: FakeWorkbook) {
  return workbook.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells.entries()].sort() }));
}

/** Each planned text cell, where the plan puts it, with the text Excel should hold there. */
function plannedTexts(plans: readonly SheetPlan[]) {
  const texts: { sheet: string; row: number; col: number; text: string }[] = [];
  const add = (sheet: string, row: number, col: number, cell: unknown) => {
    if (typeof cell === "string" && isPlannedText(cell)) texts.push({ sheet, row, col, text: String(heldValue(cell)) });
  };
  for (const plan of plans) {
    for (const block of plan.blocks)
      block.cells.forEach((cells, r) => cells.forEach((cell, c) => add(plan.name, block.row + r, block.col + c, cell)));
    for (const table of plan.tables) {
      table.columns.forEach((column, c) => add(plan.name, table.row, table.col + c, column.header));
      tableCells(table, table.row, table.col).forEach((cells, r) =>
        cells.forEach((cell, c) => add(plan.name, table.row + 1 + r, table.col + c, cell)),
      );
    }
  }
  return texts;
}

/** Every planned text reads back as itself, but in the cells `except` names ("Sheet!row,col"). */
function expectTextsHeld(workbook: FakeWorkbook, plans: readonly SheetPlan[], except: readonly string[] = []) {
  const texts = plannedTexts(plans);
  expect(texts.length).toBeGreaterThan(100);
  const changed = texts.filter(({ sheet, row, col, text }) => {
    const held = workbook.cell(workbook.sheetByName(sheet)!, row, col);
    return !except.includes(`${sheet}!${row},${col}`) && (held.formula !== null || held.value !== text);
  });
  expect(changed).toEqual([]);
}

/** How many formulas the workbook holds. */
const formulaCount = (workbook: FakeWorkbook) =>
  workbook.sheets.reduce((n, sheet) => n + [...sheet.cells.values()].filter((cell) => cell.formula !== null).length, 0);

const plansIn = (language: Language, data = catalog) => buildWorkbookPlan(data, planContext(language, NOW, ADDIN_VERSION));

function dealsTable(workbook: FakeWorkbook): { sheet: SheetModel; top: number; left: number } {
  const table = workbook.tables.find((t) => t.name === "Deals")!;
  return { sheet: workbook.sheets.find((s) => s.id === table.sheetId)!, top: table.top, left: table.left };
}

describe.each(LANGUAGES)("text that stays text, in %s", (language) => {
  it("an insert then a refresh with no edits changes nothing: no update, no override, no note, the same cells", async () => {
    const { workbook } = installExcel();
    await writeTables(language, catalog, NOW);
    const before = cellsOf(workbook);
    const report = await writeTables(language, catalog, NOW);
    for (const table of report.tables) expect([table.added, table.updated, table.removed, table.yours]).toEqual([0, 0, 0, 0]);
    expect(report.notes).toEqual([]);
    expect(cellsOf(workbook)).toEqual(before);
  });

  it("every text the add-in wrote reads back as the same string, through Range.values too", async () => {
    const { workbook, excel } = installExcel();
    await writeTables(language, catalog, NOW);
    expectTextsHeld(workbook, plansIn(language));
    // The dates the article gives to a month, read as Excel hands them to any reader.
    const { sheet, top, left } = dealsTable(workbook);
    const dateCol = DEAL_COLUMNS.findIndex((c) => c.key === "date");
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet.name)
        .getRangeByIndexes(top + 1, left + dateCol, catalog.deals.length, 1)
        .load("values");
      await context.sync();
      return range.values.map(([value]) => value);
    });
    expect(read).toEqual(catalog.deals.map((deal) => deal.date ?? ""));
    expect(read).toContain("2025-09");
  });

  it("takes the analyst's typing over a managed text cell for their override, reported with what Excel holds", async () => {
    const { workbook } = installExcel();
    await writeTables(language, catalog, NOW);
    const { sheet, top, left } = dealsTable(workbook);
    const column = (key: string) => left + DEAL_COLUMNS.findIndex((c) => c.key === key);
    const row = top + 1 + catalog.deals.findIndex((deal) => deal.id === "openai-oracle-compute");
    // In the table's column order, as the report lists them.
    const typed: [string, string][] = [
      ["kind", "1,000"],
      ["date", "2025-10"],
      ["timing", "10%"],
    ];
    for (const [key, text] of typed) workbook.edit(sheet.name, `${String.fromCharCode(65 + column(key))}${row + 1}`, text);

    const report = await writeTables(language, catalog, NOW);
    const overrides = report.notes.filter((note) => note.kind === "override");
    expect(overrides.map((note) => note.kind === "override" && [note.key, note.column, note.yours])).toEqual(
      typed.map(([key, text]) => ["openai-oracle-compute", key, text]),
    );
    for (const [key, text] of typed) expect(workbook.cell(sheet, row, column(key))).toMatchObject({ value: text, formula: null });
    // A second refresh reports the same and changes nothing.
    const again = await writeTables(language, catalog, NOW);
    expect(again.notes).toEqual(report.notes);
  });

  it("takes the cells an earlier version wrote into General cells, which Excel turned into dates and numbers, for its own", async () => {
    const { workbook } = installExcel();
    await writeTables(language, catalog, NOW);
    const texts = plannedTexts(plansIn(language));
    // As an earlier version left them: General cells, whose text Excel read as typed input.
    let coerced = 0;
    for (const { sheet, row, col, text } of texts) {
      const model = workbook.sheetByName(sheet)!;
      workbook.setCell(model, row, col, { numberFormat: "General" });
      workbook.enter(model, row, col, text);
      if (typeof workbook.cell(model, row, col).value !== "string") coerced++;
    }
    expect(coerced).toBeGreaterThan(10);
    // The analyst's own entry in one of them is still theirs.
    const { sheet, top, left } = dealsTable(workbook);
    const dateCol = left + DEAL_COLUMNS.findIndex((c) => c.key === "date");
    const dated = top + 1 + catalog.deals.findIndex((deal) => deal.date === "2025-09");
    workbook.setCell(sheet, dated, dateCol, enter("2025-10", "General"));

    const report = await writeTables(language, catalog, NOW);
    expect(report.notes.map((note) => note.kind === "override" && [note.column, note.yours])).toEqual([["date", 45931]]);
    expectTextsHeld(workbook, plansIn(language), [`${sheet.name}!${dated},${dateCol}`]);
    expect(workbook.cell(sheet, dated, dateCol).value).toBe(45931);
  });
});

describe("any dataset text", () => {
  // Text that Excel would read as a number, a date, a logical or a formula, among any other.
  const typedLooking = fc.constantFrom(
    "2025-09",
    "2025",
    "10%",
    "$1,000",
    "1e5",
    "00123",
    "(5)",
    "TRUE",
    "12/31",
    "Sep 2025",
    "10:30",
    "=SUM(1,2)",
    "+1",
    "-A1",
    "@x",
    "'quoted",
    "''",
  );
  const baseline = (async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    return formulaCount(workbook);
  })();
  const anyText = fc.oneof(typedLooking, fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("英偉達 2025-09", " 42 "));

  it("written by an insert, comes back as the same text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(anyText, anyText, anyText), { minLength: 1, maxLength: 4 }), async (texts) => {
        const dataset: Dataset = structuredClone(bundledDataset);
        texts.forEach(([timing, source, name], i) => {
          const deal = dataset.deals[i];
          Object.assign(deal, { timing, source, sourceEn: source });
          dataset.entities.find((entity) => entity.id === deal.parties[0])!.name = name;
        });
        const data = createCatalog(dataset);
        const { workbook } = installExcel();
        await writeTables("en", data, NOW);
        const { sheet, top, left } = dealsTable(workbook);
        const cell = (i: number, key: string) =>
          workbook.cell(sheet, top + 1 + i, left + DEAL_COLUMNS.findIndex((c) => c.key === key));
        texts.forEach(([timing, source], i) => {
          expect(cell(i, "timing")).toMatchObject({ value: timing, formula: null });
          expect(cell(i, "source")).toMatchObject({ value: source, formula: null });
        });
        expectTextsHeld(workbook, plansIn("en", data));
        // No text became a formula: the workbook holds the formulas it holds for the article's text.
        expect(formulaCount(workbook)).toBe(await baseline);
        // A refresh with no edits finds nothing of the analyst's.
        const report = await writeTables("en", data, NOW);
        expect(report.notes).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
