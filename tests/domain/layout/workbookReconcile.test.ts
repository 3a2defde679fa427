/**
 * The workbook-level rules of a write, without a host: which sheets and tables are the add-in's,
 * which names it writes under, what it reads next, what it writes again, and the record it keeps.
 */
import type { Language } from "../../../src/domain/language";
import type { SheetPlan, TablePlan } from "../../../src/domain/layout/plan";
import { plannedLedger, type TableOnSheet } from "../../../src/domain/layout/reconcile";
import {
  locateWork,
  reconcileWorkbook,
  tablePlaceAfterWrite,
  type TablesFound,
  type WorkbookFound,
} from "../../../src/domain/layout/workbookReconcile";
import { sheetMarkerName, tableMarkerFormula, tableMarkerName } from "../../../src/domain/stored/markers";
import type { Ownership } from "../../../src/domain/stored/ownership";

const dealsTable = (language: Language): TablePlan => ({
  key: "deals",
  name: "Deals",
  row: 2,
  col: 0,
  keyColumn: "id",
  style: "TableStyleMedium2",
  columns: [
    { key: "id", header: language === "en" ? "id" : "ID", numberFormat: "General", width: 10 },
    { key: "value", header: "value", numberFormat: "0", width: 10 },
  ],
  rows: [
    { id: "a", cells: ["a", 1] },
    { id: "b", cells: ["b", 2] },
  ],
});

const plans = (language: Language): SheetPlan[] => [
  {
    key: "deals",
    name: language === "en" ? "Deals" : "交易",
    blocks: [],
    tables: [dealsTable(language)],
    charts: [
      {
        key: "deals-chart",
        type: "BarClustered",
        title: "Deals",
        row: 0,
        col: 4,
        height: 10,
        width: 6,
        series: [{ name: "value", table: "deals", valuesColumn: "value", categoriesColumn: "id" }],
      },
    ],
    freezeRows: 0,
  },
  { key: "scenario-base", name: "Base", blocks: [], tables: [], charts: [], freezeRows: 0, updates: "create-only" },
];

const record = (overrides: Partial<Ownership> = {}): Ownership => ({
  version: 1,
  language: "zh-TW",
  writtenAt: "2026-11-01T00:00:00.000Z",
  addinVersion: "1.0.0",
  datasetVersion: "1.0.0",
  tables: { deals: "Deals" },
  rows: { deals: plannedLedger(dealsTable("zh-TW"), 2, 0) },
  ...overrides,
});

const empty: WorkbookFound = { sheetNames: ["Sheet1"], tableNames: [], names: [], previous: null };
/** A workbook the add-in wrote: its sheets and table, their markers, and its record. */
const written: WorkbookFound = {
  sheetNames: ["交易", "Base"],
  tableNames: ["Deals"],
  names: [
    { name: sheetMarkerName("deals"), formula: "=交易!$A$1" },
    { name: sheetMarkerName("scenario-base"), formula: "=Base!$A$1" },
    { name: tableMarkerName("deals"), formula: tableMarkerFormula("Deals") },
  ],
  previous: record(),
};
const options = { writtenAt: "2026-12-01T00:00:00.000Z", addinVersion: "1.1.0", datasetVersion: "1.1.0" };

const asWritten: TableOnSheet = {
  headers: ["ID", "value"],
  body: [
    ["a", 1],
    ["b", 2],
  ],
  numberFormats: [],
  top: 2,
  left: 0,
};
const found = (tables: TablesFound["tables"] = new Map([["deals", asWritten]])): TablesFound => ({ tables, areas: new Map() });

