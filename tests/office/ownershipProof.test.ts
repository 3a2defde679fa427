/**
 * The add-in writes only where it knows it wrote. Its marker names say where to look; what the
 * cells hold says whether the add-in wrote there. A name pointed at the analyst's sheet or table
 * (a crafted workbook, a colleague's) never makes the add-in write over their cells, and a
 * layout that shrinks leaves no stale number behind.
 */
import fc from "fast-check";
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset } from "../../src/domain/dataset/schema";
import type { Language } from "../../src/domain/language";
import { OWNERSHIP_SETTING, sheetMarkerName, tableMarkerName } from "../../src/domain/stored/markers";
import type { SheetKey, TableKey } from "../../src/domain/layout/labels";
import { OVERRIDE_FILL } from "../../src/domain/layout/styles";
import { DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { writeTables } from "../../src/office/tables";
import { writeWorkbook } from "../../src/office/workbookWriter";
import { buildWorkbookPlan, planContext } from "../../src/domain/layout/workbookPlan";
import type { Catalog } from "../../src/domain/dataset";
import { FakeWorkbook, type SheetModel } from "../fakes/excel";
import { installExcel } from "./support";

const NOW = new Date("2026-12-02T08:00:00Z");
const catalog = createCatalog(bundledDataset);
const LANGUAGES: Language[] = ["en", "zh-CN", "zh-TW"];

/** The analyst's own sheet, with a table of theirs on it. */
function analystSheet(workbook: FakeWorkbook, name = "My model"): SheetModel {
  const sheet = workbook.addSheet(name);
  const cells: (string | number)[][] = [
    ["My AI capex model", "", ""],
    ["", "", ""],
    ["company", "capex", "note"],
    ["Oracle", 35e9, "guidance"],
    ["Meta", 70e9, "=B4*2"],
  ];
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "") return;
      workbook.setCell(sheet, r, c, typeof value === "string" && value.startsWith("=") ? { formula: value } : { value });
    }),
  );
  workbook.tables.push({
    id: `{mine-${name}}`,
    name: "MyTable",
    sheetId: sheet.id,
    top: 2,
    left: 0,
    height: 3,
    width: 3,
    style: "",
  });
  return sheet;
}

/** A marker name of the add-in's, pointed at a sheet or a table it did not write. */
function forge(workbook: FakeWorkbook, marker: string, target: { sheetId: string } | { tableId: string }) {
  workbook.names = workbook.names.filter((n) => n.name !== marker);
  workbook.names.push({
    name: marker,
    refersTo: "sheetId" in target ? { sheetId: target.sheetId, row: 0, col: 0 } : target,
    visible: false,
  });
}

const snapshot = (workbook: FakeWorkbook, sheet: SheetModel) => ({
  cells: [...sheet.cells.entries()].sort(),
  tables: workbook.tablesOn(sheet).map((t) => ({ ...t })),
  fills: [...sheet.fills.entries()],
  validations: [...sheet.validations.entries()],
});

describe.each(LANGUAGES)("a marker pointed at the analyst's sheet, in %s", (language) => {
  it("on a fresh insert: their sheet and table stay as they were, the add-in writes its own, and says so", async () => {
    const { workbook } = installExcel();
    const mine = analystSheet(workbook);
    forge(workbook, sheetMarkerName("deals"), { sheetId: mine.id });
    forge(workbook, tableMarkerName("deals"), { tableId: workbook.tables[0].id });
    const before = snapshot(workbook, mine);

    const report = await writeTables(language, catalog, NOW);
    expect(snapshot(workbook, mine)).toEqual(before);
    const ignored = report.notes.filter((note) => note.kind === "markerIgnored");
    expect(ignored).toEqual([
      { kind: "markerIgnored", marker: tableMarkerName("deals"), target: "MyTable" },
      { kind: "markerIgnored", marker: sheetMarkerName("deals"), target: "My model" },
    ]);
    // The add-in's Deals sheet and table exist beside it, and its markers now point at them.
    const deals = workbook.tables.find((t) => t.name === "Deals")!;
    expect(deals.sheetId).not.toBe(mine.id);
    expect(report.tables.find((t) => t.key === "deals")).toMatchObject({ added: catalog.deals.length });

    const again = await writeTables(language, catalog, NOW);
    expect(again.notes).toEqual([]);
    for (const table of again.tables) expect([table.added, table.updated, table.removed]).toEqual([0, 0, 0]);
    expect(snapshot(workbook, mine)).toEqual(before);
  });

  it.each<[SheetKey, TableKey | null]>([
    ["deals", "deals"],
    ["compute-spend", "metrics"],
    ["money-map", null],
    ["about", null],
  ])(
    "on a refresh after an insert: the %s marker (and its table's) pointed at their sheet changes none of it",
    async (key, table) => {
      const { workbook } = installExcel();
      await writeTables(language, catalog, NOW);
      const mine = analystSheet(workbook);
      forge(workbook, sheetMarkerName(key), { sheetId: mine.id });
      if (table) forge(workbook, tableMarkerName(table), { tableId: workbook.tables.find((t) => t.name === "MyTable")!.id });
      const before = snapshot(workbook, mine);

      const report = await writeTables(language, catalog, NOW);
      expect(snapshot(workbook, mine)).toEqual(before);
      expect(report.notes).toContainEqual({ kind: "markerIgnored", marker: sheetMarkerName(key), target: "My model" });
      const again = await writeTables(language, catalog, NOW);
      expect(snapshot(workbook, mine)).toEqual(before);
      expect(again.notes.filter((note) => note.kind === "markerIgnored")).toEqual([]);
    },
  );
});

