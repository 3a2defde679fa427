/**
 * Domain errors are values, not exceptions: the custom-function adapter maps them to
 * CustomFunctions.Error in one place, and the pane maps them to text.
 */
export type DomainErrorCode = "invalidArgument" | "notAvailable";

export interface DomainError {
  readonly ok: false;
  readonly code: DomainErrorCode;
  readonly message: string;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | DomainError;

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const invalidArgument = (message: string): DomainError => ({ ok: false, code: "invalidArgument", message });
export const notAvailable = (message: string): DomainError => ({ ok: false, code: "notAvailable", message });
