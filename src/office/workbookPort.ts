/**
 * The pane's ports (src/taskpane/ports.ts), implemented over Excel.
 */
import type { Language } from "../domain/language";
import { address } from "../domain/layout/plan";
import type { WriteAction, WriteConsent, WriteProgress, WriteReport } from "../domain/writeReport";
import type { WorkbookPort } from "../taskpane/ports";
import { currentActivity, publishActivity, subscribeActivity } from "./activity";
import { onViewRequest, takeViewRequest } from "./paneRequests";

// The writer and the sheet plans load on the first write, not with the pane: the pane paints
// without them, and the scenario and Make portable code loads with the views that use it.
const tablesModule = () => import(/* webpackChunkName: "tables" */ "./tables");
const writeTables = (language: Language, consent: WriteConsent, onProgress: (progress: WriteProgress) => void) =>
  tablesModule().then((m) => m.writeTables(language, undefined, undefined, consent, { onProgress }));

/** Runs a write and publishes each stage, so the pane and the ribbon report the same way. */
export async function runWrite(
  action: WriteAction,
  language: Language,
  consent: WriteConsent = {},
  write = writeTables,
): Promise<WriteReport> {
  publishActivity({ state: "working", action });
  try {
    const report = await write(language, consent, (progress) => publishActivity({ state: "working", action, progress }));
    publishActivity({ state: "done", action, report, at: new Date().toISOString() });
    return report;
  } catch (error) {
    publishActivity({ state: "failed", action, error });
    throw error;
  }
}

const explainModule = () => import(/* webpackChunkName: "explain" */ "./explain");
const scenarioModule = () => import(/* webpackChunkName: "scenarios" */ "./scenarios");

export const excelWorkbookPort: WorkbookPort = {
  writeTables: (action, language, consent) => runWrite(action, language, consent),
  currentActivity,
  onActivity: subscribeActivity,
  tablesRecord: () => tablesModule().then((m) => m.readTablesRecord()),
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
  workbookDeals: () => import(/* webpackChunkName: "workbook-deals" */ "./workbookDeals").then((m) => m.readWorkbookDeals()),
  // The scenario code loads with the Scenarios view, not with the pane.
  scenarios: () => scenarioModule().then((m) => m.readScenarios()),
  saveScenarios: (definitions, language, consent) =>
    scenarioModule().then((m) => m.saveScenarios(definitions, language, consent)),
  deleteScenario: (id, remaining, language, consent) =>
    scenarioModule().then((m) => m.deleteScenario(id, remaining, language, consent)),
  renameScenario: (definitions, id, name, language, consent) =>
    scenarioModule().then((m) => m.renameScenario(definitions, id, name, language, consent)),
  openScenario: (id) => scenarioModule().then((m) => m.openScenario(id)),
  currentInputs: (definition) => scenarioModule().then((m) => m.currentInputs(definition)),
  sheetNames: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    }),
  makePortable: (sheet, language) =>
    import(/* webpackChunkName: "portable" */ "./portable").then((m) => m.makeSheetPortable(sheet, language)),
  // The Explain reads load with the Explain view.
  readSelectedCell: () => explainModule().then((m) => m.readSelectedCell()),
  watchSelection: (listener) => explainModule().then((m) => m.watchSelection(listener)),
  watchPaneVisibility: (listener) => explainModule().then((m) => m.watchPaneVisibility(listener)),
  selectAddress: (target) => explainModule().then((m) => m.selectAddress(target)),
  selectRecord: (table, id, column) => explainModule().then((m) => m.selectRecord(table, id, column)),
  takeViewRequest,
  onViewRequest,
  // The acceptance suite loads when the analyst (or test:excel) asks for it; it acts through this same port.
  runAcceptance: (mode, language, onResult) =>
    import(/* webpackChunkName: "acceptance" */ "../acceptance/suite").then((m) =>
      m.runAcceptance(excelWorkbookPort, { mode, language, onResult }),
    ),
};
