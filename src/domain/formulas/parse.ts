/**
 * The one parser of formula text in the project. It reads what the add-in writes and what an
 * analyst may have around it: numbers, "text" with doubled quotes, TRUE/FALSE, references
 * (A1, $A$1:$B$2, Sheet!A1, 'Sheet name'!A1), structured references (Deals[#All],
 * Deals[value_usd]), defined names, calls (nested, dotted names such as COMPUTE.RUNWAY), array
 * constants ({1,2;3,4}), unary minus and plus, and the operators + - * / ^ & = <> < > <= >=.
 * It never throws: text it cannot read is a typed failure.
 */
export type FormulaNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** `sheet` is unquoted (doubled quotes undone); `address` keeps its $ signs. */
  | { readonly kind: "reference"; readonly sheet: string | null; readonly address: string }
  | { readonly kind: "structured"; readonly table: string; readonly specifier: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: "array"; readonly rows: readonly (readonly FormulaNode[])[] }
  | { readonly kind: "unary"; readonly operator: "-" | "+"; readonly operand: FormulaNode }
  | { readonly kind: "binary"; readonly operator: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode };

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export type ParseResult = { readonly ok: true; readonly node: FormulaNode } | { readonly ok: false; readonly reason: string };

export const CELL = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;
const COLUMNS = /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/;
const ROWS = /^\$?\d+:\$?\d+$/;
/** Binding strength, loosest first, as Excel ranks them. */
export const PRECEDENCE: Record<BinaryOperator, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

class ParseFailure {
  constructor(readonly reason: string) {}
}

