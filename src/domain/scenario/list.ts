/**
 * The scenario list's operations, as pure functions: the pane decides with them what the list
 * becomes, and the Office adapter writes that list. Each returns a new list.
 */
import { scenarioId, type ScenarioDefinition, type ScenarioInputs } from "./definition";

/** Adds a scenario under a fresh id made from its name. */
export function addScenario(
  list: readonly ScenarioDefinition[],
  name: string,
  inputs: ScenarioInputs,
): { list: ScenarioDefinition[]; added: ScenarioDefinition } {
  const added = {
    id: scenarioId(
      name,
      list.map((d) => d.id),
    ),
    name: name.trim(),
    inputs,
  };
  return { list: [...list, added], added };
}

/** A copy under a new name, with the inputs given (as edited on the original's sheet). */
export const duplicateScenario = (list: readonly ScenarioDefinition[], copyName: string, inputs: ScenarioInputs) =>
  addScenario(list, copyName, inputs);

export function renameScenario(list: readonly ScenarioDefinition[], id: string, name: string): ScenarioDefinition[] {
  return list.map((d) => (d.id === id ? { ...d, name: name.trim() } : d));
}

export function deleteScenario(list: readonly ScenarioDefinition[], id: string): ScenarioDefinition[] {
  return list.filter((d) => d.id !== id);
}
