/**
 * What a COMPUTE formula becomes where the add-in is not installed: the portable workbook and
 * the pane's Make portable both ask portableCell. A call with a closed form becomes the native
 * Excel formula, so the file keeps recalculating; any other keeps its value, with a note in
 * the workbook's language naming the formula. Each native formula must agree with the
 * add-in's own function; the LibreOffice and HyperFormula tests recalculate and compare.
 */
import type { Language } from "../language";
import { SHEET_WORDS } from "../layout/labels";
import { EXTRAPOLATION_METHODS, DEFAULT_EXTRAPOLATION, type AiShareModel, type ExtrapolationMethod } from "../model/aiShare";
import { MAX_RUNWAY_MONTHS, TINY_RATE } from "../model/runway";
import { BOUNDS, boundsProblem, type Bounds } from "../model/bounds";
import { NAMESPACE, partText, quoteText } from "./build";
import { CellError } from "./evaluate";
import { callsCompute, computeFunctionOf, parseFormula, type FormulaNode } from "./parse";

export interface NativeContext {
  model: AiShareModel;
  /** Null where the workbook has no AI-share table to interpolate over. */
  series: SeriesRanges | null;
  /** The current value of an argument (a reference or a name), where it can be known. */
  valueOf?: (argument: string) => unknown;
}

/** Where the article's AI-share series sits in the workbook, as absolute ranges. */
export interface SeriesRanges {
  years: string;
  shares: string;
}

const number = (n: number) => String(Number(n.toPrecision(17)));
/** TINY_RATE written out in full: "0.000000001" reads the same in every spreadsheet. */
const TINY_GROWTH = TINY_RATE.toFixed(9);

/**
 * The argument checks of the add-in's function, as an Excel condition that is true where the
 * function would return #VALUE!: a required argument left empty, a logical, text that is not a
 * number, or a number outside the bounds (model/bounds.ts). Numeric text passes, as the
 * function takes it. A literal number within the bounds needs no check.
 */
function argumentCheck(argument: string, bounds: Bounds, optional: boolean): string | null {
  const literal = Number(argument);
  if (argument.trim() !== "" && Number.isFinite(literal) && boundsProblem(literal, bounds) === null) return null;
  const value = `${argument}*1`;
  const checks = [`ISLOGICAL(${argument})`, `ISERROR(${value})`];
  if (bounds.min !== undefined) checks.push(`${value}<${bounds.min}`);
  if (bounds.greaterThan !== undefined) checks.push(`${value}<=${bounds.greaterThan}`);
  if (bounds.max !== undefined) checks.push(`${value}>${bounds.max}`);
  if (bounds.integer) checks.push(`${value}<>INT(${value})`);
  // An empty cell is an omitted optional argument, and a missing required one.
  return optional ? `AND(NOT(ISBLANK(${argument})),OR(${checks.join(",")}))` : [`ISBLANK(${argument})`, ...checks].join(",");
}

/** A native formula that gives #VALUE! where the add-in's function would refuse an argument. */
function guarded(formula: string, args: readonly (readonly [string, Bounds, "required" | "optional"])[]): string {
  const checks = args.flatMap(([argument, bounds, kind]) => argumentCheck(argument, bounds, kind === "optional") ?? []);
  return checks.length === 0 ? formula : `=IF(OR(${checks.join(",")}),#VALUE!,${formula.slice(1)})`;
}

/**
 * COMPUTE.AISHARE(year, method) without the add-in: #N/A before the series, linear
 * interpolation over the series' rows within it (exact at its years), then the method's
 * extrapolation with its fitted constants written out.
 */
export function nativeAiShare(year: string, method: ExtrapolationMethod, model: AiShareModel, series: SeriesRanges): string {
  const { years, shares } = series;
  const last = model.points[model.points.length - 1];
  const at = (range: string, offset: string) => `INDEX(${range},MATCH(${year},${years},1)${offset})`;
  const interpolated = `${at(shares, "")}+IFERROR((${year}-${at(years, "")})*(${at(shares, "+1")}-${at(shares, "")})/(${at(years, "+1")}-${at(years, "")}),0)`;
  const extrapolated = {
    hold: number(last.share),
    linear: `MIN(1,${number(last.share)}+${number(model.linearSlope)}*(${year}-${last.year}))`,
    logistic: `1/(1+EXP(-(${number(Math.log(last.share / (1 - last.share)))}+${number(model.logisticSteepness)}*(${year}-${last.year}))))`,
  }[method];
  return guarded(`=IF(${year}<${model.firstYear},NA(),IF(${year}<=${model.lastYear},${interpolated},${extrapolated}))`, [
    [year, BOUNDS.year, "required"],
  ]);
}

