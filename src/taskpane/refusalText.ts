import type { Refusal } from "../domain/stored";
import type { StringKey, Translate } from "./strings";

const REASON_TEXT: Record<Refusal["reason"], StringKey> = {
  malformed: "refusedMalformed",
  unknownVersion: "refusedUnknownVersion",
  tooLarge: "refusedTooLarge",
};

/** What the add-in ignored in a workbook it opened, and why, in the pane's words. */
export function refusalText(refusal: Refusal, t: Translate): string {
  const reason = t(REASON_TEXT[refusal.reason]);
  return refusal.record === "ownership"
    ? t("refusedOwnership", { reason })
    : t("refusedScenarios", { reason, count: refusal.ignored });
}

/** The question asked before a write replaces a refused record. */
export function replaceQuestion(refusal: Refusal, t: Translate): string {
  return refusal.record === "ownership" ? t("confirmReplaceOwnership") : t("confirmReplaceScenarios", { count: refusal.ignored });
}
