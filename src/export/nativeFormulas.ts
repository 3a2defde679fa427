/**
 * Native Excel formulas for COMPUTE calls that have a closed form, so a file without the add-in
 * keeps recalculating. Each must agree with the add-in's own function; the LibreOffice test
 * recalculates them and compares.
 */
import {
  EXTRAPOLATION_METHODS,
  DEFAULT_EXTRAPOLATION,
  type AiShareModel,
  type ExtrapolationMethod,
} from "../domain/model/aiShare";
import { MAX_RUNWAY_MONTHS, TINY_RATE } from "../domain/model/runway";

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
  return `=IF(${year}<${model.firstYear},NA(),IF(${year}<=${model.lastYear},${interpolated},${extrapolated}))`;
}

/**
 * RUNWAY without revenue has a closed form: cash ÷ burn, or ln(1 + cash·g/burn) ÷ ln(1+g) with
 * growth; #N/A where the cash is never used up or lasts beyond the horizon, as in the add-in.
 * With revenue there is none, so the formula gives #N/A once revenue is entered.
 */
export function nativeRunway(cash: string, burn: string, growth: string, revenue: string): string {
  // Growth and revenue given as 0 (or omitted) leave the form an analyst would write.
  if (growth === "0" && revenue === "0") return `=IF(${cash}/${burn}>${MAX_RUNWAY_MONTHS},NA(),${cash}/${burn})`;
  const ratio = `(1+${cash}*${growth}/${burn})`;
  // Below TINY_RATE, LN(1+g) keeps few correct digits; the add-in's series form takes over there.
  const linear = `(1-${growth}/2)`;
  const series = `2*(${cash}/${burn})/(${linear}+SQRT(${linear}^2+2*${growth}*${cash}/${burn}))`;
  const months = `IF(${growth}=0,${cash}/${burn},IF(ABS(${growth})<${TINY_GROWTH},${series},LN(${ratio})/LN(1+${growth})))`;
  return `=IF(${revenue}<>0,NA(),IF(AND(${growth}<>0,${ratio}<=0),NA(),IF(${months}>${MAX_RUNWAY_MONTHS},NA(),${months})))`;
}

/** BURN: cash ÷ months, or cash·g ÷ ((1+g)^months − 1) with growth. */
export function nativeBurn(cash: string, months: string, growth: string): string {
  if (growth === "0") return `=${cash}/${months}`;
  const series = `${cash}/(${months}+${months}*(${months}-1)/2*${growth})`;
  return `=IF(${growth}=0,${cash}/${months},IF(ABS(${growth})<${TINY_GROWTH},${series},${cash}*${growth}/((1+${growth})^${months}-1)))`;
}

const SIMPLE_ARGUMENT = /^(?:\$?[A-Z]{1,3}\$?\d+|[A-Za-z_][A-Za-z0-9_.]*|-?\d+(?:\.\d+)?|"[a-z]+")$/;

/** The native form of a single COMPUTE call over references, names or numbers, or null. */
export function nativeFormula(planned: string, context: NativeContext): string | null {
  const call = /^=COMPUTE\.([A-Z]+)\((.*)\)$/.exec(planned);
  if (!call) return null;
  const args = call[2].split(",");
  if (!args.every((arg) => SIMPLE_ARGUMENT.test(arg))) return null;
  const optional = (index: number) => args[index] ?? "0";
  switch (call[1]) {
    case "AISHARE": {
      const method = (args[1]?.replace(/"/g, "") ?? DEFAULT_EXTRAPOLATION) as ExtrapolationMethod;
      if (!context.series || !EXTRAPOLATION_METHODS.includes(method)) return null;
      return nativeAiShare(args[0], method, context.model, context.series);
    }
    case "RUNWAY": {
      // Only without revenue is there a closed form: with a revenue that is, or may be, non-zero
      // the cell keeps its value instead.
      const revenue = optional(3);
      const knownZero = revenue === "0" || context.valueOf?.(revenue) === 0;
      return knownZero ? nativeRunway(args[0], args[1], optional(2), revenue) : null;
    }
    case "BURN":
      return nativeBurn(args[0], args[1], optional(2));
    default:
      return null;
  }
}
