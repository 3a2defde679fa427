/**
 * Qualifiers: how sure a figure is, as the article words it (約 about, 近 nearly, 超過 more
 * than…). One place for the rule a derived figure follows, the symbol a cell's number format
 * shows, and the words each language uses.
 */
import type { Language } from "../language";
import { toSignificantDigits } from "./precision";
import type { Qualifier } from "./schema";

/**
 * A derived figure is exact only where every input is, and where its value needs no more
 * significant digits than its inputs give (precision.ts): 135億 / 6 is 22.5億, exact, but
 * 43億 / 1.16 is 37.07…億, which two-digit inputs cannot support, so it is about 37億.
 * Otherwise it is "about": a one-sided qualifier (nearly, more than, at least, up to) does not
 * keep its side through arithmetic (1 − "more than 80%" is less than 20%), so only an
 * approximation is honest. With exact and about inputs this is the loosest of the inputs.
 */
export function derivedQualifier(inputs: readonly Qualifier[], value: number, significantDigits: number | null): Qualifier {
  if (!inputs.every((q) => q === "exact")) return "about";
  const supported = toSignificantDigits(value, significantDigits);
  return Math.abs(supported - value) <= Math.abs(value) * 1e-12 ? "exact" : "about";
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

/** A deal's qualifier in words; empty where the deal has no figure, and so no qualifier. */
export function qualifierWords(language: Language, qualifier: Qualifier | null): string {
  return qualifier === null ? "" : QUALIFIER_WORDS[language][qualifier];
}

export const QUALIFIER_WORDS: Readonly<Record<Language, Readonly<Record<Qualifier, string>>>> = {
  en: { exact: "exact", about: "about", nearly: "nearly", "more-than": "more than", "at-least": "at least", "up-to": "up to" },
  "zh-CN": { exact: "确切", about: "约", nearly: "近", "more-than": "超过", "at-least": "至少", "up-to": "最多" },
  "zh-TW": { exact: "確切", about: "約", nearly: "近", "more-than": "超過", "at-least": "至少", "up-to": "最多" },
};
