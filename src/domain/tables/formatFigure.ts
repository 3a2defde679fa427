/**
 * A figure as the pane shows it, in the reader's language: billions of dollars in English,
 * 亿/億 (10^8) of dollars in Chinese, as the article writes them.
 */
import { toSignificantDigits } from "../dataset/precision";
import { QUALIFIER_WORDS } from "../dataset/qualifier";
import type { MetricUnit, Qualifier } from "../dataset/schema";
import type { Language } from "../language";

const PER: Partial<Record<MetricUnit, Record<"en" | "zh", string>>> = {
  "USD/month": { en: " a month", zh: "/月" },
  "USD/year": { en: " a year", zh: "/年" },
};

function number(value: number, digits: number, language: Language): string {
  return value.toLocaleString(language === "en" ? "en-US" : language, { maximumFractionDigits: digits });
}

const HUNDRED_MILLION: Record<Language, string> = { en: "", "zh-CN": "亿", "zh-TW": "億" };
const MONTHS: Record<Language, string> = { en: " months", "zh-CN": "个月", "zh-TW": "個月" };

/**
 * A figure with the article's qualifier before it: "nearly 10.0%", "近10.0%"; an exact one bare.
 * `significantDigits` rounds a derived figure to the digits its inputs support ("about US$3.7B").
 */
export function qualifiedFigure(
  value: number,
  unit: MetricUnit,
  qualifier: Qualifier | null,
  language: Language,
  significantDigits: number | null = null,
): string {
  const figure = formatFigure(toSignificantDigits(value, significantDigits), unit, language);
  if (qualifier === null || qualifier === "exact") return figure;
  return `${QUALIFIER_WORDS[language][qualifier]}${language === "en" ? " " : ""}${figure}`;
}

export function formatFigure(value: number, unit: MetricUnit, language: Language): string {
  const zh = language !== "en";
  switch (unit) {
    case "USD":
    case "USD/month":
    case "USD/year": {
      const per = PER[unit]?.[zh ? "zh" : "en"] ?? "";
      if (zh) {
        const hundredMillions = Math.abs(value) >= 1e8;
        return `${number(hundredMillions ? value / 1e8 : value, 2, language)}${hundredMillions ? HUNDRED_MILLION[language] : ""}美元${per}`;
      }
      return Math.abs(value) >= 1e9 ? `US$${number(value / 1e9, 2, language)}B${per}` : `US$${number(value, 2, language)}${per}`;
    }
    case "fraction":
      return `${number(value * 100, 1, language)}%`;
    case "ratio":
      return `${number(value, 2, language)}×`;
    case "months":
      return `${number(value, 1, language)}${MONTHS[language]}`;
    case "years":
      return zh ? `${number(value, 1, language)}年` : `${number(value, 1, language)} years`;
    case "GW":
      return `${number(value, 2, language)} GW`;
    case "count":
      return number(value, 0, language);
  }
}
