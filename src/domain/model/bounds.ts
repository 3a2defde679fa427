/**
 * The bounds of every model input, in one place. The custom functions' argument checks, the
 * pane's fields and the scenario sheets' data validation all read these, so the three never
 * disagree about what a valid cash, burn or growth rate is.
 */
export interface Bounds {
  readonly min?: number;
  readonly greaterThan?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/** Excel's calendar ends in 9999; later "years" are typos, and lose integer precision far out. */
export const LAST_YEAR = 9999;

export const BOUNDS = {
  cash: { min: 0 },
  monthlyBurn: { greaterThan: 0 },
  /** A monthly growth rate: -100% a month or less means nothing is left to grow. */
  growth: { greaterThan: -1 },
  monthlyRevenue: { min: 0 },
  months: { greaterThan: 0 },
  startYear: { min: 1900, max: LAST_YEAR, integer: true },
  year: { max: LAST_YEAR },
  wholeYear: { max: LAST_YEAR, integer: true },
} as const satisfies Record<string, Bounds>;

export type BoundsProblem = "not-a-number" | "too-small" | "too-large" | "not-whole";

/** What is wrong with a number under these bounds, or null when nothing is. */
export function boundsProblem(n: number, bounds: Bounds): BoundsProblem | null {
  if (!Number.isFinite(n)) return "not-a-number";
  if (bounds.min !== undefined && n < bounds.min) return "too-small";
  if (bounds.greaterThan !== undefined && n <= bounds.greaterThan) return "too-small";
  if (bounds.max !== undefined && n > bounds.max) return "too-large";
  if (bounds.integer && !Number.isInteger(n)) return "not-whole";
  return null;
}

/** The bounds in words, as a #VALUE! message says what an argument must be. */
export function boundsInWords(bounds: Bounds): string {
  const parts = [bounds.integer ? "a whole number" : "a number"];
  if (bounds.greaterThan !== undefined) parts.push(`greater than ${bounds.greaterThan}`);
  if (bounds.min !== undefined) parts.push(bounds.min === 0 ? "zero or more" : `at least ${bounds.min}`);
  if (bounds.max !== undefined) parts.push(`at most ${bounds.max}`);
  return parts.join(" ");
}
