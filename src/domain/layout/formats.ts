/** Excel number formats for the dataset's columns and units. */
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

export const UNIT_FORMATS: Record<MetricUnit, string> = {
  USD: '$#,##0.00,,,"B"',
  "USD/month": '$#,##0.00,,,"B/mo"',
  "USD/year": '$#,##0.00,,,"B/yr"',
  fraction: "0.0%",
  ratio: '0.00"×"',
  months: '0.0" months"',
  years: '0" years"',
  GW: '0.0" GW"',
  count: "0",
};

/**
 * A number format that shows the figure's qualifier before it ("≈"$#,##0.00,,,"B"), so the cell
 * keeps its number for the analyst's formulas. The formats here have one section each.
 */
export function qualifiedFormat(format: string, qualifier: Qualifier): string {
  const sign = QUALIFIER_SIGN[qualifier];
  return sign === "" ? format : `"${sign}"${format}`;
}
