/**
 * Declarative argument checks. A spec is plain data (name, kind, bounds, default); `read`
 * turns what Excel passes into a typed value or throws an ArgumentError whose message names
 * the argument and says what it should be. Specs are data rather than closures so that one
 * monomorphic `read` serves every argument: analysts call these functions thousands of times
 * per recalculation. Excel passes null for an omitted optional argument, and an empty cell may
 * arrive as null or "".
 */
import { boundsInWords, type Bounds } from "../model/bounds";

export class ArgumentError extends Error {
  override readonly name = "ArgumentError";
}

type Kind = "number" | "text" | "choice" | "flag" | "range";

/**
 * Every spec has every field, so that all specs share one object shape and `read` stays
 * monomorphic; unused bounds are the ones that never bind.
 */
export interface ArgSpec<T> {
  readonly name: string;
  readonly kind: Kind;
  /** What the argument should be, in the words of its #VALUE! message. */
  readonly wanted: string;
  readonly optional: boolean;
  readonly fallback: T | undefined;
  readonly min: number;
  readonly greaterThan: number;
  readonly max: number;
  readonly integer: boolean;
  readonly choices: readonly string[];
}

function describe(raw: unknown): string {
  if (raw === null || raw === undefined || raw === "") return "nothing";
  if (typeof raw === "string") return `the text "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return Number.isNaN(raw) ? "NaN" : String(raw);
  if (Array.isArray(raw)) return `a ${raw.length}×${Array.isArray(raw[0]) ? raw[0].length : 1} range`;
  return typeof raw;
}

function spec<T>(name: string, kind: Kind, wanted: string, rules: Bounds = {}, choices: readonly string[] = []): ArgSpec<T> {
  return {
    name,
    kind,
    wanted,
    optional: false,
    fallback: undefined,
    min: rules.min ?? -Infinity,
    greaterThan: rules.greaterThan ?? -Infinity,
    max: rules.max ?? Infinity,
    integer: rules.integer ?? false,
    choices,
  };
}

/** A number within the bounds of the model input it feeds (see model/bounds.ts). */
export const numberArg = (name: string, bounds: Bounds = {}) => spec<number>(name, "number", boundsInWords(bounds), bounds);
export const textArg = (name: string, wanted: string) => spec<string>(name, "text", wanted);
/** One of a fixed list of words, matched case-insensitively. */
export const choiceArg = <T extends string>(name: string, choices: readonly T[]) =>
  spec<T>(name, "choice", `one of ${choices.map((c) => `"${c}"`).join(", ")}`, {}, choices);
/** A yes/no switch such as `headers`: 0 or 1, or TRUE or FALSE. */
export const flagArg = (name: string) => spec<boolean>(name, "flag", "0 (no) or 1 (yes)");
/** A range of rows, passed whole (the function's metadata declares it a matrix): `wanted` says what its rows hold. */
export const rangeArg = (name: string, wanted: string) => spec<readonly (readonly unknown[])[]>(name, "range", wanted);

export function optional<T>(arg: ArgSpec<T>, fallback: T): ArgSpec<T>;
export function optional<T>(arg: ArgSpec<T>): ArgSpec<T | undefined>;
export function optional<T>(arg: ArgSpec<T>, fallback?: T): ArgSpec<T | undefined> {
  return { ...arg, optional: true, fallback };
}

function fail(arg: ArgSpec<unknown>, raw: unknown): never {
  throw new ArgumentError(`${arg.name} must be ${arg.wanted}; got ${describe(raw)}`);
}

function withinRules(n: number, arg: ArgSpec<unknown>): boolean {
  // NaN fails every comparison; ±Infinity fails the finiteness test.
  return n >= arg.min && n > arg.greaterThan && n <= arg.max && n - n === 0 && (!arg.integer || Number.isInteger(n));
}

/**
 * Reads one argument by its spec, or throws an ArgumentError naming it. The common cases (a
 * plain number for a number argument, an omitted optional one) are kept small enough for the
 * engine to inline; everything else goes through readOther.
 */
export function read<T>(arg: ArgSpec<T>, input: unknown): T {
  // `== null` is true for both null (omitted, in Excel) and undefined (omitted, in a direct call).
  if (input == null) return arg.optional ? (arg.fallback as T) : readOther(arg, input);
  if (typeof input === "number" && arg.kind === "number" && withinRules(input, arg)) return (input === 0 ? 0 : input) as T; // Excel has no -0.
  return readOther(arg, input);
}

function readOther<T>(arg: ArgSpec<T>, input: unknown): T {
  if (arg.kind === "range") {
    // Its header row and at least one more: a single value is not a table.
    if (!Array.isArray(input) || input.length < 2 || !input.every(Array.isArray)) fail(arg, input);
    return input as T;
  }
  // A 1×1 range arrives as [[x]]; anything larger is not a single value.
  const raw =
    Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1 ? input[0][0] : input;
  if (raw === null || raw === undefined || raw === "") {
    if (arg.optional) return arg.fallback as T;
    fail(arg, raw);
  }
  switch (arg.kind) {
    case "number": {
      // Excel's own functions accept numeric text such as "5"; so do ours.
      const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
      if (!withinRules(n, arg)) fail(arg, raw);
      return (n === 0 ? 0 : n) as T; // Excel has no -0.
    }
    case "text":
      if (typeof raw === "number" && Number.isFinite(raw)) return String(raw) as T;
      if (typeof raw !== "string" || raw.trim() === "") fail(arg, raw);
      return raw.trim() as T;
    case "choice": {
      const wanted = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
      const match = arg.choices.find((choice) => choice === wanted);
      if (match === undefined) fail(arg, raw);
      return match as T;
    }
    case "flag":
      if (raw === 0 || raw === 1 || typeof raw === "boolean") return (raw === 1 || raw === true) as T;
      return fail(arg, raw);
  }
}
