/**
 * The one place where a core's outcome becomes what Excel shows. Only #VALUE! and #N/A carry a
 * message in Excel, so every domain error maps to one of those two; the cores already turn
 * NaN, Infinity and their own bugs into errors, so nothing else can reach a cell.
 */
import type { CellValue } from "../domain/cells";
import type { ComputeCore } from "../domain/formulas/cores";
import { isDomainError, type DomainError } from "../domain/model/outcome";

// Read when an error happens, not when the module loads: the runtime's globals are Excel's.
const excelError = (error: DomainError) =>
  new CustomFunctions.Error(
    error.code === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
    error.message,
  );

/** Runs a scalar function's core: its value, or the matching CustomFunctions.Error thrown. */
export function callCore(core: ComputeCore, args: readonly unknown[]): CellValue {
  const result = core(args);
  if (isDomainError(result)) throw excelError(result);
  return result as CellValue;
}

/**
 * The same for a function that spills a matrix. A function whose metadata declares a matrix
 * must return one: a single value (DEPENDENCE of one counterparty) is a 1×1 matrix, one cell.
 */
export function callSpillingCore(core: ComputeCore, args: readonly unknown[]): CellValue[][] {
  const result = core(args);
  if (isDomainError(result)) throw excelError(result);
  return Array.isArray(result) ? result : [[result]];
}
