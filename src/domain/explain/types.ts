/**
 * An explanation of one cell, as data: what the Explain view renders, in any language. Numbers
 * stay numbers and words stay keys; the pane's string tables turn them into sentences.
 */
import type { CellValue } from "../cells";
import type { AiShareStatus, Caveat, MetricUnit, Qualifier } from "../dataset/schema";
import type { FunctionId } from "../formulas/build";
import type { FieldBasis } from "../dataset/provenance";
import type { ExtrapolationMethod } from "../model/aiShare";
import type { SkipReason } from "../flows/dealsRange";

/** One piece of a derived figure's formula in words: text, an operator, or an input to link. */
export type FormulaWord =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "operator"; readonly operator: "+" | "−" | "×" | "÷" }
  | { readonly kind: "open" }
  | { readonly kind: "close" }
  | { readonly kind: "input"; readonly id: string };

export interface DerivedInput {
  readonly id: string;
  readonly label: string;
  readonly labelZh: string;
  readonly value: number;
  readonly unit: MetricUnit;
  readonly qualifier: Qualifier;
}

/** Where a dataset figure comes from and how sure it is. */
export interface FigureExplanation {
  readonly id: string;
  readonly record: "deal" | "metric" | "ai-share" | "event";
  /** The table column the figure is in: value_usd, value, share… */
  readonly field: string;
  readonly title: string;
  readonly titleZh: string;
  /** The dataset's figure; null for a column that holds no number (a date, a status). */
  readonly value: number | null;
  readonly unit: MetricUnit | null;
  /** How the article qualifies the figure; null where the record has no figure to qualify. */
  readonly qualifier: Qualifier | null;
  /** The significant digits a derived figure's inputs support; null for a stated figure. */
  readonly significantDigits: number | null;
  /** What the article says of this field (dataset/provenance.ts): stated, inferred, derived, a forecast, or nothing. */
  readonly basis: FieldBasis;
  /** Why it was read from context, the method it was derived by, or what makes it a forecast; null otherwise. */
  readonly why: string | null;
  readonly caveat: Caveat | null;
  readonly sourceZh: string;
  readonly sourceEn: string;
  /** Where the figure is written in the Chinese sentence; null where the sentence does not write it as a number. */
  readonly highlight: { readonly start: number; readonly end: number } | null;
  readonly datasetVersion: string;
  /** A derived figure's method and formula in words, each input linkable. */
  readonly derived: {
    readonly method: string;
    readonly words: readonly FormulaWord[];
    readonly inputs: readonly DerivedInput[];
  } | null;
  /** The analyst's own value where the cell no longer holds the dataset's (an override). */
  readonly overriddenBy: CellValue | null;
}

/** One argument of a COMPUTE call, as written and as it was when read. */
export interface ArgumentExplanation {
  /** The parameter's name, as the function's messages use it (cash, monthly_burn). */
  readonly name: string;
  /** The argument as written in the formula; "" where it is omitted. */
  readonly text: string;
  /** Its value; null where it is omitted, or could not be read here (a range, an unknown construct). */
  readonly value: CellValue | null;
  /** The cells it reads, sheet-qualified, for a link that selects them; null for a constant. */
  readonly reference: string | null;
}

/** The result's change when one input moves ±10%, all else held. */
export interface Sensitivity {
  readonly input: string;
  readonly base: number;
  /** The result with the input 10% lower and 10% higher; null where the function has no result then. */
  readonly low: number | null;
  readonly high: number | null;
  /** The larger of the two changes, in the result's unit: the tornado's sort key. */
  readonly swing: number;
}

export interface RunwayDetail {
  readonly kind: "runway";
  readonly fn: "RUNWAY" | "BURN";
  readonly cash: number;
  /** The month-1 burn: the argument for RUNWAY, the result for BURN. */
  readonly monthlyBurn: number;
  readonly burnGrowth: number;
  readonly monthlyRevenue: number;
  readonly revenueGrowth: number;
  /** The months the cash lasts: the result for RUNWAY, the argument for BURN. */
  readonly months: number;
  /** constant: cash ÷ burn; growing: burn grows; with-revenue: revenue offsets the burn. */
  readonly form: "constant" | "growing" | "with-revenue";
  /** Cash left at the start of each month, from month 0 until it runs out. */
  readonly balance: readonly { readonly month: number; readonly cash: number }[];
  /** Sorted by swing, largest first. */
  readonly sensitivity: readonly Sensitivity[];
}

