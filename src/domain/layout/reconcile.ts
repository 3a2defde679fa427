/**
 * Refresh of one managed table, as a pure function: the table as it is in the workbook, the
 * plan, and the ledger of what the add-in wrote there last time give the writes to make, what to
 * report, and the next ledger. The rule: the add-in changes only what it wrote and still owns.
 *
 * - A row is the add-in's when its key is in the ledger (the first row with that key). Every
 *   other row, an empty key's included, is the analyst's: kept where it is, untouched, counted as
 *   "yours". An analyst's row whose key a new dataset row also has is a clash: the dataset row is
 *   added as a new row, the analyst's is left alone.
 * - Rows stay where they are: the add-in's rows are updated in place (a sort or a filter stays),
 *   its rows the dataset no longer has are removed, new dataset rows go at the end.
 * - A managed cell whose content is no longer what the add-in wrote is the analyst's override:
 *   kept, and reported with the dataset's value; a conflict where the dataset's value changed
 *   too. Typed back to the dataset's value, it is the add-in's again.
 * - The analyst's columns keep their cells; a column whose every cell holds the same formula is
 *   a calculated column and fills the new rows too. Managed headers are written in the plan's
 *   language; the analyst's are not written at all.
 * Cells left as they are come back as null: the host leaves a null cell unchanged.
 */
import { heldValue, type CellValue } from "../cells";
import { coercedFrom } from "./coercedText";
import { isAnalystMessage, type InputMessage } from "./labels";
import { HEADER_TO_KEY } from "./tableWords";
import { columnLetters, plannedFormat, resolveRowReferences, type PlannedNote, type PlannedRow, type TablePlan } from "./plan";

export interface TableOnSheet {
  readonly headers: readonly CellValue[];
  /** Formulas (or constants) of the data body, row by row. */
  readonly body: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Zero-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
}

/**
 * A table as the host hands it back: its header row, then its body (formulas or constants), the
 * body's number formats, and where its header row starts. An empty table's body reads back as
 * one blank row, which is no row.
 */
export function tableRead(
  rows: readonly (readonly CellValue[])[],
  bodyFormats: readonly (readonly string[])[],
  top: number,
  left: number,
): TableOnSheet {
  const [headers, ...body] = rows;
  const empty = body.length === 1 && body[0].every((cell) => cell === "");
  return { headers, body: empty ? [] : body, numberFormats: bodyFormats, top, left };
}

/** What refresh does to a table whose key column is gone: nothing; its rows stay as they are. */
export const untouched = (current: TableOnSheet): RowCounts => ({
  added: 0,
  updated: 0,
  removed: 0,
  unchanged: current.body.length,
  yours: 0,
});

/**
 * What the add-in wrote into a table: for each row key, a fingerprint of each managed cell but
 * the key (in `columns` order), FINGERPRINT_WIDTH characters each, enough to tell which cell the
 * analyst changed since, then one more of the row's cell notes. Compact on purpose: 1000× the
 * bundled dataset makes about 2.5 MB.
 */
export interface RowLedger {
  readonly columns: readonly string[];
  readonly rows: Readonly<Record<string, string>>;
  /** The overrides the add-in marked in the sheet, as "key\tcolumn": unmarked once they are not. */
  readonly marks?: readonly string[];
  /** Those of the marks whose cell had the analyst's own input message, kept in place of the add-in's note. */
  readonly messages?: readonly string[];
}

/** A cell of the table's body after the removals, by row and column index. */
export interface BodyCell {
  readonly row: number;
  readonly col: number;
}

/** A cell whose note (and italics, for an inferred value) is written. */
export interface NotedCell extends BodyCell {
  readonly note: PlannedNote;
}

/** An override to mark in the sheet, where it sits now. */
export interface MarkedCell extends BodyCell {
  readonly override: Override;
  /** The cell has the analyst's own input message: kept, and the add-in's note not written. */
  readonly keepMessage: boolean;
}

/** A cell marked for the first time, whose input message is to be read before it is marked: where it is before the write. */
export interface MessageToRead {
  readonly key: string;
  readonly column: string;
  /** Its row in the table's body as it is now (before any row is removed), and its column. */
  readonly bodyRow: number;
  readonly col: number;
}

