/**
 * A write of the add-in's sheets, decided by pure functions on either side of the host's reads.
 * The Office adapter (office/workbookWriter.ts) only reads what these ask for and applies what
 * they decide:
 *   1. `locateWork`: from the first read (the names of sheets, tables and defined names, and the
 *      stored ownership record) to the language of the write, the sheets and tables that are the
 *      add-in's, those to create, and what to read next;
 *   2. `reconcileWorkbook`: from what the second read found (the managed tables, the cells where
 *      a lost table would go) to every table's writes, every note, and the next ownership record.
 * The rule throughout: the add-in never writes over a sheet or table it does not own. A name
 * already taken gets a fresh one, and the analyst's rows, columns, cells and charts stay.
 */
import type { Language } from "../language";
import { OWNERSHIP_VERSION, type Ownership } from "../stored/ownership";
import { sheetMarkerName, sheetOfMarker, tableMarkerName, tableOfMarker } from "../stored/markers";
import type { TableReport, WriteNote, WriteReport } from "../writeReport";
import { tableNotes } from "../writeReport";
import type { AnySheetKey, TableKey } from "./labels";
import { freshName } from "./names";
import type { CellValue } from "../cells";
import { blockWrites, boxesToRead, sheetProof, type AreaWrites, type HeldCell, type WrittenArea } from "./areas";
import { plannedArea, renameTables, type CellBlock, type ChartPlan, type SheetPlan, type TablePlan } from "./plan";
import {
  MergeError,
  plannedLedger,
  provisionalLedger,
  reconcileTable,
  tableProof,
  untouched,
  type MessagesRead,
  type MessageToRead,
  type ReconciledTable,
  type Restore,
  type RowLedger,
  type TableOnSheet,
} from "./reconcile";

/** What the first read finds. */
export interface WorkbookFound {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  /** Every defined name, with its formula. */
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  /** The stored ownership record, checked; null where there is none or it was refused. */
  readonly previous: Ownership | null;
}

/** A managed table found on a sheet of the add-in's, by the name it has now. */
export interface OwnedTable {
  readonly plan: TablePlan;
  readonly name: string;
  /** Whether a marker name follows it; one written before tables had markers gets one. */
  readonly marked: boolean;
}

export interface SheetLocated {
  readonly plan: SheetPlan;
  /** Its name now (an existing sheet's may be the analyst's rename), or the one it is created under. */
  readonly name: string;
  /** The sheet is the add-in's and exists; false for one to create. */
  readonly existing: boolean;
  /** An existing sheet the plan says to leave alone (a scenario sheet, the analyst's once written). */
  readonly leftAlone: boolean;
  /** A sheet to create whose old marker, left by a deleted sheet, is replaced. */
  readonly replacesMarker: boolean;
  /** Defined names the plan gives cells of a new sheet that exist already (replaced). */
  readonly namesReplaced: readonly string[];
  /** On an existing sheet: its managed tables, found; those that are gone; and charts to repoint. */
  readonly tables: readonly OwnedTable[];
  readonly missing: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
}

export interface WorkbookLocated {
  /** The workbook's recorded language, unless a rewrite asked for another or there is no record. */
  readonly language: Language;
  readonly sheets: readonly SheetLocated[];
  readonly created: WriteReport["created"];
  readonly notes: readonly WriteNote[];
  readonly previous: Ownership | null;
  /** Lower-cased table names in use, from which a new table's name is chosen. */
  readonly tableNames: ReadonlySet<string>;
  /** Which table keys have a marker name (a new table replaces it). */
  readonly tableMarkers: ReadonlySet<TableKey>;
  /** Lower-cased sheet names in use, the sheets to create included. */
  readonly sheetNames: ReadonlySet<string>;
  /** The workbook's defined names. */
  readonly definedNames: ReadonlySet<string>;
}

export interface LocateOptions {
  /** The language asked for: the pane's, or Office's display language from the ribbon. */
  readonly language: Language;
  /** Write in `language` even where the workbook records another ("Rewrite the tables in …"). */
  readonly rewriteLanguage?: boolean;
}

/**
 * The language a write is made in: the one the workbook's tables were written in, so the ribbon
 * (which knows only Office's display language) never switches a workbook's language.
 */
export const writeLanguage = (previous: Ownership | null, options: LocateOptions): Language =>
  previous && !options.rewriteLanguage ? previous.language : options.language;

