/**
 * What the add-in reads back from a workbook is untrusted: a file may come from a colleague, a
 * client or a stranger, and from another tool or version. Every record it stores is checked
 * against its schema when read; what fails is refused and reported, never repaired silently
 * and never written over without the analyst's word.
 */

/** The records the add-in keeps in a workbook's settings. */
export type StoredRecord = "scenarios" | "ownership";

export type RefusalReason =
  /** Not the shape this add-in writes: another tool's, or damaged. */
  | "malformed"
  /** A version of the record this add-in does not know (a newer add-in's). */
  | "unknownVersion"
  /** Over the size this add-in ever writes. */
  | "tooLarge";

export interface Refusal {
  readonly record: StoredRecord;
  readonly reason: RefusalReason;
  /** How many entries were ignored; 1 for a record refused whole. */
  readonly ignored: number;
}

/**
 * The largest scenario list the add-in reads back, as JSON: far more than it writes, and far
 * under the 5 MB a write request may carry. (The ownership record has its own limit.)
 */
export const MAX_RECORD_BYTES = 64 * 1024;

/** The size of a stored value as the host keeps it (JSON text); Infinity for what JSON cannot hold. */
export function storedSize(value: unknown): number {
  let text: string | undefined;
  try {
    text = typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return Infinity; // a cycle or a BigInt: nothing the host would hand back
  }
  return text === undefined ? 0 : utf8Length(text);
}

/** UTF-8 bytes of a text, counted rather than encoded: no TextEncoder needed, no copy made. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Settings may hold a value or its JSON text: either way, the value. */
export function storedValue(stored: unknown): unknown {
  if (typeof stored !== "string") return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}

/** The settings the add-in keeps in a workbook, by record. */
export const SETTING_KEYS: Readonly<Record<StoredRecord, string>> = {
  ownership: "ComputeAlliances.ownership",
  scenarios: "ComputeAlliances.scenarios",
};

/**
 * A write would replace a stored record that was refused when read. The add-in never does that
 * without the analyst's word: the pane asks, then writes with `replaceRefused`.
 */
export class RefusedRecordError extends Error {
  override readonly name = "RefusedRecordError";
  constructor(readonly refusal: Refusal) {
    super(`the workbook's ${refusal.record} record was refused (${refusal.reason}); it is replaced only after asking`);
  }
}
