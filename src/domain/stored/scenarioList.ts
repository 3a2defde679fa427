/**
 * The scenario list as stored in a workbook setting, checked entry by entry: an entry that is
 * not one this add-in could have written is ignored and counted, so that the analyst is told,
 * and the rest of the list still works.
 */
import * as v from "valibot";
import { boundsProblem } from "../model/bounds";
import { ASSUMPTIONS, INPUT_BOUNDS, type ScenarioDefinition, type ScenarioInputs } from "../scenario/definition";
import { INPUT_ORDER } from "../scenario/plans";
import { MAX_RECORD_BYTES, storedSize, storedValue, type Refusal } from "./refusal";

/** More scenarios than anyone compares side by side, and few enough to stay small. */
export const MAX_SCENARIOS = 50;
/** Ids name a sheet and defined names (Scn_<id>_Cash): letters and digits, as scenarioId makes them. */
export const SCENARIO_ID = /^[A-Za-z0-9]{1,20}$/;
export const MAX_SCENARIO_NAME = 100;

const inputSchema = (key: keyof ScenarioInputs) =>
  v.pipe(
    v.number(),
    v.check((n) => boundsProblem(n, INPUT_BOUNDS[key]) === null, `${key} outside its bounds`),
  );

/** A dataset id, as the dataset writes them: never text that could reach a formula. */
const datasetId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));
const SourceSchema = v.variant("kind", [
  v.object({ kind: v.literal("figure"), id: datasetId }),
  v.object({ kind: v.literal("assumption"), reason: v.picklist(ASSUMPTIONS), id: v.optional(datasetId) }),
]);

export const ScenarioSchema = v.object({
  id: v.pipe(v.string(), v.regex(SCENARIO_ID)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_SCENARIO_NAME)),
  inputs: v.object(
    Object.fromEntries(INPUT_ORDER.map((key) => [key, inputSchema(key)])) as Record<
      keyof ScenarioInputs,
      ReturnType<typeof inputSchema>
    >,
  ),
  sources: v.optional(
    v.partial(
      v.object(
        Object.fromEntries(INPUT_ORDER.map((key) => [key, SourceSchema])) as Record<keyof ScenarioInputs, typeof SourceSchema>,
      ),
    ),
  ),
});

export interface ScenarioList {
  readonly definitions: ScenarioDefinition[];
  /** Set when some or all of the stored list was ignored. */
  readonly refusal: Refusal | null;
}

/** The stored list as the add-in can use it, and what it had to ignore. */
export function readScenarioList(stored: unknown): ScenarioList {
  if (stored === null || stored === undefined) return { definitions: [], refusal: null };
  const whole = (reason: Refusal["reason"], ignored = 1): ScenarioList => ({
    definitions: [],
    refusal: { record: "scenarios", reason, ignored },
  });
  if (storedSize(stored) > MAX_RECORD_BYTES) return whole("tooLarge");
  const value = storedValue(stored);
  if (!Array.isArray(value)) return whole("malformed");
  if (value.length > MAX_SCENARIOS) return whole("tooLarge", value.length);
  const definitions: ScenarioDefinition[] = [];
  const seen = new Set<string>();
  for (const entry of value) {
    const parsed = v.safeParse(ScenarioSchema, entry);
    // Ids name sheets and names: a second entry with the same id (any case) would collide.
    if (parsed.success && !seen.has(parsed.output.id.toLowerCase())) {
      seen.add(parsed.output.id.toLowerCase());
      definitions.push(parsed.output);
    }
  }
  const ignored = value.length - definitions.length;
  return { definitions, refusal: ignored > 0 ? { record: "scenarios", reason: "malformed", ignored } : null };
}
