/**
 * Domain errors are values, not exceptions: a computation returns its result or a DomainError,
 * the custom-function adapter maps errors to CustomFunctions.Error in one place, and the pane
 * maps them to text. Results are returned bare, not wrapped, so the success path allocates
 * nothing: analysts recalculate these functions thousands of times at once.
 */
export type DomainErrorCode = "invalidArgument" | "notAvailable";

export class DomainError {
  constructor(
    readonly code: DomainErrorCode,
    readonly message: string,
  ) {}
}

export type Outcome<T> = T | DomainError;

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
export const invalidArgument = (message: string) => new DomainError("invalidArgument", message);
export const notAvailable = (message: string) => new DomainError("notAvailable", message);

/** The error a cell shows for each domain error: the only two that carry a message in Excel. */
export const EXCEL_ERROR_TEXT: Record<DomainErrorCode, "#VALUE!" | "#N/A"> = {
  invalidArgument: "#VALUE!",
  notAvailable: "#N/A",
};
