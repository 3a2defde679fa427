/** Worksheets: their ranges, tables, charts and frozen panes. */
import { ChartProxy } from "./chart";
import type { FakeRequestContext } from "./context";
import { newId, OfficeError, parseAddress, type ChartModel, type SheetModel, type TableModel } from "./model";
import { CollectionProxy, Proxy } from "./proxy";
import { NullableRangeProxy, rangeAddress, RangeProxy, type RangeModel } from "./range";
import { TableProxy } from "./table";

export class SheetProxy extends Proxy<SheetModel> {
  readonly tables: {
    add(range: RangeProxy | string, hasHeaders: boolean): TableProxy;
    /** Loads "items/name": the sheet's tables. */
    load(properties: string): CollectionProxy<TableModel>;
  };
  readonly charts: {
    add(type: string, source: RangeProxy, seriesBy: string): ChartProxy;
    getItemOrNullObject(name: string): ChartProxy & { isNullObject: boolean };
    getItem(name: string): ChartProxy;
    /** Loads "items/name" and "items/series/count" (how many series each chart has). */
    load(properties: string): CollectionProxy<ChartModel>;
  };
  readonly freezePanes: { freezeRows(count: number): void };

  constructor(context: FakeRequestContext, locate: () => SheetModel) {
    super(context, locate);
    this.tables = {
      add: (range, hasHeaders) => {
        if (!hasHeaders) throw new TypeError("The add-in always writes its own headers");
        let created: TableModel | undefined;
        const source = typeof range === "string" ? this.getRange(range) : range;
        this.write((sheet) => {
          const m = (source as unknown as { resolve(): RangeModel }).resolve();
          const model = this.context.model;
          const overlaps = model
            .tablesOn(sheet)
            .some(
              (t) => m.row < t.top + t.height && t.top < m.row + m.height && m.col < t.left + t.width && t.left < m.col + m.width,
            );
          if (overlaps) throw new OfficeError("InvalidOperation", "A table can't overlap another table");
          created = {
            id: newId("table"),
            name: `Table${model.tables.length + 1}`,
            sheetId: sheet.id,
            top: m.row,
            left: m.col,
            height: m.height,
            width: m.width,
            style: "TableStyleMedium2",
          };
          model.tables.push(created);
        });
        return new TableProxy(this.context, () => created!);
      },
      load: (properties) =>
        new CollectionProxy<TableModel>(
          this.context,
          () => this.context.model.tablesOn(this.resolve()),
          (table, field) => {
            if (field === "name") return table.name;
            throw new TypeError(`The fake loads table names only, not ${field}`);
          },
        ).load(properties),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        if (seriesBy !== "Columns") throw new TypeError("The add-in builds series by columns");
        let created: ChartModel | undefined;
        this.write((sheet) => {
          created = {
            id: newId("chart"),
            name: `Chart ${sheet.charts.length + 1}`,
            type,
            title: "",
            position: null,
            series: [{ name: "", values: rangeAddress(source), xValues: null }],
          };
          sheet.charts.push(created);
        });
        return new ChartProxy(this.context, () => created!);
      },
      getItem: (name) =>
        new ChartProxy(this.context, () => {
          const found = this.resolve().charts.find((c) => c.name === name);
          if (!found) throw new OfficeError("ItemNotFound", `No chart named ${name}`);
          return found;
        }),
      load: (properties) =>
        new CollectionProxy<ChartModel>(
          this.context,
          () => this.resolve().charts,
          (chart, field) => {
            if (field === "name") return chart.name;
            if (field === "series/count") return chart.series.length;
            throw new TypeError(`The fake loads chart names and series counts only, not ${field}`);
          },
        ).load(properties),
      getItemOrNullObject: (name) => {
        const proxy = new ChartProxy(this.context, () => {
          const found = this.resolve().charts.find((c) => c.name === name);
          if (!found) throw new OfficeError("InvalidOperation", `Chart ${name} is a null object`);
          return found;
        }) as ChartProxy & { isNullObject: boolean };
        let isNull: boolean | undefined;
        this.context.enqueue(() => void (isNull = !this.resolve().charts.some((c) => c.name === name)));
        Object.defineProperty(proxy, "isNullObject", {
          get: () => {
            if (isNull === undefined)
              throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
            return isNull;
          },
        });
        return proxy;
      },
    };
    this.freezePanes = { freezeRows: (count) => this.write((sheet) => void (sheet.frozenRows = count)) };
  }

  protected read(property: string, sheet: SheetModel): unknown {
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    throw new TypeError(`The fake Worksheet has no loadable property ${property}`);
  }
  get name(): string {
    return this.loadedValue("name") as string;
  }
  set name(name: string) {
    this.write((sheet) => {
      if (this.context.model.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
      }
      sheet.name = name;
    });
  }
  get id(): string {
    return this.loadedValue("id") as string;
  }

  /** With no address, the whole sheet, as in Office.js. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () =>
      address === undefined
        ? { sheet: this.resolve(), row: 0, col: 0, height: 1048576, width: 16384 }
        : { sheet: this.resolve(), ...parseAddress(address) },
    );
  }

  delete(): void {
    this.write((sheet) => this.context.model.deleteSheet(sheet.name));
  }

  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.resolve(), row, col, height: 1, width: 1 }));
  }

  /** Worksheet.visibility (ExcelApi 1.1): "Visible" or "Hidden". */
  set visibility(visibility: string) {
    if (visibility !== "Visible" && visibility !== "Hidden")
      throw new TypeError(`The fake shows or hides sheets, not ${visibility}`);
    this.write((sheet) => void (sheet.hidden = visibility === "Hidden"));
  }

  /**
   * The smallest range holding every cell with a value or formula (valuesOnly), or a null object
   * on a sheet with none (ExcelApi 1.4). The fake keeps formats apart from values, so both read the same.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): NullableRangeProxy {
    if (valuesOnly !== true) throw new TypeError("The acceptance suite asks for the cells with values only");
    return new NullableRangeProxy(this.context, () => {
      const sheet = this.resolve();
      const used = [...sheet.cells].filter(([, cell]) => cell.formula !== null || cell.value !== "");
      if (used.length === 0) return null;
      const rows = used.map(([k]) => Number(k.split(",")[0]));
      const cols = used.map(([k]) => Number(k.split(",")[1]));
      const row = Math.min(...rows);
      const col = Math.min(...cols);
      return { sheet, row, col, height: Math.max(...rows) - row + 1, width: Math.max(...cols) - col + 1 };
    });
  }

  /** The smallest range holding every cell with content. */
  getUsedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
      if (keys.length === 0) return { sheet, row: 0, col: 0, height: 1, width: 1 };
      const rows = keys.map(([r]) => r);
      const cols = keys.map(([, c]) => c);
      const row = Math.min(...rows);
      const col = Math.min(...cols);
      return { sheet, row, col, height: Math.max(...rows) - row + 1, width: Math.max(...cols) - col + 1 };
    });
  }

  activate(): void {
    this.write((sheet) => void (this.context.model.selection = { sheetId: sheet.id, row: 0, col: 0, height: 1, width: 1 }));
  }
  getRangeByIndexes(row: number, col: number, height: number, width: number): RangeProxy {
    if (height < 1 || width < 1) throw new OfficeError("InvalidArgument", "A range has at least one row and one column");
    return new RangeProxy(this.context, () => ({ sheet: this.resolve(), row, col, height, width }));
  }
}
