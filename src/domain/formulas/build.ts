/**
 * The one builder of formula text. Every COMPUTE call the add-in writes (sheet plans, the
 * pane's Insert formula, examples) comes from typed parts, never from pasted strings, so that
 * text is always quoted with its quotes doubled, references and names are checked, and the
 * namespace is spelled in one place.
 */

/** The custom functions' namespace, as the manifest declares it. */
export const NAMESPACE = "COMPUTE";

export const FUNCTION_IDS = [
  "RUNWAY",
  "BURN",
  "AISHARE",
  "AISHARES",
  "DEAL",
  "DEALS",
  "METRIC",
  "METRICS",
  "SOURCE",
  "FLOWS",
  "EXPOSURE",
  "CYCLES",
  "MONEYMAP",
  "SKIPPED",
  "DEPENDENCE",
  "STRESS",
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** A function's name as analysts type it: COMPUTE.RUNWAY. */
export const qualifiedName = (id: FunctionId) => `${NAMESPACE}.${id}`;

/** One argument (or operand) of a formula; build one with the helpers below. */
export type FormulaPart =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  /** A cell or range on the same sheet (A1, $B$2, C3:D4), or sheet-qualified by sheetReference. */
  | { readonly kind: "reference"; readonly text: string }
  | { readonly kind: "name"; readonly name: string }
  /** An optional argument left out, before one that is given: CYCLES(, , Deals[#All]). */
  | { readonly kind: "omitted" }
  /**
   * A whole sub-formula built here (a call, an operation): only this module makes these. `rank`
   * is how tightly its outermost operator binds (calls and groups bind tightest), so that an
   * operation around it adds parentheses exactly where they are needed.
   */
  | { readonly kind: "expression"; readonly text: string; readonly rank: number };

const A1 = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/;
const RANGE = new RegExp(`^${A1.source.slice(1, -1)}(?::${A1.source.slice(1, -1)})?$`);
/** Excel's defined names: a letter, "_" or "\" first, then letters, digits, "_" and "."; at most 255. */
const DEFINED_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;
/** A name that reads as a cell (A1, XFD1048576) or R1C1 reference is refused by Excel. */
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/;

export class FormulaBuildError extends Error {
  override readonly name = "FormulaBuildError";
}

export function num(value: number): FormulaPart {
  if (!Number.isFinite(value)) throw new FormulaBuildError(`a formula cannot hold the number ${value}`);
  return { kind: "number", value };
}

export const text = (value: string): FormulaPart => ({ kind: "text", value });

/** An optional argument left out. */
export const omitted: FormulaPart = { kind: "omitted" };

/** A reference on the formula's own sheet: "A1", "$B$2", "C3:D4". */
export function reference(a1: string): FormulaPart {
  if (!RANGE.test(a1)) throw new FormulaBuildError(`"${a1}" is not a cell reference`);
  return { kind: "reference", text: a1 };
}

/** Whether Excel accepts this as a defined name. */
export const isValidName = (candidate: string) =>
  DEFINED_NAME.test(candidate) && !LOOKS_LIKE_CELL.test(candidate) && !/^(?:TRUE|FALSE)$/i.test(candidate);

export function name(definedName: string): FormulaPart {
  if (!isValidName(definedName)) throw new FormulaBuildError(`"${definedName}" is not a valid Excel name`);
  return { kind: "name", name: definedName };
}

/** Excel's table names: a letter, "_" or "\" first, then letters, digits, "_" and "."; at most 255. */
export const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

/** A whole table, header row included: Deals[#All]. */
export function wholeTable(table: string): FormulaPart {
  if (!TABLE_NAME.test(table) || LOOKS_LIKE_CELL.test(table)) throw new FormulaBuildError(`"${table}" is not a valid table name`);
  return { kind: "reference", text: `${table}[#All]` };
}

/**
 * One column of a table's body: Deals[value_usd]. It grows with the table, so a formula over
 * it counts the rows an analyst adds. Inside the brackets Excel escapes [ ] # and ' with '.
 */
export function tableColumn(table: string, column: string): FormulaPart {
  if (!TABLE_NAME.test(table) || LOOKS_LIKE_CELL.test(table)) throw new FormulaBuildError(`"${table}" is not a valid table name`);
  if (column.trim() === "") throw new FormulaBuildError("a table column needs a name");
  return { kind: "reference", text: `${table}[${column.replace(/['[\]#]/g, "'$&")}]` };
}

/** A sheet name as a reference writes it: quoted (quotes doubled) unless it is plain letters and digits. */
export function quoteSheet(sheet: string): string {
  if (sheet === "" || /[[\]:*?/\\]/.test(sheet)) throw new FormulaBuildError(`"${sheet}" is not a valid sheet name`);
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !LOOKS_LIKE_CELL.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A reference to a cell or range of a named sheet: 'Compute spend'!$A$4:$A$7. */
export function sheetReference(sheet: string, a1: string): FormulaPart {
  return { kind: "reference", text: `${quoteSheet(sheet)}!${partText(reference(a1))}` };
}

/** Text as a formula's string literal: quotes doubled. */
export const quoteText = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Formula text of one part, without a leading "=". */
export function partText(part: FormulaPart): string {
  switch (part.kind) {
    case "number":
      // Shortest text that reads back as the same double; Excel has no -0.
      return String(part.value === 0 ? 0 : part.value);
    case "text":
      return quoteText(part.value);
    case "reference":
      return part.text;
    case "name":
      return part.name;
    case "expression":
      return part.text;
    case "omitted":
      return "";
  }
}

const ATOMIC = Number.POSITIVE_INFINITY;

function call(functionName: string, args: readonly FormulaPart[]): FormulaPart {
  return { kind: "expression", text: `${functionName}(${args.map(partText).join(",")})`, rank: ATOMIC };
}

/** Operators the add-in's own formulas use, and how tightly each binds, as in Excel. */
export type Operator = "=" | ">" | "+" | "-" | "*" | "/";
const RANK: Readonly<Record<Operator, number>> = { "=": 1, ">": 1, "+": 3, "-": 3, "*": 4, "/": 4 };
const rankOf = (part: FormulaPart) =>
  part.kind === "expression" ? part.rank : part.kind === "number" && part.value < 0 ? 5 : ATOMIC;
const wrapped = (part: FormulaPart, needed: boolean) => (needed ? `(${partText(part)})` : partText(part));

/** left op right, with parentheses only where Excel's precedence needs them. */
export function operation(left: FormulaPart, operator: Operator, right: FormulaPart): FormulaPart {
  const rank = RANK[operator];
  // Minus and divide do not associate: a-(b-c) keeps its parentheses; a+(b+c) needs none.
  const rightNeeds = rankOf(right) < rank || (rankOf(right) === rank && (operator === "-" || operator === "/"));
  return { kind: "expression", text: `${wrapped(left, rankOf(left) < rank)}${operator}${wrapped(right, rightNeeds)}`, rank };
}

/** A part in parentheses, as written for clarity: B1+(-0.02). */
export const group = (part: FormulaPart): FormulaPart => ({ kind: "expression", text: `(${partText(part)})`, rank: ATOMIC });

/** A nested COMPUTE call, to use as an argument of another. */
export const computeExpression = (id: FunctionId, args: readonly FormulaPart[]) => call(qualifiedName(id), args);

/** A call of one of Excel's own functions around other parts (ROWS around a spill, IF). */
export const excelExpression = (
  excelFunction: "ROWS" | "IF" | "SUMIFS" | "COUNTIFS" | "DATE" | "INT",
  args: readonly FormulaPart[],
) => call(excelFunction, args);

/** A whole cell formula: =COMPUTE.RUNWAY(A1,A2). */
export const computeCall = (id: FunctionId, args: readonly FormulaPart[]) => `=${partText(computeExpression(id, args))}`;

/** A whole cell formula of one expression built here. */
export const formulaOf = (part: FormulaPart) => `=${partText(part)}`;
