/**
 * An in-memory Excel host, strict like Office.js:
 * - calls are queued and run at context.sync(), in order; errors surface there;
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - proxy objects work only inside their Excel.run;
 * - sync() calls and queued operations are counted.
 * It implements the subset of the API the add-in uses, and nothing more: a call to anything
 * else is a TypeError, as on a host that lacks the API.
 */

export type Cell = { value: string | number | boolean; formula: string | null; numberFormat: string };
type Grid = Map<string, Cell>;

export interface SheetModel {
  id: string;
  name: string;
  cells: Grid;
  columnWidths: Map<number, number>;
  frozenRows: number;
  charts: ChartModel[];
  fonts: Map<string, { bold: boolean; size: number }>;
  /** Fill and font colours, and data validation, by "row,col". */
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  validations: Map<string, { rule: unknown; errorAlert: unknown }>;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  top: number;
  left: number;
  /** Rows including the header row. */
  height: number;
  width: number;
  style: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  position: [string, string] | null;
  series: { name: string; values: string; xValues: string | null }[];
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const key = (row: number, col: number) => `${row},${col}`;
/** Loaded values are copies, as they cross a process boundary in Office.js (plain data only). */
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const EMPTY: Cell = { value: "", formula: null, numberFormat: "General" };
let nextId = 1;
const newId = (prefix: string) => `{${prefix}-${String(nextId++).padStart(8, "0")}}`;

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function letters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "B3" or "B3:D7" (optionally with $) to zero-based row, col, height, width. */
export function parseAddress(address: string): { row: number; col: number; height: number; width: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.replace(/^.*!/, ""));
  if (!match) throw new OfficeError("InvalidArgument", `Bad address ${address}`);
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  const endRow = match[4] ? Number(match[4]) - 1 : row;
  const endCol = match[3] ? columnIndex(match[3]) : col;
  return { row, col, height: endRow - row + 1, width: endCol - col + 1 };
}

export function formatAddress(sheet: string, row: number, col: number, height: number, width: number): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const start = `${letters(col)}${row + 1}`;
  return `${quoted}!${height === 1 && width === 1 ? start : `${start}:${letters(col + width - 1)}${row + height}`}`;
}

/** The workbook's state, shared by every Excel.run against it. */
export interface NameModel {
  name: string;
  /** One cell, or a whole table by id: Excel rewrites Table[#All] when the table is renamed. */
  refersTo: { sheetId: string; row: number; col: number } | { tableId: string };
  visible: boolean;
}

export class FakeWorkbook {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  comments: { sheetId: string; row: number; col: number; content: string }[] = [];
  settings = new Map<string, unknown>();
  /** Counters over the life of the workbook. */
  syncCount = 0;
  operationCount = 0;
  calculationSuspensions = 0;
  /** When set, the sync that reaches this many executed operations fails there. */
  failAfterOperations: number | null = null;
  /** The selected range, on the active sheet (the first sheet unless set). */
  selection = { sheetId: "", row: 0, col: 0, height: 1, width: 1 };

  /** A workbook as Excel opens a new one, with an empty Sheet1; or with no sheets at all. */
  constructor(options: { blankSheet?: boolean } = {}) {
    if (options.blankSheet) this.addSheet("Sheet1");
  }

