import { en, type StringKey } from "./en";

import type { Language } from "../../domain/language";

export type { StringKey };
export { LANGUAGES, languageFor, type Language } from "../../domain/language";

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" };

type Table = Record<StringKey, string>;

/**
 * English travels with the pane; each Chinese table is its own chunk, fetched when the pane
 * starts in that language (before it renders) or switches to it.
 */
const TABLES: Partial<Record<Language, Table>> = { en };
const LOADERS: Record<Exclude<Language, "en">, () => Promise<Table>> = {
  "zh-CN": () => import(/* webpackChunkName: "strings-zh-cn" */ "./zh-CN").then((m) => m.zhCN),
  "zh-TW": () => import(/* webpackChunkName: "strings-zh-tw" */ "./zh-TW").then((m) => m.zhTW),
};

export const hasStrings = (language: Language): boolean => TABLES[language] !== undefined;

/** Fetches a language's table once; resolves when its translator can be made. */
export async function loadStrings(language: Language): Promise<void> {
  if (language === "en" || TABLES[language]) return;
  TABLES[language] = await LOADERS[language]();
}

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

/** The translate function of a loaded language (see loadStrings). */
export function translator(language: Language): Translate {
  const table = TABLES[language];
  if (!table) throw new Error(`The ${language} strings are not loaded`);
  return tableTranslator(table);
}
