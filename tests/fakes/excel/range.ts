/** Ranges: values, formulas, number formats, formats and validation, cell by cell. */
import type { FakeRequestContext } from "./context";
import { format as formatNumber } from "numfmt";
import {
  emptySheet,
  formatAddress,
  key,
  parseAddress,
  OfficeError,
  type Cell,
  type ConditionalFormatModel,
  type SheetModel,
  type TableModel,
} from "./model";
import { CollectionProxy, Proxy } from "./proxy";

export type RangeModel = { sheet: SheetModel; row: number; col: number; height: number; width: number };

export class RangeProxy extends Proxy<RangeModel> {
  readonly format: {
    columnWidth: number;
    font: { bold: boolean; size: number; color: string; italic: boolean };
    fill: { color: string; clear(): void };
    autofitColumns(): void;
  };
  readonly dataValidation: DataValidationProxy;
  /** Colour scales only (ExcelApi 1.6), the one kind the add-in adds. */
  readonly conditionalFormats: { add(type: string): { colorScale: { criteria: unknown } }; clearAll(): void };

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
      set italic(italic: boolean) {
        eachCell((m, r, c) => m.sheet.italics[italic ? "add" : "delete"](key(r, c)));
      },
    } as { bold: boolean; size: number; color: string; italic: boolean };
    const fill = {
      set color(color: string) {
        eachCell((m, r, c) => m.sheet.fills.set(key(r, c), color));
      },
      clear() {
        eachCell((m, r, c) => m.sheet.fills.delete(key(r, c)));
      },
    } as { color: string; clear(): void };
    this.dataValidation = new DataValidationProxy(context, () => this.resolve());
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "ColorScale") throw new TypeError(`The fake adds colour scales only, not ${type}`);
        let added: ConditionalFormatModel | null = null;
        this.write((m) => {
          added = { row: m.row, col: m.col, height: m.height, width: m.width, type, criteria: null };
          m.sheet.conditionalFormats.push(added);
        });
        const setCriteria = (criteria: unknown) =>
          this.write(() => {
            const { minimum, maximum } = (criteria ?? {}) as { minimum?: { type?: string }; maximum?: { type?: string } };
            if (!minimum?.type || !maximum?.type)
              throw new OfficeError("InvalidArgument", "A colour scale needs a minimum and a maximum criterion");
            added!.criteria = criteria;
          });
        return {
          colorScale: {
            set criteria(criteria: unknown) {
              setCriteria(criteria);
            },
          } as { criteria: unknown },
        };
      },
      clearAll: () =>
        this.write((m) => {
          m.sheet.conditionalFormats = m.sheet.conditionalFormats.filter(
            (f) => f.row >= m.row + m.height || m.row >= f.row + f.height || f.col >= m.col + m.width || m.col >= f.col + f.width,
          );
        }),
    };
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
        return this.shownValues(m);
      case "formulas":
        return grid((cell) => cell.formula ?? cell.value);
      case "text":
        return this.shownValues(m).map((row, r) =>
          row.map((value, c) => cellText(value, model.cell(m.sheet, m.row + r, m.col + c).numberFormat)),
        );
      case "valuesAsJson":
        return this.shownValues(m).map((row) => row.map(cellValueAsJson));
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

  /** Each cell's value as Excel shows it: a formula's is what a test set as its result, or what an installed calculator gives. */
  private shownValues(m: RangeModel): Cell["value"][][] {
    const model = this.context.model;
    return Array.from({ length: m.height }, (_, r) =>
      Array.from({ length: m.width }, (_, c) => {
        const cell = model.cell(m.sheet, m.row + r, m.col + c);
        if (cell.formula === null || cell.value !== "") return cell.value;
        if (model.calculate) return model.calculate(m.sheet, m.row + r, m.col + c, cell.formula);
        throw new OfficeError("NotImplemented", "The fake host does not calculate formulas; load formulas instead");
      }),
    );
  }

  /** Range.text (ExcelApi 1.1): what each cell displays through its number format. */
  get text(): string[][] {
    return this.loadedValue("text") as string[][];
  }
  /** Range.valuesAsJson (ExcelApi 1.16): each value with its type. */
  get valuesAsJson(): Record<string, unknown>[][] {
    return this.loadedValue("valuesAsJson") as Record<string, unknown>[][];
  }

  /** The range a dynamic-array formula in this cell spills to (ExcelApi 1.12), or a null object. */
  getSpillingToRangeOrNullObject(): NullableRangeProxy {
    return new NullableRangeProxy(this.context, () => {
      const m = this.resolve();
      const size = this.context.model.spillSize?.(m.sheet, m.row, m.col) ?? null;
      return size ? { sheet: m.sheet, row: m.row, col: m.col, height: size.rows, width: size.columns } : null;
    });
  }

  private writeGrid(values: unknown, apply: (m: RangeModel, row: number, col: number, value: unknown) => void): void {
    if (!Array.isArray(values) || !values.every(Array.isArray))
      throw new OfficeError("InvalidArgument", "Range values must be a 2-D array");
    this.write((m) => {
      this.context.model.refuseRowsOfFilteredTable(m.sheet, m.row, m.height, m.col, m.width, "write");
      if (values.length !== m.height || values.some((row) => row.length !== m.width)) {
        throw new OfficeError(
          "InvalidArgument",
          `The array is ${values.length}×${values[0]?.length}; the range is ${m.height}×${m.width}`,
        );
      }
      values.forEach((row, r) =>
        row.forEach((value: unknown, c: number) => value !== null && apply(m, m.row + r, m.col + c, value)),
      );
    }, values);
  }

  /** Excel reads each string as typed input in the cell's number format (entry.ts). */
  set values(values: unknown[][]) {
    this.writeGrid(values, (m, r, c, value) => this.context.model.enter(m.sheet, r, c, value as Cell["value"]));
  }
  get values(): unknown[][] {
    return this.loadedValue("values") as unknown[][];
  }

  /** The same entry rules as values: a string that is no formula is read as typed input. */
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

  /** The tables that overlap this range (ExcelApi 1.9); the add-in asks for overlapping ones only. */
  getTables(fullyContained: boolean): CollectionProxy<TableModel> {
    if (fullyContained) throw new TypeError("The add-in asks for the tables that overlap a range");
    return new CollectionProxy(
      this.context,
      () => {
        const m = this.resolve();
        return this.context.model
          .tablesOn(m.sheet)
          .filter(
            (t) => m.row < t.top + t.height && t.top < m.row + m.height && m.col < t.left + t.width && t.left < m.col + m.width,
          );
      },
      (table, field) => {
        if (field !== "name") throw new TypeError(`The fake loads table names only, not ${field}`);
        return table.name;
      },
    );
  }

  /** Selects the range, activating its sheet; Excel tells the selection handlers. */
  select(): void {
    this.write((m) => {
      this.context.model.selection = { sheetId: m.sheet.id, row: m.row, col: m.col, height: m.height, width: m.width };
      for (const handler of this.context.model.selectionHandlers) void handler();
    });
  }

  /** The whole rows of this range. */
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.context, () => ({ ...this.resolve(), col: 0, width: 16384 }));
  }

  /** The cells this range and another share; InvalidArgument where they share none, as in Excel. */
  getIntersection(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.resolve();
      const b = other.resolve();
      const row = Math.max(a.row, b.row);
      const col = Math.max(a.col, b.col);
      const bottom = Math.min(a.row + a.height, b.row + b.height);
      const right = Math.min(a.col + a.width, b.col + b.width);
      if (a.sheet !== b.sheet || bottom <= row || right <= col)
        throw new OfficeError("InvalidArgument", "The ranges do not intersect");
      return { sheet: a.sheet, row, col, height: bottom - row, width: right - col };
    });
  }

  /**
   * The cells the top-left cell's formula reads directly (ExcelApi 1.12): its references and
   * the cells its defined names point at, found here with the fake's own reading of A1
   * references. ItemNotFound where there are none, as in Excel.
   */
  getDirectPrecedents(): { load(property: "addresses"): unknown; readonly addresses: string[] } {
    let addresses: string[] | undefined;
    this.context.enqueue(() => {
      const m = this.resolve();
      const model = this.context.model;
      const formula = model.cell(m.sheet, m.row, m.col).formula ?? "";
      const found = directPrecedents(formula, m.sheet.name, (name) => {
        const named = model.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.refersTo;
        const sheet = named && "sheetId" in named ? model.sheets.find((s) => s.id === named.sheetId) : undefined;
        return sheet && named && "row" in named ? formatAddress(sheet.name, named.row, named.col, 1, 1) : null;
      });
      if (found.length === 0) throw new OfficeError("ItemNotFound", "The cell has no precedents");
      addresses = found;
      this.context.respond(found);
    });
    const context = this.context;
    const areas = {
      // As in Office.js, load returns the object, so that it chains.
      load: () => areas,
      get addresses() {
        context.assertAlive();
        if (addresses === undefined) throw new OfficeError("PropertyNotLoaded", "The property 'addresses' is not available.");
        return addresses;
      },
    };
    return areas;
  }

  /** One cell of this range, by zero-based row and column. */
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const m = this.resolve();
      if (row < 0 || col < 0 || row >= m.height || col >= m.width)
        throw new OfficeError("InvalidArgument", `The range has no cell (${row}, ${col})`);
      return { ...m, row: m.row + row, col: m.col + col, height: 1, width: 1 };
    });
  }

  /** The range of this many rows and columns from this range's top-left cell (ExcelApi 1.7). */
  getAbsoluteResizedRange(rows: number, columns: number): RangeProxy {
    if (rows < 1 || columns < 1) throw new OfficeError("InvalidArgument", "A range has at least one row and one column");
    return new RangeProxy(this.context, () => ({ ...this.resolve(), height: rows, width: columns }));
  }

  /** One row of this range, by zero-based index. */
  getRow(index: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const m = this.resolve();
      if (index < 0 || index >= m.height) throw new OfficeError("InvalidArgument", `The range has no row ${index}`);
      return { ...m, row: m.row + index, height: 1 };
    });
  }

  /** This range grown (or shrunk) by rows and columns at its bottom right (ExcelApi 1.7). */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const m = this.resolve();
      const [height, width] = [m.height + deltaRows, m.width + deltaColumns];
      if (height < 1 || width < 1) throw new OfficeError("InvalidArgument", "A range has at least one row and one column");
      return { ...m, height, width };
    });
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
      model.refuseRowsOfFilteredTable(m.sheet, m.row, m.height, m.col, m.width, "delete");
      for (const table of model.tablesOn(m.sheet)) {
        const inside =
          m.row > table.top &&
          m.row + m.height <= table.top + table.height &&
          m.col <= table.left &&
          m.col + m.width >= table.left + table.width;
        if (inside) table.height -= m.height;
      }
      for (let r = m.row; r < m.row + m.height; r++)
        for (let c = m.col; c < m.col + m.width; c++)
          for (const store of [m.sheet.cells, m.sheet.fills, m.sheet.fontColors, m.sheet.fonts, m.sheet.validations] as Map<
            string,
            unknown
          >[])
            store.delete(key(r, c));
      for (let r = m.row; r < m.row + m.height; r++)
        for (let c = m.col; c < m.col + m.width; c++) m.sheet.italics.delete(key(r, c));
      model.shiftRows(m.sheet, m.row + m.height, m.col, m.width, -m.height);
    });
  }
}

