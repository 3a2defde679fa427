/**
 * Sheet plans laid out as HyperFormula sheets, so the formulas the add-in writes can be
 * evaluated by a real engine. HyperFormula knows no Excel tables, so structured references
 * (Metrics[value], Deals[#All]) are rewritten to the absolute ranges those tables occupy.
 */
import type { CellValue } from "../../src/domain/cells";
import { address, columnLetters, tableCells, type SheetPlan } from "../../src/domain/layout/plan";
import { createEngine } from "./formulaEngine";

type Grid = (CellValue | null)[][];

function put(grid: Grid, row: number, col: number, value: CellValue | null) {
  while (grid.length <= row) grid.push([]);
  grid[row][col] = value;
}

export function planToEngine(plans: readonly SheetPlan[]) {
  const ranges = new Map<string, string>();
  for (const sheet of plans) {
    for (const table of sheet.tables) {
      const last = columnLetters(table.col + table.columns.length - 1);
      ranges.set(
        `${table.name}[#All]`,
        `'${sheet.name}'!$${columnLetters(table.col)}$${table.row + 1}:$${last}$${table.row + 1 + table.rows.length}`,
      );
      table.columns.forEach((column, i) => {
        const letters = columnLetters(table.col + i);
        ranges.set(
          `${table.name}[${column.header}]`,
          `'${sheet.name}'!$${letters}$${table.row + 2}:$${letters}$${table.row + 1 + table.rows.length}`,
        );
      });
    }
  }
  const resolve = (value: CellValue | null): CellValue | null =>
    typeof value === "string" && value.startsWith("=")
      ? value.replace(/([A-Za-z]+)\[([^\]]+)\]/g, (match) => ranges.get(match) ?? match)
      : value;

  const sheets: Record<string, Grid> = {};
  for (const sheet of plans) {
    const grid: Grid = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((v, c) => put(grid, block.row + r, block.col + c, v === "" ? null : resolve(v))),
      );
    }
    for (const table of sheet.tables) {
      table.columns.forEach((column, c) => put(grid, table.row, table.col + c, column.header));
      tableCells(table, table.row, table.col).forEach((cells, r) =>
        cells.forEach((v, c) => put(grid, table.row + 1 + r, table.col + c, v === "" ? null : resolve(v))),
      );
    }
    sheets[sheet.name] = grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null));
  }
  // Defined names become HyperFormula named expressions pointing at the same cells.
  const names = plans.flatMap((sheet) =>
    (sheet.names ?? []).map((n) => ({ name: n.name, expression: `='${sheet.name}'!$${columnLetters(n.col)}$${n.row + 1}` })),
  );
  const engine = createEngine(sheets as Record<string, (string | number | boolean | null)[][]>, names);
  const valueAt = (sheetName: string, row: number, col: number) =>
    engine.getCellValue({ sheet: engine.getSheetId(sheetName)!, row, col });
  const setValue = (sheetName: string, row: number, col: number, value: number | string) =>
    engine.setCellContents({ sheet: engine.getSheetId(sheetName)!, row, col }, [[value]]);
  return { engine, valueAt, setValue, address };
}
