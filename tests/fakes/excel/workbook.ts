/** The workbook: its worksheets, tables, defined names, comments, settings and selection. */
import type { FakeRequestContext } from "./context";
import { clone, formatAddress, OfficeError, type NameModel, type SheetModel, type TableModel } from "./model";
import { CollectionProxy } from "./proxy";
import { NullableRangeProxy, RangeProxy, type RangeModel } from "./range";
import { SheetProxy } from "./sheet";
import { TableProxy } from "./table";

export class WorkbookProxy {
  readonly worksheets;
  readonly tables;
  readonly settings;
  readonly names;
  readonly comments: { add(cell: RangeProxy | string, content: string): void };
  readonly getSelectedRange: () => RangeProxy;
  /** Workbook.onSelectionChanged (ExcelApi 1.2): handlers registered at sync, removed through the result. */
  readonly onSelectionChanged: { add(handler: () => unknown): { remove(): void } };

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
      /** WorksheetCollection.onChanged (ExcelApi 1.9): handlers registered at sync, removed through the result. */
      onChanged: {
        add: (handler: () => unknown) => {
          const registered = () => handler();
          context.enqueue(() => void model.changeHandlers.add(registered));
          return { remove: () => context.enqueue(() => void model.changeHandlers.delete(registered)) };
        },
      },
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
      if ("formula" in target) return target.formula;
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
    /** Where a name points now: a table's whole range, or its cell; null once that is gone. */
    const rangeOfName = (item: NameModel | undefined): RangeModel | null => {
      const target = item?.refersTo;
      if (!target || "formula" in target) return null;
      if ("tableId" in target) {
        const table = model.tables.find((t) => t.id === target.tableId);
        const sheet = table && model.sheets.find((s) => s.id === table.sheetId);
        return table && sheet ? { sheet, row: table.top, col: table.left, height: table.height, width: table.width } : null;
      }
      const sheet = model.sheets.find((s) => s.id === target.sheetId);
      return sheet ? { sheet, row: target.row, col: target.col, height: 1, width: 1 } : null;
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
      /** A name and its formula, or a null object (isNullObject) when there is none (ExcelApi 1.4). */
      getItemOrNullObject: (name: string) => {
        const found = () => model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        const state = { loaded: false, formula: undefined as string | undefined };
        const item = {
          load: (property: string) => {
            if (property !== "formula") throw new TypeError("The add-in loads a name's formula only");
            context.enqueue(() => {
              const target = found();
              state.loaded = true;
              state.formula = target === undefined ? undefined : (nameReader(target, "formula") as string);
            });
            return item;
          },
          get isNullObject() {
            if (!state.loaded) throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after load and sync");
            return state.formula === undefined;
          },
          get formula() {
            context.assertAlive();
            if (!state.loaded) throw new OfficeError("PropertyNotLoaded", "The property 'formula' is not available.");
            if (state.formula === undefined) throw new OfficeError("InvalidObjectPath", "A null object has no formula");
            return state.formula;
          },
          /** The range the name refers to (a whole table for a table's name), or a null object (ExcelApi 1.4). */
          getRangeOrNullObject: () => new NullableRangeProxy(context, () => rangeOfName(found())),
        };
        return item;
      },
      getItem: (name: string) => ({
        /** The range the name refers to (NamedItem.getRange, ExcelApi 1.3). */
        getRange: () =>
          new RangeProxy(context, () => {
            const range = rangeOfName(model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
            if (!range) throw new OfficeError("InvalidOperation", `The name ${name} refers to no range`);
            return range;
          }),
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
        }, content),
    };
    this.onSelectionChanged = {
      add: (handler) => {
        // Excel passes the handler event arguments; the add-in reads the selection afresh instead.
        const registered = () => handler();
        context.enqueue(() => void model.selectionHandlers.add(registered));
        return { remove: () => context.enqueue(() => void model.selectionHandlers.delete(registered)) };
      },
    };
    this.getSelectedRange = () => new RangeProxy(context, () => ({ sheet: model.activeSheet(), ...model.selection }));
    this.settings = {
      add: (name: string, value: unknown) => context.enqueue(() => void model.settings.set(name, clone(value)), value),
      getItem: (name: string) => ({
        delete: () =>
          context.enqueue(() => {
            if (!model.settings.delete(name)) throw new OfficeError("ItemNotFound", `No setting ${name}`);
          }),
      }),
      getItemOrNullObject: (name: string) => {
        const setting = { loadedValue: undefined as unknown, loaded: false, isNullObject: false };
        return {
          load: (property: string) => {
            if (property !== "value") throw new TypeError("Settings load their value only");
            context.enqueue(() => {
              setting.loaded = true;
              setting.isNullObject = !model.settings.has(name);
              setting.loadedValue = clone(model.settings.get(name));
              context.respond(setting.loadedValue);
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