  activeSheet(): SheetModel {
    const sheet = this.sheets.find((s) => s.id === this.selection.sheetId) ?? this.sheets[0];
    if (!sheet) throw new OfficeError("ItemNotFound", "The workbook has no sheets");
    return sheet;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    }
    const sheet: SheetModel = {
      id: newId("sheet"),
      name,
      cells: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      charts: [],
      fonts: new Map(),
      fills: new Map(),
      fontColors: new Map(),
      validations: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** What an analyst deleting a sheet does: its tables go with it. */
  deleteSheet(name: string): void {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
  }

  /**
   * What an analyst removing a table does: "delete" clears its cells with it, "convert to
   * range" leaves them.
   */
  removeTable(name: string, how: "delete" | "convert to range"): void {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new Error(`No table ${name}`);
    this.tables = this.tables.filter((t) => t !== table);
    if (how === "convert to range") return;
    const sheet = this.sheets.find((s) => s.id === table.sheetId)!;
    for (let r = 0; r < table.height; r++)
      for (let c = 0; c < table.width; c++) sheet.cells.delete(key(table.top + r, table.left + c));
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetModel, row: number, col: number): Cell {
    return sheet.cells.get(key(row, col)) ?? EMPTY;
  }

  setCell(sheet: SheetModel, row: number, col: number, patch: Partial<Cell>): void {
    const next = { ...this.cell(sheet, row, col), ...patch };
    if (next.value === "" && next.formula === null && next.numberFormat === "General") sheet.cells.delete(key(row, col));
    else sheet.cells.set(key(row, col), next);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  /** Shifts cells at or below `fromRow` in columns [left, left+width) by `delta` rows. */
  shiftRows(sheet: SheetModel, fromRow: number, left: number, width: number, delta: number): void {
    const moved: [number, number, Cell][] = [];
    for (const [k, cell] of [...sheet.cells]) {
      const [row, col] = k.split(",").map(Number);
      if (row >= fromRow && col >= left && col < left + width) {
        sheet.cells.delete(k);
        if (row + delta >= fromRow || delta > 0) moved.push([row + delta, col, cell]);
      }
    }
    for (const [row, col, cell] of moved) if (row >= 0) sheet.cells.set(key(row, col), cell);
    for (const table of this.tablesOn(sheet)) {
      if (table.top >= fromRow && table.left >= left && table.left + table.width <= left + width) table.top += delta;
    }
  }

  /** The sheets, tables and cells as plain data, for assertions and for test-results dumps. */
  dump() {
    return {
      sheets: this.sheets.map((sheet) => {
        const rows: Record<string, (string | number | boolean)[]> = {};
        const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
        const maxRow = Math.max(-1, ...keys.map(([r]) => r));
        const maxCol = Math.max(-1, ...keys.map(([, c]) => c));
        for (let r = 0; r <= maxRow; r++) {
          const row = Array.from({ length: maxCol + 1 }, (_, c) => {
            const cell = this.cell(sheet, r, c);
            return cell.formula ?? cell.value;
          });
          if (row.some((v) => v !== "")) rows[String(r + 1)] = row;
        }
        return {
          name: sheet.name,
          frozenRows: sheet.frozenRows,
          tables: this.tablesOn(sheet).map((t) => ({
            name: t.name,
            address: formatAddress(sheet.name, t.top, t.left, t.height, t.width),
            style: t.style,
          })),
          charts: sheet.charts.map((c) => ({ name: c.name, type: c.type, title: c.title, series: c.series })),
          rows,
        };
      }),
    };
  }
}

type Operation = () => void;

/** One Excel.run: its queue, its proxies' validity, and its counters. */
class FakeRequestContext {
  private queue: Operation[] = [];
  private alive = true;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => void model.calculationSuspensions++),
    };
  }

  enqueue(operation: Operation): void {
    this.assertAlive();
    this.queue.push(operation);
  }

  assertAlive(): void {
    if (!this.alive) throw new OfficeError("InvalidObjectPath", "This object was created in an Excel.run that has ended");
  }

  async sync(): Promise<void> {
    this.assertAlive();
    this.model.syncCount++;
    const queue = this.queue;
    this.queue = [];
    for (const operation of queue) {
      if (this.model.failAfterOperations !== null && this.model.operationCount >= this.model.failAfterOperations) {
        this.model.failAfterOperations = null;
        throw new OfficeError("GeneralException", "The host stopped responding (injected failure)");
      }
      this.model.operationCount++;
      operation();
    }
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  end(): void {
    this.alive = false;
  }
}

