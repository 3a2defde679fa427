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
  /** Where each input came from, for those a preset gave and the analyst left as they were. */
  sources?: Partial<Record<keyof ScenarioInputs, InputSource>>;
}

export type PresetKey = "xai" | "openai" | "blank";

/** Why a preset takes a number the article does not give as such; scenario/words.ts words each. */
export const ASSUMPTIONS = [
  "announced-investment-as-cash",
  "net-loss-includes-revenue",
  "no-revenue-stated",
  "no-growth-stated",
  "article-present",
  "blank",
] as const;
export type Assumption = (typeof ASSUMPTIONS)[number];

/**
 * Where a preset's input comes from: a dataset figure, by id; or an assumption with its reason,
 * and the figure it starts from where there is one.
 */
export type InputSource =
  | { readonly kind: "figure"; readonly id: string }
  | { readonly kind: "assumption"; readonly reason: Assumption; readonly id?: string };

export interface Preset {
  readonly inputs: ScenarioInputs;
  readonly sources: Readonly<Record<keyof ScenarioInputs, InputSource>>;
}

/** The dataset's value of a figure or a deal's amount, by id. */
export function sourcedValue(catalog: Catalog, id: string): number {
  const metric = catalog.metric(id);
  if (metric) return metric.value;
  const amount = catalog.deal(id)?.valueUsd;
  if (amount === null || amount === undefined) throw new Error(`The dataset states no amount for ${id}`);
  return amount;
}

const figure = (id: string): InputSource => ({ kind: "figure", id });
const assumed = (reason: Assumption, id?: string): InputSource => ({ kind: "assumption", reason, ...(id && { id }) });

/** Each preset's inputs: every one a figure of the article's, or an assumption that says why. */
const PRESET_SOURCES: Readonly<Record<PresetKey, Readonly<Record<keyof ScenarioInputs, InputSource>>>> = {
  // US$20B of funding that "only lasts 20 months": US$1B a month.
  xai: {
    cash: figure("xai-funding"),
    monthlyBurn: figure("xai-monthly-burn"),
    burnGrowth: assumed("no-growth-stated"),
    monthlyRevenue: assumed("no-revenue-stated"),
    revenueGrowth: assumed("no-growth-stated"),
    startYear: assumed("article-present"),
  },
  // The first half's net loss a month (US$13.5B / 6), against Nvidia's announced US$100B
  // taken as if it were cash: the article gives OpenAI's cash on hand nowhere.
  openai: {
    cash: assumed("announced-investment-as-cash", "nvidia-openai-investment"),
    monthlyBurn: figure("openai-monthly-loss-2025h1"),
    burnGrowth: assumed("no-growth-stated"),
    monthlyRevenue: assumed("net-loss-includes-revenue"),
    revenueGrowth: assumed("no-growth-stated"),
    startYear: assumed("article-present"),
  },
  blank: {
    cash: assumed("blank"),
    monthlyBurn: assumed("blank"),
    burnGrowth: assumed("blank"),
    monthlyRevenue: assumed("blank"),
    revenueGrowth: assumed("blank"),
    startYear: assumed("article-present"),
  },
};

/** What an assumption with no figure behind it puts in its input. */
const ASSUMED_VALUE: Readonly<Record<keyof ScenarioInputs, number>> = {
  cash: 0,
  monthlyBurn: 1,
  burnGrowth: 0,
  monthlyRevenue: 0,
  revenueGrowth: 0,
  // The article's present: the alliances it dates from September 2025.
  startYear: 2025,
};

/** A preset: its inputs, each read from the dataset by the id its source names, and the sources. */
export function preset(catalog: Catalog, key: PresetKey): Preset {
  const sources = PRESET_SOURCES[key];
  const inputs = Object.fromEntries(
    (Object.keys(sources) as (keyof ScenarioInputs)[]).map((input) => {
      const source = sources[input];
      return [input, source.id === undefined ? ASSUMED_VALUE[input] : sourcedValue(catalog, source.id)];
    }),
  ) as unknown as ScenarioInputs;
  return { inputs, sources };
}

/** A preset's inputs alone. */
export const presetInputs = (catalog: Catalog, key: PresetKey): ScenarioInputs => preset(catalog, key).inputs;

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
