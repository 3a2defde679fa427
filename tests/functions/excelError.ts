/** Test helpers for custom-function results. */
import { FakeCustomFunctionError } from "../fakes/customFunctions";

/** Runs `call` and returns the CustomFunctions.Error it throws; fails if it returns instead. */
export function excelError(call: () => unknown): FakeCustomFunctionError {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof FakeCustomFunctionError) return error;
    throw error;
  }
}

export function expectExcelError(call: () => unknown, code: "#VALUE!" | "#N/A", message: RegExp): void {
  const error = excelError(call);
  expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.stringMatching(message) });
}
