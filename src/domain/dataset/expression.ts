/**
 * Evaluates the arithmetic in a derived metric's formula: numbers, + - * /, parentheses and
 * {metric-id} references. Kept tiny and closed on purpose: the formulas are ours, shown to
 * the analyst verbatim, and must compute exactly what they say.
 */
export type Resolve = (id: string) => number;

export function referencedIds(formula: string): string[] {
  return [...formula.matchAll(/\{([a-z0-9-]+)\}/g)].map((match) => match[1]);
}

export function evaluateFormula(formula: string, resolve: Resolve): number {
  const tokens = formula.match(/\{[a-z0-9-]+\}|\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let position = 0;

  const peek = (): string | undefined => tokens[position];
  const take = (): string => {
    const token = tokens[position++];
    if (token === undefined) throw new Error(`Formula ends too early: ${formula}`);
    return token;
  };

  function primary(): number {
    const token = take();
    if (token === "(") {
      const inner = sum();
      if (take() !== ")") throw new Error(`Missing ")" in formula: ${formula}`);
      return inner;
    }
    if (token === "-") return -primary();
    if (token.startsWith("{")) return resolve(token.slice(1, -1));
    if (/^\d/.test(token)) return Number(token);
    throw new Error(`Unexpected "${token}" in formula: ${formula}`);
  }

  function product(): number {
    let value = primary();
    while (peek() === "*" || peek() === "/") {
      value = take() === "*" ? value * primary() : value / primary();
    }
    return value;
  }

  function sum(): number {
    let value = product();
    while (peek() === "+" || peek() === "-") {
      value = take() === "+" ? value + product() : value - product();
    }
    return value;
  }

  const result = sum();
  if (position !== tokens.length) throw new Error(`Unexpected "${tokens[position]}" in formula: ${formula}`);
  return result;
}
