import { en, type StringKey } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

import type { Language } from "../../domain/language";

export type { StringKey };
export { LANGUAGES, languageFor, type Language } from "../../domain/language";

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" };

const TABLES: Record<Language, Record<StringKey, string>> = { en, "zh-CN": zhCN, "zh-TW": zhTW };

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, values) => table[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}
