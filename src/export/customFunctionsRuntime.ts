/**
 * Outside Excel there is no custom-functions runtime, yet the exporter calls the same COMPUTE
 * functions Excel does. They need only the runtime's Error class and codes, which this installs
 * when (and only when) Excel has not.
 */
/** CustomFunctions.ErrorCode as the runtime defines it: each code is the error Excel shows. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function ensureCustomFunctionsRuntime(): void {
  const scope = globalThis as unknown as { CustomFunctions?: unknown };
  if (scope.CustomFunctions) return;
  class CustomFunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
      this.name = "CustomFunctions.Error";
    }
  }
  scope.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
  };
}
