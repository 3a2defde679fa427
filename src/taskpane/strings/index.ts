import { en, type StringKey } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

import type { Language } from "../../domain/language";

export type { StringKey };
export { LANGUAGES, languageFor, type Language } from "../../domain/language";

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" };

const TABLES: Record<Language, Record<StringKey, string>> = { en, "zh-CN": zhCN, "zh-TW": zhTW };

export type Translate<Key extends string = StringKey> = (key: Key, values?: Record<string, string | number>) => string;

/**
 * Strings a lazily loaded view brings with it, in every language: they travel in the view's
 * chunk, not in the pane's first download. The type makes each language give every key.
 */
export type ViewStrings<Key extends string> = Readonly<Record<Language, Readonly<Record<Key, string>>>>;

/** A translate function over one table: {name} placeholders filled from `values`. */
export function tableTranslator<Key extends string>(table: Readonly<Record<Key, string>>): Translate<Key> {
  return (key, values) => table[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}

export const translator = (language: Language): Translate => tableTranslator(TABLES[language]);