/** Parses formula text, with or without its leading "=". */
export function parseFormula(formula: string): ParseResult {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let position = 0;
  const fail = (what: string): never => {
    throw new ParseFailure(`${what} at position ${position + 1}`);
  };
  const skipSpaces = () => {
    while (text[position] === " " || text[position] === "\n") position++;
  };
  const peek = () => {
    skipSpaces();
    return text[position];
  };
  const expect = (ch: string) => {
    if (peek() !== ch) fail(`expected "${ch}"`);
    position++;
  };

  function quoted(quote: '"' | "'"): string {
    position++; // the opening quote
    let value = "";
    for (;;) {
      const at = text.indexOf(quote, position);
      if (at < 0) return fail(`unclosed ${quote}`);
      value += text.slice(position, at);
      position = at + 1;
      if (text[position] !== quote) return value;
      value += quote; // a doubled quote stands for one
      position++;
    }
  }

  function bracketed(): string {
    // Structured reference specifiers nest one level: Deals[[#This Row],[value_usd]].
    const start = position;
    let depth = 0;
    do {
      const ch = text[position++];
      if (ch === undefined) fail('unclosed "["');
      // ' escapes the character after it: Deals[a'[b] names the column "a[b".
      if (ch === "'") position++;
      else if (ch === "[") depth++;
      else if (ch === "]") depth--;
    } while (depth > 0);
    return text.slice(start + 1, position - 1);
  }

  function referenceAfterSheet(sheet: string): FormulaNode {
    const match = /^[$A-Za-z0-9:]+/.exec(text.slice(position));
    if (!match || !(CELL.test(match[0]) || COLUMNS.test(match[0]) || ROWS.test(match[0]))) return fail("expected a reference");
    position += match[0].length;
    return { kind: "reference", sheet, address: match[0] };
  }

  function primary(): FormulaNode {
    const ch = peek();
    if (ch === undefined) return fail("expected a value");
    if (ch === "(") {
      position++;
      const inner = expression(0);
      expect(")");
      return inner;
    }
    if (ch === "-" || ch === "+") {
      position++;
      // Unary minus binds tighter than ^ in Excel: -2^2 is 4.
      return { kind: "unary", operator: ch, operand: primary() };
    }
    if (ch === '"') return { kind: "text", value: quoted('"') };
    if (ch === "'") {
      const sheet = quoted("'");
      if (text[position] !== "!") fail('expected "!" after a sheet name');
      position++;
      return referenceAfterSheet(sheet);
    }
    if (ch === "{") return arrayConstant();
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(position));
    if (number && !/^\d+:/.test(text.slice(position))) {
      position += number[0].length;
      return { kind: "number", value: Number(number[0]) };
    }
    const word =
      // Sheet and defined names may hold any letter unquoted, as Excel writes them: =交易!$A$1.
      /^[\p{L}_\\$][\p{L}\p{N}_.$\\]*(?::\$?[A-Za-z]{1,3}\$?\d+)?/u.exec(text.slice(position)) ??
      /^\$?\d+:\$?\d+/.exec(text.slice(position));
    if (!word) return fail(`unexpected "${ch}"`);
    position += word[0].length;
    const after = text[position];
    if (after === "!") {
      position++;
      return referenceAfterSheet(word[0]);
    }
    if (after === "[") return { kind: "structured", table: word[0], specifier: bracketed() };
    if (peek() === "(") {
      position++;
      return { kind: "call", name: word[0].toUpperCase(), args: argumentsUntilClose() };
    }
    if (CELL.test(word[0]) || COLUMNS.test(word[0]) || ROWS.test(word[0]))
      return { kind: "reference", sheet: null, address: word[0] };
    if (/^(?:TRUE|FALSE)$/i.test(word[0])) return { kind: "boolean", value: word[0].toUpperCase() === "TRUE" };
    if (word[0].includes("$") || word[0].includes(":")) return fail(`"${word[0]}" is not a reference`);
    return { kind: "name", name: word[0] };
  }

  function argumentsUntilClose(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (peek() === ")") {
      position++;
      return args;
    }
    for (;;) {
      // An empty argument (f(1,,2)) is an omitted one, which Excel passes as nothing.
      const next = peek();
      args.push(next === "," || next === ")" ? { kind: "text", value: "" } : expression(0));
      const separator = peek();
      position++;
      if (separator === ")") return args;
      if (separator !== ",") fail('expected "," or ")"');
    }
  }

  function arrayConstant(): FormulaNode {
    position++; // {
    const rows: FormulaNode[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(primary());
      const separator = peek();
      position++;
      if (separator === "}") break;
      if (separator === ";") rows.push([]);
      else if (separator !== ",") fail('expected ",", ";" or "}"');
    }
    if (rows.some((row) => row.length !== rows[0].length)) fail("array rows of different lengths");
    return { kind: "array", rows };
  }

  function operator(): BinaryOperator | null {
    const ch = peek();
    const two = text.slice(position, position + 2);
    if (two === "<>" || two === "<=" || two === ">=") return two;
    return ch !== undefined && ch in PRECEDENCE ? (ch as BinaryOperator) : null;
  }

  /** Precedence climbing: operators of equal rank associate to the left, as in Excel. */
  function expression(minimum: number): FormulaNode {
    let left = primary();
    for (;;) {
      const op = operator();
      if (op === null || PRECEDENCE[op] < minimum) return left;
      position += op.length;
      const right = expression(PRECEDENCE[op] + 1);
      left = { kind: "binary", operator: op, left, right };
    }
  }

  try {
    if (text.trim() === "") return { ok: false, reason: "empty formula" };
    const node = expression(0);
    if (peek() !== undefined) fail(`unexpected "${text[position]}"`);
    return { ok: true, node };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, reason: error.reason };
    // Deeply nested input can exhaust the stack: still a typed failure, never a throw.
    if (error instanceof RangeError) return { ok: false, reason: "formula nested too deeply" };
    throw error;
  }
}

/** The COMPUTE function a call names (RUNWAY for COMPUTE.RUNWAY), or null for any other. */
export function computeFunctionOf(node: FormulaNode, namespace: string): string | null {
  if (node.kind !== "call") return null;
  const prefix = `${namespace.toUpperCase()}.`;
  return node.name.startsWith(prefix) ? node.name.slice(prefix.length) : null;
}

/** A node's direct children, left to right: a call's arguments, an operation's operands, an array's cells. */
export function childNodes(node: FormulaNode): readonly FormulaNode[] {
  switch (node.kind) {
    case "call":
      return node.args;
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "array":
      return node.rows.flat();
    default:
      return [];
  }
}

/** Whether any call in the tree is a COMPUTE function. */
export function callsCompute(node: FormulaNode, namespace: string): boolean {
  return computeFunctionOf(node, namespace) !== null || childNodes(node).some((child) => callsCompute(child, namespace));
}
