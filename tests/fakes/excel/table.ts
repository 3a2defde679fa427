/** Tables: name, style, rows appended, and the ranges of their parts. */
import type { FakeRequestContext } from "./context";
import { isFiltered, loadedCriteria, OfficeError, type Cell, type FilterCriteria, type TableModel } from "./model";
import { Proxy } from "./proxy";
import { RangeProxy } from "./range";
import { SheetProxy } from "./sheet";

/** A table's AutoFilter (ExcelApi 1.9): whether it hides rows, and each column's criteria. */
class AutoFilterProxy extends Proxy<TableModel> {
  protected read(property: string, t: TableModel): unknown {
    switch (property) {
      case "isDataFiltered":
        return isFiltered(t);
      case "criteria":
        return Array.from({ length: t.width }, (_, c) => loadedCriteria(t.filters?.[c]));
      default:
        throw new TypeError(`The fake AutoFilter has no loadable property ${property}`);
    }
  }
  get isDataFiltered(): boolean {
    return this.loadedValue("isDataFiltered") as boolean;
  }
  get criteria(): Record<string, unknown>[] {
    return this.loadedValue("criteria") as Record<string, unknown>[];
  }
}

export class TableProxy extends Proxy<TableModel> {
  readonly rows: { add: (index: number | null, values: unknown[][]) => void };
  readonly autoFilter: AutoFilterProxy;
  readonly columns: {
    getItemAt(index: number): { filter: { apply(criteria: Record<string, unknown>): void } };
    add(index?: number, values?: unknown, name?: string): void;
  };

  constructor(context: FakeRequestContext, locate: () => TableModel) {
    super(context, locate);
    this.autoFilter = new AutoFilterProxy(context, () => this.resolve());
    this.columns = {
      /** A column at the table's right end, the cells beside the table moved right to make room (as Excel does). */
      add: (index, values, name) => {
        if (index !== undefined || values !== undefined || name === undefined)
          throw new TypeError("The add-in adds named, empty columns at the end only");
        this.write((t) => {
          const model = this.context.model;
          const sheet = model.sheets.find((s) => s.id === t.sheetId)!;
          model.refuseRowsOfFilteredTable(sheet, t.top + 1, t.height - 1, t.left, t.width, "add columns to");
          const edge = t.left + t.width;
          const moved = [...sheet.cells].filter(([k]) => {
            const [row, col] = k.split(",").map(Number);
            return row >= t.top && row < t.top + t.height && col >= edge;
          });
          for (const [k] of moved) sheet.cells.delete(k);
          for (const [k, cell] of moved) {
            const [row, col] = k.split(",").map(Number);
            sheet.cells.set(`${row},${col + 1}`, cell);
          }
          model.setCell(sheet, t.top, edge, { value: name, formula: null });
          t.width += 1;
        });
      },
      getItemAt: (index) => ({
        filter: {
          apply: (criteria) => {
            // As Excel: a loaded criteria object, its unset properties null, is refused (office-js #1226).
            if (Object.values(criteria).some((value) => value === null))
              throw new OfficeError("InvalidArgument", "Filter criteria must not hold null properties");
            if (criteria.filterOn !== "Values" || !Array.isArray(criteria.values))
              throw new TypeError("The fake applies value filters only");
            this.write((t) => {
              if (index >= t.width) throw new OfficeError("InvalidArgument", `The table has no column ${index}`);
              t.filters = { ...t.filters, [index]: criteria as unknown as FilterCriteria };
            });
          },
        },
      }),
    };
    this.rows = {
      add: (index, values) => {
        if (index !== null && index !== undefined) throw new TypeError("The add-in appends rows only");
        this.write((t) => {
          const model = this.context.model;
          const sheet = model.sheets.find((s) => s.id === t.sheetId)!;
          model.refuseRowsOfFilteredTable(sheet, t.top + 1, t.height - 1, t.left, t.width, "add to");
          if (values.some((row) => row.length !== t.width))
            throw new OfficeError("InvalidArgument", "Row width differs from the table's");
          model.shiftRows(sheet, t.top + t.height, t.left, t.width, values.length);
          values.forEach((row, r) =>
            row.forEach((value, c) =>
              model.setCell(sheet, t.top + t.height + r, t.left + c, { value: value as Cell["value"], formula: null }),
            ),
          );
          t.height += values.length;
        }, values);
      },
    };
  }

