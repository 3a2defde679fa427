/** Refresh's rules, one by one, on a small table: the add-in changes only what it wrote and still owns. */
import type { CellValue } from "../../../src/domain/cells";
import {
  ledgerBytes,
  plannedLedger,
  provisionalLedger,
  reconcileTable,
  type RowLedger,
} from "../../../src/domain/layout/reconcile";
import type { TablePlan } from "../../../src/domain/layout/plan";

const TOP = 2;
/** A Metrics-like table: id, value; "total" is derived from "a" and "b". */
function plan(rows: [string, CellValue][]): TablePlan {
  return {
    key: "metrics",
    name: "Metrics",
    row: TOP,
    col: 0,
    keyColumn: "id",
    style: "TableStyleMedium2",
    columns: [
      { key: "id", header: "id", numberFormat: "General", width: 10 },
      { key: "value", header: "value", numberFormat: "0", width: 10 },
    ],
    rows: rows.map(([id, value]) => ({ id, cells: [id, value] })),
  };
}

const v1 = plan([
  ["a", 1],
  ["b", 2],
  ["total", "={a}+{b}"],
]);
/** The table as the add-in wrote it from v1, with the analyst's own column "note". */
function written(extra: CellValue[][] = []) {
  return {
    headers: ["id", "value", "note"],
    body: [["a", 1, ""], ["b", 2, ""], ["total", "=$B$4+$B$5", ""], ...extra] as CellValue[][],
    numberFormats: [] as string[][],
    top: TOP,
    left: 0,
  };
}
const ledger: RowLedger = plannedLedger(v1, TOP, 0);

describe("reconcileTable", () => {
  it("changes nothing where nothing changed, and leaves the analyst's header unwritten", () => {
    const result = reconcileTable(v1, written(), ledger);
    expect(result.kept.flat().every((cell) => cell === null)).toBe(true);
    expect(result.counts).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 3, yours: 0 });
    expect(result.headers).toEqual(["id", "value", null]);
    expect(result.ledger).toEqual({ columns: ["value"], rows: { ...ledger.rows } });
  });

  it("keeps the analyst's rows, appended or inserted mid-table, and rows with an empty key, as they are", () => {
    const current = written([
      ["mine", 99, "my estimate"],
      ["", 5, "scratch"],
    ]);
    current.body.splice(1, 0, ["inserted", 7, "between"]);
    const result = reconcileTable(v1, current, ledger);
    expect(result.counts).toMatchObject({ yours: 3, removed: 0, added: 0 });
    expect(result.kept[1]).toEqual([null, null, null]);
    expect(result.kept.slice(4)).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.removed).toEqual([]);
  });

  it("updates in place when the analyst sorted the table, pointing derived formulas at the rows where they are now", () => {
    const current = written();
    current.body = [current.body[2], current.body[1], current.body[0]]; // total, b, a
    const v2 = plan([
      ["a", 10],
      ["b", 2],
      ["total", "={a}+{b}"],
    ]);
    const result = reconcileTable(v2, current, ledger);
    // total's formula now reads a and b where they are (rows 6 and 5); a's value changes in place.
    expect(result.kept).toEqual([
      [null, "=$B$6+$B$5", null],
      [null, null, null],
      [null, 10, null],
    ]);
    expect(result.counts).toMatchObject({ updated: 2, unchanged: 1 });
  });

  it("removes only the add-in's own rows the dataset dropped, and adds new dataset rows at the end", () => {
    const current = written([["mine", 99, ""]]);
    const v2 = plan([
      ["a", 1],
      ["total", "={a}*2"],
      ["c", 3],
    ]);
    const result = reconcileTable(v2, current, ledger);
    expect(result.removed).toEqual([1]);
    expect(result.kept.map((row) => row[1])).toEqual([null, "=$B$4*2", null]);
    expect(result.appended).toEqual([["c", 3, ""]]);
    expect(result.counts).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 1, yours: 1 });
    expect(Object.keys(result.ledger.rows)).toEqual(["a", "total", "c"]);
  });

  it("keeps an analyst's override and reports it; a conflict when the dataset changed too; not once typed back", () => {
    const current = written();
    current.body[0] = ["a", 5, ""];
    const same = reconcileTable(v1, current, ledger);
    expect(same.kept[0]).toEqual([null, null, null]);
    expect(same.overrides).toEqual([{ key: "a", column: "value", yours: 5, dataset: 1, conflict: false }]);
    // The override stays one on the next refresh: its ledger entry is what the add-in wrote.
    expect(reconcileTable(v1, current, same.ledger).overrides).toHaveLength(1);

    const v2 = plan([
      ["a", 7],
      ["b", 2],
      ["total", "={a}+{b}"],
    ]);
    expect(reconcileTable(v2, current, ledger).overrides).toEqual([
      { key: "a", column: "value", yours: 5, dataset: 7, conflict: true },
    ]);
    current.body[0] = ["a", 1, ""];
    const typedBack = reconcileTable(v1, current, same.ledger);
    expect(typedBack.overrides).toEqual([]);
    expect(typedBack.ledger.rows.a).toBe(ledger.rows.a);
  });

  it("reports an analyst's row whose key a new dataset row also has, and adds the dataset's row", () => {
    const current = written([["c", 42, "mine"]]);
    const v2 = plan([
      ["a", 1],
      ["b", 2],
      ["total", "={a}+{b}"],
      ["c", 3],
    ]);
    const result = reconcileTable(v2, current, ledger);
    expect(result.clashes).toEqual(["c"]);
    expect(result.kept[3]).toEqual([null, null, null]);
    expect(result.appended).toEqual([["c", 3, ""]]);
  });

  it("takes rows with dataset keys as the add-in's in a table written before ledgers, and keeps the rest", () => {
    const result = reconcileTable(v1, written([["mine", 99, ""]]), null);
    expect(result.counts).toMatchObject({ yours: 1, removed: 0, unchanged: 3 });
    expect(result.overrides).toEqual([]);
  });

  it("adds a column a newer plan has and the add-in never wrote, at the right end, filled for its rows only", () => {
    const v2: TablePlan = {
      ...v1,
      columns: [...v1.columns, { key: "qualifier", header: "qualifier", numberFormat: "General", width: 10 }],
      rows: v1.rows.map((row) => ({ ...row, cells: [...row.cells, "exact"] })),
    };
    const result = reconcileTable(v2, written([["mine", 7, "my note"]]), ledger);
    expect(result.addedColumns).toEqual(["qualifier"]);
    expect(result.missingColumns).toEqual([]);
    expect(result.headers).toEqual(["id", "value", null, "qualifier"]);
    expect(result.kept.map((row) => row[3])).toEqual(["exact", "exact", "exact", null]);
    // Once written, it is the add-in's column: gone later, it is the analyst's removal.
    const later = reconcileTable(v2, written(), result.ledger);
    expect([later.addedColumns, later.missingColumns]).toEqual([[], ["qualifier"]]);
  });
});

