/**
 * Numbers as analysts type them: "20B", "US$20 billion", "20,000,000,000", "2%", 200億美元,
 * 2百億, full-width digits. One parser for every number field of the pane. It never guesses:
 * text that could mean two numbers ("2,5" in English) or that mixes units is refused with the
 * reason, which the pane words. Pure, and it never throws.
 */
import type { Language } from "./language";

export type NumberProblem =
  | { readonly kind: "empty" }
  /** Characters that are no part of a number: `text` is the first of them. */
  | { readonly kind: "unreadable"; readonly text: string }
  /** A comma that is not a thousands separator: "2,5" could be 2.5 or 25. */
  | { readonly kind: "ambiguousComma" }
  | { readonly kind: "manyDecimalPoints" }
  /** Two scales that do not combine: "2bm", "2B億", "5%萬". */
  | { readonly kind: "mixedUnits" }
  | { readonly kind: "tooLarge" };

export type ParsedNumber = number | NumberProblem;

export const isNumberProblem = (parsed: ParsedNumber): parsed is NumberProblem => typeof parsed !== "number";

export interface ParseOptions {
  /**
   * A rate field: the number is a percentage, with or without its "%" ("2" and "2%" are both
   * 0.02). Elsewhere "%" is still read ("2%" is 0.02), and a bare number is itself.
   */
  readonly percent?: boolean;
}

/** English scale words and letters, case-insensitive. */
const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/** Chinese multipliers, both scripts; combined ones multiply, smaller first: 2百億 is 2 × 100 × 10^8. */
const CHINESE_SCALES: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1e3,
  萬: 1e4,
  万: 1e4,
  億: 1e8,
  亿: 1e8,
  兆: 1e12,
};

const CURRENCY_BEFORE = /^(?:us\$|usd|\$|美元)/i;
const CURRENCY_AFTER = /(?:usd|美元|美金|dollars?)$/i;
const MINUS = /^[-−]/;

/** The digits part, as decimal text without separators: 1,234,567.89 with groups of three, or plain digits. */
function readDigits(digits: string): string | NumberProblem {
  if ((digits.match(/\./g) ?? []).length > 1) return { kind: "manyDecimalPoints" };
  const [whole, fraction] = digits.split(".");
  if (whole.includes(",")) {
    // Thousands groups only: 1 to 3 digits, then groups of exactly three.
    if (!/^\d{1,3}(?:,\d{3})+$/.test(whole)) return { kind: "ambiguousComma" };
  } else if (!/^\d*$/.test(whole)) return { kind: "unreadable", text: whole.replace(/[\d,]/g, "").charAt(0) };
  if (fraction !== undefined && !/^\d*$/.test(fraction))
    return fraction.includes(",")
      ? { kind: "ambiguousComma" }
      : { kind: "unreadable", text: fraction.replace(/\d/g, "").charAt(0) };
  if (whole.replace(/,/g, "") === "" && (fraction ?? "") === "") return { kind: "unreadable", text: digits.charAt(0) || "." };
  return `${whole.replace(/,/g, "") || "0"}.${fraction ?? ""}`;
}

/** The scale after the digits: an English word or letter, Chinese multipliers, or "%". */
function readScale(unit: string): { factor: number; percent: boolean } | NumberProblem {
  if (unit === "") return { factor: 1, percent: false };
  if (unit === "%") return { factor: 0.01, percent: true };
  const english = ENGLISH_SCALES[unit.toLowerCase()];
  if (english !== undefined) return { factor: english, percent: false };
  const chars = [...unit];
  if (chars.every((ch) => ch in CHINESE_SCALES)) {
    const scales = chars.map((ch) => CHINESE_SCALES[ch]);
    // 百億 and 千萬 read as multiples; 億萬 or 萬萬 is not how amounts are written.
    if (scales.some((scale, i) => i > 0 && scale <= scales[i - 1])) return { kind: "mixedUnits" };
    return { factor: scales.reduce((product, scale) => product * scale, 1), percent: false };
  }
  // Two scales that each read ("2bm", "2B億") are mixed units; anything else is unreadable.
  const tokens = /\s*(?:trillion|billion|million|thousand|tn|bn|mn|mm|[kmbt%]|[十百千萬万億亿兆]+)\s*/iy;
  let covered = 0;
  let count = 0;
  for (tokens.lastIndex = 0; tokens.exec(unit) !== null; covered = tokens.lastIndex) count++;
  return covered === unit.length && count > 1 ? { kind: "mixedUnits" } : { kind: "unreadable", text: unit.charAt(covered) };
}