/** The input messages read for cells marked for the first time, by "key\tcolumn"; null where the cell has none. */
export type MessagesRead = ReadonlyMap<string, InputMessage | null>;

export interface RowCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** The analyst's own rows, kept as they are. */
  yours: number;
}

/** A managed cell the analyst changed: kept, and reported with both values. */
export interface Override {
  readonly key: string;
  readonly column: string;
  readonly yours: CellValue;
  readonly dataset: CellValue;
  /** The dataset's value changed too since the add-in last wrote the cell. */
  readonly conflict: boolean;
}

export interface ReconciledTable {
  /** The header row to write: null where the header is the analyst's and stays as it is. */
  readonly headers: (CellValue | null)[];
  /** Indices of body rows to remove, in ascending order. Removed first, bottom-up. */
  readonly removed: number[];
  /** The rows that stay, in their order after the removals: null cells are left as they are. */
  readonly kept: (CellValue | null)[][];
  readonly keptFormats: (string | null)[][];
  /** Rows to add at the end, every cell written. */
  readonly appended: CellValue[][];
  readonly appendedFormats: string[][];
  readonly counts: RowCounts;
  readonly overrides: Override[];
  /** Keys of analyst rows that a dataset row also has. */
  readonly clashes: string[];
  /** Planned columns the analyst removed from the table: left out, not put back. */
  readonly missingColumns: string[];
  /** Headers of the planned columns the add-in adds at the table's right end (new in this version). */
  readonly addedColumns: string[];
  /** Overrides to mark in the sheet, and cells whose mark goes (no longer overrides). */
  readonly mark: MarkedCell[];
  /** `keepMessage` where the analyst's input message stays on the cell: only its fill goes. */
  readonly unmark: (BodyCell & { readonly keepMessage: boolean })[];
  /** Cells marked for the first time whose input message has not been read: read them, then reconcile again. */
  readonly messagesToRead: MessageToRead[];
  /**
   * Notes to write (rows added, rows whose notes changed, overrides given back), and cells of
   * the add-in's rows whose notes changed that have none now: their note and italics go.
   */
  readonly noted: NotedCell[];
  readonly unnoted: BodyCell[];
  readonly ledger: RowLedger;
}

/** The table as it will be once empty columns with these headers are added at its right end. */
function withColumns(table: TableOnSheet, headers: readonly string[]): TableOnSheet {
  if (headers.length === 0) return table;
  const blank = headers.map(() => "");
  return {
    ...table,
    headers: [...table.headers, ...headers],
    body: table.body.map((row) => [...row, ...blank]),
    numberFormats: table.numberFormats.map((row) => [...row, ...headers.map(() => "General")]),
  };
}

/** The table has lost the column its rows are matched by, so it cannot be refreshed. */
export class MergeError extends Error {
  constructor(
    table: string,
    readonly column: string,
  ) {
    super(`table ${table} has lost its ${column} column`);
  }
}

const FINGERPRINT_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
/** Characters per cell: 18 bits, so an edit goes unnoticed about once in 262,144 edited cells. */
export const FINGERPRINT_WIDTH = 3;

/** FNV-1a over the text, 18 bits of it in three characters: a fingerprint, not a secret. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let out = "";
  for (let n = 0; n < FINGERPRINT_WIDTH; n++) out += FINGERPRINT_ALPHABET[(h >>> (6 * n)) & 63];
  return out;
}

/** A row's fingerprints in the ledger's form, the key's column left out, and its notes' fingerprint last. */
const joined = (fingerprints: readonly string[], keyIndex: number, row: PlannedRow) =>
  fingerprints.filter((_, i) => i !== keyIndex).join("") + notesFingerprint(row);
/** One fingerprint of every note of a row: a refresh writes a row's notes only when it changes. */
const notesFingerprint = (row: PlannedRow) => hash(JSON.stringify(row.notes ?? []));
/** The notes' fingerprint of a ledger row with `columns` cells; "" in a ledger written before notes. */
const notesAt = (row: string, columns: number) => row.slice(columns * FINGERPRINT_WIDTH);
/** One cell's fingerprint from a ledger row, by its index among the ledger's columns. */
const fingerprintAt = (row: string, index: number) =>
  index < 0 ? undefined : row.slice(index * FINGERPRINT_WIDTH, (index + 1) * FINGERPRINT_WIDTH) || undefined;
