/**
 * What the pane may ask of its host, split by the view that asks, so each view receives only
 * the capability it uses (as the official template passes one function as a prop). The Office
 * adapter (src/office/workbookPort.ts) implements them; tests pass their own. Components never
 * call Excel.run themselves.
 */
import type { AcceptanceReport, CheckResult, SuiteMode } from "../acceptance/report";
import type { CellValue } from "../domain/cells";
import type { CellFacts } from "../domain/explain";
import type { Language } from "../domain/language";
import type { Placement, Selection } from "../domain/layout/formulaPlacement";
import type { ScenarioDefinition, ScenarioInputs } from "../domain/scenario/definition";
import type { Refusal, ScenarioList } from "../domain/stored";
import type { Activity, PortableReport, TablePreview, WriteAction, WriteConsent, WriteReport } from "../domain/writeReport";

/** What the pane knows of its host, read once at start-up. */
export type HostInfo =
  | { kind: "outside-excel" }
  | { kind: "excel-too-old"; missingSets: string[]; displayLanguage: string; isDarkTheme: boolean }
  | { kind: "excel"; displayLanguage: string; isDarkTheme: boolean };

/** Home: write the tables, and follow the last write, whether the pane or the ribbon started it. */
export interface TablesPort {
  /**
   * Inserts the tables, or refreshes them where they exist. Publishes its progress. Fails with
   * a RefusedRecordError where the workbook's record was refused, unless consent is given.
   */
  writeTables(action: WriteAction, language: Language, consent?: WriteConsent): Promise<WriteReport>;
  /**
   * What the workbook records of its tables (when, in which language, from which dataset, and
   * whether the record was refused) and what a refresh would do now, writing nothing: one round
   * trip, more only for tables too large for one response.
   */
  tablesRecord(): Promise<TablesRecord>;
  currentActivity(): Activity;
  /** Calls the listener on every change of the activity; returns the unsubscribe. */
  onActivity(listener: (activity: Activity) => void): () => void;
}

export interface TablesRecord {
  writtenAt: string | null;
  /** The language the workbook's tables were written in, where it has any. */
  language: Language | null;
  /** The dataset version the tables came from, where they have been written. */
  datasetVersion: string | null;
  refusal: Refusal | null;
  /** What a refresh would do now, table by table: read in the same round trip, nothing written. */
  preview: TablePreview[];
}

/** Dataset and Functions: put a formula where the analyst is. */
export interface FormulaPort {
  /** The selected range, for placing a formula. */
  selection(): Promise<Selection>;
  /**
   * Writes a formula into one cell, unless that cell already holds something: the analyst's
   * content is never overwritten. Returns the cell's address, or null when it was not empty.
   */
  insertFormula(placement: Placement): Promise<string | null>;
}

/** The workbook's Deals table: the columns the money-map functions read, header row first. */
export interface WorkbookDeals {
  /** The table's name now (Deals, or the name the analyst gave it). */
  readonly table: string;
  readonly values: readonly (readonly CellValue[])[];
}

/** Map: the workbook's own deals, the analyst's rows included. */
export interface DealsPort {
  /** The Deals table the add-in wrote, as it is now; null where the workbook has none. Nothing written. */
  workbookDeals(): Promise<WorkbookDeals | null>;
}

/** Scenarios: the stored list and the sheets built from it. */
export interface ScenariosPort {
  /** The stored list as far as it could be trusted, and what was ignored. */
  scenarios(): Promise<ScenarioList>;
  /**
   * Writes the scenario sheets for this list (new ones created, existing ones left alone). The
   * changes fail with a RefusedRecordError where the stored list was refused, unless consent is given.
   */
  saveScenarios(definitions: readonly ScenarioDefinition[], language: Language, consent?: WriteConsent): Promise<WriteReport>;
  deleteScenario(
    id: string,
    remaining: readonly ScenarioDefinition[],
    language: Language,
    consent?: WriteConsent,
  ): Promise<WriteReport>;
  renameScenario(
    definitions: readonly ScenarioDefinition[],
    id: string,
    name: string,
    language: Language,
    consent?: WriteConsent,
  ): Promise<WriteReport>;
  openScenario(id: string): Promise<boolean>;
  /** A scenario's inputs as they are on its sheet now. */
  currentInputs(definition: ScenarioDefinition): Promise<ScenarioInputs>;
}

/** Make portable: one sheet's COMPUTE formulas rewritten for a workbook without the add-in. */
export interface PortablePort {
  /** The workbook's sheet names, in order. */
  sheetNames(): Promise<string[]>;
  makePortable(sheet: string, language: Language): Promise<PortableReport>;
}

/** Explain: the selected cell as facts, the selection as it changes, and links that select a cell. */
export interface ExplainPort {
  /** The selected cell and what its formula reads: at most two round trips, nothing written. */
  readSelectedCell(): Promise<CellFacts>;
  /** Calls the listener when the selection or any cell changes; resolves to the function that stops it. */
  watchSelection(listener: () => void): Promise<() => Promise<void>>;
  /**
   * Calls the listener when the task pane is shown or hidden: in the shared runtime the pane's
   * page keeps running while it is closed. Resolves to the function that stops it.
   */
  watchPaneVisibility(listener: (visible: boolean) => void): Promise<() => Promise<void>>;
  /** Selects a sheet-qualified address. */
  selectAddress(address: string): Promise<void>;
  /** Selects a record's cell in one of the add-in's tables; false where it is not there. */
  selectRecord(table: string, id: string, column: string): Promise<boolean>;
}

/** A view the ribbon asks the pane to show. */
export type RequestedView = "explain";

export interface ViewRequestPort {
  /** The request made before the pane listened, if any, taken once. */
  takeViewRequest(): RequestedView | null;
  onViewRequest(listener: (view: RequestedView) => void): () => void;
}

/** The suite's answer: its report, or why the full suite would not run here. */
export type AcceptanceOutcome =
  | { kind: "report"; report: AcceptanceReport }
  /** The full suite writes, so it runs only in a blank workbook: this one has these sheets, these in use. */
  | { kind: "not-blank"; sheets: number; sheetsInUse: readonly string[] };

/** Check this Excel: the acceptance suite (src/acceptance), loaded when asked for. */
export interface AcceptancePort {
  runAcceptance(
    mode: SuiteMode,
    language: Language,
    onResult?: (result: CheckResult, index: number, total: number) => void,
  ): Promise<AcceptanceOutcome>;
}

export type WorkbookPort = TablesPort &
  FormulaPort &
  DealsPort &
  ScenariosPort &
  PortablePort &
  ExplainPort &
  ViewRequestPort &
  AcceptancePort;
