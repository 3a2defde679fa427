/**
 * Tabular views of the dataset. One view per table serves the sheet plans, the spilled
 * look-up functions (DEALS, METRICS) and the .xlsx export, so they always agree.
 */
import type { CellValue } from "../cells";

export type ColumnFormat = "text" | "usd-billions" | "usd" | "gw" | "percent" | "price" | "integer" | "number" | "year";

export interface ColumnSpec {
  /** Stable key: the English header, the DEAL field name, and how refresh finds the column. */
  readonly key: string;
  readonly format: ColumnFormat;
  /** Character width for sheets. */
  readonly width: number;
}

export type Row = readonly CellValue[];

export interface TableView<Record> {
  readonly columns: readonly ColumnSpec[];
  /** Every record's cells in column order, in the records' order. Frozen and shared. */
  readonly rows: readonly Row[];
  /** One record's row. */
  rowOf(record: Record): Row;
}

/**
 * Builds every row of a table at once, the first time a catalog's table is asked for (see
 * dataset/perCatalog): the dataset never changes while the add-in runs, and the look-up functions ask
 * for the same rows on every recalculation. The index by id is built only when a single
 * record's row is first asked for: on 10,000 records it costs twice the rows themselves, and
 * the whole-table calls (DEALS, METRICS, the sheets) never need it.
 */
export function tableView<Record extends { readonly id: string }>(
  columns: readonly ColumnSpec[],
  records: readonly Record[],
  build: (record: Record) => CellValue[],
): TableView<Record> {
  const rows: Row[] = new Array<Row>(records.length);
  for (let i = 0; i < records.length; i++) rows[i] = Object.freeze(build(records[i]));
  let rowById: Map<string, Row> | undefined;
  return {
    columns,
    rows,
    rowOf(record) {
      rowById ??= new Map(records.map((r, i) => [r.id, rows[i]]));
      const row = rowById.get(record.id);
      if (row === undefined) throw new Error(`${record.id} is not a record of this table`);
      return row;
    },
  };
}

/** Rows as a spilled array, under a header row of the column keys if asked. */
export function withHeaderRow(keys: readonly string[], rows: readonly Row[], withHeaders: boolean): CellValue[][] {
  const body = rows as CellValue[][];
  return withHeaders ? [[...keys], ...body] : body.slice();
}

/** A view's column keys, as its header row spills them. */
export const columnKeys = (view: TableView<unknown>) => view.columns.map((column) => column.key);