/**
 * Which sheets and tables are the add-in's. A sheet is, where its marker name points at a sheet
 * that exists. A table is, where its marker name does; a workbook written before tables had
 * markers has only the recorded name. Where a marker exists it alone is trusted, so a table the
 * analyst later gave the recorded name is never taken for the add-in's.
 */
export function locateWork(
  plansIn: (language: Language) => readonly SheetPlan[],
  found: WorkbookFound,
  options: LocateOptions,
): WorkbookLocated {
  const { previous } = found;
  const language = writeLanguage(previous, options);
  const sheetNames = new Set(found.sheetNames.map((name) => name.toLowerCase()));
  const tableNames = new Set(found.tableNames.map((name) => name.toLowerCase()));
  const formulaOfName = new Map(found.names.map((n) => [n.name, n.formula]));
  const definedNames = new Set(formulaOfName.keys());
  const notes: WriteNote[] = [];
  const created: WriteReport["created"] = [];
  const tableMarkers = new Set<TableKey>();

  const ownedTable = (plan: TablePlan): OwnedTable | null => {
    const marker = formulaOfName.get(tableMarkerName(plan.key));
    if (marker !== undefined) tableMarkers.add(plan.key);
    const name = marker !== undefined ? tableOfMarker(marker) : (previous?.tables[plan.key] ?? null);
    return name !== null && tableNames.has(name.toLowerCase()) ? { plan, name, marked: marker !== undefined } : null;
  };

  const sheets = plansIn(language).map((plan): SheetLocated => {
    const marker = formulaOfName.get(sheetMarkerName(plan.key));
    const owned = marker === undefined ? null : sheetOfMarker(marker);
    if (owned !== null && sheetNames.has(owned.toLowerCase())) {
      const leftAlone = plan.updates === "create-only";
      const tables = leftAlone ? [] : plan.tables.map((table) => ({ table, owned: ownedTable(table) }));
      for (const { owned: table } of tables) {
        const recorded = table && previous?.tables[table.plan.key];
        if (table && recorded && recorded !== table.name) notes.push({ kind: "tableRenamed", from: recorded, to: table.name });
      }
      return {
        plan,
        name: owned,
        existing: true,
        leftAlone,
        replacesMarker: false,
        namesReplaced: [],
        tables: tables.flatMap(({ owned: table }) => (table ? [table] : [])),
        missing: tables.flatMap(({ table, owned: found }) => (found ? [] : [table])),
        charts: leftAlone ? [] : plan.charts.filter((chart) => chart.series.some((series) => "table" in series)),
      };
    }
    const name = freshName("sheet", plan.name, sheetNames);
    sheetNames.add(name.toLowerCase());
    if (name !== plan.name) notes.push({ kind: "sheetNameTaken", planned: plan.name, written: name });
    created.push({ sheet: plan.key, name, renamedFrom: name === plan.name ? null : plan.name });
    for (const table of plan.tables) if (formulaOfName.has(tableMarkerName(table.key))) tableMarkers.add(table.key);
    return newSheet(plan, name, marker !== undefined, definedNames);
  });
  return { language, sheets, created, notes, previous, tableNames, tableMarkers, sheetNames, definedNames };
}

/** A sheet to create: `replacesMarker` where a marker name of its key exists (left by a deleted sheet, or ignored). */
function newSheet(plan: SheetPlan, name: string, replacesMarker: boolean, definedNames: ReadonlySet<string>): SheetLocated {
  return {
    plan,
    name,
    existing: false,
    leftAlone: false,
    replacesMarker,
    namesReplaced: (plan.names ?? []).filter((n) => definedNames.has(n.name)).map((n) => n.name),
    tables: [],
    missing: [],
    charts: [],
  };
}

/** What the second read found. */
export interface TablesFound {
  /** The input messages of cells marked for the first time, by table, once read (messagesToRead). */
  readonly messages?: ReadonlyMap<TableKey, MessagesRead>;
  /** What each existing sheet holds where the add-in writes its blocks (sheetBoxes). */
  readonly cells?: ReadonlyMap<AnySheetKey, HeldCell>;
  /** Each managed table found, as read. */
  readonly tables: ReadonlyMap<TableKey, TableOnSheet>;
  /**
   * Where a lost table would go: its cells' formulas, how many tables overlap them (null where
   * the host cannot tell), and their address.
   */
  readonly areas: ReadonlyMap<
    TableKey,
    { readonly cells: readonly (readonly CellValue[])[]; readonly tables: number | null; readonly address: string }
  >;
}

