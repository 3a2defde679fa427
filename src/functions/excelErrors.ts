/**
 * The one place where domain outcomes become what Excel shows. Only #VALUE! and #N/A carry
 * a message in Excel, so every failure maps to one of those two, and a result that is not
 * a finite number never reaches a cell.
 */
import type { DomainError, Outcome } from "../domain/model/outcome";
import type { CellValue } from "../domain/tables/columns";

export function toExcelError(error: DomainError): CustomFunctions.Error {
  const code = error.code === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

function checkedCell(value: CellValue, what: string): CellValue {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `${what} is too large to show (${value})`);
  }
  return value;
}

/** Unwraps an outcome for Excel, or throws the matching CustomFunctions.Error. */
export function toCell<T extends CellValue>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw toExcelError(outcome);
  return checkedCell(outcome.value, what) as T;
}

export function toMatrix(outcome: Outcome<CellValue[][]>, what: string): CellValue[][] {
  if (!outcome.ok) throw toExcelError(outcome);
  for (const row of outcome.value) for (const cell of row) checkedCell(cell, what);
  return outcome.value;
}

/**
 * Runs a function body so that nothing but a CustomFunctions.Error escapes: a bug shows as
 * #VALUE! with its message instead of Excel's bare default.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected error: ${detail}`);
  }
}
