/**
 * What the Office adapter reads about the selected cell, as plain data: the explanation is a
 * pure function of these facts. `referencesToRead` says which cells and names the second read
 * must fetch, and `referenceKey` is how the facts file what it fetched, so the adapter and the
 * explanation agree on both.
 */
import type { CellValue } from "../cells";
import { childNodes, parseFormula, type FormulaNode } from "../formulas/parse";

/** Where the cell sits in an Excel table: the table's headers and the cell's row. */
export interface TableCellFacts {
  readonly name: string;
  /** The header row's text, left to right. */
  readonly headers: readonly CellValue[];
  /** The cell's row across the table, left to right (the header row itself for a header cell). */
  readonly row: readonly CellValue[];
  /** The cell's column within the table, from 0. */
  readonly column: number;
  readonly isHeader: boolean;
}

/** What one reference or defined name held: its cells' values and formulas. */
export interface ReferenceFacts {
  /** Sheet-qualified, as Excel gives it ("'Scenario xAI'!B5"); selecting it selects the cells. */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly CellValue[])[];
}

export interface CellFacts {
  /** Sheet-qualified, as Excel gives it: "Deals!G4". */
  readonly address: string;
  readonly sheet: string;
  /** The cell's formula, or null for a constant or an empty cell. */
  readonly formula: string | null;
  /** What the cell shows: a number, text, a boolean, or an error such as "#VALUE!". */
  readonly value: CellValue;
  readonly table: TableCellFacts | null;
  /** What the formula's references and names hold, by referenceKey; those not read are absent. */
  readonly references: ReadonlyMap<string, ReferenceFacts>;
  /** Excel's direct precedents (Range.getDirectPrecedents), sheet-qualified; null where the host has none to give. */
  readonly precedents: readonly string[] | null;
}

export type ReferenceRequest =
  | { readonly key: string; readonly kind: "cells"; readonly sheet: string; readonly address: string }
  | { readonly key: string; readonly kind: "name"; readonly name: string }
  /** A whole table, header row first (Deals[#All]): what STRESS and the money-map functions read. */
  | { readonly key: string; readonly kind: "table"; readonly table: string };

const unquoted = (address: string) => address.replace(/\$/g, "").toUpperCase();

/** The key of a reference (sheet and address, without $) or of a defined name. */
export function referenceKey(node: FormulaNode, ownSheet: string): string | null {
  if (node.kind === "reference") return `${(node.sheet ?? ownSheet).toLowerCase()}!${unquoted(node.address)}`;
  if (node.kind === "name") return `name:${node.name.toLowerCase()}`;
  if (node.kind === "structured" && node.specifier.toLowerCase() === "#all") return `table:${node.table.toLowerCase()}`;
  return null;
}

/** At most this many references are read for one selection: a formula is a line, not a model. */
export const MAX_REFERENCES = 40;

/** Every reference and defined name a formula reads, once each, in order, up to MAX_REFERENCES. */
export function referencesToRead(formula: string | null, ownSheet: string): ReferenceRequest[] {
  if (formula === null) return [];
  const parsed = parseFormula(formula);
  if (!parsed.ok) return [];
  const found = new Map<string, ReferenceRequest>();
  const visit = (node: FormulaNode): void => {
    const key = referenceKey(node, ownSheet);
    if (key !== null && !found.has(key) && found.size < MAX_REFERENCES) {
      found.set(
        key,
        node.kind === "reference"
          ? { key, kind: "cells", sheet: node.sheet ?? ownSheet, address: node.address.replace(/\$/g, "") }
          : node.kind === "structured"
            ? { key, kind: "table", table: node.table }
            : { key, kind: "name", name: (node as { name: string }).name },
      );
    }
    childNodes(node).forEach(visit);
  };
  visit(parsed.node);
  return [...found.values()];
}
