/** A cell's formula read as one COMPUTE call, for the Explain view. */
import { callsCompute, computeFunctionOf, parseFormula, type FormulaNode } from "./parse";

/** A COMPUTE call at the top of a formula, or why the formula is not one. */
export type ComputeCallResult =
  | { readonly ok: true; readonly id: string; readonly args: readonly FormulaNode[]; readonly node: FormulaNode }
  | { readonly ok: false; readonly reason: "not-a-formula" | "unreadable" | "not-compute" | "compute-inside" };

/**
 * Reads a cell's formula as one COMPUTE call (=COMPUTE.RUNWAY(…)). Anything else is a typed
 * answer, never a throw: no formula, text the parser cannot read, a formula without COMPUTE,
 * or one with COMPUTE calls inside something else (=COMPUTE.RUNWAY(…)*2).
 */
export function parseComputeCall(formula: string | null, namespace: string): ComputeCallResult {
  if (formula === null || !formula.startsWith("=")) return { ok: false, reason: "not-a-formula" };
  const parsed = parseFormula(formula);
  if (!parsed.ok) return { ok: false, reason: "unreadable" };
  const id = computeFunctionOf(parsed.node, namespace);
  if (id !== null && parsed.node.kind === "call") return { ok: true, id, args: parsed.node.args, node: parsed.node };
  return { ok: false, reason: callsCompute(parsed.node, namespace) ? "compute-inside" : "not-compute" };
}
