/**
 * Where an inserted formula goes, and what its arguments point at. With one cell selected, the
 * formula goes there with its example arguments. With a column or row of cells selected (say
 * cash and burn), its leading arguments point at those cells and it goes in the next cell below
 * or to the right, so it never lands on the inputs.
 */
import { computeCall, reference, type FormulaPart, type FunctionId } from "../formulas/build";
import { address } from "./plan";

export interface Selection {
  /** Zero-based top-left cell and size of the selected range. */
  readonly row: number;
  readonly col: number;
  readonly height: number;
  readonly width: number;
}

export interface Placement {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * @param id the function, e.g. "RUNWAY"
 * @param exampleArgs the example's arguments
 * @param requiredCount how many leading arguments may come from the selection
 */
export function placeFormula(
  id: FunctionId,
  exampleArgs: readonly FormulaPart[],
  requiredCount: number,
  selection: Selection,
): Placement {
  const cells = selection.height * selection.width;
  const isLine = selection.height === 1 || selection.width === 1;
  if (cells === 1 || !isLine || requiredCount === 0) {
    return { row: selection.row, col: selection.col, formula: computeCall(id, exampleArgs) };
  }
  const vertical = selection.width === 1;
  const used = Math.min(cells, requiredCount);
  const references = Array.from({ length: used }, (_, i) =>
    reference(vertical ? address(selection.row + i, selection.col) : address(selection.row, selection.col + i)),
  );
  const formula = computeCall(id, [...references, ...exampleArgs.slice(used, requiredCount)]);
  return vertical
    ? { row: selection.row + selection.height, col: selection.col, formula }
    : { row: selection.row, col: selection.col + selection.width, formula };
}