describe("a record written before the add-in kept its blocks' fingerprints", () => {
  /** The stored record as an earlier version left it: no areas. */
  const withoutAreas = (workbook: FakeWorkbook) => {
    const { areas, ...record } = workbook.settings.get(OWNERSHIP_SETTING) as Record<string, unknown>;
    expect(areas).toBeDefined();
    workbook.settings.set(OWNERSHIP_SETTING, record);
  };

  it("proves its sheets by what the plan writes there, refreshes them as before, and records the fingerprints", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    withoutAreas(workbook);
    const report = await writeTables("en", catalog, NOW);
    expect(report.notes).toEqual([]);
    expect(report.created).toEqual([]);
    expect((workbook.settings.get(OWNERSHIP_SETTING) as { areas?: object }).areas).toHaveProperty("money-map");
  });

  it("does not take the analyst's sheet for its own when a marker points there", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    withoutAreas(workbook);
    const mine = analystSheet(workbook);
    forge(workbook, sheetMarkerName("about"), { sheetId: mine.id });
    const before = snapshot(workbook, mine);
    const report = await writeTables("en", catalog, NOW);
    expect(snapshot(workbook, mine)).toEqual(before);
    expect(report.notes).toContainEqual({ kind: "markerIgnored", marker: sheetMarkerName("about"), target: "My model" });
  });
});

describe("any analyst content, with any marker pointed at any of their sheets", () => {
  const markers = [
    ...(["deals", "compute-spend", "money-map", "about"] as SheetKey[]).map((key) => ({
      marker: sheetMarkerName(key),
      table: false,
    })),
    ...(["deals", "ai-share", "metrics"] as TableKey[]).map((key) => ({ marker: tableMarkerName(key), table: true })),
  ];
  const content = fc.array(
    fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 25 }), fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer())),
    { minLength: 1, maxLength: 30 },
  );

  it("leaves every cell of theirs as it was, after Insert and after Refresh", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(content, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom(...markers), fc.nat(), fc.boolean()), { maxLength: 5 }),
        fc.boolean(),
        async (sheets, forged, insertFirst) => {
          const { workbook } = installExcel();
          if (insertFirst) await writeTables("en", catalog, NOW);
          const theirs = sheets.map((cells, i) => {
            const sheet = analystSheet(workbook, `Theirs ${i}`);
            for (const [row, col, value] of cells) workbook.setCell(sheet, row + 6, col, { value });
            return sheet;
          });
          for (const [{ marker, table }, which] of forged) {
            const sheet = theirs[which % theirs.length];
            forge(workbook, marker, table ? { tableId: workbook.tablesOn(sheet)[0].id } : { sheetId: sheet.id });
          }
          const before = theirs.map((sheet) => snapshot(workbook, sheet));
          await writeTables("en", catalog, NOW);
          expect(theirs.map((sheet) => snapshot(workbook, sheet))).toEqual(before);
          await writeTables("en", catalog, NOW);
          expect(theirs.map((sheet) => snapshot(workbook, sheet))).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a layout that shrinks", () => {
  /** The dataset with only the deals among the first `n` entities that pay or receive. */
  function fewerEntities(keep: number): Dataset {
    const dataset: Dataset = structuredClone(bundledDataset);
    const payers = [...new Set(dataset.deals.flatMap((d) => [d.from, d.to]).filter((id): id is string => id !== null))];
    const kept = new Set(payers.slice(0, keep));
    dataset.deals = dataset.deals.filter((d) => d.from === null || (kept.has(d.from) && kept.has(d.to!)));
    return dataset;
  }

  /**
   * The Money map laid out cell by cell (its portable form, which shrinks with the entities),
   * written through the same writer: the live one is two spills, whose cells never go stale.
   */
  const writeLaidOut = (data: Catalog) =>
    writeWorkbook((language) => buildWorkbookPlan(data, { ...planContext(language, NOW, "1.0.0"), portable: true }), {
      ...planContext("en", NOW, "1.0.0"),
      datasetVersion: data.dataset.version,
    });

  it("leaves no stale number on the Money map, and keeps and reports the analyst's cell in the old area", async () => {
    const { workbook } = installExcel();
    await writeLaidOut(catalog);
    const map = workbook.sheetByName("Money map")!;
    const filled = () =>
      [...map.cells.entries()].filter(([, cell]) => cell.value !== "" || cell.formula !== null).map(([key]) => key);
    const before = filled();
    // The analyst writes over one cell the add-in wrote, far down the matrix.
    const bottom = Math.max(...before.map((key) => Number(key.split(",")[0])));
    workbook.edit("Money map", `A${bottom + 1}`, "my note");

    const smaller = createCatalog(fewerEntities(3));
    const report = await writeLaidOut(smaller);
    const after = filled();
    expect(after.length).toBeLessThan(before.length);
    // Every cell left filled is one the new layout writes, or the analyst's.
    const rewritten = await (async () => {
      const fresh = installExcel();
      await writeLaidOut(smaller);
      const freshMap = fresh.workbook.sheetByName("Money map")!;
      return new Set([...freshMap.cells.entries()].filter(([, c]) => c.value !== "" || c.formula !== null).map(([k]) => k));
    })();
    expect(after.filter((key) => !rewritten.has(key))).toEqual([`${bottom},0`]);
    expect(workbook.cell(map, bottom, 0).value).toBe("my note");
    expect(report.notes).toContainEqual({ kind: "cellsKept", sheet: "Money map", cells: `A${bottom + 1}` });
  });
});