/** What the second read found that proves the marked sheets and tables the add-in's, or not. */
export interface ProofFound {
  /** What each existing sheet holds where the add-in writes its blocks, and where it wrote them before. */
  readonly cells: ReadonlyMap<AnySheetKey, HeldCell>;
  /** The sheet each managed table found sits on. */
  readonly tableSheets: ReadonlyMap<TableKey, string>;
  /** The managed tables found, as read. */
  readonly tables: ReadonlyMap<TableKey, TableOnSheet>;
}

/** The boxes to read on each existing sheet, for its proof and its blocks' writes (areas.ts). */
export function sheetBoxes(sheet: SheetLocated, previous: Ownership | null) {
  return boxesToRead(sheet.plan.blocks, previous?.areas?.[sheet.plan.key]);
}

/**
 * Proves each marked sheet and table the add-in's by what it holds (areas.ts, sheetProof;
 * reconcile.ts, tableProof). A table a marker names that does not prove is left as it is; a
 * sheet that does not prove (it holds neither a table of the add-in's nor its cells) is the
 * analyst's: the add-in writes a sheet of its own under a fresh name, and reports the marker it
 * ignored. Nothing of the analyst's is removed, their defined names included: only the
 * add-in's own marker names are replaced.
 */
export function proveWork(located: WorkbookLocated, found: ProofFound): WorkbookLocated {
  const { previous } = located;
  const notes: WriteNote[] = [...located.notes];
  const created = [...located.created];
  const sheetNames = new Set(located.sheetNames);
  const sheets = located.sheets.map((sheet): SheetLocated => {
    if (!sheet.existing || sheet.leftAlone) return sheet;
    const tables = sheet.tables.filter((table) => {
      const current = found.tables.get(table.plan.key);
      const proved =
        current !== undefined &&
        found.tableSheets.get(table.plan.key)?.toLowerCase() === sheet.name.toLowerCase() &&
        tableProof(table.plan, current, previous?.rows?.[table.plan.key] ?? null);
      if (!proved) notes.push({ kind: "markerIgnored", marker: tableMarkerName(table.plan.key), target: table.name });
      return proved;
    });
    const held = found.cells.get(sheet.plan.key) ?? (() => "");
    if (tables.length > 0 || sheetProof(sheet.plan.blocks, previous?.areas?.[sheet.plan.key], held).proved)
      return { ...sheet, tables };
    // The analyst's sheet: the add-in's goes beside it.
    notes.push({ kind: "markerIgnored", marker: sheetMarkerName(sheet.plan.key), target: sheet.name });
    const name = freshName("sheet", sheet.plan.name, sheetNames);
    sheetNames.add(name.toLowerCase());
    if (name !== sheet.plan.name) notes.push({ kind: "sheetNameTaken", planned: sheet.plan.name, written: name });
    created.push({ sheet: sheet.plan.key, name, renamedFrom: name === sheet.plan.name ? null : sheet.plan.name });
    return newSheet(sheet.plan, name, true, located.definedNames);
  });
  return { ...located, sheets, notes, created, sheetNames };
}

export interface RefreshedTable extends OwnedTable {
  readonly current: TableOnSheet;
  /** Its writes, or the error that leaves it as it is. */
  readonly outcome: ReconciledTable | MergeError;
}

export interface NewTable {
  readonly plan: TablePlan;
  readonly name: string;
  /** A marker name left by a table since deleted: replaced by this table's. */
  readonly replacesMarker: boolean;
}

export interface SheetWrites {
  readonly located: SheetLocated;
  /**
   * The plan's blocks, their formulas naming each table as it is written (Deals2 where Deals
   * was taken), each cell the analyst changed left as it is (null); the cells an old layout
   * held that the new one does not, to empty; and whether the sheet is cleared first (a
   * rebuilt sheet written before the record held its areas).
   */
  readonly areas: AreaWrites;
  readonly clearFirst: boolean;
  readonly refreshed: readonly RefreshedTable[];
  /** Tables written whole: every table of a new sheet, and a lost one whose cells are free. */
  readonly created: readonly NewTable[];
}