describe("locating the add-in's sheets and tables", () => {
  it("creates every sheet of a fresh workbook, in the language asked for, and reads nothing more", () => {
    const located = locateWork(plans, empty, { language: "en" });
    expect(located.language).toBe("en");
    expect(located.sheets.map((s) => [s.name, s.existing])).toEqual([
      ["Deals", false],
      ["Base", false],
    ]);
    expect(located.sheets.flatMap((s) => [...s.tables, ...s.missing])).toEqual([]);
    expect(located.notes).toEqual([]);
  });

  it("writes under a fresh name where the analyst has a sheet of the planned name, and says so", () => {
    const located = locateWork(plans, { ...empty, sheetNames: ["deals"] }, { language: "en" });
    expect(located.sheets[0].name).toBe("Deals (2)");
    expect(located.notes).toEqual([{ kind: "sheetNameTaken", planned: "Deals", written: "Deals (2)" }]);
    expect(located.created[0]).toEqual({ sheet: "deals", name: "Deals (2)", renamedFrom: "Deals" });
  });

  it("keeps the workbook's language unless a rewrite asks for another", () => {
    expect(locateWork(plans, written, { language: "en" }).language).toBe("zh-TW");
    expect(locateWork(plans, written, { language: "en", rewriteLanguage: true }).language).toBe("en");
  });

  it("finds its sheets through their markers, reads their tables, and leaves a scenario sheet alone", () => {
    const located = locateWork(plans, written, { language: "en" });
    const [deals, scenario] = located.sheets;
    expect(deals).toMatchObject({ name: "交易", existing: true, leftAlone: false, missing: [] });
    expect(deals.tables.map((t) => [t.name, t.marked])).toEqual([["Deals", true]]);
    expect(deals.charts.map((c) => c.key)).toEqual(["deals-chart"]);
    expect(scenario).toMatchObject({ existing: true, leftAlone: true, tables: [], charts: [] });
  });

  it("creates a sheet again where its marker points at a sheet that is gone, replacing the marker", () => {
    const located = locateWork(plans, { ...written, sheetNames: ["Base"] }, { language: "en" });
    expect(located.sheets[0]).toMatchObject({ name: "交易", existing: false, replacesMarker: true });
  });

  it("follows a table the analyst renamed, and never takes an analyst's table of the recorded name", () => {
    const renamed = locateWork(
      plans,
      {
        ...written,
        tableNames: ["MyDeals", "Deals"],
        names: written.names.map((n) =>
          n.name === tableMarkerName("deals") ? { ...n, formula: tableMarkerFormula("MyDeals") } : n,
        ),
      },
      { language: "en" },
    );
    expect(renamed.sheets[0].tables.map((t) => t.name)).toEqual(["MyDeals"]);
    expect(renamed.notes).toEqual([{ kind: "tableRenamed", from: "Deals", to: "MyDeals" }]);

    // The marker says the table is gone (#REF!): the analyst's own "Deals" is not taken for it.
    const gone = locateWork(
      plans,
      {
        ...written,
        names: written.names.map((n) => (n.name === tableMarkerName("deals") ? { ...n, formula: "=#REF!" } : n)),
      },
      { language: "en" },
    );
    expect(gone.sheets[0].tables).toEqual([]);
    expect(gone.sheets[0].missing.map((t) => t.key)).toEqual(["deals"]);
  });

  it("takes a table by its recorded name only in a workbook written before tables had markers", () => {
    const unmarked = locateWork(
      plans,
      { ...written, names: written.names.filter((n) => n.name !== tableMarkerName("deals")) },
      { language: "en" },
    );
    expect(unmarked.sheets[0].tables.map((t) => [t.name, t.marked])).toEqual([["Deals", false]]);
  });
});

