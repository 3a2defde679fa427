import { tableView, columnKeys, withHeaderRow, type ColumnSpec } from "../../../src/domain/tables/tableView";

const columns: readonly ColumnSpec[] = [
  { key: "id", format: "text", width: 10 },
  { key: "value", format: "number", width: 10 },
];
const records = [
  { id: "a", value: 1 },
  { id: "b", value: 2 },
];

describe("tableView", () => {
  it("builds one frozen row per record, in the records' order, once", () => {
    let built = 0;
    const view = tableView(columns, records, (r) => (built++, [r.id, r.value]));
    expect(view.rows).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(Object.isFrozen(view.rows[0])).toBe(true);
    expect(view.rowOf(records[1])).toBe(view.rows[1]);
    expect(view.rowOf(records[0])).toBe(view.rows[0]);
    expect(built).toBe(2);
  });

  it("refuses a record that is not in the table", () => {
    const view = tableView(columns, records, (r) => [r.id, r.value]);
    expect(() => view.rowOf({ id: "c", value: 3 })).toThrow("c is not a record of this table");
  });
});

describe("withHeaderRow", () => {
  const view = tableView(columns, records, (r) => [r.id, r.value]);

  it("puts the column keys above the rows when asked", () => {
    expect(withHeaderRow(columnKeys(view), view.rows, true)).toEqual([
      ["id", "value"],
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("hands out a new outer array each time, so a caller cannot change the shared rows", () => {
    const first = withHeaderRow(columnKeys(view), view.rows, false);
    first.pop();
    expect(withHeaderRow(columnKeys(view), view.rows, false)).toHaveLength(2);
    expect(view.rows).toHaveLength(2);
  });
});