export interface WorkbookWrites {
  readonly sheets: readonly SheetWrites[];
  /** The record once the write is done. */
  readonly ownership: Ownership;
  /**
   * The record to hold while the write is under way (written first): the new tables and rows,
   * with what the add-in wrote before in each row it had written (see provisionalLedger).
   */
  readonly provisional: Ownership;
  readonly notes: readonly WriteNote[];
  readonly tables: readonly TableReport[];
  /** Input messages to read before marking cells for the first time; reconcile again with them. */
  readonly messagesToRead: readonly (MessageToRead & { readonly table: TableKey })[];
}

export interface ReconcileOptions {
  readonly writtenAt: string;
  readonly addinVersion: string;
  readonly datasetVersion: string;
  /** Overrides the analyst asked to give back, by table. */
  readonly restore?: Partial<Record<TableKey, Restore>>;
}

export function reconcileWorkbook(located: WorkbookLocated, found: TablesFound, options: ReconcileOptions): WorkbookWrites {
  const { previous } = located;
  const tables: Partial<Record<TableKey, string>> = { ...previous?.tables };
  const ledgers: Partial<Record<TableKey, RowLedger>> = { ...previous?.rows };
  const tableNames = new Set(located.tableNames);
  const notes: WriteNote[] = [...located.notes];
  const reports: TableReport[] = [];

  const sheets = located.sheets.map((sheet): Omit<SheetWrites, "areas" | "clearFirst"> => {
    const refreshed = sheet.tables.map((table): RefreshedTable => {
      const current = found.tables.get(table.plan.key);
      if (!current) throw new Error(`Table ${table.name} was not read`);
      const outcome = reconcileOne(
        table.plan,
        current,
        previous?.rows?.[table.plan.key] ?? null,
        options.restore?.[table.plan.key],
        found.messages?.get(table.plan.key),
      );
      tables[table.plan.key] = table.name;
      if (!(outcome instanceof MergeError)) ledgers[table.plan.key] = outcome.ledger;
      return { ...table, current, outcome };
    });
    const lost = sheet.missing.map((plan) => {
      const area = found.areas.get(plan.key);
      if (!area) throw new Error(`The cells of table ${plan.name} were not read`);
      delete tables[plan.key];
      delete ledgers[plan.key];
      // A marker left behind means the table was there and the analyst removed it (or made it a
      // range): its cells are theirs now. Without one, the add-in never finished making it.
      const unfinished = !located.tableMarkers.has(plan.key);
      return { plan, area: { free: areaIsFree(plan, area.cells, unfinished) && !area.tables, address: area.address } };
    });
    const toWrite = sheet.existing
      ? lost.filter(({ area }) => area.free).map(({ plan }) => plan)
      : sheet.leftAlone
        ? []
        : sheet.plan.tables;
    const created = toWrite.map((plan): NewTable => {
      const name = freshName("table", plan.name, tableNames);
      tableNames.add(name.toLowerCase());
      tables[plan.key] = name;
      ledgers[plan.key] = plannedLedger(plan, plan.row, plan.col);
      return { plan, name, replacesMarker: located.tableMarkers.has(plan.key) };
    });

    for (const table of refreshed) {
      const where = { key: table.plan.key, table: table.name, sheet: sheet.name };
      if (table.outcome instanceof MergeError) {
        notes.push({ kind: "keyColumnRemoved", table: table.name, column: table.outcome.column });
        reports.push({ ...where, ...untouched(table.current) });
      } else {
        notes.push(...tableNotes(table.name, table.outcome));
        reports.push({ ...where, ...table.outcome.counts });
      }
    }
    for (const { plan, area } of lost) {
      const where = { table: plan.name, sheet: sheet.name };
      notes.push(
        area.free ? { kind: "tableWrittenAgain", ...where } : { kind: "tableAreaInUse", ...where, address: area.address },
      );
    }
    for (const table of created) {
      if (table.name !== table.plan.name) notes.push({ kind: "tableNameTaken", planned: table.plan.name, written: table.name });
      reports.push({
        key: table.plan.key,
        table: table.name,
        sheet: sheet.name,
        added: table.plan.rows.length,
        updated: 0,
        removed: 0,
        unchanged: 0,
        yours: 0,
      });
    }
    return { located: sheet, refreshed, created };
  });
  const written = new Map<string, string>();
  for (const sheet of located.sheets)
    for (const plan of sheet.plan.tables) {
      const name = tables[plan.key];
      if (name !== undefined && name !== plan.name) written.set(plan.name, name);
    }
  const areas: Partial<Record<AnySheetKey, readonly WrittenArea[]>> = { ...previous?.areas };
  const withNames = sheets.map((sheet): SheetWrites => {
    const { located: where } = sheet;
    const blocks = blocksNamingTables(where.plan.blocks, written);
    const recorded = where.existing ? previous?.areas?.[where.plan.key] : undefined;
    const held = (where.existing && found.cells?.get(where.plan.key)) || (() => "");
    const writes = blockWrites(blocks, recorded, held);
    if (writes.kept.length > 0) notes.push({ kind: "cellsKept", sheet: where.name, cells: writes.kept.join(", ") });
    if (!where.leftAlone && where.plan.updates !== "create-only") areas[where.plan.key] = writes.areas;
    return { ...sheet, areas: writes, clearFirst: where.existing && where.plan.updates === "rebuild" && recorded === undefined };
  });

  const ownership: Ownership = {
    version: OWNERSHIP_VERSION,
    language: located.language,
    writtenAt: options.writtenAt,
    addinVersion: options.addinVersion,
    datasetVersion: options.datasetVersion,
    tables,
    rows: ledgers,
    areas,
  };
  const provisionalRows = Object.fromEntries(
    Object.entries(ledgers).map(([key, ledger]) => [key, provisionalLedger(previous?.rows?.[key as TableKey] ?? null, ledger)]),
  );
  const provisional: Ownership = { ...ownership, rows: provisionalRows };
  const messagesToRead = withNames.flatMap((sheet) =>
    sheet.refreshed.flatMap(({ plan, outcome }) =>
      outcome instanceof MergeError ? [] : outcome.messagesToRead.map((cell) => ({ ...cell, table: plan.key })),
    ),
  );
  return { sheets: withNames, ownership, provisional, notes, tables: reports, messagesToRead };
}

