/**
 * A real formula engine for tests: HyperFormula with the COMPUTE functions registered under
 * their dotted names. HyperFormula is GPL-3.0, so it lives in tests only and never ships.
 *
 * Each COMPUTE function is called exactly as Excel calls it: scalars in, omitted or empty
 * arguments as null, and a thrown CustomFunctions.Error turned into the matching cell error.
 * Spilled functions (AISHARES, DEALS, METRICS, FLOWS, CYCLES) are registered too. HyperFormula needs an
 * array's size before evaluating it, so their size is found by calling them on their literal
 * arguments; called with cell references they give #VALUE! here. A `deals` argument is a range
 * (Deals[#All]), as the functions' metadata declares it a matrix.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as functions from "../../src/functions/functions";
import { FakeCustomFunctionError } from "../fakes/customFunctions";

export const SCALAR_FUNCTIONS = ["runway", "burn", "aishare", "deal", "metric", "source", "exposure", "skipped"] as const;
export const SPILLED_FUNCTIONS = ["aishares", "deals", "metrics", "flows", "cycles", "moneymap", "dependence", "stress"] as const;
/** Where each function that takes a deals range has it, by parameter index. */
const RANGE_PARAMETERS: Readonly<Record<string, number>> = {
  deals: 2,
  flows: 3,
  exposure: 2,
  cycles: 2,
  moneymap: 0,
  skipped: 0,
  dependence: 3,
  stress: 3,
};
const ALL_FUNCTIONS = [...SCALAR_FUNCTIONS, ...SPILLED_FUNCTIONS];

type Implementation = (...args: unknown[]) => unknown;
const implementations = functions as unknown as Record<string, Implementation>;

/** As Excel passes them: omitted or empty as null, a range (a named cell included) as a 2-D array. */
function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelArgument));
  return value === EmptyValue || value === undefined ? null : value;
}

function callAsExcel(name: string, args: unknown[]): unknown {
  try {
    const result = implementations[name](...args.map(toExcelArgument));
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result) : result;
  } catch (error) {
    if (error instanceof FakeCustomFunctionError) {
      return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
    }
    throw error;
  }
}

const methodName = (name: string) => `compute_${name}`;
const implementedFunctions: ImplementedFunctions = {};
const translations: Record<string, string> = {};
for (const name of ALL_FUNCTIONS) {
  const id = `COMPUTE.${name.toUpperCase()}`;
  translations[id] = id;
  implementedFunctions[id] = {
    method: methodName(name),
    ...((SPILLED_FUNCTIONS as readonly string[]).includes(name) ? { sizeOfResultArrayMethod: `${methodName(name)}_size` } : {}),
    // Every parameter is optional here: the functions check their own required arguments,
    // so a missing one shows our #VALUE! message, as in Excel.
    parameters: Array.from({ length: implementations[name].length }, (_, i) => ({
      argumentType: RANGE_PARAMETERS[name] === i ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
      optionalArg: true,
    })),
  };
}

class ComputePlugin extends FunctionPlugin {
  static override implementedFunctions = implementedFunctions;

  /** Runs one COMPUTE function as HyperFormula runs its own; its AST and state types are not exported. */
  callCompute(name: string, ast: { args: unknown[] }, state: unknown): unknown {
    const metadata = this.metadata(`COMPUTE.${name.toUpperCase()}`);
    return this.runFunction(
      ast.args as never,
      state as never,
      metadata,
      (...args: unknown[]) => callAsExcel(name, args) as never,
    );
  }
}
/** The size of a spilled result, found by calling the function on its literal arguments. */
function spilledSize(name: string, ast: { args: { type: string; value?: unknown }[] }): ArraySize {
  if (!ast.args.every((arg) => arg.type === "NUMBER" || arg.type === "STRING" || arg.type === "EMPTY")) return ArraySize.error();
  try {
    const result = implementations[name](...ast.args.map((arg) => (arg.type === "EMPTY" ? null : arg.value))) as unknown[][];
    return new ArraySize(result[0].length, result.length);
  } catch {
    return ArraySize.scalar();
  }
}

// HyperFormula looks a plugin's methods up on its prototype, by the names in implementedFunctions.
for (const name of ALL_FUNCTIONS) {
  Object.defineProperty(ComputePlugin.prototype, methodName(name), {
    value(this: ComputePlugin, ast: { args: unknown[] }, state: unknown) {
      return this.callCompute(name, ast, state);
    },
  });
  Object.defineProperty(ComputePlugin.prototype, `${methodName(name)}_size`, {
    value: (ast: { args: { type: string; value?: unknown }[] }) => spilledSize(name, ast),
  });
}

HyperFormula.registerFunctionPlugin(ComputePlugin, { enGB: translations });

/** A workbook of named sheets, each a 2-D array of values and formulas, calculated at once. */
export function createEngine(
  sheets: Record<string, (string | number | boolean | null)[][]>,
  names: { name: string; expression: string }[] = [],
): HyperFormula {
  // Excel keeps 15 significant digits; HyperFormula rounds results to 10 decimal places unless told.
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", precisionRounding: 15 }, names);
}
