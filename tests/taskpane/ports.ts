/** Workbook ports for component tests: every method fails loudly unless the test provides it. */
import type { WorkbookPort } from "../../src/taskpane/ports";

export function testPort(overrides: Partial<WorkbookPort>): WorkbookPort {
  const unused = (name: string) => () => Promise.reject(new Error(`the test did not expect ${name}`));
  return {
    writeTables: unused("writeTables"),
    tablesRecord: async () => ({ writtenAt: null, language: null, datasetVersion: null, refusal: null, preview: [] }),
    currentActivity: () => ({ state: "idle" }),
    onActivity: () => () => undefined,
    selection: unused("selection"),
    insertFormula: unused("insertFormula"),
    workbookDeals: async () => null,
    scenarios: async () => ({ definitions: [], refusal: null }),
    saveScenarios: unused("saveScenarios"),
    deleteScenario: unused("deleteScenario"),
    renameScenario: unused("renameScenario"),
    openScenario: unused("openScenario"),
    currentInputs: unused("currentInputs"),
    sheetNames: async () => [],
    makePortable: unused("makePortable"),
    readSelectedCell: unused("readSelectedCell"),
    watchSelection: unused("watchSelection"),
    watchPaneVisibility: async () => async () => undefined,
    selectAddress: unused("selectAddress"),
    selectRecord: unused("selectRecord"),
    takeViewRequest: () => null,
    onViewRequest: () => () => undefined,
    runAcceptance: unused("runAcceptance"),
    ...overrides,
  };
}
