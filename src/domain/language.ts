/** The languages the add-in writes and shows: English, Simplified and Traditional Chinese. */
export const LANGUAGES = ["en", "zh-CN", "zh-TW"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Maps an RFC 1766 tag such as Office.context.displayLanguage ("zh-HK") to a language:
 * Traditional script for TW, HK, MO and zh-Hant; Simplified for other Chinese; else English.
 */
export function languageFor(tag: string | null | undefined): Language {
  const lower = (tag ?? "").toLowerCase();
  if (!lower.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(lower) ? "zh-TW" : "zh-CN";
}
