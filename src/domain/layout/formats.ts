/** Excel number formats for the dataset's columns and units. */
import { magnitude } from "../dataset/precision";
import { QUALIFIER_SIGN } from "../dataset/qualifier";
import type { MetricUnit, Qualifier } from "../dataset/schema";
import type { ColumnFormat } from "../tables/tableView";
import { TEXT_FORMAT } from "./plan";

// Three trailing commas divide by 10^9 for display only: the cell keeps the full dollar value.
const USD_BILLIONS = '$#,##0.0,,,"B"';

export const COLUMN_FORMATS: Record<ColumnFormat, string> = {
  // A text column stays text in Excel, the analyst's new rows included (plan.ts, writtenFormat).
  text: TEXT_FORMAT,
  "usd-billions": USD_BILLIONS,
  usd: "$#,##0",
  gw: '0.0" GW"',
  percent: "0.0%",
  price: "$#,##0.00",
  integer: "0",
  number: "General",
  year: "0",
};

/**
 * Each unit's number format, as the integer part, the decimals shown by default, what follows,
 * and the scale the display divides by (three commas: 10^9; a percent sign: 10^-2).
 */
const UNIT_FORMAT_PARTS: Record<MetricUnit, { whole: string; decimals: number; after: string; scale: number }> = {
  USD: { whole: "$#,##0", decimals: 2, after: ',,,"B"', scale: 1e9 },
  "USD/month": { whole: "$#,##0", decimals: 2, after: ',,,"B/mo"', scale: 1e9 },
  "USD/year": { whole: "$#,##0", decimals: 2, after: ',,,"B/yr"', scale: 1e9 },
  fraction: { whole: "0", decimals: 1, after: "%", scale: 0.01 },
  ratio: { whole: "0", decimals: 2, after: '"×"', scale: 1 },
  months: { whole: "0", decimals: 1, after: '" months"', scale: 1 },
  years: { whole: "0", decimals: 0, after: '" years"', scale: 1 },
  GW: { whole: "0", decimals: 1, after: '" GW"', scale: 1 },
  count: { whole: "0", decimals: 0, after: "", scale: 1 },
};

function unitFormat(unit: MetricUnit, decimals: number): string {
  const { whole, after } = UNIT_FORMAT_PARTS[unit];
  return `${whole}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}${after}`;
}

export const UNIT_FORMATS = Object.fromEntries(
  Object.entries(UNIT_FORMAT_PARTS).map(([unit, parts]) => [unit, unitFormat(unit as MetricUnit, parts.decimals)]),
) as Record<MetricUnit, string>;

/**
 * The unit's format showing a value to the significant digits it can claim (a derived figure's,
 * precision.ts): US$3.7B rather than US$3.71B for 43億 / 1.16. Unlimited digits keep the default.
 */
export function unitFormatToDigits(unit: MetricUnit, value: number, significantDigits: number | null): string {
  if (significantDigits === null || value === 0) return UNIT_FORMATS[unit];
  const shown = Math.abs(value) / UNIT_FORMAT_PARTS[unit].scale;
  const decimals = significantDigits - (magnitude(shown) + 1);
  return unitFormat(unit, Math.min(Math.max(decimals, 0), 6));
}

/**
 * A number format that shows the figure's qualifier before it ("≈"$#,##0.00,,,"B"), so the cell
 * keeps its number for the analyst's formulas. The formats here have one section each.
 */
export function qualifiedFormat(format: string, qualifier: Qualifier): string {
  const sign = QUALIFIER_SIGN[qualifier];
  return sign === "" ? format : `"${sign}"${format}`;
}