describe("reconciling the workbook", () => {
  it("writes every table of a new sheet, under a fresh name where the analyst has one, with a ledger of its rows", () => {
    const located = locateWork(plans, { ...empty, tableNames: ["Deals"] }, { language: "en" });
    const writes = reconcileWorkbook(located, { tables: new Map(), areas: new Map() }, options);
    expect(writes.sheets[0].created.map((t) => t.name)).toEqual(["Deals_2"]);
    expect(writes.notes).toContainEqual({ kind: "tableNameTaken", planned: "Deals", written: "Deals_2" });
    expect(writes.ownership).toMatchObject({ language: "en", datasetVersion: "1.1.0", tables: { deals: "Deals_2" } });
    expect(Object.keys(writes.ownership.rows!.deals!.rows)).toEqual(["a", "b"]);
    expect(writes.tables).toEqual([
      { key: "deals", table: "Deals_2", sheet: "Deals", added: 2, updated: 0, removed: 0, unchanged: 0, yours: 0 },
    ]);
  });

  it("refreshes a table found, reports its counts, and records its new ledger under its name now", () => {
    const located = locateWork(plans, written, { language: "en" });
    const writes = reconcileWorkbook(located, found(), options);
    expect(writes.tables).toEqual([
      { key: "deals", table: "Deals", sheet: "交易", added: 0, updated: 0, removed: 0, unchanged: 2, yours: 0 },
    ]);
    expect(writes.ownership).toMatchObject({ language: "zh-TW", addinVersion: "1.1.0", tables: { deals: "Deals" } });
    expect(writes.sheets[0].created).toEqual([]);
  });

  it("writes a lost table again where its cells are free, and says where they are not", () => {
    const located = locateWork(plans, { ...written, tableNames: [] }, { language: "en" });
    const blank = [
      ["", ""],
      ["", ""],
      ["", ""],
    ];
    const area = (cells: string[][] | (string | number)[][], tables: number | null = 0) =>
      reconcileWorkbook(
        located,
        { tables: new Map(), areas: new Map([["deals", { cells, tables, address: "交易!A3:B5" }]]) },
        options,
      );

    const free = area(blank);
    expect(free.sheets[0].created).toMatchObject([{ name: "Deals", replacesMarker: true }]);
    expect(free.notes).toContainEqual({ kind: "tableWrittenAgain", table: "Deals", sheet: "交易" });
    // The analyst made the table a range (its marker stays, pointing nowhere): its cells are theirs.
    const asWritten = [
      ["ID", "value"],
      ["a", 1],
      ["b", 2],
    ];
    expect(area(asWritten).sheets[0].created).toEqual([]);
    // A write cut short before the table was made (no marker yet) left what the table would write: written again.
    const unfinished = locateWork(
      plans,
      { ...written, tableNames: [], names: written.names.filter((n) => n.name !== tableMarkerName("deals")) },
      { language: "en" },
    );
    const again = reconcileWorkbook(
      unfinished,
      { tables: new Map(), areas: new Map([["deals", { cells: asWritten, tables: 0, address: "交易!A3:B5" }]]) },
      options,
    );
    expect(again.sheets[0].created).toMatchObject([{ name: "Deals", replacesMarker: false }]);
    expect(area(blank, null).sheets[0].created).toHaveLength(1);

    for (const used of [
      area([
        ["ID", "value"],
        ["a", 1],
        ["mine", ""],
      ]),
      area(blank, 1),
    ]) {
      expect(used.sheets[0].created).toEqual([]);
      expect(used.notes).toContainEqual({ kind: "tableAreaInUse", table: "Deals", sheet: "交易", address: "交易!A3:B5" });
      // The record no longer claims it.
      expect(used.ownership.tables.deals).toBeUndefined();
      expect(used.ownership.rows?.deals).toBeUndefined();
    }
  });

  it("leaves a table without its id column as it is, keeps its last ledger, and says which column to put back", () => {
    const located = locateWork(plans, written, { language: "en" });
    const noKey = { ...asWritten, headers: ["name", "value"] };
    const writes = reconcileWorkbook(located, found(new Map([["deals", noKey]])), options);
    expect(writes.notes).toEqual([{ kind: "keyColumnRemoved", table: "Deals", column: "id" }]);
    expect(writes.tables[0]).toMatchObject({ unchanged: 2, updated: 0 });
    expect(writes.ownership.rows?.deals).toEqual(written.previous!.rows!.deals);
  });

  it("places a chart's table after the write: the rows it will have, the analyst's included", () => {
    const located = locateWork(plans, written, { language: "en" });
    const withMine = { ...asWritten, body: [...asWritten.body, ["mine", 3]] };
    const writes = reconcileWorkbook(located, found(new Map([["deals", withMine]])), options);
    expect(tablePlaceAfterWrite(writes.sheets[0], "deals")).toEqual({ top: 2, left: 0, bodyRows: 3 });
    expect(tablePlaceAfterWrite(writes.sheets[1], "deals")).toBeUndefined();
  });
});