/**
 * RUNWAY without revenue has a closed form: cash ÷ burn, or ln(1 + cash·g/burn) ÷ ln(1+g) with
 * growth; #N/A where the cash is never used up or lasts beyond the horizon, as in the add-in.
 * With revenue there is none, so the formula gives #N/A once revenue is entered.
 */
export function nativeRunway(cash: string, burn: string, growth: string, revenue: string, revenueGrowth = "0"): string {
  return guarded(runwayBody(cash, burn, growth, revenue), [
    [cash, BOUNDS.cash, "required"],
    [burn, BOUNDS.monthlyBurn, "required"],
    [growth, BOUNDS.growth, "optional"],
    [revenue, BOUNDS.monthlyRevenue, "optional"],
    [revenueGrowth, BOUNDS.growth, "optional"],
  ]);
}

function runwayBody(cash: string, burn: string, growth: string, revenue: string): string {
  // Growth and revenue given as 0 (or omitted) leave the form an analyst would write.
  if (growth === "0" && revenue === "0") return `=IF(${cash}/${burn}>${MAX_RUNWAY_MONTHS},NA(),${cash}/${burn})`;
  // Below TINY_RATE, LN(1+g) keeps few correct digits; the add-in's series form takes over there.
  const linear = `(1-${growth}/2)`;
  const series = `2*(${cash}/${burn})/(${linear}+SQRT(${linear}^2+2*${growth}*${cash}/${burn}))`;
  // ln(1 + cash·g/burn) / ln(1+g). With fast growth, cash·g/burn can pass the largest double
  // while the answer is small: past e^700 it is taken as ln g + ln(cash/burn + 1/g), whose two
  // terms would cancel below that. Shrinking burn (g < 0) cannot overflow it.
  const plain = `LN(1+${cash}*${growth}/${burn})/LN(1+${growth})`;
  const huge = `LN(${cash}/${burn}+1)+LN(${growth})>700`;
  const growing = `IF(${huge},(LN(${growth})+LN(${cash}/${burn}+1/${growth}))/LN(1+${growth}),${plain})`;
  const shrinking = plain;
  const months = `IF(${growth}=0,${cash}/${burn},IF(ABS(${growth})<${TINY_GROWTH},${series},IF(${growth}>0,${growing},${shrinking})))`;
  // Shrinking burn that never spends the cash: cash·(−g) ≥ burn.
  const neverSpent = `-MIN(0,${growth})*${cash}>=${burn}`;
  return `=IF(${revenue}<>0,NA(),IF(${neverSpent},NA(),IF(${months}>${MAX_RUNWAY_MONTHS},NA(),${months})))`;
}

/** BURN: cash ÷ months, or cash·g ÷ ((1+g)^months − 1) with growth. */
export function nativeBurn(cash: string, months: string, growth: string): string {
  return guarded(burnBody(cash, months, growth), [
    [cash, BOUNDS.cash, "required"],
    [months, BOUNDS.months, "required"],
    [growth, BOUNDS.growth, "optional"],
  ]);
}

function burnBody(cash: string, months: string, growth: string): string {
  if (growth === "0") return `=${cash}/${months}`;
  const series = `${cash}/(${months}+${months}*(${months}-1)/2*${growth})`;
  // cash·g / ((1+g)^months − 1): with growth, (1+g)^months may pass the largest double where the
  // burn is simply tiny, so it is taken over (1+g)^−months instead.
  const shrink = `EXP(-${months}*LN(1+${growth}))`;
  const growing = `${cash}*${growth}*${shrink}/(1-${shrink})`;
  const shrinking = `${cash}*${growth}/((1+${growth})^${months}-1)`;
  return `=IF(${growth}=0,${cash}/${months},IF(ABS(${growth})<${TINY_GROWTH},${series},IF(${growth}>0,${growing},${shrinking})))`;
}

