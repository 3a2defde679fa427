/**
 * A derived metric's formula: arithmetic (numbers, + - * /, parentheses) over {metric-id}
 * references. It is read by the project's one formula parser (formulas/parse.ts), each
 * {metric-id} standing in as a defined name, and kept closed on purpose: the formulas are ours,
 * shown to the analyst verbatim, and must compute exactly what they say.
 */
import { arithmetic } from "../formulas/arithmetic";
import { parseFormula, type FormulaNode } from "../formulas/parse";

export type Resolve = (id: string) => number;

/** A derived formula as a tree; each input is a `name` node that `inputOf` maps back to its id. */
export interface DerivedFormula {
  readonly node: FormulaNode;
  /** The metric ids the formula reads, in order of first use. */
  readonly inputs: readonly string[];
  /** The metric id a name node stands for, or undefined for a name that is not an input. */
  inputOf(name: string): string | undefined;
}

const INPUT = /\{([a-z0-9-]+)\}/g;
const PLACEHOLDER = "_input";

export function referencedIds(formula: string): string[] {
  return [...formula.matchAll(INPUT)].map((match) => match[1]);
}

export function parseDerivedFormula(formula: string): DerivedFormula {
  const inputs = [...new Set(referencedIds(formula))];
  const parsed = parseFormula(formula.replace(INPUT, (_, id: string) => `${PLACEHOLDER}${inputs.indexOf(id)}`));
  if (!parsed.ok) throw new Error(`${parsed.reason} in the derived formula ${formula}`);
  return {
    node: parsed.node,
    inputs,
    inputOf: (name) => (name.startsWith(PLACEHOLDER) ? inputs[Number(name.slice(PLACEHOLDER.length))] : undefined),
  };
}

export function evaluateFormula(formula: string, resolve: Resolve): number {
  const derived = parseDerivedFormula(formula);
  function evaluate(node: FormulaNode): number {
    switch (node.kind) {
      case "number":
        return node.value;
      case "name": {
        const id = derived.inputOf(node.name);
        if (id === undefined) throw new Error(`Unexpected "${node.name}" in formula: ${formula}`);
        return resolve(id);
      }
      case "unary":
        return node.operator === "-" ? -evaluate(node.operand) : evaluate(node.operand);
      case "binary": {
        const result = arithmetic(node.operator, evaluate(node.left), evaluate(node.right));
        if (result === null) throw new Error(`Unexpected "${node.operator}" in formula: ${formula}`);
        return result;
      }
      default:
        throw new Error(`Unexpected ${node.kind} in formula: ${formula}`);
    }
  }
  return evaluate(derived.node);
}
