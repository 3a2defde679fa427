/**
 * The ownership record: which managed tables the add-in wrote, under which names, in which
 * language, and from which versions. Stored as a workbook setting and checked when read, like
 * every record the add-in reads back.
 */
import * as v from "valibot";
import { TABLE_NAME } from "../formulas/build";
import { LANGUAGES, type Language } from "../language";
import type { WrittenArea } from "../layout/areas";
import type { AnySheetKey, TableKey } from "../layout/labels";
import { FINGERPRINT_WIDTH, type RowLedger } from "../layout/reconcile";
import { storedSize, storedValue, type Refusal } from "./refusal";

/**
 * The ownership record holds a ledger of every row the add-in wrote, so it is the one record
 * allowed to grow with the data: 1000× the bundled dataset makes about 2.5 MB. Excel on the web
 * takes at most 5 MB per request.
 */
export const MAX_OWNERSHIP_BYTES = 4 * 1024 * 1024;

export const OWNERSHIP_VERSION = 1;

const shortText = v.pipe(v.string(), v.maxLength(64));
const tableName = v.pipe(v.string(), v.regex(TABLE_NAME));

const ledgerSchema = v.object({
  columns: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(64)),
  rows: v.record(v.pipe(v.string(), v.maxLength(255)), v.pipe(v.string(), v.maxLength(64 * 3), v.regex(/^[0-9A-Za-z_-]*$/))),
  marks: v.optional(v.array(v.pipe(v.string(), v.maxLength(320)))),
  messages: v.optional(v.array(v.pipe(v.string(), v.maxLength(320)))),
});

/** A block the add-in wrote outside its tables: its box and its cells' fingerprints (layout/areas.ts). */
const areaSchema = v.pipe(
  v.object({
    row: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_048_575)),
    col: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(16_383)),
    height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_048_576)),
    width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16_384)),
    cells: v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]*$/)),
  }),
  v.check((area) => area.cells.length === area.height * area.width * FINGERPRINT_WIDTH, "one fingerprint per cell"),
);

const OwnershipSchema = v.object({
  version: v.literal(OWNERSHIP_VERSION),
  language: v.picklist(LANGUAGES),
  writtenAt: v.pipe(v.string(), v.isoTimestamp()),
  addinVersion: shortText,
  datasetVersion: shortText,
  tables: v.object({
    deals: v.optional(tableName),
    "ai-share": v.optional(tableName),
    metrics: v.optional(tableName),
  }),
  rows: v.optional(
    v.object({
      deals: v.optional(ledgerSchema),
      "ai-share": v.optional(ledgerSchema),
      metrics: v.optional(ledgerSchema),
    }),
  ),
  areas: v.optional(v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,80}$/)), v.pipe(v.array(areaSchema), v.maxLength(64)))),
});

export interface Ownership {
  version: typeof OWNERSHIP_VERSION;
  language: Language;
  writtenAt: string;
  addinVersion: string;
  datasetVersion: string;
  tables: Partial<Record<TableKey, string>>;
  /** What the add-in wrote in each managed table, row by row (absent in records of earlier versions). */
  rows?: Partial<Record<TableKey, RowLedger>>;
  /** What it wrote outside its tables, by sheet key (absent in records of earlier versions). */
  areas?: Partial<Record<AnySheetKey, readonly WrittenArea[]>>;
}

export interface OwnershipRead {
  /** The record, or null where there is none or it was refused. */
  readonly record: Ownership | null;
  readonly refusal: Refusal | null;
}

export function readOwnership(stored: unknown): OwnershipRead {
  if (stored === null || stored === undefined) return { record: null, refusal: null };
  const refused = (reason: Refusal["reason"]): OwnershipRead => ({
    record: null,
    refusal: { record: "ownership", reason, ignored: 1 },
  });
  if (storedSize(stored) > MAX_OWNERSHIP_BYTES) return refused("tooLarge");
  const value = storedValue(stored);
  const version = typeof value === "object" && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version !== OWNERSHIP_VERSION) return refused("unknownVersion");
  const parsed = v.safeParse(OwnershipSchema, value);
  return parsed.success ? { record: parsed.output, refusal: null } : refused("malformed");
}
