/**
 * How many significant digits a figure can claim. A stated figure has the digits the article
 * writes (43億 has two, 16% two, 20.47 four); a derived figure is at best as precise as its
 * inputs: a sum or difference keeps the coarsest last digit of its terms, a product or quotient
 * the fewest significant digits of its factors. Numbers written in a formula (the 6 months of a
 * half-year, the 1 of "1 + growth") are exact and limit nothing. The qualifier rule that follows
 * from it lives in qualifier.ts.
 */
import type { FormulaNode } from "../formulas/parse";
import type { MetricUnit } from "./schema";

/** Precision of a value: `null` where it is exact (a constant), else its last significant digit's power of ten. */
interface Measured {
  readonly value: number;
  /** Power of ten of the last significant digit; null for an exact constant. */
  readonly place: number | null;
}

/** The power of ten of a value's leading digit. */
export const magnitude = (value: number) => Math.floor(Math.log10(Math.abs(value)));

/** Significant digits of a measured value: null (unlimited) for an exact constant or a zero. */
export function significantDigitsOf(measured: Measured): number | null {
  if (measured.place === null || measured.value === 0) return null;
  return Math.max(1, magnitude(measured.value) - measured.place + 1);
}

/** The place of the last of a value's `digits` significant digits. */
export const placeOfDigits = (value: number, digits: number) => magnitude(value) - digits + 1;

/** How the article writes a figure of each unit: money in 億 (10^8), fractions as percentages. */
const ARTICLE_UNIT_POWER: Partial<Record<MetricUnit, number>> = { USD: 8, "USD/month": 8, "USD/year": 8, fraction: -2 };

/** The place of a stated figure's last digit, from the digits the article writes. */
export function statedPlace(value: number, unit: MetricUnit): number {
  const power = ARTICLE_UNIT_POWER[unit] ?? 0;
  // toPrecision(12) drops the binary noise of the scaling (0.16 * 100 = 16.000000000000004).
  const written = String(Number((value / 10 ** power).toPrecision(12)));
  const decimals = written.includes(".") ? written.length - written.indexOf(".") - 1 : 0;
  return power - decimals;
}

/**
 * The significant digits a derived formula's result can claim, given each input's value and
 * stated place. Walks the same tree the evaluator computes.
 */
export function derivedSignificantDigits(
  node: FormulaNode,
  input: (name: string) => { value: number; place: number } | undefined,
): number | null {
  function measure(n: FormulaNode): Measured {
    switch (n.kind) {
      case "number":
        return { value: n.value, place: null };
      case "name": {
        const found = input(n.name);
        if (!found) throw new Error(`No precision for ${n.name}`);
        return found;
      }
      case "unary": {
        const operand = measure(n.operand);
        return n.operator === "-" ? { ...operand, value: -operand.value } : operand;
      }
      case "binary":
        return combine(n.operator, measure(n.left), measure(n.right));
      default:
        throw new Error(`Unexpected ${n.kind} in a derived formula`);
    }
  }
  return significantDigitsOf(measure(node));
}

function combine(operator: string, left: Measured, right: Measured): Measured {
  switch (operator) {
    case "+":
    case "-": {
      const value = operator === "+" ? left.value + right.value : left.value - right.value;
      const places = [left.place, right.place].filter((p): p is number => p !== null);
      return { value, place: places.length ? Math.max(...places) : null };
    }
    case "*":
    case "/": {
      const value = operator === "*" ? left.value * right.value : left.value / right.value;
      const digits = [left, right].map(significantDigitsOf).filter((d): d is number => d !== null);
      if (digits.length === 0 || value === 0) return { value, place: null };
      return { value, place: placeOfDigits(value, Math.min(...digits)) };
    }
    default:
      throw new Error(`Unexpected "${operator}" in a derived formula`);
  }
}

/** A value rounded to the significant digits it can claim; unchanged where they are unlimited. */
export function toSignificantDigits(value: number, digits: number | null): number {
  return digits === null ? value : Number(value.toPrecision(Math.min(digits, 15)));
}
