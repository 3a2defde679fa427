/**
 * Qualifiers: how sure a figure is, as the article words it (約 about, 近 nearly, 超過 more
 * than…). One place for the rule a derived figure follows, the symbol a cell's number format
 * shows, and the words each language uses.
 */
import type { Language } from "../language";
import type { Qualifier } from "./schema";

/**
 * A derived figure is exact only where every input is. Otherwise it is "about": a one-sided
 * qualifier (nearly, more than, at least, up to) does not keep its side through arithmetic
 * (1 − "more than 80%" is less than 20%), so only an approximation is honest. With exact and
 * about inputs this is the loosest qualifier of the inputs.
 */
export function derivedQualifier(inputs: readonly Qualifier[]): Qualifier {
  return inputs.every((q) => q === "exact") ? "exact" : "about";
}

/** The sign a cell's number format puts before the value: the cell stays a number. */
export const QUALIFIER_SIGN: Readonly<Record<Qualifier, string>> = {
  exact: "",
  about: "≈",
  nearly: "<",
  "more-than": ">",
  "at-least": "≥",
  "up-to": "≤",
};

export const QUALIFIER_WORDS: Readonly<Record<Language, Readonly<Record<Qualifier, string>>>> = {
  en: { exact: "exact", about: "about", nearly: "nearly", "more-than": "more than", "at-least": "at least", "up-to": "up to" },
  "zh-CN": { exact: "确切", about: "约", nearly: "近", "more-than": "超过", "at-least": "至少", "up-to": "最多" },
  "zh-TW": { exact: "確切", about: "約", nearly: "近", "more-than": "超過", "at-least": "至少", "up-to": "最多" },
};
