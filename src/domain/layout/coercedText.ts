/**
 * Text that an earlier version of the add-in wrote into General cells, and Excel turned into a
 * value on the way in (office-js #229): the year "2025" became the number 2025, the year-month
 * "2025-09" the date serial 45901. Refresh takes such a cell for the add-in's own, not for the
 * analyst's override, and writes it again as text. Today's writes format every text cell as
 * text first (plan.ts, writtenFormat), so only cells written before are read this way.
 *
 * Only the forms the add-in's own text has taken are recognised: a plain decimal number, an ISO
 * year-month or date, and TRUE or FALSE. This is not a model of Excel's entry rules; the test
 * host's is (tests/fakes/excel/entry.ts).
 */
import type { CellValue } from "../cells";

/** Excel's serial number of a day (the 1900 date system, from March 1900 on). */
const dateSerial = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;

/** What Excel holds after the text was written into a General cell, where it is not text; null otherwise. */
function coercedValue(text: string): number | boolean | null {
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const date = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  if (!date) return null;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3] ?? 1)];
  const serial = dateSerial(year, month, day);
  // A month or day out of range is no date: the text stays text.
  const back = new Date((serial - 25_569) * 86_400_000);
  return back.getUTCMonth() + 1 === month && back.getUTCDate() === day ? serial : null;
}

/** Whether `held` is what Excel made of the text `written` in a General cell. */
export function coercedFrom(written: CellValue, held: CellValue): boolean {
  if (typeof written !== "string" || typeof held === "string") return false;
  const value = coercedValue(written);
  return value !== null && value === held;
}