/**
 * Reads what an analyst typed. The pane's language matters for the separators: English and
 * both Chinese scripts write 1,234.5, so a comma is only ever a thousands separator.
 */
export function parseAnalystNumber(text: string, _language: Language, options: ParseOptions = {}): ParsedNumber {
  // NFKC turns full-width digits, signs, % and $ into their ASCII forms: ２０％ is 20%.
  let rest = text.normalize("NFKC").trim();
  if (rest === "") return { kind: "empty" };
  let negative = false;
  if (MINUS.test(rest)) {
    negative = true;
    rest = rest.slice(1).trimStart();
  } else if (rest.startsWith("+")) rest = rest.slice(1).trimStart();
  rest = rest.replace(CURRENCY_BEFORE, "").trimStart();
  // A minus may also follow the currency: US$-5.
  if (!negative && MINUS.test(rest)) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  rest = rest.replace(CURRENCY_AFTER, "").trimEnd();
  const match = /^([\d.,]*)\s*([\s\S]*)$/.exec(rest)!;
  const [, digits, unit] = match;
  if (digits === "") return rest === "" ? { kind: "empty" } : { kind: "unreadable", text: rest.charAt(0) };
  const decimal = readDigits(digits);
  if (typeof decimal !== "string") return decimal;
  const scale = readScale(unit.trim());
  if ("kind" in scale) return scale;
  if (options.percent && scale.factor !== 1 && !scale.percent) return { kind: "mixedUnits" };
  // In a rate field a bare number is a percentage already.
  const factor = options.percent && !scale.percent ? 0.01 : scale.factor;
  // Every scale is a power of ten: shifting the decimal text rounds once, so 2.3B is exactly
  // 2300000000 and 7% exactly 0.07, as typed.
  const result = Number(`${negative ? "-" : ""}${decimal}e${Math.round(Math.log10(factor))}`);
  if (!Number.isFinite(result)) return { kind: "tooLarge" };
  // Excel has no -0.
  return result === 0 ? 0 : result;
}

/**
 * A finite number's shortest exact digits as decimal text, its point moved `shift` places to the
 * right, the whole part grouped in thousands: (1234.5, 0) is "1,234.5"; (0.07, 2) is "7".
 */
function groupedDecimal(value: number, shift: number): string {
  if (value === 0) return "0";
  const [mantissa, exponentText] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText) + shift;
  let whole: string;
  let fraction: string;
  if (exponent >= digits.length - 1) [whole, fraction] = [digits + "0".repeat(exponent - digits.length + 1), ""];
  else if (exponent >= 0) [whole, fraction] = [digits.slice(0, exponent + 1), digits.slice(exponent + 1)];
  else [whole, fraction] = ["0", "0".repeat(-exponent - 1) + digits];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * Every digit of a number, grouped in thousands: what parseAnalystNumber reads back exactly. The
 * three languages write numbers alike (1,234.5).
 */
export function formatAnalystNumber(value: number, _language: Language): string {
  return groupedDecimal(value, 0);
}

/** A rate as its field shows it: 0.02 is "2%". */
export function formatAnalystPercent(value: number, _language: Language): string {
  return `${groupedDecimal(value, 2)}%`;
}
