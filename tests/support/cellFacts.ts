/** What the Office adapter would read about a cell, for explanation tests and the bench. */
import type { CellValue } from "../../src/domain/cells";
import type { CellFacts, ReferenceFacts } from "../../src/domain/explain";

/** A cell's facts; `references` maps a reference key to the address it read and its one value. */
export function cellFacts(
  partial: Partial<Omit<CellFacts, "references">> & { references?: Record<string, [string, CellValue]> },
): CellFacts {
  const references = new Map<string, ReferenceFacts>(
    Object.entries(partial.references ?? {}).map(([key, [address, value]]) => [
      key,
      { address, values: [[value]], formulas: [[value]] },
    ]),
  );
  const address = partial.address ?? "Sheet1!A1";
  const sheet = partial.sheet ?? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "");
  return { formula: null, value: "", table: null, precedents: null, ...partial, address, sheet, references };
}