/** Base for proxies: load() records which properties a later sync fills in. */
abstract class Proxy<Model> {
  private loaded = new Map<string, unknown>();
  private target: Model | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly locate: () => Model,
  ) {}

  /** The model object, found when the queue runs (not when the proxy was made). */
  protected resolve(): Model {
    this.target ??= this.locate();
    return this.target;
  }

  protected abstract read(property: string, model: Model): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new TypeError("The add-in loads named properties only (a bare load() pulls everything)");
    this.context.enqueue(() => {
      const model = this.resolve();
      for (const name of names) this.loaded.set(name, clone(this.read(name, model)));
    });
    return this;
  }

  protected loadedValue(property: string): unknown {
    this.context.assertAlive();
    if (!this.loaded.has(property)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Load it and call context.sync() first.`,
      );
    }
    return this.loaded.get(property);
  }

  protected write(operation: (model: Model) => void): void {
    this.context.enqueue(() => operation(this.resolve()));
  }
}

type RangeModel = { sheet: SheetModel; row: number; col: number; height: number; width: number };

class RangeProxy extends Proxy<RangeModel> {
  readonly format: {
    columnWidth: number;
    font: { bold: boolean; size: number; color: string };
    fill: { color: string };
    autofitColumns(): void;
  };
  readonly dataValidation: { rule: unknown; errorAlert: unknown };

  constructor(context: FakeRequestContext, locate: () => RangeModel) {
    super(context, locate);
    // Object-literal setters cannot be arrow functions: bind what they call instead.
    const eachCell = (action: (model: RangeModel, row: number, col: number) => void) => this.eachCell(action);
    const write = (operation: (model: RangeModel) => void) => this.write(operation);
    const font = {
      set bold(bold: boolean) {
        eachCell((m, r, c) => m.sheet.fonts.set(key(r, c), { bold, size: m.sheet.fonts.get(key(r, c))?.size ?? 11 }));
      },
      set color(color: string) {
        eachCell((m, r, c) => m.sheet.fontColors.set(key(r, c), color));
      },
      set size(size: number) {
        eachCell((m, r, c) => m.sheet.fonts.set(key(r, c), { bold: m.sheet.fonts.get(key(r, c))?.bold ?? false, size }));
      },
    } as { bold: boolean; size: number; color: string };
    const fill = {
      set color(color: string) {
        eachCell((m, r, c) => m.sheet.fills.set(key(r, c), color));
      },
    } as { color: string };
    const validation = (patch: Partial<{ rule: unknown; errorAlert: unknown }>) =>
      eachCell((m, r, c) =>
        m.sheet.validations.set(key(r, c), { rule: null, errorAlert: null, ...m.sheet.validations.get(key(r, c)), ...patch }),
      );
    this.dataValidation = {
      set rule(rule: unknown) {
        if (Object.keys(rule as object).length !== 1)
          throw new OfficeError("InvalidArgument", "A data validation rule holds exactly one rule type");
        validation({ rule });
      },
      set errorAlert(errorAlert: unknown) {
        validation({ errorAlert });
      },
    } as { rule: unknown; errorAlert: unknown };
    this.format = {
      set columnWidth(points: number) {
        write((m) => {
          for (let c = m.col; c < m.col + m.width; c++) m.sheet.columnWidths.set(c, points);
        });
      },
      font,
      fill,
      autofitColumns: () => this.write(() => undefined),
    } as RangeProxy["format"];
  }

  private eachCell(action: (model: RangeModel, row: number, col: number) => void): void {
    this.write((m) => {
      for (let r = m.row; r < m.row + m.height; r++) for (let c = m.col; c < m.col + m.width; c++) action(m, r, c);
    });
  }

  protected read(property: string, m: RangeModel): unknown {
    const model = this.context.model;
    const grid = (pick: (cell: Cell) => unknown) =>
      Array.from({ length: m.height }, (_, r) =>
        Array.from({ length: m.width }, (_, c) => pick(model.cell(m.sheet, m.row + r, m.col + c))),
      );
    switch (property) {
      case "values":
        return grid((cell) => {
          // A formula's value is whatever a test set as its calculated result; the fake does not calculate.
          if (cell.formula !== null && cell.value === "")
            throw new OfficeError("NotImplemented", "The fake host does not calculate formulas; load formulas instead");
          return cell.value;
        });
      case "formulas":
        return grid((cell) => cell.formula ?? cell.value);
      case "numberFormat":
        return grid((cell) => cell.numberFormat);
      case "address":
        return formatAddress(m.sheet.name, m.row, m.col, m.height, m.width);
      case "rowCount":
        return m.height;
      case "columnCount":
        return m.width;
      case "rowIndex":
        return m.row;
      case "columnIndex":
        return m.col;
      default:
        throw new TypeError(`The fake Range has no loadable property ${property}`);
    }
  }

  private writeGrid(values: unknown, apply: (m: RangeModel, row: number, col: number, value: unknown) => void): void {
    if (!Array.isArray(values) || !values.every(Array.isArray))
      throw new OfficeError("InvalidArgument", "Range values must be a 2-D array");
    this.write((m) => {
      if (values.length !== m.height || values.some((row) => row.length !== m.width)) {
        throw new OfficeError(
          "InvalidArgument",
          `The array is ${values.length}×${values[0]?.length}; the range is ${m.height}×${m.width}`,
        );
      }
      values.forEach((row, r) =>
        row.forEach((value: unknown, c: number) => value !== null && apply(m, m.row + r, m.col + c, value)),
      );
    });
  }

  set values(values: unknown[][]) {
    this.writeGrid(values, (m, r, c, value) => {
      // As in Excel, a string starting with "=" is a formula.
      if (typeof value === "string" && value.startsWith("="))
        this.context.model.setCell(m.sheet, r, c, { formula: value, value: "" });
      else this.context.model.setCell(m.sheet, r, c, { value: value as Cell["value"], formula: null });
    });
  }
  get values(): unknown[][] {
    return this.loadedValue("values") as unknown[][];
  }

  set formulas(formulas: unknown[][]) {
    this.values = formulas;
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas") as unknown[][];
  }

  set numberFormat(formats: unknown[][]) {
    this.writeGrid(formats, (m, r, c, format) => this.context.model.setCell(m.sheet, r, c, { numberFormat: String(format) }));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat") as unknown[][];
  }

  get address(): string {
    return this.loadedValue("address") as string;
  }
  get rowCount(): number {
    return this.loadedValue("rowCount") as number;
  }
  get columnCount(): number {
    return this.loadedValue("columnCount") as number;
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex") as number;
  }

  /** One column of this range, by zero-based index. */
  getColumn(index: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const m = this.resolve();
      if (index >= m.width) throw new OfficeError("InvalidArgument", `The range has no column ${index}`);
      return { ...m, col: m.col + index, width: 1 };
    });
  }

  /** Clears values and formulas, keeping formats (the only kind of clear the add-in uses). */
  clear(applyTo: string): void {
    if (applyTo !== "Contents") throw new TypeError(`The fake supports clear("Contents") only, not ${applyTo}`);
    this.write((m) => {
      for (const [k] of [...m.sheet.cells]) {
        const [row, col] = k.split(",").map(Number);
        if (row >= m.row && row < m.row + m.height && col >= m.col && col < m.col + m.width) {
          this.context.model.setCell(m.sheet, row, col, { value: "", formula: null });
        }
      }
    });
  }

  /** Deletes the cells, shifting those below up (the only shift the add-in uses). */
  delete(shift: string): void {
    if (shift !== "Up") throw new TypeError(`The fake supports delete("Up") only, not ${shift}`);
    this.write((m) => {
      const model = this.context.model;
      for (const table of model.tablesOn(m.sheet)) {
        const inside =
          m.row > table.top &&
          m.row + m.height <= table.top + table.height &&
          m.col <= table.left &&
          m.col + m.width >= table.left + table.width;
        if (inside) table.height -= m.height;
      }
      for (let r = m.row; r < m.row + m.height; r++)
        for (let c = m.col; c < m.col + m.width; c++) m.sheet.cells.delete(key(r, c));
      model.shiftRows(m.sheet, m.row + m.height, m.col, m.width, -m.height);
    });
  }
}

class TableProxy extends Proxy<TableModel> {
  readonly rows: { add: (index: number | null, values: unknown[][]) => void };

  constructor(context: FakeRequestContext, locate: () => TableModel) {
    super(context, locate);
    this.rows = {
      add: (index, values) => {
        if (index !== null && index !== undefined) throw new TypeError("The add-in appends rows only");
        this.write((t) => {
          const model = this.context.model;
          const sheet = model.sheets.find((s) => s.id === t.sheetId)!;
          if (values.some((row) => row.length !== t.width))
            throw new OfficeError("InvalidArgument", "Row width differs from the table's");
          model.shiftRows(sheet, t.top + t.height, t.left, t.width, values.length);
          values.forEach((row, r) =>
            row.forEach((value, c) =>
              model.setCell(sheet, t.top + t.height + r, t.left + c, { value: value as Cell["value"], formula: null }),
            ),
          );
          t.height += values.length;
        });
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
}

class ChartProxy extends Proxy<ChartModel> {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): SeriesProxy; add(name: string): SeriesProxy };

  constructor(context: FakeRequestContext, locate: () => ChartModel) {
    super(context, locate);
    const write = (operation: (model: ChartModel) => void) => this.write(operation);
    this.title = {
      set text(text: string) {
        write((c) => void (c.title = text));
      },
    } as { text: string };
    this.series = {
      getItemAt: (index) =>
        new SeriesProxy(this.context, () => {
          const series = this.resolve().series[index];
          if (!series) throw new OfficeError("ItemNotFound", `The chart has no series ${index}`);
          return series;
        }),
      add: (name) => {
        let created: ChartModel["series"][number] | undefined;
        this.write((c) => {
          created = { name, values: "", xValues: null };
          c.series.push(created);
        });
        return new SeriesProxy(this.context, () => created!);
      },
    };
  }

  protected read(property: string, c: ChartModel): unknown {
    if (property === "name") return c.name;
    throw new TypeError(`The fake Chart has no loadable property ${property}`);
  }
  get name(): string {
    return this.loadedValue("name") as string;
  }
  set name(name: string) {
    this.write((c) => void (c.name = name));
  }
  setPosition(start: string, end: string): void {
    this.write((c) => void (c.position = [start, end]));
  }
}

class SeriesProxy extends Proxy<ChartModel["series"][number]> {
  protected read(): unknown {
    throw new TypeError("The fake chart series has no loadable properties");
  }
  set name(name: string) {
    this.write((s) => void (s.name = name));
  }
  setValues(range: RangeProxy): void {
    this.write((s) => void (s.values = rangeAddress(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.write((s) => void (s.xValues = rangeAddress(range)));
  }
}

function rangeAddress(range: RangeProxy): string {
  const m = (range as unknown as { resolve(): RangeModel }).resolve();
  return formatAddress(m.sheet.name, m.row, m.col, m.height, m.width);
}

class SheetProxy extends Proxy<SheetModel> {
  readonly tables: { add(range: RangeProxy | string, hasHeaders: boolean): TableProxy };
  readonly charts: {
    add(type: string, source: RangeProxy, seriesBy: string): ChartProxy;
    getItemOrNullObject(name: string): ChartProxy & { isNullObject: boolean };
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

/** A collection loaded as "items/a,items/b": each item is a plain snapshot of those properties. */
function snapshotItems<T>(items: T[], fields: string[], read: (item: T, field: string) => unknown) {
  return items.map((item) => Object.fromEntries(fields.map((f) => [f, read(item, f)])));
}

class CollectionProxy<T> extends Proxy<T[]> {
  constructor(
    context: FakeRequestContext,
    locate: () => T[],
    private readonly readItem: (item: T, field: string) => unknown,
  ) {
    super(context, locate);
  }
  protected read(property: string, items: T[]): unknown {
    const fields = property.startsWith("items/") ? [property.slice(6)] : null;
    if (!fields) throw new TypeError(`Load collection items as "items/<property>", not ${property}`);
    return snapshotItems(items, fields, this.readItem);
  }
  override load(properties: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    for (const name of names) super.load(name);
    this.fields = names.map((n) => n.slice(6));
    return this;
  }
  private fields: string[] = [];
  get items(): Record<string, unknown>[] {
    const columns = this.fields.map((f) => this.loadedValue(`items/${f}`) as Record<string, unknown>[]);
    return (columns[0] ?? []).map((_, i) => Object.assign({}, ...columns.map((c) => c[i])));
  }
}

class WorkbookProxy {
  readonly worksheets;
  readonly tables;
  readonly settings;
  readonly names;
  readonly comments: { add(cell: RangeProxy | string, content: string): void };
  readonly getSelectedRange: () => RangeProxy;

  constructor(private readonly context: FakeRequestContext) {
    const model = context.model;
    const sheetReader = (sheet: SheetModel, field: string) =>
      field === "name" ? sheet.name : field === "id" ? sheet.id : fail(field);
    const fail = (field: string): never => {
      throw new TypeError(`No loadable property ${field}`);
    };
    this.worksheets = Object.assign(new CollectionProxy<SheetModel>(context, () => model.sheets, sheetReader), {
      add: (name: string) => {
        let created: SheetModel | undefined;
        context.enqueue(() => void (created = model.addSheet(name)));
        return new SheetProxy(context, () => created!);
      },
      getItem: (idOrName: string) =>
        new SheetProxy(context, () => {
          const sheet = model.sheets.find((s) => s.id === idOrName) ?? model.sheetByName(idOrName);
          if (!sheet) throw new OfficeError("ItemNotFound", `No sheet ${idOrName}`);
          return sheet;
        }),
      getActiveWorksheet: () => new SheetProxy(context, () => model.activeSheet()),
    });
    const tableReader = (table: TableModel, field: string) =>
      field === "name" ? table.name : field === "id" ? table.id : fail(field);
    this.tables = Object.assign(new CollectionProxy<TableModel>(context, () => model.tables, tableReader), {
      getItem: (idOrName: string) =>
        new TableProxy(context, () => {
          const table = model.tables.find((t) => t.id === idOrName || t.name.toLowerCase() === idOrName.toLowerCase());
          if (!table) throw new OfficeError("ItemNotFound", `No table ${idOrName}`);
          return table;
        }),
    });
    const nameReader = (item: NameModel, field: string) => {
      if (field === "name") return item.name;
      if (field !== "formula") return fail(field);
      const target = item.refersTo;
      if ("tableId" in target) {
        const table = model.tables.find((t) => t.id === target.tableId);
        return table ? `=${table.name}[#All]` : "=#REF!";
      }
      const sheet = model.sheets.find((s) => s.id === target.sheetId);
      // A name whose sheet was deleted refers to #REF!, as in Excel.
      return sheet
        ? `=${formatAddress(sheet.name, target.row, target.col, 1, 1).replace(/!([A-Z]+)(\d+)$/, "!$$$1$$$2")}`
        : "=#REF!$A$1";
    };
    /** What a new name refers to: a Range, or the one formula the add-in writes, =Table[#All]. */
    const nameTarget = (reference: RangeProxy | string): NameModel["refersTo"] => {
      if (typeof reference !== "string") {
        const m = (reference as unknown as { resolve(): RangeModel }).resolve();
        return { sheetId: m.sheet.id, row: m.row, col: m.col };
      }
      const tableName = /^=(.+)\[#All\]$/.exec(reference)?.[1];
      const table = model.tables.find((t) => t.name.toLowerCase() === tableName?.toLowerCase());
      if (!table) throw new OfficeError("InvalidArgument", `The fake host does not understand the reference ${reference}`);
      return { tableId: table.id };
    };
    this.names = Object.assign(new CollectionProxy<NameModel>(context, () => model.names, nameReader), {
      add: (name: string, reference: RangeProxy | string) => {
        let created: NameModel | undefined;
        context.enqueue(() => {
          // Excel's rule for defined names: a letter, "_" or "\\" first, then letters, digits, "_", "." or "\\".
          if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
            throw new OfficeError("InvalidArgument", `${name} is not a valid name`);
          if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
            throw new OfficeError("ItemAlreadyExists", `The name ${name} exists`);
          created = { name, refersTo: nameTarget(reference), visible: true };
          model.names.push(created);
        });
        return {
          set visible(visible: boolean) {
            context.enqueue(() => void (created!.visible = visible));
          },
        };
      },
      getItem: (name: string) => ({
        delete: () =>
          context.enqueue(() => {
            if (!model.names.some((n) => n.name === name)) throw new OfficeError("ItemNotFound", `No name ${name}`);
            model.names = model.names.filter((n) => n.name !== name);
          }),
      }),
    });
    this.comments = {
      add: (cell, content) =>
        context.enqueue(() => {
          if (typeof cell === "string") throw new TypeError("The add-in passes the comment's cell as a Range");
          const m = (cell as unknown as { resolve(): RangeModel }).resolve();
          if (m.height !== 1 || m.width !== 1) throw new OfficeError("InvalidArgument", "A comment belongs to one cell");
          model.comments.push({ sheetId: m.sheet.id, row: m.row, col: m.col, content });
        }),
    };
    this.getSelectedRange = () => new RangeProxy(context, () => ({ sheet: model.activeSheet(), ...model.selection }));
    this.settings = {
      add: (name: string, value: unknown) => context.enqueue(() => void model.settings.set(name, clone(value))),
      getItemOrNullObject: (name: string) => {
        const setting = { loadedValue: undefined as unknown, loaded: false, isNullObject: false };
        return {
          load: (property: string) => {
            if (property !== "value") throw new TypeError("Settings load their value only");
            context.enqueue(() => {
              setting.loaded = true;
              setting.isNullObject = !model.settings.has(name);
              setting.loadedValue = clone(model.settings.get(name));
            });
          },
          get isNullObject() {
            if (!setting.loaded) throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after load and sync");
            return setting.isNullObject;
          },
          get value() {
            context.assertAlive();
            if (!setting.loaded) throw new OfficeError("PropertyNotLoaded", "The property 'value' is not available.");
            if (setting.isNullObject) throw new OfficeError("InvalidObjectPath", "A null object has no value");
            return setting.loadedValue;
          },
        };
      },
    };
  }
}

