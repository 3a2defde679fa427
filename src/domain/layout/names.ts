/**
 * Naming decided by the layout: where a sheet or table name the add-in wants is taken by
 * something of the analyst's, it writes under the first free variant: "Deals (2)" for a
 * sheet, "Deals_2" for a table (table names allow no spaces or brackets).
 */
export type NamedThing = "sheet" | "table";

const VARIANT: Record<NamedThing, (wanted: string, n: number) => string> = {
  sheet: (wanted, n) => `${wanted} (${n})`,
  table: (wanted, n) => `${wanted}_${n}`,
};

/** The wanted name, or its first variant not in `taken` (lower-cased names: Excel ignores case). */
export function freshName(kind: NamedThing, wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = VARIANT[kind](wanted, n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A sheet name Excel accepts, from any text: none of \ / ? * : [ ], no apostrophe at either
 * end, not the reserved "History", at most 31 characters, and never empty.
 */
export function safeSheetName(wanted: string): string {
  const cleaned = [...wanted.replace(/[\\/?*:[\]]/g, " ")]
    .filter((ch) => ch >= " ") // control characters
    .slice(0, 31)
    .join("")
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" || cleaned.toLowerCase() === "history" ? "Sheet" : cleaned;
}
