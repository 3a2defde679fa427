/**
 * The one place where failures become what Excel shows. Only #VALUE! and #N/A carry a
 * message in Excel, so every failure maps to one of those two, and a result that is not a
 * finite number never reaches a cell.
 */
import { isDomainError, type DomainError, type Outcome } from "../domain/model/outcome";
import type { CellValue } from "../domain/tables/columns";
import { ArgumentError } from "./args";

const invalid = (message: string) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);

function checkedCell<T extends CellValue>(value: T, what: string): T {
  if (typeof value === "number" && !Number.isFinite(value)) throw invalid(`${what} is too large to show (${value})`);
  return value;
}

function errorFor(error: DomainError): CustomFunctions.Error {
  return error.code === "notAvailable"
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message)
    : invalid(error.message);
}

/** Unwraps a domain outcome for a cell, or throws the matching CustomFunctions.Error. */
export function toCell<T extends CellValue>(outcome: Outcome<T>, what: string): T {
  if (isDomainError(outcome)) throw errorFor(outcome);
  return checkedCell(outcome, what);
}

/** The same for a spilled result: every cell is checked. */
export function toMatrix(outcome: Outcome<CellValue[][]>, what: string): CellValue[][] {
  if (isDomainError(outcome)) throw errorFor(outcome);
  for (const row of outcome) for (const cell of row) checkedCell(cell, what);
  return outcome;
}

/**
 * What a function throws to Excel for anything that went wrong inside it: argument errors as
 * #VALUE! with their message, CustomFunctions.Errors as they are, and a bug as #VALUE! with
 * its message instead of Excel's bare default.
 */
export function forExcel(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ArgumentError) return invalid(error.message);
  return invalid(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
