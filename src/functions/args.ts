/**
 * Declarative argument checks. Each spec turns what Excel passes into a typed value or a
 * DomainError whose message names the argument and says what it should be. Excel passes
 * null for an omitted optional argument, and an empty cell may arrive as null or "".
 */
import { invalidArgument, success, type Outcome } from "../domain/model/outcome";

export interface ArgSpec<T> {
  readonly name: string;
  parse(raw: unknown): Outcome<T>;
}

const isOmitted = (raw: unknown) => raw === null || raw === undefined || raw === "";

function describe(raw: unknown): string {
  if (typeof raw === "string") return `the text "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return Number.isNaN(raw) ? "NaN" : String(raw);
  if (Array.isArray(raw)) return `a ${raw.length}×${Array.isArray(raw[0]) ? raw[0].length : 1} range`;
  return typeof raw;
}

/** A 1×1 range arrives as [[x]]; anything larger is not a single value. */
function single(raw: unknown): unknown {
  if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) return raw[0][0];
  return raw;
}

interface NumberRules {
  min?: number;
  greaterThan?: number;
  max?: number;
  integer?: boolean;
}

function numberRules(rules: NumberRules): { test: (n: number) => boolean; wanted: string } {
  const parts: string[] = [];
  if (rules.integer) parts.push("a whole number");
  else parts.push("a number");
  if (rules.greaterThan !== undefined) parts.push(`greater than ${rules.greaterThan}`);
  if (rules.min !== undefined) parts.push(rules.min === 0 ? "zero or more" : `at least ${rules.min}`);
  if (rules.max !== undefined) parts.push(`at most ${rules.max}`);
  const test = (n: number) =>
    (!rules.integer || Number.isInteger(n)) &&
    (rules.greaterThan === undefined || n > rules.greaterThan) &&
    (rules.min === undefined || n >= rules.min) &&
    (rules.max === undefined || n <= rules.max);
  return { test, wanted: parts.join(" ") };
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  // Excel's own functions accept numeric text such as "5"; so do ours.
  if (typeof raw === "string" && raw.trim() !== "") return Number(raw.trim().replace(/,/g, ""));
  return undefined;
}

export function numberArg(name: string, rules: NumberRules = {}): ArgSpec<number> {
  const { test, wanted } = numberRules(rules);
  return {
    name,
    parse(input) {
      const raw = single(input);
      const n = toNumber(raw);
      if (n === undefined || !Number.isFinite(n) || !test(n)) {
        return invalidArgument(`${name} must be ${wanted}; got ${isOmitted(raw) ? "nothing" : describe(raw)}`);
      }
      return success(n === 0 ? 0 : n); // Excel has no -0.
    },
  };
}

export function optional<T>(spec: ArgSpec<T>, fallback: T): ArgSpec<T>;
export function optional<T>(spec: ArgSpec<T>): ArgSpec<T | undefined>;
export function optional<T>(spec: ArgSpec<T>, fallback?: T): ArgSpec<T | undefined> {
  return {
    name: spec.name,
    parse: (input) => (isOmitted(single(input)) ? success(fallback) : spec.parse(input)),
  };
}

export function textArg(name: string, what: string): ArgSpec<string> {
  return {
    name,
    parse(input) {
      const raw = single(input);
      if (typeof raw === "number" && Number.isFinite(raw)) return success(String(raw));
      if (typeof raw !== "string" || raw.trim() === "") {
        return invalidArgument(`${name} must be ${what}; got ${isOmitted(raw) ? "nothing" : describe(raw)}`);
      }
      return success(raw.trim());
    },
  };
}

/** One of a fixed list of words, matched case-insensitively. */
export function choiceArg<T extends string>(name: string, choices: readonly T[]): ArgSpec<T> {
  const list = choices.map((c) => `"${c}"`).join(", ");
  return {
    name,
    parse(input) {
      const raw = single(input);
      const wanted = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
      const match = choices.find((choice) => choice === wanted);
      return match ? success(match) : invalidArgument(`${name} must be one of ${list}; got ${describe(raw)}`);
    },
  };
}

/** A yes/no switch such as `headers`: 0 or 1, or TRUE or FALSE. */
export function flagArg(name: string): ArgSpec<boolean> {
  return {
    name,
    parse(input) {
      const raw = single(input);
      if (raw === 0 || raw === 1 || typeof raw === "boolean") return success(raw === 1 || raw === true);
      return invalidArgument(`${name} must be 0 (no) or 1 (yes); got ${describe(raw)}`);
    },
  };
}

type Parsed<Specs> = { -readonly [K in keyof Specs]: Specs[K] extends ArgSpec<infer T> ? T : never };

/** Parses every argument in order; the first bad one wins. */
export function parseArgs<Specs extends readonly ArgSpec<unknown>[]>(
  specs: Specs,
  raw: readonly unknown[],
): Outcome<Parsed<Specs>> {
  const values: unknown[] = [];
  for (let i = 0; i < specs.length; i++) {
    const parsed = specs[i].parse(raw[i]);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return success(values as Parsed<Specs>);
}