/** The ledger's columns: the plan's, but the key. */
const ledgerColumns = (plan: TablePlan) => plan.columns.map((c) => c.key).filter((key) => key !== plan.keyColumn);

/** A table's name and its bracketed specifier, one level of nesting deep (Deals[[#All],[id]]). */
const STRUCTURED_REFERENCE = /[\p{L}_\\][\p{L}\p{N}_.\\]*\[(?:[^[\]]|\[[^\]]*\])*\]/gu;

/**
 * A cell's fingerprint. Formulas are taken by shape, their cell references blanked: Excel moves
 * a derived value's references when rows are removed or sorted, and that is not the analyst's
 * edit. Numbers are taken to 15 digits, as Excel keeps them.
 */
export function cellFingerprint(cell: CellValue): string {
  if (typeof cell === "number") return hash(`n${Number(cell.toPrecision(15))}`);
  // A structured reference (Deals[payer]) is blanked too: Excel rewrites it when the analyst
  // renames the table or a column, and the Money map's formulas hold them.
  if (typeof cell === "string" && cell.startsWith("="))
    return hash(`f${cell.replace(STRUCTURED_REFERENCE, "#[]").replace(/\$?[A-Z]{1,3}\$?\d+/g, "#")}`);
  return hash(`${typeof cell}${String(cell)}`);
}

/** A planned cell's fingerprint: that of the cell Excel holds once it is written (quoted text without its apostrophe). */
export const plannedFingerprint = (planned: CellValue) => cellFingerprint(heldValue(planned));

const EMPTY_FINGERPRINT = cellFingerprint("");

/**
 * Excel hands back "" for an empty cell and numbers as numbers; compare a planned cell with the
 * one read as Excel holds it.
 */
function sameCell(planned: CellValue, b: CellValue | undefined): boolean {
  const a = heldValue(planned);
  return (
    a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)))
  );
}

/**
 * The ledger to hold while a write is under way, written before it and replaced by `next` once
 * it is done. Every row the add-in wrote before stays in it as it wrote it (each cell by its
 * column), so that the next refresh takes neither a cell the write did not reach for the
 * analyst's edit, nor a row it did not remove yet for the analyst's row; a row the write adds
 * is in it already, so that the next refresh does not take that for the analyst's either.
 */
export function provisionalLedger(previous: RowLedger | null, next: RowLedger): RowLedger {
  if (!previous) return next;
  const previousIndex = next.columns.map((column) => previous.columns.indexOf(column));
  const asWrittenBefore = (before: string, row: string | undefined) =>
    // A column the add-in did not write before: as planned now, or empty in a row it removes.
    previousIndex
      .map((index, c) => fingerprintAt(before, index) ?? (row && fingerprintAt(row, c)) ?? EMPTY_FINGERPRINT)
      .join("") + notesAt(before, previous.columns.length);
  const rows: Record<string, string> = { ...next.rows };
  for (const [key, before] of Object.entries(previous.rows)) rows[key] = asWrittenBefore(before, next.rows[key]);
  const marks = [...new Set([...(previous.marks ?? []), ...(next.marks ?? [])])];
  const messages = [...new Set([...(previous.messages ?? []), ...(next.messages ?? [])])];
  return { columns: next.columns, rows, ...(marks.length > 0 && { marks }), ...(messages.length > 0 && { messages }) };
}

/**
 * The size, as JSON, of the ledger the add-in writes for a plan, without hashing its cells: each
 * row's key, quoted, and one fingerprint per managed cell but the key, plus one for its notes.
 */
export function ledgerBytes(plan: TablePlan): number {
  const keyCol = plan.columns.findIndex((c) => c.key === plan.keyColumn);
  const perRow = plan.columns.length * FINGERPRINT_WIDTH + '"":"",'.length;
  return plan.rows.reduce((sum, row) => sum + String(row.cells[keyCol]).length + perRow, 0);
}

