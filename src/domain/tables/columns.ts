/**
 * Tabular views of the dataset. One view per table serves the sheet plans, the spilled
 * look-up functions (DEALS, METRICS) and the .xlsx export, so they always agree.
 */
export type CellValue = string | number | boolean;

/** "" is a figure the article does not state: an empty cell. */
export const NOT_STATED = "";

export type ColumnFormat = "text" | "usd-billions" | "usd" | "gw" | "percent" | "price" | "integer" | "number" | "year";

export interface ColumnSpec {
  /** Stable key: the English header, the DEAL field name, and how refresh finds the column. */
  readonly key: string;
  readonly format: ColumnFormat;
  /** Character width for sheets. */
  readonly width: number;
}

export interface TableView<Record> {
  readonly columns: readonly ColumnSpec[];
  /** The record's cells in column order. Frozen and shared: built once per record. */
  rowOf(record: Record): readonly CellValue[];
}

/**
 * A view whose rows are built on first use and kept: the dataset never changes while the
 * add-in runs, and the look-up functions ask for the same rows on every recalculation.
 */
export function cachedView<Record extends object>(
  columns: readonly ColumnSpec[],
  build: (record: Record) => CellValue[],
): TableView<Record> {
  // A Map, not a WeakMap: records live as long as their catalog, and Map look-ups are faster.
  const rows = new Map<Record, readonly CellValue[]>();
  return {
    columns,
    rowOf(record) {
      let row = rows.get(record);
      if (row === undefined) {
        row = Object.freeze(build(record));
        rows.set(record, row);
      }
      return row;
    },
  };
}

export function toMatrix<Record>(view: TableView<Record>, records: readonly Record[], withHeaders: boolean): CellValue[][] {
  const body = records.map((record) => view.rowOf(record) as CellValue[]);
  return withHeaders ? [view.columns.map((column) => column.key), ...body] : body;
}

/** Memoises a builder per catalog (or any object key). */
export function perCatalog<Key extends object, T>(build: (key: Key) => T): (key: Key) => T {
  const cache = new WeakMap<Key, T>();
  return (key) => {
    let built = cache.get(key);
    if (built === undefined) {
      built = build(key);
      cache.set(key, built);
    }
    return built;
  };
}
