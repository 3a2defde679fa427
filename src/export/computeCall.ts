/**
 * Evaluates a formula made of COMPUTE calls, ROWS() and literal numbers and strings, such as
 * COMPUTE.RUNWAY(COMPUTE.METRIC("xAI","funding"),COMPUTE.METRIC("xAI","monthly_burn")), by
 * calling the same functions Excel calls. It knows no cell references: it is for the About
 * sheet's examples, whose arguments are all written out.
 */
type Value = string | number | boolean | Value[][];
export type ComputeFunctions = Record<string, (...args: unknown[]) => unknown>;

export function evaluateComputeCall(formula: string, functions: ComputeFunctions): Value {
  const text = formula.replace(/^=/, "");
  let position = 0;

  const fail = (what: string): never => {
    throw new Error(`${what} at ${position} in ${formula}`);
  };
  const skipSpaces = () => {
    while (text[position] === " ") position++;
  };

  function expression(): Value {
    skipSpaces();
    if (text[position] === '"') {
      const end = text.indexOf('"', position + 1);
      if (end < 0) fail("unterminated text");
      const value = text.slice(position + 1, end);
      position = end + 1;
      return value;
    }
    const number = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(text.slice(position));
    if (number) {
      position += number[0].length;
      return Number(number[0]);
    }
    const name = /^[A-Z][A-Z0-9.]*/i.exec(text.slice(position));
    if (!name) return fail("expected a value");
    position += name[0].length;
    if (text[position] !== "(") fail("expected (");
    position++;
    const args: Value[] = [];
    skipSpaces();
    while (text[position] !== ")") {
      args.push(expression());
      skipSpaces();
      if (text[position] === ",") position++;
      else if (text[position] !== ")") fail("expected , or )");
    }
    position++;
    return call(name[0].toUpperCase(), args);
  }

  function call(name: string, args: Value[]): Value {
    if (name === "ROWS") {
      const [range] = args;
      return Array.isArray(range) ? range.length : 1;
    }
    const fn = functions[name.replace(/^COMPUTE\./, "").toLowerCase()];
    if (!name.startsWith("COMPUTE.") || !fn) return fail(`unknown function ${name}`);
    return fn(...args) as Value;
  }

  const result = expression();
  skipSpaces();
  if (position !== text.length) fail("unexpected text");
  return result;
}
