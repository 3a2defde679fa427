/**
 * A calculator for the fake host: Excel computes formulas, and calls the add-in's custom
 * functions for COMPUTE ones. The fake computes what the add-in's own evaluator reads (cell
 * references, defined names, table columns, arithmetic, COMPUTE calls through the same cores
 * the custom functions use). Any other formula (the native ones Make portable writes) is
 * calculated by a real engine, HyperFormula, over the workbook's cells; where that fails too,
 * reading the value throws NotImplemented. A formula whose result is an array spills
 * (spillSize), as dynamic arrays do.
 */
import type { CellValue } from "../../../src/domain/cells";
import type { ComputeCores } from "../../../src/domain/formulas/cores";
import { CellError, evaluateCellFormula, type Evaluated, type FormulaScope } from "../../../src/domain/formulas/evaluate";
import { createEngine } from "../../support/formulaEngine";
import { key, OfficeError, parseAddress, type FakeWorkbook, type SheetModel } from "./model";

/** Formulas that read each other this deep are a circle, which Excel refuses too. */
const MAX_DEPTH = 64;

export function installCalculator(workbook: FakeWorkbook, cores: ComputeCores): void {
  const shown = (value: Evaluated): CellValue =>
    value instanceof CellError ? value.code : Array.isArray(value) ? (value[0]?.[0] ?? "") : value;

  function valueAt(sheet: SheetModel, row: number, col: number, depth: number): CellValue {
    const cell = workbook.cell(sheet, row, col);
    if (cell.formula === null || cell.value !== "") return cell.value;
    if (depth > MAX_DEPTH) throw new OfficeError("NotImplemented", "The fake host does not calculate circular references");
    try {
      return shown(evaluateCellFormula(cell.formula, scopeOn(sheet, depth + 1)));
    } catch (error) {
      if (error instanceof OfficeError) throw error;
      const calculated = engineValue(sheet, row, col);
      if (calculated !== undefined) return calculated;
      throw new OfficeError("NotImplemented", `The fake host does not calculate ${cell.formula}: ${(error as Error).message}`);
    }
  }

  /** The cell as HyperFormula calculates it over every sheet's cells; undefined where it cannot. */
  function engineValue(sheet: SheetModel, row: number, col: number): CellValue | undefined {
    const sheets = Object.fromEntries(workbook.sheets.map((s) => [s.name, denseCells(s)]));
    const engine = createEngine(sheets);
    try {
      const id = engine.getSheetId(sheet.name);
      const value = id === undefined ? undefined : engine.getCellValue({ sheet: id, row, col });
      if (value === null) return "";
      if (typeof value === "object" && value !== null && "value" in value) {
        // An error HyperFormula raises for a function it lacks is not Excel's answer.
        return value.value === "#NAME?" ? undefined : (value.value as CellValue);
      }
      return value as CellValue | undefined;
    } finally {
      engine.destroy();
    }
  }

  function denseCells(sheet: SheetModel): (string | number | boolean | null)[][] {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [at, cell] of sheet.cells) {
      const [r, c] = at.split(",").map(Number);
      (grid[r] ??= [])[c] = cell.formula ?? (cell.value === "" ? null : cell.value);
    }
    return Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }

  function grid(sheet: SheetModel, address: string, depth: number): CellValue | CellValue[][] {
    const { row, col, height, width } = parseAddress(address);
    const rows = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => valueAt(sheet, row + r, col + c, depth)),
    );
    return height === 1 && width === 1 ? rows[0][0] : rows;
  }

  function tableNamed(tableName: string) {
    const table = workbook.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    const tableSheet = table && workbook.sheets.find((s) => s.id === table.sheetId);
    if (!table || !tableSheet) throw new OfficeError("NotImplemented", `No table ${tableName}`);
    return { table, tableSheet };
  }

  function scopeOn(sheet: SheetModel, depth: number): FormulaScope {
    const sheetNamed = (name: string) => {
      const found = workbook.sheetByName(name);
      if (!found) throw new OfficeError("NotImplemented", `No sheet ${name}`);
      return found;
    };
    return {
      cell: (address) => grid(sheet, address, depth) as CellValue,
      reference: (sheetName, address) => grid(sheetName === null ? sheet : sheetNamed(sheetName), address, depth),
      name: (name) => {
        const target = workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.refersTo;
        if (!target || !("sheetId" in target)) return new CellError("#NAME?", `no name ${name}`);
        const targetSheet = workbook.sheets.find((s) => s.id === target.sheetId);
        return targetSheet
          ? valueAt(targetSheet, target.row, target.col, depth)
          : new CellError("#REF!", `${name} lost its sheet`);
      },
      wholeTable: (tableName) => {
        const { table, tableSheet } = tableNamed(tableName);
        return Array.from({ length: table.height }, (_, r) =>
          Array.from({ length: table.width }, (_, c) => valueAt(tableSheet, table.top + r, table.left + c, depth)),
        );
      },
      tableColumn: (tableName, column) => {
        const { table, tableSheet } = tableNamed(tableName);
        const headers = Array.from(
          { length: table.width },
          (_, c) => tableSheet.cells.get(key(table.top, table.left + c))?.value,
        );
        const index = headers.findIndex((header) => String(header).toLowerCase() === column.toLowerCase());
        if (index < 0) throw new OfficeError("NotImplemented", `No column ${column} in ${tableName}`);
        return Array.from({ length: table.height - 1 }, (_, r) =>
          valueAt(tableSheet, table.top + 1 + r, table.left + index, depth),
        );
      },
      cores,
    };
  }

  workbook.calculate = (sheet, row, col) => valueAt(sheet, row, col, 0);
  workbook.spilledValues = (sheet, row, col) => {
    const formula = workbook.cell(sheet, row, col).formula;
    if (formula === null) return null;
    const result = evaluateCellFormula(formula, scopeOn(sheet, 1));
    return Array.isArray(result) ? result : null;
  };
  workbook.spillSize = (sheet, row, col) => {
    const formula = workbook.cell(sheet, row, col).formula;
    if (formula === null) return null;
    try {
      const result = evaluateCellFormula(formula, scopeOn(sheet, 1));
      if (!Array.isArray(result)) return null;
      const size = { rows: result.length, columns: result[0]?.length ?? 0 };
      return size.rows * size.columns > 1 ? size : null;
    } catch {
      return null;
    }
  };
}