/** The ledger of a table written whole from its plan (an insert, or a table written again). */
export function plannedLedger(plan: TablePlan, top: number, left: number): RowLedger {
  const valueCol = plan.columns.findIndex((c) => c.key === "value");
  const rowOf = new Map(plan.rows.map((row, index) => [row.id, index]));
  const keyCol = plan.columns.findIndex((c) => c.key === plan.keyColumn);
  const addressOf = (id: string) => `$${columnLetters(left + valueCol)}$${top + 2 + rowOf.get(id)!}`;
  return {
    columns: ledgerColumns(plan),
    rows: Object.fromEntries(
      plan.rows.map((row) => [
        String(row.cells[keyCol]),
        joined(
          row.cells.map((cell) => plannedFingerprint(resolveRowReferences(cell, addressOf))),
          keyCol,
          row,
        ),
      ]),
    ),
  };
}

/**
 * Whether a table a marker name (or the record) points at holds what the add-in wrote: most of
 * the plan's headers, in any language; and, where it has the key column and rows, a row whose
 * key the add-in wrote (by the ledger, or without one by the plan) whose managed cells mostly
 * hold what it wrote. A defined name anyone can write says where to look; this says whether
 * the add-in wrote there.
 */
export function tableProof(plan: TablePlan, found: TableOnSheet, ledger: RowLedger | null): boolean {
  const keyAt = found.headers.map((header) => HEADER_TO_KEY.get(String(header)) ?? null);
  const planned = plan.columns.map((c) => c.key);
  if (2 * planned.filter((key) => keyAt.includes(key)).length < planned.length) return false;
  const keyColumn = keyAt.indexOf(plan.keyColumn);
  if (keyColumn < 0 || found.body.length === 0) return true;
  const planByKey = new Map(plan.rows.map((row) => [String(row.cells[planned.indexOf(plan.keyColumn)]), row]));
  const ledgerColumn = new Map((ledger?.columns ?? []).map((key, i) => [key, i]));
  return found.body.some((row) => {
    const key = String(row[keyColumn] ?? "").trim();
    const recorded = ledger?.rows[key];
    const planRow = planByKey.get(key);
    if (ledger ? recorded === undefined : planRow === undefined) return false;
    let agree = 0;
    let compared = 0;
    row.forEach((cell, c) => {
      const column = keyAt[c];
      if (column === null || column === plan.keyColumn || !planned.includes(column)) return;
      const wrote =
        recorded === undefined
          ? plannedFingerprint(planRow!.cells[planned.indexOf(column)])
          : fingerprintAt(recorded, ledgerColumn.get(column) ?? -1);
      if (wrote === undefined) return;
      compared++;
      if (cellFingerprint(cell) === wrote) agree++;
    });
    return 2 * agree >= compared;
  });
}

/** Overrides the analyst asked to give back to the dataset: all of them, or these cells. */
export type Restore = "all" | readonly { readonly key: string; readonly column: string }[];

/**
 * @param ledger what the add-in wrote last time; null for a table written before ledgers, whose
 *   rows are taken as the add-in's where their key is one the dataset has.
 * @param restore overrides to replace with the dataset's value (the pane's Restore, after asking).
 */
