/**
 * Tabular views of the dataset. One column list per table serves the sheet plans, the
 * spilled look-up functions (DEALS, METRICS) and the .xlsx export, so they always agree.
 */
export type CellValue = string | number | boolean;

export type ColumnFormat = "text" | "usd-billions" | "usd" | "gw" | "percent" | "price" | "integer" | "number" | "year";

export interface Column<Row> {
  /** Stable key: the English header, the DEAL field name, and how refresh finds the column. */
  readonly key: string;
  readonly format: ColumnFormat;
  /** Character width for sheets. */
  readonly width: number;
  /** Null means "not stated": an empty cell. */
  value(row: Row): CellValue | null;
}

export function toMatrix<Row>(columns: readonly Column<Row>[], rows: readonly Row[], withHeaders: boolean): CellValue[][] {
  const body = rows.map((row) => columns.map((column) => column.value(row) ?? ""));
  return withHeaders ? [columns.map((column) => column.key), ...body] : body;
}

/** Memoises a builder per catalog: look-ups call column lists on every recalculation. */
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
