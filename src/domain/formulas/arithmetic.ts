/** The four arithmetic operators, as every evaluator of formula trees in the project applies them. */
import type { BinaryOperator } from "./parse";

/** left op right for + - * /; null for any other operator, which the caller refuses in its own words. */
export function arithmetic(operator: BinaryOperator, left: number, right: number): number | null {
  switch (operator) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return left / right;
    default:
      return null;
  }
}
