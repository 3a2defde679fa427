/**
 * A runway scenario as the analyst defines it: a name and five inputs, plus the year it starts
 * (for the AI share when the cash runs out). Stored in the workbook; sheets are built from it.
 */
import type { Catalog } from "../dataset";
import type { Language } from "../language";
import { BOUNDS, boundsProblem, type Bounds, type BoundsProblem } from "../model/bounds";
import { formatAnalystNumber, formatAnalystPercent, isNumberProblem, parseAnalystNumber, type NumberProblem } from "../numbers";

export interface ScenarioInputs {
  cash: number;
  monthlyBurn: number;
  burnGrowth: number;
  monthlyRevenue: number;
  revenueGrowth: number;
  startYear: number;
}

export interface ScenarioDefinition {
  /** Letters and digits only: it names the scenario's sheet and its defined names. */
  id: string;
  name: string;
  inputs: ScenarioInputs;
}

export type PresetKey = "xai" | "openai" | "blank";

/** Presets drawn from the article's figures, so each starts from a sourced number. */
export function presetInputs(catalog: Catalog, preset: PresetKey): ScenarioInputs {
  const value = (id: string) => {
    const metric = catalog.metric(id) ?? catalog.deal(id);
    if (!metric) throw new Error(`The dataset has no ${id}`);
    return "value" in metric ? metric.value : (metric.valueUsd ?? 0);
  };
  switch (preset) {
    case "xai":
      // US$20B of funding that "only lasts 20 months": US$1B a month.
      return {
        cash: value("xai-funding"),
        monthlyBurn: value("xai-monthly-burn"),
        burnGrowth: 0,
        monthlyRevenue: 0,
        revenueGrowth: 0,
        startYear: 2025,
      };
    case "openai":
      // A year of compute, labour and R&D cost against first-half revenue, funded by
      // Nvidia's announced US$100B.
      return {
        cash: value("nvidia-openai-investment"),
        monthlyBurn: (value("openai-compute-cost") + value("openai-labour-and-rnd-cost")) / 12,
        burnGrowth: 0,
        monthlyRevenue: value("openai-revenue-2025h1") / 6,
        revenueGrowth: 0,
        startYear: 2025,
      };
    case "blank":
      return { cash: 0, monthlyBurn: 1, burnGrowth: 0, monthlyRevenue: 0, revenueGrowth: 0, startYear: 2025 };
  }
}

/** Each input's bounds: the same as the COMPUTE argument it feeds. */
export const INPUT_BOUNDS: Readonly<Record<keyof ScenarioInputs, Bounds>> = {
  cash: BOUNDS.cash,
  monthlyBurn: BOUNDS.monthlyBurn,
  burnGrowth: BOUNDS.growth,
  monthlyRevenue: BOUNDS.monthlyRevenue,
  revenueGrowth: BOUNDS.growth,
  startYear: BOUNDS.startYear,
};

/** The inputs entered and shown as percentages: monthly growth rates. */
export const RATE_INPUTS: readonly (keyof ScenarioInputs)[] = ["burnGrowth", "revenueGrowth"];
/** The inputs in US dollars. */
export const AMOUNT_INPUTS: readonly (keyof ScenarioInputs)[] = ["cash", "monthlyBurn", "monthlyRevenue"];

/** Why a typed input is refused: text that is not a number as analysts write one, or a number out of bounds. */
export type InputProblem =
  { readonly kind: "text"; readonly problem: NumberProblem } | { readonly kind: "bounds"; readonly problem: BoundsProblem };

export const isInputProblem = (checked: number | InputProblem): checked is InputProblem => typeof checked !== "number";

/**
 * Checks one input as the pane receives it (text from a field, as analysts write numbers: 20B,
 * 200億美元, 2%): the number, or what is wrong.
 */
export function checkInput(key: keyof ScenarioInputs, text: string, language: Language): number | InputProblem {
  const n = parseAnalystNumber(text, language, { percent: RATE_INPUTS.includes(key) });
  if (isNumberProblem(n)) return { kind: "text", problem: n };
  const problem = boundsProblem(n, INPUT_BOUNDS[key]);
  return problem === null ? n : { kind: "bounds", problem };
}

/** An input's value as its field shows it: an amount with every digit, grouped; a rate as a percentage; a year as it is. */
export function inputText(key: keyof ScenarioInputs, value: number, language: Language): string {
  if (RATE_INPUTS.includes(key)) return formatAnalystPercent(value, language);
  return AMOUNT_INPUTS.includes(key) ? formatAnalystNumber(value, language) : String(value);
}

/** A sheet- and name-safe id from a display name, unique among `taken`. */
export function scenarioId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]/g, "")
      .slice(0, 20) || "Scenario";
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!lower.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}
