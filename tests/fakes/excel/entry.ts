/**
 * What Excel makes of a value written to a cell through Range.values or Range.formulas: it reads
 * a string as if the analyst had typed it into the cell, in en-US whatever the user's locale.
 * Every rule below names its source; where the sources are silent, the rule takes the reading
 * that would hurt the add-in, and says so.
 *
 * Sources:
 * - [#229]  office-js issue #229: "2018-12-31" written through Range.values to a General cell
 *           becomes a date serial, and the cell's number format becomes m/d/yyyy.
 * - [#1559] office-js issue #1559: values and formulas parse in en-US whatever the locale;
 *           Microsoft calls it by design.
 * - [range] Excel.Range reference (excel.range.yml): a string starting with "=", "+" or "-" is
 *           treated as a formula; locale-shaped date strings stay text.
 * - [#6687] office-js issue #6687: a quote-prefixed entry ('=AVERAGE…) is stored as text, and
 *           reads back through formulas without the apostrophe.
 * - [text]  Excel's entry rules for a cell formatted as Text ("Formulas Don't Calculate as
 *           Formulas", ExcelTips 3308): what is entered is kept as typed, a formula included.
 * - [entry] Excel's data-entry rules for numbers, percentages, currency, dates and times, as
 *           OFFICE-FACTS.md §7 lists them: the cell holds the number, and a General cell takes the
 *           format Excel infers (10% → 0%, $1,000 → $#,##0, a date → a date format).
 */

/** What a cell holds after the entry: a constant or a formula, and its number format. */
export interface Entered {
  readonly value: string | number | boolean;
  readonly formula: string | null;
  readonly numberFormat: string;
}

export const TEXT_FORMAT = "@";

/** Excel's serial for a day of the 1900 date system (valid from March 1900 on). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** A month's number from its English name or its first three letters; null otherwise. */
function monthNamed(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => lower === month || lower === month.slice(0, 3));
  return index < 0 ? null : index + 1;
}

/** [entry] Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
const fullYear = (digits: string) => {
  const year = Number(digits);
  return digits.length > 2 ? year : year < 30 ? 2000 + year : 1900 + year;
};

const validDay = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A reading of the entry as a date (and perhaps a time): its serial and the format Excel gives it. */
type Reading = { value: number; format: string };

/**
 * [entry] Dates in the forms Excel accepts in en-US ([#1559]): ISO with "-" or "/" (2018-12-31,
 * [#229]); month/day/year; a year and a month (2025-09, 2025/9, Sep 2025, September-25), which
 * is the first of that month; a day and a month name (31-Dec-2018, Dec 31, 2018); and a month
 * and a day with no year (12/31, Dec-31), which is this year's. Excel's choice of format for
 * each is taken from what it shows after such an entry.
 */
function readDate(text: string): Reading | null {
  const date = (year: number, month: number, day: number, format: string): Reading | null =>
    validDay(year, month, day) && year >= 1900 && year <= 9999 ? { value: dateSerial(year, month, day), format } : null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text))) return date(+m[1], +m[2], +m[3], "m/d/yyyy");
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) return date(+m[1], +m[2], 1, "mmm-yy");
  if ((m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(text))) return date(fullYear(m[3]), +m[1], +m[2], "m/d/yyyy");
  // Month and day with no year: this year's day ([entry]). A month and a four-digit year (9/2025) is that month.
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(text))) return date(+m[2], +m[1], 1, "mmm-yy");
  if ((m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text))) return date(new Date().getUTCFullYear(), +m[1], +m[2], "d-mmm");
  if ((m = /^([a-z]+)\.?[-\s/]+(\d{4}|\d{2})$/i.exec(text))) {
    const month = monthNamed(m[1]);
    // Sep-25 is ambiguous between a day and a year: Excel reads a number up to the month's days as
    // the day of this year, a larger one as a year.
    if (month === null) return null;
    if (m[2].length === 2 && validDay(new Date().getUTCFullYear(), month, +m[2]))
      return date(new Date().getUTCFullYear(), month, +m[2], "d-mmm");
    return date(fullYear(m[2]), month, 1, "mmm-yy");
  }
  if ((m = /^(\d{1,2})[-\s/]([a-z]+)\.?(?:[-\s/,]+(\d{4}|\d{2}))?$/i.exec(text))) {
    const month = monthNamed(m[2]);
    if (month === null) return null;
    return m[3] === undefined
      ? date(new Date().getUTCFullYear(), month, +m[1], "d-mmm")
      : date(fullYear(m[3]), month, +m[1], "d-mmm-yy");
  }
  if ((m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text))) {
    const month = monthNamed(m[1]);
    return month === null ? null : date(+m[3], month, +m[2], "d-mmm-yy");
  }
  return null;
}

