/**
 * Scenario use cases. Definitions live in a workbook setting, so they come back when the file
 * reopens; the sheets are built from plans by the same writer as the tables. Creating one is a
 * single Excel.run of two round trips: the pane passes the list it shows, plus the new one.
 */
import { bundledCatalog, type Catalog } from "../domain/dataset";
import type { Language } from "../domain/language";
import { planContext } from "../domain/layout/workbookPlan";
import type { ScenarioDefinition, ScenarioInputs } from "../domain/scenario/definition";
import { renameScenario as renamed } from "../domain/scenario/list";
import { INPUT_ORDER, SCENARIO_CELLS, scenarioNames, scenarioSheetKey, scenarioSheetTitle } from "../domain/scenario/plans";
import { SCENARIOS_SETTING, workbookPlans } from "../domain/workbookPlans";
import { readScenarioList, RefusedRecordError, type ScenarioList } from "../domain/stored";
import type { WriteConsent, WriteReport } from "../domain/writeReport";
import { ADDIN_VERSION } from "../version";
import { sheetMarkerName, sheetOfMarker } from "../domain/stored/markers";
import { writeWorkbook } from "./workbookWriter";

/** The stored list, checked entry by entry: what was ignored comes back as the refusal. */
export async function readScenarios(): Promise<ScenarioList> {
  return Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(SCENARIOS_SETTING);
    stored.load("value");
    await context.sync();
    return readScenarioList(stored.isNullObject ? null : stored.value);
  });
}

/**
 * Writes the scenario sheets for these definitions: new ones are created, existing ones left as
 * the analyst edited them, the comparison rebuilt, and the list saved with them.
 */
export async function saveScenarios(
  definitions: readonly ScenarioDefinition[],
  language: Language,
  consent: WriteConsent = {},
  catalog: Catalog = bundledCatalog,
  now: Date = new Date(),
): Promise<WriteReport> {
  const context = planContext(language, now, ADDIN_VERSION);
  const { sheets, settings } = workbookPlans({ catalog, context, parts: ["scenarios"], scenarios: definitions });
  // Scenario sheets are written in the pane's language; the record keeps the tables' language.
  return writeWorkbook(() => sheets, { ...context, datasetVersion: catalog.dataset.version, settings, ...consent });
}

/**
 * The sheet of a scenario, found by its marker name (so a renamed sheet is still found), and the
 * names defined. Before a change to the list (`consent` given), the stored list is read in the
 * same round trip: one that was refused stops the change before anything is deleted or renamed.
 */
async function findScenario(
  context: Excel.RequestContext,
  id: string,
  consent?: WriteConsent,
): Promise<{ sheet: string | null; names: string[] }> {
  const names = context.workbook.names.load("items/name,items/formula");
  const stored = consent && context.workbook.settings.getItemOrNullObject(SCENARIOS_SETTING);
  stored?.load("value");
  await context.sync();
  if (stored && !consent?.replaceRefused) {
    const { refusal } = readScenarioList(stored.isNullObject ? null : stored.value);
    if (refusal) throw new RefusedRecordError(refusal);
  }
  const marker = names.items.find((n) => n.name === sheetMarkerName(scenarioSheetKey(id)));
  return { sheet: marker ? sheetOfMarker(marker.formula) : null, names: names.items.map((n) => n.name) };
}

export async function openScenario(id: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const { sheet } = await findScenario(context, id);
    if (!sheet) return false;
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
    return true;
  });
}

/** The inputs as they are on the sheet now: the analyst may have edited them since. */
export async function currentInputs(definition: ScenarioDefinition): Promise<ScenarioInputs> {
  return Excel.run(async (context) => {
    const { sheet } = await findScenario(context, definition.id);
    if (!sheet) return definition.inputs;
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const cells = INPUT_ORDER.map((key) => {
      const { row, col } = SCENARIO_CELLS.input(key);
      return worksheet.getRangeByIndexes(row, col, 1, 1).load("values");
    });
    await context.sync();
    const inputs = { ...definition.inputs };
    INPUT_ORDER.forEach((key, i) => {
      const value = cells[i].values[0][0];
      if (typeof value === "number") inputs[key] = value;
    });
    return inputs;
  });
}

/** Removes a scenario's own sheet and names (nothing else), then rewrites the rest. */
export async function deleteScenario(
  id: string,
  remaining: readonly ScenarioDefinition[],
  language: Language,
  consent: WriteConsent = {},
): Promise<WriteReport> {
  await Excel.run(async (context) => {
    const { sheet, names } = await findScenario(context, id, consent);
    const ours = new Set([sheetMarkerName(scenarioSheetKey(id)), ...scenarioNames(id)]);
    for (const name of names) if (ours.has(name)) context.workbook.names.getItem(name).delete();
    if (sheet) context.workbook.worksheets.getItem(sheet).delete();
    await context.sync();
  });
  return saveScenarios(remaining, language, consent);
}

/** Renames a scenario: its definition, its sheet, and its column in the comparison. */
export async function renameScenario(
  definitions: readonly ScenarioDefinition[],
  id: string,
  newName: string,
  language: Language,
  consent: WriteConsent = {},
): Promise<WriteReport> {
  await Excel.run(async (context) => {
    const { sheet } = await findScenario(context, id, consent);
    if (sheet) context.workbook.worksheets.getItem(sheet).name = scenarioSheetTitle(newName, language);
    await context.sync();
  });
  return saveScenarios(renamed(definitions, id, newName), language, consent);
}
