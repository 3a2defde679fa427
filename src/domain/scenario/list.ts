/**
 * The scenario list's operations, as pure functions: the pane decides with them what the list
 * becomes, and the Office adapter writes that list. Each returns a new list.
 */
import { scenarioId, type Preset, type ScenarioDefinition, type ScenarioInputs } from "./definition";

/** Adds a scenario under a fresh id made from its name, with the sources of the inputs a preset gave. */
export function addScenario(
  list: readonly ScenarioDefinition[],
  name: string,
  inputs: ScenarioInputs,
  sources?: ScenarioDefinition["sources"],
): { list: ScenarioDefinition[]; added: ScenarioDefinition } {
  const added: ScenarioDefinition = {
    id: scenarioId(
      name,
      list.map((d) => d.id),
    ),
    name: name.trim(),
    inputs,
    ...(sources && { sources }),
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

/**
 * The sources of a preset's inputs that the analyst left as the preset gave them: an input
 * changed in the pane is theirs, and says so.
 */
export function unchangedSources(given: Preset, inputs: ScenarioInputs): NonNullable<ScenarioDefinition["sources"]> {
  return Object.fromEntries(
    (Object.keys(given.sources) as (keyof ScenarioInputs)[]).flatMap((key) =>
      given.inputs[key] === inputs[key] ? [[key, given.sources[key]]] : [],
    ),
  );
}