/** [entry] Times: 10:30, 10:30:15, 10:30 PM; a fraction of a day. */
function readTime(text: string): Reading | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:\s*([ap])\.?m\.?)?$/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (minutes > 59 || seconds >= 60) return null;
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else if (hours > 23) return null;
  const format = m[4] ? (m[3] ? "h:mm:ss AM/PM" : "h:mm AM/PM") : m[3] ? "h:mm:ss" : "h:mm";
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86_400, format };
}

/** [entry] A date followed by a time: 2018-12-31 10:30. */
function readDateTime(text: string): Reading | null {
  const m = /^(.+?)\s+(\d{1,2}:\d{2}.*)$/.exec(text);
  if (!m) return null;
  const date = readDate(m[1]);
  const time = readTime(m[2]);
  return date && time ? { value: date.value + time.value, format: "m/d/yyyy h:mm" } : null;
}

/**
 * [entry] Numbers as Excel reads typed ones: a sign or parentheses for a negative, a dollar sign
 * before the digits (after a sign too), thousands separators in groups of three, a decimal part,
 * an exponent, leading zeros (00123 is 123), a trailing percent sign, and a mixed fraction (1 1/2).
 */
function readNumber(text: string): Reading | null {
  const fraction = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(text);
  if (fraction && Number(fraction[4]) !== 0) {
    const magnitude = Number(fraction[2]) + Number(fraction[3]) / Number(fraction[4]);
    return { value: fraction[1] === "-" ? -magnitude : magnitude, format: "# ?/?" };
  }
  const m = /^(\()?([+-])?(\$)?([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?(%)?(\))?$/.exec(text);
  if (!m) return null;
  const [, open, sign, dollar, signAfterDollar, whole, decimals = "", exponent, percent, close] = m;
  if (`${whole}${decimals}`.replace(".", "") === "") return null;
  if (Boolean(open) !== Boolean(close) || (open && (sign || signAfterDollar))) return null;
  if (sign && signAfterDollar) return null;
  if (exponent !== undefined && (dollar || percent)) return null;
  let value = Number(`${whole.replace(/,/g, "")}${decimals}${exponent !== undefined ? `e${exponent}` : ""}`);
  if (!Number.isFinite(value)) return null;
  if (percent) value /= 100;
  if (open || sign === "-" || signAfterDollar === "-") value = -value;
  const places = decimals.length > 1 ? ".00" : "";
  const format = percent
    ? `0${places}%`
    : dollar
      ? `$#,##0${places}`
      : exponent !== undefined
        ? "0.00E+00"
        : whole.includes(",")
          ? `#,##0${places}`
          : "General";
  return { value, format };
}

const isDateFormat = (format: string) => /[dmyhs]/i.test(format.replace(/"[^"]*"/g, "")) && !/General/i.test(format);

/**
 * What the cell holds once `input` is written to it, given the number format it has. Non-string
 * values are stored as they are; "" empties the cell.
 */
export function enter(input: string | number | boolean, cellFormat: string): Entered {
  const keep = (value: string | number | boolean, numberFormat = cellFormat): Entered => ({ value, formula: null, numberFormat });
  if (typeof input !== "string" || input === "") return keep(input);
  // [text] A cell formatted as Text keeps what is entered, as typed. Whether a leading
  // apostrophe is then kept too is not documented: the fake keeps it, the reading that would
  // show an add-in writing quote-prefixed text into such a cell.
  if (cellFormat === TEXT_FORMAT) return keep(input);
  // [#6687] The quote prefix keeps the rest as text.
  if (input.startsWith("'")) return keep(input.slice(1));
  const text = input.trim();
  if (input.startsWith("=")) return { value: "", formula: input, numberFormat: cellFormat };
  const number = readNumber(text);
  // [range] "+" or "-" before anything but a number starts a formula. Excel takes a lone sign as
  // text. "@" is not in the reference's list; Excel's entry bar reads it as the implicit
  // intersection operator, so the fake takes it for a formula too, the reading that hurts.
  if (/^[+\-@]./.test(text) && number === null) return { value: "", formula: `=${text}`, numberFormat: cellFormat };
  if (/^(true|false)$/i.test(text)) return keep(text.toLowerCase() === "true");
  const general = /^General$/i.test(cellFormat);
  if (number) return keep(number.value, general ? number.format : cellFormat);
  // A date or a time changes the cell to a date format unless it has one already ([#229]).
  const moment = readDate(text) ?? readTime(text) ?? readDateTime(text);
  if (moment) return keep(moment.value, isDateFormat(cellFormat) ? cellFormat : moment.format);
  return keep(input);
}