  protected read(property: string, t: TableModel): unknown {
    switch (property) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "style":
        return t.style;
      default:
        throw new TypeError(`The fake Table has no loadable property ${property}`);
    }
  }

  get name(): string {
    return this.loadedValue("name") as string;
  }
  set name(name: string) {
    this.write((t) => {
      if (this.context.model.tables.some((other) => other !== t && other.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `A table named ${name} already exists`);
      }
      t.name = name;
    });
  }
  get id(): string {
    return this.loadedValue("id") as string;
  }
  set style(style: string) {
    this.write((t) => void (t.style = style));
  }
  get style(): string {
    return this.loadedValue("style") as string;
  }

  private part(pick: (t: TableModel) => { row: number; height: number }): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      const sheet = this.context.model.sheets.find((s) => s.id === t.sheetId)!;
      const { row, height } = pick(t);
      return { sheet, row, col: t.left, height, width: t.width };
    });
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((t) => ({ row: t.top, height: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((t) => ({ row: t.top + 1, height: t.height - 1 }));
  }
  getRange(): RangeProxy {
    return this.part((t) => ({ row: t.top, height: t.height }));
  }
  /**
   * TableSort.apply (ExcelApi 1.2): the body rows reordered by one column, each row's cells moving
   * with their formats and input messages. Excel sorts numbers before text and blanks last.
   */
  readonly sort = {
    apply: (fields: { key: number; ascending?: boolean }[]) => {
      if (fields.length !== 1) throw new TypeError("The acceptance suite sorts by one column");
      const [{ key: column, ascending = true }] = fields;
      this.write((t) => {
        if (column < 0 || column >= t.width) throw new OfficeError("InvalidArgument", `The table has no column ${column}`);
        const model = this.context.model;
        const sheet = model.sheets.find((s) => s.id === t.sheetId)!;
        const rows = Array.from({ length: t.height - 1 }, (_, r) => t.top + 1 + r);
        const rank = (value: Cell["value"]) => (value === "" ? 2 : typeof value === "number" ? 0 : 1);
        const compare = (a: Cell["value"], b: Cell["value"]) => {
          if (rank(a) !== rank(b) || a === "" || b === "") return rank(a) - rank(b);
          const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
          return ascending ? order : -order;
        };
        const sorted = [...rows].sort((a, b) =>
          compare(model.cell(sheet, a, t.left + column).value, model.cell(sheet, b, t.left + column).value),
        );
        const stores = [sheet.cells, sheet.fills, sheet.fontColors, sheet.fonts, sheet.validations] as Map<string, unknown>[];
        for (const store of stores) {
          const moved = sorted.map((from) => Array.from({ length: t.width }, (_, c) => store.get(`${from},${t.left + c}`)));
          rows.forEach((to, i) =>
            moved[i].forEach((entry, c) =>
              entry === undefined ? store.delete(`${to},${t.left + c}`) : store.set(`${to},${t.left + c}`, entry),
            ),
          );
        }
        const italic = sorted.map((from) =>
          Array.from({ length: t.width }, (_, c) => sheet.italics.has(`${from},${t.left + c}`)),
        );
        rows.forEach((to, i) => italic[i].forEach((on, c) => sheet.italics[on ? "add" : "delete"](`${to},${t.left + c}`)));
      });
    },
  };

  /** Shows every row again; the filter buttons stay (ExcelApi 1.2). */
  clearFilters(): void {
    this.write((t) => void (t.filters = {}));
  }

  /** The sheet the table is on (ExcelApi 1.2). */
  get worksheet(): SheetProxy {
    return new SheetProxy(this.context, () => {
      const t = this.resolve();
      return this.context.model.sheets.find((s) => s.id === t.sheetId)!;
    });
  }
}