/**
 * An argument as native formula text, where it is simple enough to repeat inside one: a cell of
 * the same sheet, a defined name, a number or a text. Anything else (a nested call, a range)
 * gives null, and the cell keeps its value instead.
 */
function simpleArgument(node: FormulaNode): string | null {
  switch (node.kind) {
    case "reference":
      return node.sheet === null && !node.address.includes(":") ? node.address : null;
    case "name":
      return node.name;
    case "number":
      return partText(node);
    case "text":
      return quoteText(node.value);
    case "unary":
      return node.operator === "-" && node.operand.kind === "number"
        ? partText({ kind: "number", value: -node.operand.value })
        : null;
    default:
      return null;
  }
}

/** The native form of a single COMPUTE call over references, names, numbers or texts, or null. */
export function nativeFormula(planned: string, context: NativeContext): string | null {
  const parsed = parseFormula(planned);
  if (!parsed.ok) return null;
  const id = computeFunctionOf(parsed.node, NAMESPACE);
  if (id === null || parsed.node.kind !== "call") return null;
  // An omitted argument (f(a,,c)) reads as absent, as Excel passes it.
  const omitted = (node: FormulaNode) => node.kind === "text" && node.value === "";
  const simple = parsed.node.args.map((node) => (omitted(node) ? undefined : simpleArgument(node)));
  if (simple.some((arg) => arg === null)) return null;
  const args = simple as (string | undefined)[];
  const optional = (index: number) => args[index] ?? "0";
  const required = (index: number) => args[index] ?? null;
  switch (id) {
    case "AISHARE": {
      const methodNode = parsed.node.args[1];
      const method = (
        methodNode?.kind === "text" && methodNode.value !== "" ? methodNode.value.toLowerCase() : DEFAULT_EXTRAPOLATION
      ) as ExtrapolationMethod;
      const year = required(0);
      if (year === null || !context.series || !EXTRAPOLATION_METHODS.includes(method)) return null;
      return nativeAiShare(year, method, context.model, context.series);
    }
    case "RUNWAY": {
      const [cash, burn] = [required(0), required(1)];
      // Only without revenue is there a closed form: with a revenue that is, or may be, non-zero
      // the cell keeps its value instead.
      const revenue = optional(3);
      const knownZero = revenue === "0" || context.valueOf?.(revenue) === 0;
      return cash !== null && burn !== null && knownZero ? nativeRunway(cash, burn, optional(2), revenue, optional(4)) : null;
    }
    case "BURN": {
      const [cash, months] = [required(0), required(1)];
      return cash !== null && months !== null ? nativeBurn(cash, months, optional(2)) : null;
    }
    default:
      return null;
  }
}

export interface PortableContext extends NativeContext {
  /** The workbook's language, for the note on a cell that keeps its value. */
  readonly language: Language;
}

export type PortableCell =
  /** Not a COMPUTE formula: it works without the add-in as it is. */
  | { readonly kind: "unchanged" }
  /**
   * A native formula. Where the add-in's function gives an error now, the native formula gives
   * the same code, and `note` says what the add-in said, since the message cannot travel.
   */
  | { readonly kind: "native"; readonly formula: string; readonly note?: string }
  /** No native equivalent: the cell keeps its value, with this note naming the formula. */
  | { readonly kind: "value"; readonly note: string };

/**
 * What one cell's formula becomes in a workbook without the add-in. `current` is what the
 * add-in's function gives in the cell now, where it is known: an error there is told in a note.
 */
export function portableCell(formula: string, context: PortableContext, current?: unknown): PortableCell {
  if (!formula.startsWith("=")) return { kind: "unchanged" };
  const parsed = parseFormula(formula);
  // Text the parser cannot read but that names the namespace is treated as needing the add-in.
  const needsAddin = parsed.ok ? callsCompute(parsed.node, NAMESPACE) : formula.toUpperCase().includes(`${NAMESPACE}.`);
  if (!needsAddin) return { kind: "unchanged" };
  const native = nativeFormula(formula, context);
  const words = SHEET_WORDS[context.language];
  if (!native) return { kind: "value", note: words.portableNote(formula) };
  return current instanceof CellError
    ? { kind: "native", formula: native, note: words.guardedNote(formula, current.code, current.message) }
    : { kind: "native", formula: native };
}
