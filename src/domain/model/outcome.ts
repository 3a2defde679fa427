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
