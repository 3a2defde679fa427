/**
 * What the add-in owns in a workbook. Two records travel with the file:
 * - a hidden defined name per sheet (ComputeAlliances.deals → =Deals!$A$1). Excel keeps a
 *   name pointing at its sheet through renames, and the name is created in the same batch as
 *   the sheet, so a sheet is never left unowned between two round trips;
 * - a hidden defined name per table (ComputeAlliances.table.deals → =Deals[#All]): Excel
 *   rewrites structured references when a table is renamed, so the name gives the table's
 *   current name without another round trip;
 * - a workbook setting with the managed tables' names, the sheets' language, and when and by
 *   which versions they were written.
 */
import type { Language } from "../domain/language";
import type { SheetKey, TableKey } from "../domain/layout/labels";

export const OWNERSHIP_SETTING = "ComputeAlliances.ownership";
const NAME_PREFIX = "ComputeAlliances.";

export interface Ownership {
  version: 1;
  language: Language;
  writtenAt: string;
  addinVersion: string;
  datasetVersion: string;
  tables: Partial<Record<TableKey, string>>;
}

/** Defined names allow letters, digits, "_" and "."; a sheet key's "-" becomes "_". */
export const sheetMarkerName = (key: SheetKey | string) => `${NAME_PREFIX}${key.replace(/[^A-Za-z0-9_.]/g, "_")}`;

export const tableMarkerName = (key: TableKey) => sheetMarkerName(`table.${key}`);
export const tableMarkerFormula = (tableName: string) => `=${tableName}[#All]`;

/** The table a table marker's formula refers to (=MyDeals[#All]), or null once the table is gone. */
export function tableOfMarker(formula: string): string | null {
  return /^=([^[\]!'"=#\s]+)\[#All\]$/i.exec(formula)?.[1] ?? null;
}

/** The sheet a marker name's formula points at: =Deals!$A$1 or ='Compute spend'!$A$1. */
export function sheetOfMarker(formula: string): string | null {
  const match = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Reads a stored record, or null when there is none or it is not one we can trust. */
export function parseOwnership(stored: unknown): Ownership | null {
  const value = typeof stored === "string" ? safeJson(stored) : stored;
  if (typeof value !== "object" || value === null) return null;
  const record = value as Ownership;
  if (record.version !== 1 || typeof record.tables !== "object" || record.tables === null) return null;
  if (!Object.values(record.tables).every((name) => typeof name === "string")) return null;
  return record;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
