import { en, type StringKey } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { StringKey };
export const LANGUAGES = ["en", "zh-CN", "zh-TW"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" };

const TABLES: Record<Language, Record<StringKey, string>> = { en, "zh-CN": zhCN, "zh-TW": zhTW };

/**
 * Maps Office.context.displayLanguage (an RFC 1766 tag such as "zh-HK") to a UI language:
 * Traditional script for TW, HK, MO and zh-Hant; Simplified for other Chinese; else English.
 */
export function languageFor(displayLanguage: string | null | undefined): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (!tag.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(tag) ? "zh-TW" : "zh-CN";
}

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, values) => table[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}