export type AiSharePlacement =
  | { readonly kind: "exact"; readonly point: AiShareChartPoint }
  | { readonly kind: "interpolated"; readonly left: AiShareChartPoint; readonly right: AiShareChartPoint }
  | {
      readonly kind: "extrapolated";
      readonly method: ExtrapolationMethod;
      readonly from: AiShareChartPoint;
      /** logistic: steepness a year (of logit share); linear: share points a year; hold: none. */
      readonly parameter: number | null;
    };

export interface AiShareChartPoint {
  readonly year: number;
  readonly share: number;
  readonly status: AiShareStatus;
}

export interface AiShareDetail {
  readonly kind: "aishare";
  readonly year: number;
  readonly share: number;
  readonly placement: AiSharePlacement;
  readonly series: readonly AiShareChartPoint[];
}

/** STRESS's chain: who lost what from whom, round by round; names as the results show them. */
export interface StressDetail {
  readonly kind: "stress";
  readonly failed: string;
  readonly method: "cascade" | "direct";
  readonly steps: readonly { readonly round: number; readonly from: string; readonly to: string; readonly lossUsd: number }[];
  /** Entities reached only by flows that state no amount. */
  readonly unstated: readonly { readonly round: number; readonly to: string }[];
}

/** DEPENDENCE's parts: each counterparty's share of the entity's stated money that way. */
export interface DependenceDetail {
  readonly kind: "dependence";
  readonly entity: string;
  readonly direction: "in" | "out";
  readonly parts: readonly {
    readonly counterparty: string;
    readonly share: number | null;
    readonly statedUsd: number;
    readonly unstated: number;
  }[];
}

export type CallDetail =
  | { readonly kind: "figure"; readonly figure: FigureExplanation }
  | RunwayDetail
  | AiShareDetail
  | StressDetail
  | DependenceDetail;

export interface CallExplanation {
  readonly fn: FunctionId;
  readonly formula: string;
  readonly args: readonly ArgumentExplanation[];
  /** The error the function gives with these arguments, and the argument it names where it names one. */
  readonly error: { readonly code: "#VALUE!" | "#N/A"; readonly message: string; readonly argument: string | null } | null;
  /** The function's result with these arguments, where it is one value. */
  readonly result: CellValue | null;
  readonly detail: CallDetail | null;
}

export interface Precedent {
  /** Sheet-qualified address, for a link that selects it. */
  readonly address: string;
  /** What the cells hold, where read: the formula of a one-cell precedent. */
  readonly formula: string | null;
  /** Whether it holds a COMPUTE formula or sits in a table the dataset fills. */
  readonly fromCompute: boolean;
}

/** How the money-map functions, given the Deals table (Deals[#All]), read one of the analyst's rows. */
export type RowReading =
  | { readonly kind: "flow"; readonly from: string; readonly to: string; readonly valueUsd: number | null }
  | { readonly kind: "link"; readonly parties: readonly string[] }
  | { readonly kind: "skipped"; readonly reason: SkipReason };

/** A row of the analyst's own in a table laid out as the Deals table: theirs, not the article's. */
export interface AnalystRowExplanation {
  readonly id: string;
  readonly table: string;
  readonly reading: RowReading;
}

export type Explanation =
  | { readonly kind: "figure"; readonly address: string; readonly figure: FigureExplanation }
  | { readonly kind: "analystRow"; readonly address: string; readonly row: AnalystRowExplanation }
  | { readonly kind: "call"; readonly address: string; readonly call: CallExplanation }
  | { readonly kind: "precedents"; readonly address: string; readonly formula: string; readonly precedents: readonly Precedent[] }
  | { readonly kind: "nothing"; readonly address: string };