/** Blocks whose formulas name tables by their written names. */
function blocksNamingTables(blocks: readonly CellBlock[], written: ReadonlyMap<string, string>): readonly CellBlock[] {
  if (written.size === 0) return blocks;
  return blocks.map((block) => ({ ...block, cells: block.cells.map((row) => row.map((cell) => renameTables(cell, written))) }));
}

/**
 * Whether a lost table can be written again without overwriting anything of the analyst's:
 * every cell where it goes is empty, or, for a table the add-in never finished making (a write
 * cut short), holds what the table would write there.
 */
function areaIsFree(plan: TablePlan, cells: readonly (readonly CellValue[])[], unfinished: boolean): boolean {
  const planned = plannedArea(plan);
  return cells.every((row, r) => row.every((cell, c) => cell === "" || (unfinished && cell === planned[r]?.[c])));
}

/** A table's refresh, or the MergeError that leaves it as it is. */
export function reconcileOne(
  plan: TablePlan,
  current: TableOnSheet,
  ledger: RowLedger | null,
  restore: Restore | undefined,
  messages?: MessagesRead,
): ReconciledTable | MergeError {
  try {
    return reconcileTable(plan, current, ledger, restore, messages);
  } catch (error) {
    if (error instanceof MergeError) return error;
    throw error;
  }
}

/**
 * Where a table a chart draws from sits after the write: its header row's cell, and how many
 * body rows it has (the analyst's among them: a series over the whole column covers them all).
 * Undefined where the table is neither refreshed nor written.
 */
export function tablePlaceAfterWrite(
  sheet: SheetWrites,
  key: TableKey,
): { top: number; left: number; bodyRows: number } | undefined {
  const refreshed = sheet.refreshed.find((t) => t.plan.key === key);
  if (refreshed) {
    const { outcome, current } = refreshed;
    const bodyRows = outcome instanceof MergeError ? current.body.length : outcome.kept.length + outcome.appended.length;
    return { top: current.top, left: current.left, bodyRows: Math.max(1, bodyRows) };
  }
  const created = sheet.created.find((t) => t.plan.key === key);
  return created && { top: created.plan.row, left: created.plan.col, bodyRows: created.plan.rows.length };
}
