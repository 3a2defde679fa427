/**
 * Computes what a planned formula evaluates to, for the cached result the file must carry. It
 * reads the small language the plans write: numbers and "text", A1 references on the same sheet
 * (with or without $), defined names, + - * / and parentheses, calls to COMPUTE functions, and
 * ROWS() of a spilled result (the About sheet's examples).
 * It is not a spreadsheet engine: anything else is an error, caught by the export tests.
 */
import type { CellValue } from "../domain/tables/columns";

export type ComputeFunctions = Record<string, (...args: unknown[]) => unknown>;
type Value = CellValue | CellValue[][];

export interface FormulaScope {
  /** The value of a cell of the same sheet, evaluating its formula if it has one. */
  cell(reference: string): CellValue;
  /** The value of a defined name. */
  name(name: string): CellValue;
  functions: ComputeFunctions;
}

export function formulaValue(formula: string, scope: FormulaScope): Value {
  const text = formula.replace(/^=/, "");
  let position = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${position} in ${formula}`);
  };
  /** The next character, past any spaces. */
  const peek = () => {
    while (text[position] === " ") position++;
    return text[position];
  };
  const numeric = (value: Value): number =>
    typeof value === "number" ? value : value === "" ? 0 : fail(`not a number: ${value}`);

  function primary(): Value {
    peek();
    if (peek() === "(") {
      position++;
      const value = sum();
      if (peek() !== ")") fail("expected )");
      position++;
      return value;
    }
    if (peek() === "-") {
      position++;
      return -numeric(primary());
    }
    if (peek() === '"') {
      const end = text.indexOf('"', position + 1);
      const value = text.slice(position + 1, end);
      position = end + 1;
      return value;
    }
    const number = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(text.slice(position));
    if (number) {
      position += number[0].length;
      return Number(number[0]);
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(text.slice(position));
    if (!word) return fail("expected a value");
    position += word[0].length;
    if (peek() === "(") {
      position++;
      const args: Value[] = [];
      while (peek() !== ")") {
        args.push(sum());
        if (peek() === ",") position++;
        else if (peek() !== ")") fail("expected , or )");
      }
      position++;
      if (word[0].toUpperCase() === "ROWS") return Array.isArray(args[0]) ? args[0].length : 1;
      const fn = scope.functions[word[0].replace(/^COMPUTE\./i, "").toLowerCase()];
      if (!/^COMPUTE\./i.test(word[0]) || !fn) return fail(`unknown function ${word[0]}`);
      return fn(...args) as Value;
    }
    return /^\$?[A-Z]{1,3}\$?\d+$/.test(word[0]) ? scope.cell(word[0].replace(/\$/g, "")) : scope.name(word[0]);
  }

  function product(): Value {
    let value = primary();
    while (peek() === "*" || peek() === "/") {
      const operator = text[position++];
      const right = numeric(primary());
      value = operator === "*" ? numeric(value) * right : numeric(value) / right;
    }
    return value;
  }

  function sum(): Value {
    let value = product();
    while (peek() === "+" || peek() === "-") {
      const operator = text[position++];
      const right = numeric(product());
      value = operator === "+" ? numeric(value) + right : numeric(value) - right;
    }
    return value;
  }

  const value = sum();
  if (peek() !== undefined) fail("unexpected text");
  return value;
}
