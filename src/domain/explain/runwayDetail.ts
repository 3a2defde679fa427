/**
 * RUNWAY and BURN explained: which form of the arithmetic applies, the cash balance month by
 * month until it runs out, and how far the result moves when each input moves ±10%. Every
 * number comes from the functions' own cores and the runway model, never from a copy.
 */
import { isDomainError } from "../model/outcome";
import { cumulativeNetBurn, type RunwayInputs } from "../model/runway";
import { readArguments, type ComputeCores } from "../formulas/cores";
import type { RunwayDetail, Sensitivity } from "./types";

/** The balance chart has at most this many points: a long runway is sampled, its last month kept. */
const MAX_BALANCE_POINTS = 121;
export const SENSITIVITY_STEP = 0.1;

function balanceSeries(inputs: RunwayInputs, months: number): RunwayDetail["balance"] {
  const last = Math.ceil(months);
  const step = Math.max(1, Math.ceil(last / (MAX_BALANCE_POINTS - 1)));
  const points: { month: number; cash: number }[] = [];
  for (let month = 0; month < last; month += step) points.push({ month, cash: inputs.cash - cumulativeNetBurn(inputs, month) });
  // The last point is where the cash runs out: zero, at the runway itself.
  points.push({ month: months, cash: 0 });
  return points;
}

/**
 * Each input moved ±10% through the function's core, all else held. An input that is zero moves
 * nowhere, and shows a swing of 0.
 */
function sensitivities(
  core: ComputeCores["RUNWAY"],
  names: readonly string[],
  args: readonly number[],
  base: number,
): Sensitivity[] {
  const at = (index: number, factor: number): number | null => {
    const moved = args.map((value, i) => (i === index ? value * factor : value));
    const result = core(moved);
    return typeof result === "number" ? result : null;
  };
  return names
    .map((input, index) => {
      const low = at(index, 1 - SENSITIVITY_STEP);
      const high = at(index, 1 + SENSITIVITY_STEP);
      const swing = Math.max(low === null ? 0 : Math.abs(low - base), high === null ? 0 : Math.abs(high - base));
      return { input, base, low, high, swing };
    })
    .sort((a, b) => b.swing - a.swing);
}

function form(inputs: RunwayInputs): RunwayDetail["form"] {
  if (inputs.monthlyRevenue !== 0) return "with-revenue";
  return inputs.burnGrowth === 0 ? "constant" : "growing";
}

/** RUNWAY(cash, monthly_burn, burn_growth, monthly_revenue, revenue_growth), read and computed. */
export function runwayDetail(cores: ComputeCores, names: readonly string[], raw: readonly unknown[]): RunwayDetail | null {
  const months = cores.RUNWAY(raw);
  if (isDomainError(months) || typeof months !== "number") return null;
  const [cash, monthlyBurn, burnGrowth = 0, monthlyRevenue = 0, revenueGrowth = 0] = readArguments("RUNWAY", raw);
  const inputs: RunwayInputs = { cash, monthlyBurn, burnGrowth, monthlyRevenue, revenueGrowth };
  const given = [cash, monthlyBurn, burnGrowth, monthlyRevenue, revenueGrowth];
  return {
    kind: "runway",
    fn: "RUNWAY",
    ...inputs,
    months,
    form: form(inputs),
    balance: balanceSeries(inputs, months),
    sensitivity: sensitivities(cores.RUNWAY, names, given, months),
  };
}

/** BURN(cash, months, burn_growth): the month-1 burn that spends the cash in exactly that many months. */
export function burnDetail(cores: ComputeCores, names: readonly string[], raw: readonly unknown[]): RunwayDetail | null {
  const burn = cores.BURN(raw);
  if (isDomainError(burn) || typeof burn !== "number") return null;
  const [cash, months, burnGrowth = 0] = readArguments("BURN", raw);
  const inputs: RunwayInputs = { cash: cash, monthlyBurn: burn, burnGrowth, monthlyRevenue: 0, revenueGrowth: 0 };
  return {
    kind: "runway",
    fn: "BURN",
    ...inputs,
    months: months,
    form: form(inputs),
    balance: balanceSeries(inputs, months),
    sensitivity: sensitivities(cores.BURN, names, [cash, months, burnGrowth], burn),
  };
}
