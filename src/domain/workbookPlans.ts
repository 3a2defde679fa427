/**
 * Every sheet the add-in writes, and the settings stored with them, composed in one place:
 * the pane, the ribbon and the portable-workbook command all ask for their plans here.
 */
import type { Catalog } from "./dataset";
import type { SheetPlan } from "./layout/plan";
import { buildWorkbookPlan, type PlanContext } from "./layout/workbookPlan";
import type { ScenarioDefinition } from "./scenario/definition";
import { comparisonSheetPlan, outlookSheetPlan, scenarioSheetPlan } from "./scenario/plans";
import { SETTING_KEYS } from "./stored/refusal";

/** The workbook setting that holds the scenario list, so scenarios come back with the file. */
export const SCENARIOS_SETTING = SETTING_KEYS.scenarios;

/** The table sheets (Deals, Compute spend, About), and the scenario sheets with their list. */
export type PlanPart = "tables" | "scenarios";

export interface WorkbookPlansRequest {
  readonly catalog: Catalog;
  readonly context: PlanContext;
  readonly parts: readonly PlanPart[];
  /** The scenario list, for the "scenarios" part. */
  readonly scenarios?: readonly ScenarioDefinition[];
}

export interface WorkbookPlans {
  readonly sheets: SheetPlan[];
  /** Workbook settings to store in the same write. */
  readonly settings: Record<string, unknown>;
}

export function workbookPlans({ catalog, context, parts, scenarios = [] }: WorkbookPlansRequest): WorkbookPlans {
  const sheets: SheetPlan[] = [];
  const settings: Record<string, unknown> = {};
  if (parts.includes("tables")) sheets.push(...buildWorkbookPlan(catalog, context));
  if (parts.includes("scenarios")) {
    sheets.push(...scenarios.map((definition) => scenarioSheetPlan(definition, context.language, catalog)));
    if (scenarios.length > 0) sheets.push(comparisonSheetPlan(scenarios, context.language));
    sheets.push(outlookSheetPlan(catalog, context.language));
    settings[SCENARIOS_SETTING] = scenarios;
  }
  return { sheets, settings };
}
