/**
 * Computes what a planned formula evaluates to, for the cached result a file must carry. It
 * evaluates the small language the plans write, as parsed by parse.ts: numbers and "text",
 * references to cells of the same sheet, defined names, table columns (Deals[payer]) and whole
 * tables (Deals[#All]), + - * /
 * and parentheses, calls to COMPUTE functions (through the same cores the custom functions
 * use), ROWS() of a spilled result (the About sheet's examples), SUMIFS and COUNTIFS with
 * equality criteria, "" matching an empty cell, and IF over an = or > comparison (the Money map,
 * the scenario sheets' labels), INT and DATE (a scenario's run-out month). An
 * error flows into whatever reads it, as in
 * Excel. It is not a spreadsheet engine: any other construct throws, and the export tests
 * would catch a plan that used one.
 */
import type { CellValue } from "../cells";
import { EXCEL_ERROR_TEXT, isDomainError } from "../model/outcome";
import { arithmetic } from "./arithmetic";
import { FUNCTION_IDS, NAMESPACE, type FunctionId } from "./build";
import type { ComputeCores } from "./cores";
import { computeFunctionOf, parseFormula, type FormulaNode } from "./parse";

/** An error value in a cell: #VALUE! or #N/A with the message the add-in would give. */
export class CellError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export type Evaluated = CellValue | CellValue[][] | CellError;

export interface FormulaScope {
  /** The value of a cell of the same sheet ("B4", without $), evaluating its formula if it has one. */
  cell(reference: string): CellValue | CellError;
  /** The value of a defined name. */
  name(name: string): CellValue | CellError;
  /** The body cells of one table column (Deals[payer]), top to bottom. */
  tableColumn(table: string, column: string): readonly (CellValue | CellError)[];
  /** A whole table, header row first (Deals[#All]); scopes without tables leave it out. */
  wholeTable?(table: string): CellValue[][] | CellError;
  /**
   * Any other reference: another sheet's cell, or a range (rows of values). Scopes without it
   * evaluate only the plans' own language, where neither occurs.
   */
  reference?(sheet: string | null, address: string): CellValue | CellValue[][] | CellError;
  cores: ComputeCores;
}