export function rangeAddress(range: RangeProxy): string {
  const m = (range as unknown as { resolve(): RangeModel }).resolve();
  return formatAddress(m.sheet.name, m.row, m.col, m.height, m.width);
}

/**
 * A formula's direct precedents as Excel lists them, sheet-qualified: its A1 references (with
 * or without a sheet) and the cells its defined names point at. Text in quotes is skipped.
 */
function directPrecedents(formula: string, ownSheet: string, nameTarget: (name: string) => string | null): string[] {
  const found: string[] = [];
  const outsideQuotes = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const token =
    /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(.])|([\p{L}_][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(![])/gu;
  for (const match of outsideQuotes.slice(1).matchAll(token)) {
    const [, quotedSheet, bareSheet, sheetAddress, ownAddress, name] = match;
    if (sheetAddress) {
      const { row, col, height, width } = parseAddress(sheetAddress);
      found.push(formatAddress((quotedSheet ?? bareSheet).replace(/''/g, "'"), row, col, height, width));
    } else if (ownAddress) {
      const { row, col, height, width } = parseAddress(ownAddress);
      found.push(formatAddress(ownSheet, row, col, height, width));
    } else if (name && !/^(TRUE|FALSE)$/i.test(name)) {
      const target = nameTarget(name);
      if (target) found.push(target);
    }
  }
  return [...new Set(found)];
}

type Validation = SheetModel["validations"] extends Map<string, infer V> ? V : never;
type InputMessage = NonNullable<Validation["prompt"]>;

/** A range's data validation (ExcelApi 1.8): its rule, error alert and input message, set cell by cell. */
export class DataValidationProxy extends Proxy<RangeModel> {
  private set(patch: Partial<Validation>): void {
    this.write((m) => {
      for (let r = m.row; r < m.row + m.height; r++)
        for (let c = m.col; c < m.col + m.width; c++)
          m.sheet.validations.set(key(r, c), { rule: null, errorAlert: null, ...m.sheet.validations.get(key(r, c)), ...patch });
    });
  }

  set rule(rule: unknown) {
    if (Object.keys(rule as object).length !== 1)
      throw new OfficeError("InvalidArgument", "A data validation rule holds exactly one rule type");
    this.set({ rule });
  }

  set errorAlert(errorAlert: unknown) {
    this.set({ errorAlert });
  }

  /** The input message shown when the cell is selected; Excel limits its title to 32 characters and its text to 255. */
  set prompt(prompt: InputMessage) {
    if (prompt.title.length > 32 || prompt.message.length > 255)
      throw new OfficeError("InvalidArgument", "An input message's title or text is too long");
    this.set({ prompt: { ...prompt } });
  }
  get prompt(): InputMessage {
    return this.loadedValue("prompt") as InputMessage;
  }

  /** A cell's input message as Excel hands it back: no message is one not shown, with empty texts. */
  protected read(property: string, m: RangeModel): unknown {
    if (property !== "prompt") throw new TypeError(`The fake DataValidation has no loadable property ${property}`);
    if (m.height !== 1 || m.width !== 1) throw new TypeError("The fake reads the input message of one cell at a time");
    return m.sheet.validations.get(key(m.row, m.col))?.prompt ?? { showPrompt: false, title: "", message: "" };
  }
}

/**
 * A range that may be a null object, as *OrNullObject methods return: loading works either way;
 * isNullObject is known after the sync; reading a loaded property of a null object throws.
 */
export class NullableRangeProxy extends RangeProxy {
  private isNull: boolean | undefined;

  constructor(context: FakeRequestContext, target: () => RangeModel | null) {
    let resolved: RangeModel | null | undefined;
    const locate = () => {
      resolved ??= target();
      // A null object still answers loads, with nothing in them.
      return resolved ?? { sheet: context.model.sheets[0] ?? PLACEHOLDER_SHEET, row: 0, col: 0, height: 1, width: 1 };
    };
    super(context, locate);
    context.enqueue(() => {
      locate();
      this.isNull = resolved === null;
    });
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    return this.isNull;
  }

  protected override loadedValue(property: string): unknown {
    if (this.isNull) throw new OfficeError("InvalidObjectPath", `A null object has no ${property}`);
    return super.loadedValue(property);
  }
}

const PLACEHOLDER_SHEET: SheetModel = emptySheet("{null}", "");

const ERROR_TYPES: Record<string, string> = {
  "#VALUE!": "Value",
  "#N/A": "NotAvailable",
  "#NAME?": "Name",
  "#REF!": "Ref",
  "#DIV/0!": "Div0",
  "#NUM!": "Num",
  "#SPILL!": "Spill",
  "#BUSY!": "Busy",
  "#CALC!": "Calc",
  "#NULL!": "Null",
};

/**
 * A value through its number format, as Range.text gives it. numfmt renders Excel's format codes
 * (sections, quoted text such as "≈", scaling commas); text and errors show as they are.
 */
function cellText(value: Cell["value"], numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(numberFormat === "" ? "General" : numberFormat, value);
}

/**
 * A value as Range.valuesAsJson gives it (ExcelApi 1.16): the CellValue types of the docs.
 * An error is an ErrorCellValue: its type and errorType, and no message, as Excel documents it.
 */
function cellValueAsJson(value: Cell["value"]): Record<string, unknown> {
  if (typeof value === "number") return { type: "Double", basicType: "Double", basicValue: value };
  if (typeof value === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: value };
  if (value === "") return { type: "Empty", basicType: "Empty", basicValue: "" };
  const errorType = ERROR_TYPES[value];
  if (errorType) return { type: "Error", basicType: "Error", basicValue: value, errorType };
  return { type: "String", basicType: "String", basicValue: value };
}
