/** The two presets as scenario definitions, shared by the scenario tests. */
import { bundledCatalog } from "../../src/domain/dataset";
import { preset, type PresetKey, type ScenarioDefinition } from "../../src/domain/scenario/definition";

export const presetScenario = (key: Exclude<PresetKey, "blank">, id: string, name = id): ScenarioDefinition => ({
  id,
  name,
  ...preset(bundledCatalog, key),
});

export const XAI = presetScenario("xai", "xAI");
export const OPENAI = presetScenario("openai", "OpenAI");