describe("an input message the analyst set on a managed cell", () => {
  it("is kept when they override the value, reported, and still there after Restore", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
    const row = table.top + 1 + catalog.deals.findIndex((deal) => deal.id === "openai-oracle-compute");
    const col = table.left + DEAL_COLUMNS.findIndex((c) => c.key === "value_usd");
    const theirs = { showPrompt: true, title: "My source", message: "Checked against the filing" };
    sheet.validations.set(`${row},${col}`, { rule: null, errorAlert: null, prompt: theirs });
    workbook.edit(sheet.name, `G${row + 1}`, 250e9);

    const report = await writeTables("en", catalog, NOW);
    expect(report.notes).toEqual([
      expect.objectContaining({ kind: "override", key: "openai-oracle-compute", column: "value_usd", yours: 250e9 }),
      { kind: "messageKept", table: "Deals", key: "openai-oracle-compute", column: "value_usd" },
    ]);
    expect(sheet.fills.get(`${row},${col}`)).toBe(OVERRIDE_FILL);
    expect(sheet.validations.get(`${row},${col}`)?.prompt).toEqual(theirs);
    const again = await writeTables("en", catalog, NOW);
    expect(again.notes).toEqual(report.notes);
    expect(sheet.validations.get(`${row},${col}`)?.prompt).toEqual(theirs);

    await writeTables("en", catalog, NOW, { restore: { deals: "all" } });
    expect(workbook.cell(sheet, row, col).value).toBe(300e9);
    expect(sheet.fills.has(`${row},${col}`)).toBe(false);
    expect(sheet.validations.get(`${row},${col}`)?.prompt).toEqual(theirs);
  });

  it("is none where the cell carries only the add-in's own note: the override note takes its place", async () => {
    const { workbook } = installExcel();
    await writeTables("en", catalog, NOW);
    const table = workbook.tables.find((t) => t.name === "Deals")!;
    const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
    const index = catalog.deals.findIndex((deal) => deal.inferred.date !== undefined);
    const row = table.top + 1 + index;
    const col = table.left + DEAL_COLUMNS.findIndex((c) => c.key === "date");
    expect(sheet.validations.get(`${row},${col}`)?.prompt?.title).toBe("Inferred, not stated");
    workbook.edit(sheet.name, `L${row + 1}`, "2026-01");
    const report = await writeTables("en", catalog, NOW);
    expect(report.notes.map((note) => note.kind)).toEqual(["override"]);
    expect(sheet.validations.get(`${row},${col}`)?.prompt?.title).toBe("Your value");
  });
});
