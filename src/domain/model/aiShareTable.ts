import type { CellValue } from "../cells";
import type { AiShareModel, ExtrapolationMethod } from "./aiShare";
import { invalidArgument, isDomainError, type Outcome } from "./outcome";

/** At most 1,000 years in one spill: far more than any outlook needs, and far inside Excel's 1,048,576 rows. */
export const MAX_AISHARES_YEARS = 1000;

export function aiShareTable(
  model: AiShareModel,
  fromYear: number,
  toYear: number,
  method: ExtrapolationMethod,
  headers: boolean,
): Outcome<CellValue[][]> {
  if (toYear < fromYear) return invalidArgument(`to_year (${toYear}) must not be before from_year (${fromYear})`);
  if (toYear - fromYear >= MAX_AISHARES_YEARS) {
    return invalidArgument(`to_year must be less than ${MAX_AISHARES_YEARS} years after from_year`);
  }
  const rows: CellValue[][] = headers ? [["year", "ai_share"]] : [];
  // Counted, not `year++` until `toYear`: past 2^53 adding one changes nothing.
  for (let offset = 0; offset <= toYear - fromYear; offset++) {
    const year = fromYear + offset;
    const share = model.shareAt(year, method);
    if (isDomainError(share)) return share;
    rows.push([year, share]);
  }
  return rows;
}
