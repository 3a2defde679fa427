/**
 * What the pane may ask of the workbook. The pane receives an implementation through props;
 * components never call Excel.run themselves, and tests pass their own port.
 */
import type { Language } from "../domain/language";
import { address } from "../domain/layout/plan";
import type { Placement, Selection } from "../domain/layout/formulaPlacement";
import type { ScenarioDefinition, ScenarioInputs } from "../domain/scenario/definition";
import type { PortableReport } from "./portable";
import { publishActivity } from "./activity";
import { OWNERSHIP_SETTING, parseOwnership } from "./ownership";
import { writeTables } from "./tables";
import type { WriteReport } from "./workbookWriter";

export interface WorkbookPort {
  /** Inserts the tables, or refreshes them where they exist. Publishes its progress. */
  writeTables(action: "insert" | "refresh", language: Language): Promise<WriteReport>;
  /** When the tables were last written in this workbook, if ever. */
  lastWritten(): Promise<string | null>;
  /** The selected range, for placing a formula. */
  selection(): Promise<Selection>;
  /**
   * Writes a formula into one cell, unless that cell already holds something: the analyst's
   * content is never overwritten. Returns the cell's address, or null when it was not empty.
   */
  insertFormula(placement: Placement): Promise<string | null>;
  /** The scenarios stored in the workbook. */
  scenarios(): Promise<ScenarioDefinition[]>;
  /** Writes the scenario sheets for this list (new ones created, existing ones left alone). */
  saveScenarios(definitions: readonly ScenarioDefinition[], language: Language): Promise<WriteReport>;
  deleteScenario(id: string, remaining: readonly ScenarioDefinition[], language: Language): Promise<WriteReport>;
  renameScenario(definitions: readonly ScenarioDefinition[], id: string, name: string, language: Language): Promise<WriteReport>;
  openScenario(id: string): Promise<boolean>;
  /** A scenario's inputs as they are on its sheet now. */
  currentInputs(definition: ScenarioDefinition): Promise<ScenarioInputs>;
  /** The workbook's sheet names, in order. */
  sheetNames(): Promise<string[]>;
  /** Rewrites one sheet's COMPUTE formulas for a workbook without the add-in. */
  makePortable(sheet: string): Promise<PortableReport>;
}

/** Runs a write and publishes each stage, so the pane and the ribbon report the same way. */
export async function runWrite(action: "insert" | "refresh", language: Language, write = writeTables): Promise<WriteReport> {
  publishActivity({ state: "working", action });
  try {
    const report = await write(language);
    publishActivity({ state: "done", action, report, at: new Date().toISOString() });
    return report;
  } catch (error) {
    publishActivity({ state: "failed", action, error });
    throw error;
  }
}

const scenarioModule = () => import(/* webpackChunkName: "scenarios" */ "./scenarios");

export const excelWorkbookPort: WorkbookPort = {
  writeTables: (action, language) => runWrite(action, language),
  lastWritten: () =>
    Excel.run(async (context) => {
      const stored = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      stored.load("value");
      await context.sync();
      return stored.isNullObject ? null : (parseOwnership(stored.value)?.writtenAt ?? null);
    }),
  selection: () =>
    Excel.run(async (context) => {
      // getSelectedRange throws when several ranges are selected; the first area is enough here.
      const range = context.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return { row: range.rowIndex, col: range.columnIndex, height: range.rowCount, width: range.columnCount };
    }),
  insertFormula: (placement) =>
    Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const cell = sheet.getRangeByIndexes(placement.row, placement.col, 1, 1).load("formulas");
      await context.sync();
      if (cell.formulas[0][0] !== "") return null;
      cell.formulas = [[placement.formula]];
      await context.sync();
      return address(placement.row, placement.col);
    }),
  // The scenario code loads with the Scenarios view, not with the pane.
  scenarios: () => scenarioModule().then((m) => m.readScenarios()),
  saveScenarios: (definitions, language) => scenarioModule().then((m) => m.saveScenarios(definitions, language)),
  deleteScenario: (id, remaining, language) => scenarioModule().then((m) => m.deleteScenario(id, remaining, language)),
  renameScenario: (definitions, id, name, language) =>
    scenarioModule().then((m) => m.renameScenario(definitions, id, name, language)),
  openScenario: (id) => scenarioModule().then((m) => m.openScenario(id)),
  currentInputs: (definition) => scenarioModule().then((m) => m.currentInputs(definition)),
  sheetNames: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    }),
  makePortable: (sheet) => import(/* webpackChunkName: "portable" */ "./portable").then((m) => m.makeSheetPortable(sheet)),
};