export interface FakeExcel {
  DeleteShiftDirection: { up: "Up" };
  ChartSeriesBy: { columns: "Columns" };
  DataValidationOperator: { between: "Between"; greaterThan: "GreaterThan"; greaterThanOrEqualTo: "GreaterThanOrEqualTo" };
  DataValidationAlertStyle: { stop: "Stop" };
  ClearApplyTo: { contents: "Contents" };
  run<T>(
    options: { delayForCellEdit?: boolean } | ((context: FakeRequestContext) => Promise<T>),
    batch?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T>;
  /** Counts Excel.run calls. */
  runs: number;
}

/** The Excel global over one workbook. */
export function createExcel(workbook: FakeWorkbook): FakeExcel {
  const excel: FakeExcel = {
    DeleteShiftDirection: { up: "Up" },
    ChartSeriesBy: { columns: "Columns" },
    DataValidationOperator: { between: "Between", greaterThan: "GreaterThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo" },
    DataValidationAlertStyle: { stop: "Stop" },
    ClearApplyTo: { contents: "Contents" },
    runs: 0,
    async run<T>(
      options: { delayForCellEdit?: boolean } | ((context: FakeRequestContext) => Promise<T>),
      batch?: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T> {
      const body = typeof options === "function" ? options : batch!;
      excel.runs++;
      const context = new FakeRequestContext(workbook);
      try {
        const result = await body(context);
        // Excel.run sends what is still queued when the batch returns: one more round trip.
        if (context.hasPending()) await context.sync();
        return result;
      } finally {
        context.end();
      }
    },
  };
  return excel;
}

export type { FakeRequestContext };
