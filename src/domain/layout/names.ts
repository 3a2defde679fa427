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
