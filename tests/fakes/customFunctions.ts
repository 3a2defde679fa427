/**
 * The custom-functions runtime's globals. ErrorCode values are the strings the runtime uses;
 * only #VALUE! and #N/A accept a message, and constructing any other code with one throws,
 * so a test cannot pass with a message Excel would never show.
 */

/** CustomFunctions.ErrorCode as the runtime defines it: each code is the error Excel shows. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const CODES_WITH_MESSAGE: readonly string[] = [ErrorCode.invalidValue, ErrorCode.notAvailable];

export class FakeCustomFunctionError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    if (!Object.values(ErrorCode).includes(code as (typeof ErrorCode)[keyof typeof ErrorCode])) {
      throw new TypeError(`Unknown CustomFunctions.ErrorCode: ${code}`);
    }
    if (message !== undefined && !CODES_WITH_MESSAGE.includes(code)) {
      throw new TypeError(`Excel shows no message on ${code}`);
    }
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

export interface FakeCustomFunctions {
  Error: typeof FakeCustomFunctionError;
  ErrorCode: typeof ErrorCode;
  associate(id: string, fn: (...args: never[]) => unknown): void;
  readonly registered: Map<string, (...args: never[]) => unknown>;
}

export function createCustomFunctions(): FakeCustomFunctions {
  const registered = new Map<string, (...args: never[]) => unknown>();
  return {
    Error: FakeCustomFunctionError,
    ErrorCode,
    registered,
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`CustomFunctions.associate called twice for ${id}`);
      registered.set(id, fn);
    },
  };
}

/** Installs the runtime globals for code under test, as Excel does before loading functions.js. */
export function installCustomFunctions(): FakeCustomFunctions {
  const fake = createCustomFunctions();
  (globalThis as unknown as { CustomFunctions: FakeCustomFunctions }).CustomFunctions = fake;
  return fake;
}
