/**
 * Runway maths. Month k (k = 0, 1, …) burns B·(1+g)^k and earns R·(1+r)^k. The cumulative
 * net burn after t months is the geometric sum extended smoothly to fractional t:
 *
 *   S(t) = B·((1+g)^t − 1)/g − R·((1+r)^t − 1)/r      (each term → B·t, R·t as the rate → 0)
 *
 * S equals the month-by-month sum at whole months, and the runway is the first t with
 * S(t) = cash. With no revenue the inverse has a closed form; otherwise S′ (a difference of
 * two exponentials) changes sign at most once, so S has at most one turning point and a
 * bracketed bisection on each monotone piece finds the first crossing exactly.
 */
import { notAvailable, type Outcome } from "./outcome";

export const MAX_RUNWAY_MONTHS = 1200;

export interface RunwayInputs {
  cash: number;
  monthlyBurn: number;
  burnGrowth: number;
  monthlyRevenue: number;
  revenueGrowth: number;
}

/**
 * Below this rate the exact forms lose every digit to rounding (ln(1+g) and g become
 * subnormal), so the second-order series in g is used; its relative error, about (t·g)², is
 * below 1e-12 across the 1,200-month horizon.
 */
export const TINY_RATE = 1e-9;

/** ((1+g)^t − 1)/g. */
function growthSum(rate: number, months: number): number {
  return growthSumAt(rate, Math.log1p(rate), months);
}

/** The same, given ln(1+g): the search evaluates it at many t for one rate. */
function growthSumAt(rate: number, logGrowth: number, months: number): number {
  if (Math.abs(rate) < TINY_RATE) return months + ((months * (months - 1)) / 2) * rate;
  return Math.expm1(months * logGrowth) / rate;
}

/** d/dt of growthSum: (1+g)^t · ln(1+g)/g. */
function growthSumSlope(rate: number, months: number): number {
  if (Math.abs(rate) < TINY_RATE) return 1 + (months - 0.5) * rate;
  const logGrowth = Math.log1p(rate);
  return Math.exp(months * logGrowth) * (logGrowth / rate);
}

export function cumulativeNetBurn(inputs: RunwayInputs, months: number): number {
  return (
    inputs.monthlyBurn * growthSum(inputs.burnGrowth, months) - inputs.monthlyRevenue * growthSum(inputs.revenueGrowth, months)
  );
}

const never = (cash: number) =>
  notAvailable(`cash never runs out within ${MAX_RUNWAY_MONTHS} months: the cumulative net burn stays below ${cash}`);

/** Positional rather than an inputs object: the common case then allocates nothing. */
export function runwayMonths(
  cash: number,
  monthlyBurn: number,
  burnGrowth = 0,
  monthlyRevenue = 0,
  revenueGrowth = 0,
): Outcome<number> {
  if (cash === 0) return 0;
  if (monthlyRevenue === 0) return runwayWithoutRevenue(cash, monthlyBurn, burnGrowth);
  if (revenueGrowth === burnGrowth) {
    const netBurn = monthlyBurn - monthlyRevenue;
    return netBurn > 0 ? runwayWithoutRevenue(cash, netBurn, burnGrowth) : never(cash);
  }
  return runwayBySearch({ cash, monthlyBurn, burnGrowth, monthlyRevenue, revenueGrowth });
}

/** Closed form: t = ln(1 + cash·g/B) / ln(1+g), or cash/B when g = 0. */
function runwayWithoutRevenue(cash: number, burn: number, growth: number): Outcome<number> {
  let months: number;
  if (growth === 0) {
    months = cash / burn;
  } else if (Math.abs(growth) < TINY_RATE) {
    // The series form of growthSum is quadratic in t; this is its positive root, written
    // without the cancellation of the textbook formula.
    const linear = 1 - growth / 2;
    months = (2 * (cash / burn)) / (linear + Math.sqrt(linear * linear + (2 * growth * cash) / burn));
  } else {
    const ratio = (cash * growth) / burn;
    // With shrinking burn the total ever spent is B/(−g); cash beyond it is never used up.
    if (ratio <= -1) return never(cash);
    // cash·g/B may pass the largest double while the answer is small (fast growth): then
    // ln(1 + cash·g/B) is taken as ln g + ln(cash/B + 1/g).
    const logSpent = Number.isFinite(ratio) ? Math.log1p(ratio) : Math.log(growth) + Math.log(cash / burn + 1 / growth);
    months = logSpent / Math.log1p(growth);
  }
  return Number.isFinite(months) && months <= MAX_RUNWAY_MONTHS ? months : never(cash);
}

function runwayBySearch(inputs: RunwayInputs): Outcome<number> {
  const turningPoint = slopeRoot(inputs);
  const pieces =
    turningPoint === null
      ? [[0, MAX_RUNWAY_MONTHS]]
      : [
          [0, turningPoint],
          [turningPoint, MAX_RUNWAY_MONTHS],
        ];
  const { cash, monthlyBurn, burnGrowth, monthlyRevenue, revenueGrowth } = inputs;
  const logBurnGrowth = Math.log1p(burnGrowth);
  const logRevenueGrowth = Math.log1p(revenueGrowth);
  // cumulativeNetBurn(inputs, t) − cash, with both logarithms taken once for the whole search.
  const excess = (t: number) =>
    monthlyBurn * growthSumAt(burnGrowth, logBurnGrowth, t) -
    monthlyRevenue * growthSumAt(revenueGrowth, logRevenueGrowth, t) -
    cash;
  for (const [start, end] of pieces) {
    if (excess(start) < 0 && excess(end) >= 0) return bisect(excess, start, end);
  }
  return never(inputs.cash);
}

/**
 * Where S′(t) = a·e^{αt} − b·e^{βt} (a = B·ln(1+g)/g, α = ln(1+g), likewise b, β for revenue)
 * crosses zero: t = ln(b/a)/(α−β). With α ≠ β that is a true sign change. Null when it falls
 * outside the horizon, so that S′ keeps one sign throughout.
 */
function slopeRoot(inputs: RunwayInputs): number | null {
  const a = inputs.monthlyBurn * growthSumSlope(inputs.burnGrowth, 0);
  const b = inputs.monthlyRevenue * growthSumSlope(inputs.revenueGrowth, 0);
  const t = Math.log(b / a) / (Math.log1p(inputs.burnGrowth) - Math.log1p(inputs.revenueGrowth));
  return t > 0 && t < MAX_RUNWAY_MONTHS ? t : null;
}

/**
 * f(low) < 0 ≤ f(high), f monotone on [low, high]. Halves until the bracket is within 1e-14 of
 * the answer, relative; 400 halvings take [0, 1200] down to runways of 1e-100 months.
 */
function bisect(f: (t: number) => number, low: number, high: number): number {
  for (let i = 0; i < 400 && high - low > 1e-14 * high; i++) {
    const middle = (low + high) / 2;
    if (f(middle) < 0) low = middle;
    else high = middle;
  }
  return high;
}

/** The monthly burn, growing at `growth` a month, that spends `cash` in exactly `months`. */
export function burnForRunway(cash: number, months: number, growth = 0): number {
  return cash / growthSum(growth, months);
}