export function reconcileTable(
  plan: TablePlan,
  found: TableOnSheet,
  ledger: RowLedger | null,
  restore: Restore = [],
  messages?: MessagesRead,
): ReconciledTable {
  const restored = (key: string, column: string) =>
    restore === "all" || restore.some((cell) => cell.key === key && cell.column === column);
  // A column of the plan that the add-in never wrote here (a newer version's) is added at the
  // table's right end; one it wrote that is gone is the analyst's removal, and stays removed.
  const foundKeys = new Set(found.headers.map((header) => HEADER_TO_KEY.get(String(header))));
  const newColumns = ledger
    ? plan.columns.filter((c) => c.key !== plan.keyColumn && !foundKeys.has(c.key) && !ledger.columns.includes(c.key))
    : [];
  const current = withColumns(
    found,
    newColumns.map((c) => c.header),
  );
  const keyAt = current.headers.map((header) => HEADER_TO_KEY.get(String(header)) ?? null);
  const keyColumn = keyAt.indexOf(plan.keyColumn);
  if (keyColumn < 0) throw new MergeError(plan.name, plan.keyColumn);
  const plannedIndex = new Map(plan.columns.map((column, i) => [column.key, i]));
  const managed = keyAt.map((key) => (key !== null && plannedIndex.has(key) ? plannedIndex.get(key)! : -1));
  const missingColumns = plan.columns.filter((c) => !keyAt.includes(c.key)).map((c) => c.key);
  const plannedKeyColumn = plannedIndex.get(plan.keyColumn)!;
  const plannedKey = (row: PlannedRow) => String(row.cells[plannedKeyColumn]);
  const planByKey = new Map(plan.rows.map((row) => [plannedKey(row), row]));
  const width = current.headers.length;

  // Whose is each row?
  const keyOf = (row: readonly CellValue[]) => String(row[keyColumn] ?? "").trim();
  const claimed = new Set<string>();
  const ours = current.body.map((row) => {
    const key = keyOf(row);
    const isOurs = key !== "" && !claimed.has(key) && (ledger ? key in ledger.rows : planByKey.has(key));
    if (isOurs) claimed.add(key);
    return isOurs;
  });
  const removed = current.body.flatMap((row, i) => (ours[i] && !planByKey.has(keyOf(row)) ? [i] : []));
  const removedSet = new Set(removed);
  const staying = current.body.map((_, i) => i).filter((i) => !removedSet.has(i));
  const clashes = current.body.filter((row, i) => !ours[i] && planByKey.has(keyOf(row)) && !claimed.has(keyOf(row))).map(keyOf);
  const appendedPlans = plan.rows.filter((row) => !claimed.has(plannedKey(row)));

  // Where each of the add-in's rows ends up, for the formulas that name another row ({row-id}).
  const finalIndex = new Map<string, number>();
  staying.forEach((i, position) => ours[i] && finalIndex.set(keyOf(current.body[i]), position));
  appendedPlans.forEach((row, n) => finalIndex.set(plannedKey(row), staying.length + n));
  const valueCol = plannedIndex.get("value");
  const addressOf = (id: string) => {
    const index = finalIndex.get(id);
    if (index === undefined || valueCol === undefined) throw new Error(`Table ${plan.name} has no value for row ${id}`);
    return `$${columnLetters(current.left + valueCol)}$${current.top + 2 + index}`;
  };
  const plannedCells = (row: PlannedRow) => row.cells.map((cell) => resolveRowReferences(cell, addressOf));
  const formatOf = (row: PlannedRow, c: number) => plannedFormat(plan, row, c);

  const ledgerColumn = new Map((ledger?.columns ?? []).map((key, i) => [key, i]));
  const counts: RowCounts = { added: appendedPlans.length, updated: 0, removed: removed.length, unchanged: 0, yours: 0 };
  const overrides: Override[] = [];
  const nextRows: Record<string, string> = {};

  const mark: MarkedCell[] = [];
  const messagesToRead: MessageToRead[] = [];
  const previousMarks = new Set(ledger?.marks ?? []);
  const keptMessages = new Set(ledger?.messages ?? []);
  /** Whether an override keeps the analyst's input message: as decided when it was first marked, or from the one read. */
  const keepsMessage = (id: string, key: string, column: string, bodyRow: number, col: number) => {
    if (previousMarks.has(id)) return keptMessages.has(id);
    if (messages?.has(id)) return isAnalystMessage(messages.get(id) ?? null);
    messagesToRead.push({ key, column, bodyRow, col });
    return false;
  };
  const noted: NotedCell[] = [];
  const unnoted: BodyCell[] = [];
  const cellOf = new Map<string, BodyCell>();
  const noteOf = (row: PlannedRow, c: number) => (managed[c] >= 0 ? (row.notes?.[managed[c]] ?? null) : null);
  const kept = staying.map((i, position) => {
    const row = current.body[i];
    if (!ours[i]) {
      counts.yours++;
      return row.map(() => null);
    }
    const key = keyOf(row);
    const planRow = planByKey.get(key)!;
    const planned = plannedCells(planRow);
    const recorded = ledger?.rows[key];
    const fingerprints = planned.map(plannedFingerprint);
    let changed = false;
    const cells = row.map((cell, c) => {
      const p = managed[c];
      if (p < 0) return null;
      cellOf.set(`${key}\t${plan.columns[p].key}`, { row: position, col: c });
      if (sameCell(planned[p], cell)) return null;
      const was = recorded === undefined ? undefined : fingerprintAt(recorded, ledgerColumn.get(plan.columns[p].key) ?? -1);
      // What an earlier version wrote as text into a General cell, and Excel turned into a value:
      // the add-in's still, written again as text.
      const coerced = was === fingerprints[p] && coercedFrom(planned[p], cell);
      // Not what the add-in wrote last: the analyst's value, kept.
      if (was !== undefined && cellFingerprint(cell) !== was && !coerced && !restored(key, plan.columns[p].key)) {
        const override = {
          key,
          column: plan.columns[p].key,
          yours: cell,
          dataset: planned[p],
          conflict: fingerprints[p] !== was,
        };
        overrides.push(override);
        const id = `${key}\t${plan.columns[p].key}`;
        mark.push({ row: position, col: c, override, keepMessage: keepsMessage(id, key, plan.columns[p].key, i, c) });
        fingerprints[p] = was;
        return null;
      }
      changed = true;
      return planned[p];
    });
    if (changed) counts.updated++;
    else counts.unchanged++;
    nextRows[key] = joined(fingerprints, plannedKeyColumn, planRow);
    if (recorded === undefined || notesAt(recorded, ledgerColumn.size) !== notesFingerprint(planRow)) {
      const overridden = new Set(mark.filter((m) => m.row === position).map((m) => m.col));
      row.forEach((_, c) => {
        if (managed[c] < 0 || overridden.has(c)) return;
        const note = noteOf(planRow, c);
        if (note) noted.push({ row: position, col: c, note });
        else unnoted.push({ row: position, col: c });
      });
    }
    return cells;
  });
  const keptFormats = staying.map((i, position) =>
    kept[position].map((cell, c) =>
      cell === null || managed[c] < 0 ? null : formatOf(planByKey.get(keyOf(current.body[i]))!, managed[c]),
    ),
  );

  // A calculated column (every cell the same formula) fills the new rows too.
  const calculated = current.headers.map((_, c) => {
    if (managed[c] >= 0 || current.body.length === 0) return "";
    const first = current.body[0][c];
    return typeof first === "string" && first.startsWith("=") && current.body.every((row) => row[c] === first) ? first : "";
  });
  const appended = appendedPlans.map((row, n) => {
    const planned = plannedCells(row);
    nextRows[plannedKey(row)] = joined(planned.map(plannedFingerprint), plannedKeyColumn, row);
    for (let c = 0; c < width; c++) {
      const note = noteOf(row, c);
      if (note) noted.push({ row: staying.length + n, col: c, note });
    }
    return Array.from({ length: width }, (_, c) => (managed[c] >= 0 ? planned[managed[c]] : calculated[c]));
  });
  const appendedFormats = appendedPlans.map((row) =>
    Array.from({ length: width }, (_, c) =>
      managed[c] >= 0 ? formatOf(row, managed[c]) : (current.numberFormats[0]?.[c] ?? "General"),
    ),
  );

  // A cell marked as an override last time and no longer one (restored, or typed back) loses its mark.
  const marks = overrides.map((o) => `${o.key}\t${o.column}`);
  const unmark = (ledger?.marks ?? [])
    .filter((m) => !marks.includes(m))
    .flatMap((m) => {
      const cell = cellOf.get(m);
      return cell ? [{ ...cell, keepMessage: keptMessages.has(m) }] : [];
    });
  // A cell given back to the dataset gets its own note again, unless the analyst's message is there.
  for (const cell of unmark) {
    if (cell.keepMessage) continue;
    const key = keyOf(current.body[staying[cell.row]]);
    const note = noteOf(planByKey.get(key)!, cell.col);
    if (note && !noted.some((n) => n.row === cell.row && n.col === cell.col)) noted.push({ ...cell, note });
  }

  const withMessages = mark.filter((m) => m.keepMessage).map((m) => `${m.override.key}\t${m.override.column}`);

  // Managed headers are rewritten in the plan's language; the analyst's are not written at all
  // (null leaves a cell as it is), so their text is never read back in as a formula.
  const headers = current.headers.map((_, c) => (managed[c] >= 0 ? plan.columns[managed[c]].header : null));
  return {
    headers,
    removed,
    kept,
    keptFormats,
    appended,
    appendedFormats,
    counts,
    overrides,
    clashes,
    missingColumns,
    addedColumns: newColumns.map((c) => c.header),
    mark,
    unmark,
    messagesToRead,
    noted,
    unnoted,
    ledger: {
      columns: ledgerColumns(plan),
      rows: nextRows,
      ...(marks.length > 0 && { marks }),
      ...(withMessages.length > 0 && { messages: withMessages }),
    },
  };
}