/** A structured reference's column, its ' escapes undone: Deals[a'[b] is column "a[b". */
const columnOf = (specifier: string) => specifier.replace(/'(.)/g, "$1");

/**
 * Whether a cell meets a SUMIFS criterion, as Excel compares for equality: text without regard
 * to case. Criteria with operators or wildcards are not the plans' and are refused.
 */
function meetsCriterion(cell: CellValue | CellError, criterion: CellValue): boolean {
  if (cell instanceof CellError) return false;
  // "" is Excel's criterion for a blank cell.
  if (criterion === "") return cell === "" || cell === null;
  if (typeof criterion === "string") {
    if (/^[<>=]|[*?~]/.test(criterion)) throw new Error(`the criterion "${criterion}" is not evaluated here`);
    return typeof cell === "string" && cell !== "" && cell.toLowerCase() === criterion.toLowerCase();
  }
  return cell === criterion;
}

const columnValues = (arg: Evaluated) => (Array.isArray(arg) ? arg.map((row) => row[0]) : [arg]);

/** The rows (of columns of the same length) that meet every (criteria_range, criterion) pair. */
function rowsMeeting(pairs: readonly (readonly (CellValue | CellError)[])[], name: string): number[] {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw new Error(`${name} takes pairs of criteria`);
  const rows: number[] = [];
  for (let i = 0; i < pairs[0].length; i++) {
    let meets = true;
    for (let p = 0; p < pairs.length && meets; p += 2) meets = meetsCriterion(pairs[p][i], pairs[p + 1][0] as CellValue);
    if (meets) rows.push(i);
  }
  return rows;
}

/** SUMIFS(sum_range, criteria_range, criterion, …) over columns of the same length. */
function sumIfs(args: readonly Evaluated[]): CellValue | CellError {
  const [sumRange, ...pairs] = args.map(columnValues);
  return rowsMeeting(pairs, "SUMIFS").reduce((total: number, i) => {
    const value = sumRange[i];
    return typeof value === "number" ? total + value : total;
  }, 0);
}

/**
 * DATE(year, month, day) as Excel's serial number: days since 30 December 1899, months past 12
 * (or below 1) rolling into the years, as Excel's DATE does.
 */
function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Excel's = between two values: numbers by value, text without regard to case, a blank as 0 or "". */
function equal(left: CellValue, right: CellValue): boolean {
  const blankAs = (value: CellValue, other: CellValue) =>
    value === "" || value === null ? (typeof other === "number" ? 0 : "") : value;
  const a = blankAs(left, right);
  const b = blankAs(right, left);
  return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
}

const isFunctionId = (name: string): name is FunctionId => (FUNCTION_IDS as readonly string[]).includes(name);

export function evaluateCellFormula(formula: string, scope: FormulaScope): Evaluated {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(`${parsed.reason} in ${formula}`);
  return evaluateNode(parsed.node, scope, formula);
}

/**
 * Evaluates one parsed formula, or one argument of it (`source` names it in messages). Throws
 * on a construct outside the language above.
 */
export function evaluateNode(root: FormulaNode, scope: FormulaScope, source: string): Evaluated {
  const unsupported = (what: string): never => {
    throw new Error(`${what} is not evaluated here, in ${source}`);
  };

  const numeric = (value: Evaluated): number | CellError =>
    value instanceof CellError ? value : typeof value === "number" ? value : value === "" ? 0 : unsupported(`text in arithmetic`);

  function evaluate(node: FormulaNode): Evaluated {
    switch (node.kind) {
      case "number":
      case "text":
      case "boolean":
        return node.value;
      case "reference":
        if (node.sheet === null && !node.address.includes(":")) return scope.cell(node.address.replace(/\$/g, ""));
        return scope.reference ? scope.reference(node.sheet, node.address) : unsupported(`the reference ${node.address}`);
      case "name":
        return scope.name(node.name);
      case "structured": {
        if (node.specifier.toLowerCase() === "#all")
          return scope.wholeTable ? scope.wholeTable(node.table) : unsupported(`the reference ${node.table}[#All]`);
        const cells = scope.tableColumn(node.table, columnOf(node.specifier));
        const error = cells.find((cell) => cell instanceof CellError);
        return error ?? cells.map((cell) => [cell as CellValue]);
      }
      case "unary": {
        const operand = numeric(evaluate(node.operand));
        return operand instanceof CellError || node.operator === "+" ? operand : -operand;
      }
      case "binary": {
        if (node.operator === "=" || node.operator === ">") {
          const [a, b] = [evaluate(node.left), evaluate(node.right)];
          if (a instanceof CellError) return a;
          if (b instanceof CellError) return b;
          if (Array.isArray(a) || Array.isArray(b)) return unsupported("a range in a comparison");
          if (node.operator === "=") return equal(a, b);
          const [x, y] = [numeric(a), numeric(b)] as [number, number];
          return x > y;
        }
        const left = numeric(evaluate(node.left));
        const right = numeric(evaluate(node.right));
        if (left instanceof CellError) return left;
        if (right instanceof CellError) return right;
        return arithmetic(node.operator, left, right) ?? unsupported(`the operator ${node.operator}`);
      }
      case "call":
        return call(node);
      default:
        return unsupported(node.kind);
    }
  }

  function call(node: Extract<FormulaNode, { kind: "call" }>): Evaluated {
    // IF evaluates only the branch it takes, as Excel does: the other may be an error.
    if (node.name === "IF") {
      const condition = evaluate(node.args[0]);
      if (condition instanceof CellError) return condition;
      if (typeof condition !== "boolean" && typeof condition !== "number")
        return unsupported("an IF condition that is not TRUE or FALSE");
      const taken = node.args[condition ? 1 : 2];
      return taken === undefined ? false : evaluate(taken);
    }
    const args = node.args.map(evaluate);
    const error = args.find((arg) => arg instanceof CellError);
    if (error) return error;
    if (node.name === "ROWS") return Array.isArray(args[0]) ? args[0].length : 1;
    if (node.name === "SUMIFS") return sumIfs(args);
    if (node.name === "COUNTIFS") return rowsMeeting(args.map(columnValues), "COUNTIFS").length;
    if (node.name === "INT") return Math.floor(numeric(args[0]) as number);
    if (node.name === "DATE") return dateSerial(...(args.map((arg) => numeric(arg)) as [number, number, number]));
    const id = computeFunctionOf(node, NAMESPACE);
    if (id === null || !isFunctionId(id)) return unsupported(`the function ${node.name}`);
    // An omitted argument reaches a custom function as null, as Excel passes it.
    const result = scope.cores[id](args.map((arg) => (arg === "" ? null : arg)));
    return isDomainError(result) ? new CellError(EXCEL_ERROR_TEXT[result.code], result.message) : result;
  }

  return evaluate(root);
}