it("knows a ledger's size without hashing a cell", () => {
  // The ledger's rows as JSON: {"a":"…","b":"…","total":"…"}, less the braces.
  expect(ledgerBytes(v1)).toBe(JSON.stringify(plannedLedger(v1, TOP, 0).rows).length - 1);
});

describe("provisionalLedger: the record held while a write is under way", () => {
  const v2 = plan([
    ["a", 10],
    ["c", 3],
    ["total", "={a}+{c}"],
  ]);
  const next = reconcileTable(v2, written(), ledger).ledger;
  const provisional = provisionalLedger(ledger, next);

  it("holds what the add-in wrote before in the rows it wrote, the rows it removes, and the rows it adds", () => {
    expect(Object.keys(provisional.rows).sort()).toEqual(["a", "b", "c", "total"]);
    expect(provisional.rows.a).toBe(ledger.rows.a);
    expect(provisional.rows.b).toBe(ledger.rows.b);
    expect(provisional.rows.c).toBe(next.rows.c);
    expect(provisionalLedger(null, next)).toBe(next);
  });

  it("so a refresh after a write cut short anywhere reaches the same table as one that was not", () => {
    // Cut before anything was written, and after "a" was changed and "c" appended but "b" not yet removed.
    const untouched = written();
    const halfway = {
      ...written(),
      body: [
        ["a", 10, ""],
        ["b", 2, ""],
        ["total", "=$B$4+$B$5", ""],
        ["c", 3, ""],
      ] as CellValue[][],
    };
    for (const current of [untouched, halfway]) {
      const result = reconcileTable(v2, current, provisional);
      expect(result.counts.yours).toBe(0);
      expect(result.overrides).toEqual([]);
      expect(result.removed).toEqual([1]);
    }
  });
});
