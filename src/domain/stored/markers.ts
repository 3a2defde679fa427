/**
 * What the add-in owns in a workbook. Three records travel with the file:
 * - a hidden defined name per sheet (ComputeAlliances.deals → =Deals!$A$1). Excel keeps a
 *   name pointing at its sheet through renames, and the name is created in the same batch as
 *   the sheet, so a sheet is never left unowned between two round trips;
 * - a hidden defined name per table (ComputeAlliances.table.deals → =Deals[#All]): Excel
 *   rewrites structured references when a table is renamed, so the name gives the table's
 *   current name without another round trip;
 * - a workbook setting with the managed tables' names, the sheets' language, and when and by
 *   which versions they were written.
 */
import { formulaOf, name, partText, wholeTable } from "../formulas/build";
import { parseFormula } from "../formulas/parse";
import type { AnySheetKey, TableKey } from "../layout/labels";
import { SETTING_KEYS } from "./refusal";

export const OWNERSHIP_SETTING = SETTING_KEYS.ownership;
const NAME_PREFIX = "ComputeAlliances.";

/** Defined names allow letters, digits, "_" and "."; a sheet key's "-" becomes "_". Checked by the builder. */
export const sheetMarkerName = (key: AnySheetKey | `table.${TableKey}`) =>
  partText(name(`${NAME_PREFIX}${key.replace(/[^A-Za-z0-9_.]/g, "_")}`));

export const tableMarkerName = (key: TableKey) => sheetMarkerName(`table.${key}`);
export const tableMarkerFormula = (tableName: string) => formulaOf(wholeTable(tableName));

/** The table a table marker's formula refers to (=MyDeals[#All]), or null once the table is gone. */
export function tableOfMarker(formula: string): string | null {
  const parsed = parseFormula(formula);
  return parsed.ok && parsed.node.kind === "structured" && parsed.node.specifier.toLowerCase() === "#all"
    ? parsed.node.table
    : null;
}

/** The sheet a marker name's formula points at (=Deals!$A$1 or ='Compute spend'!$A$1), or null once it is gone. */
export function sheetOfMarker(formula: string): string | null {
  const parsed = parseFormula(formula);
  return parsed.ok && parsed.node.kind === "reference" ? parsed.node.sheet : null;
}
