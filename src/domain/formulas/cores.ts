/**
 * The COMPUTE functions as plain computations over a catalog: one core per function id, each
 * reading its raw arguments (as Excel passes them) by declared spec and returning a cell value,
 * a spilled matrix, or a DomainError. The custom functions (src/functions) and the portable
 * workbook (src/export) both call these, so a formula computes the same everywhere.
 * No core throws: a bad argument is a DomainError naming it, a result that is not a finite
 * number becomes one too, and a bug is reported as an error value rather than escaping.
 */
import type { Catalog } from "../dataset";
import { createAiShareModel, DEFAULT_EXTRAPOLATION, EXTRAPOLATION_METHODS } from "../model/aiShare";
import { aiShareTable } from "../model/aiShareTable";
import { BOUNDS } from "../model/bounds";
import {
  dealField,
  dealsTable,
  DEAL_FIELDS,
  metricsTable,
  metricValue,
  METRIC_FIELDS,
  prepareLookups,
  sourceSentence,
  SOURCE_LANGUAGES,
} from "../model/lookups";
import { invalidArgument, isDomainError, type Outcome } from "../model/outcome";
import { burnForRunway, runwayMonths } from "../model/runway";
import {
  cyclesTable,
  EXPOSURE_SIDES,
  exposureValue,
  FLOW_DIRECTIONS,
  flowsTable,
  moneyMapMatrix,
  catalogMoneyMap,
  rangeMoneyMap,
  skippedRows,
  type MoneyMapSource,
} from "../model/moneyMap";
import { LANGUAGES, type Language } from "../language";
import { STRESS_METHODS } from "../flows/stress";
import { DEPENDENCE_DIRECTIONS, dependenceValue, stressTable } from "../model/dependence";
import { MATRIX_WORDS } from "../layout/tableWords";
import type { CellValue } from "../cells";
import { ArgumentError, choiceArg, flagArg, numberArg, optional, rangeArg, read, textArg, type ArgSpec } from "./args";
import type { FunctionId } from "./build";

export type CoreResult = CellValue | CellValue[][];
/** One function: raw arguments in, in the function's parameter order; a result or an error out. */
export type ComputeCore = (args: readonly unknown[]) => Outcome<CoreResult>;
export type ComputeCores = Readonly<Record<FunctionId, ComputeCore>>;

type ValuesOf<Specs extends readonly ArgSpec<unknown>[]> = { [K in keyof Specs]: Specs[K] extends ArgSpec<infer T> ? T : never };

function finite(value: CellValue, id: FunctionId): Outcome<CellValue> {
  return typeof value === "number" && !Number.isFinite(value)
    ? invalidArgument(`${id.toLowerCase()} is too large to show (${value})`)
    : value;
}

/** A result checked cell by cell: NaN and Infinity never reach a sheet. */
function checked(result: Outcome<CoreResult>, id: FunctionId): Outcome<CoreResult> {
  if (isDomainError(result)) return result;
  if (!Array.isArray(result)) return finite(result, id);
  for (const row of result)
    for (const cell of row) {
      const problem = finite(cell, id);
      if (isDomainError(problem)) return problem;
    }
  return result;
}

/** Stands in for the parameters a function does not have: reads anything as undefined. */
const NO_PARAMETER = optional(numberArg("unused"));
const MAX_PARAMETERS = 5;

/**
 * Binds a computation to its argument specs: reads each argument, then computes. The reads are
 * written out for the widest function (five parameters), padding the others with NO_PARAMETER,
 * so that every value stays a local: no array per call, and no number boxed into one.
 */
function core<const Specs extends readonly ArgSpec<unknown>[]>(
  id: FunctionId,
  specs: Specs,
  compute: (...values: ValuesOf<Specs>) => Outcome<CoreResult>,
): ComputeCore {
  if (specs.length > MAX_PARAMETERS) throw new Error(`${id} has more than ${MAX_PARAMETERS} parameters`);
  const [a, b, c, d, e] = [...specs, ...Array<ArgSpec<unknown>>(MAX_PARAMETERS).fill(NO_PARAMETER)];
  const run = compute as (...values: unknown[]) => Outcome<CoreResult>;
  return (args) => {
    try {
      return checked(run(read(a, args[0]), read(b, args[1]), read(c, args[2]), read(d, args[3]), read(e, args[4])), id);
    } catch (error) {
      if (error instanceof ArgumentError) return invalidArgument(error.message);
      return invalidArgument(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

// Omitted growth and revenue read as undefined; runwayMonths and burnForRunway own the defaults.
const growthArg = (name: string) => optional(numberArg(name, BOUNDS.growth));
const cashArg = numberArg("cash", BOUNDS.cash);
const methodArg = optional(choiceArg("method", EXTRAPOLATION_METHODS), DEFAULT_EXTRAPOLATION);
const headersArg = optional(flagArg("headers"), true);
const entityArg = textArg("entity", "a company or body in English or Chinese");
/** The analyst's deals: a range laid out as the Deals table, header row first. Omitted, the dataset's. */
const dealsArg = optional(rangeArg("deals", "a range with a header row holding the Deals table's columns, such as Deals[#All]"));
/** The words of a result, by language code as Excel users write it ("zh-TW"), matched without regard to case. */
const LANGUAGE_CODES = LANGUAGES.map((language) => language.toLowerCase());
const languageArg = optional(choiceArg("language", LANGUAGE_CODES), "en");
const languageOf = (code: string): Language => LANGUAGES.find((language) => language.toLowerCase() === code) ?? "en";

/** The argument specs of RUNWAY, which the custom function's inline fast path must agree with. */
export const RUNWAY_SPECS = [
  cashArg,
  numberArg("monthly_burn", BOUNDS.monthlyBurn),
  growthArg("burn_growth"),
  optional(numberArg("monthly_revenue", BOUNDS.monthlyRevenue)),
  growthArg("revenue_growth"),
] as const;

/** Every function's argument specs, in parameter order. */
const SPECS = {
  RUNWAY: RUNWAY_SPECS,
  BURN: [cashArg, numberArg("months", BOUNDS.months), growthArg("burn_growth")],
  AISHARE: [numberArg("year", BOUNDS.year), methodArg],
  AISHARES: [
    optional(numberArg("from_year", BOUNDS.wholeYear)),
    optional(numberArg("to_year", BOUNDS.wholeYear)),
    methodArg,
    headersArg,
  ],
  DEAL: [textArg("deal_id", 'a deal id such as "openai-oracle-compute"'), optional(choiceArg("field", DEAL_FIELDS), "value_usd")],
  DEALS: [optional(textArg("party", "a company name in English or Chinese")), headersArg, dealsArg],
  METRIC: [
    entityArg,
    textArg("metric", 'a metric name such as "compute_cost"'),
    optional(textArg("period", 'a period such as "2025-H1"')),
    optional(choiceArg("field", METRIC_FIELDS), "value"),
  ],
  METRICS: [optional(entityArg), headersArg],
  SOURCE: [textArg("id", "the id of a deal or figure"), optional(choiceArg("language", SOURCE_LANGUAGES), "zh")],
  FLOWS: [optional(entityArg), optional(choiceArg("direction", FLOW_DIRECTIONS), "both"), headersArg, dealsArg],
  EXPOSURE: [entityArg, optional(choiceArg("direction", EXPOSURE_SIDES), "net"), dealsArg],
  CYCLES: [optional(entityArg), headersArg, dealsArg],
  MONEYMAP: [dealsArg, languageArg],
  DEPENDENCE: [
    entityArg,
    optional(textArg("counterparty", "a company or body in English or Chinese")),
    optional(choiceArg("direction", DEPENDENCE_DIRECTIONS), "in"),
    dealsArg,
  ],
  STRESS: [
    textArg("failed", "the company or body that stops paying, in English or Chinese"),
    optional(choiceArg("method", STRESS_METHODS), "cascade"),
    headersArg,
    dealsArg,
  ],
  SKIPPED: [
    rangeArg("deals", "a range with a header row holding the Deals table's columns, such as Deals[#All]"),
    optional(flagArg("list"), false),
  ],
} as const satisfies Record<FunctionId, readonly ArgSpec<unknown>[]>;

/**
 * A call's arguments read by the function's own specs, defaults applied: the values its core
 * computes with. For arguments the core accepted; one it refuses throws an ArgumentError.
 */
export function readArguments<Id extends FunctionId>(id: Id, raw: readonly unknown[]): ValuesOf<(typeof SPECS)[Id]> {
  const specs: readonly ArgSpec<unknown>[] = SPECS[id];
  return specs.map((spec, i) => read(spec, raw[i])) as ValuesOf<(typeof SPECS)[Id]>;
}

/** A function's parameter names, as its #VALUE! messages name them. */
export const parameterNames = (id: FunctionId): readonly string[] => SPECS[id].map((spec) => spec.name);

/** Every function's core over one catalog, built once (the catalog never changes while it runs). */
export function computeCores(catalog: Catalog): ComputeCores {
  prepareLookups(catalog);
  const aiShareModel = createAiShareModel(catalog.aiShare);
  /** Computes over the money map of the deals range, or of the dataset where none is given. */
  const articleMap = catalogMoneyMap(catalog);
  const readRange = rangeMoneyMap(catalog);
  const over = (deals: readonly (readonly unknown[])[] | undefined, compute: (map: MoneyMapSource) => Outcome<CoreResult>) => {
    if (deals === undefined) return compute(articleMap);
    const map = readRange(deals);
    return isDomainError(map) ? map : compute(map);
  };
  return {
    RUNWAY: core("RUNWAY", SPECS.RUNWAY, runwayMonths),
    BURN: core("BURN", SPECS.BURN, burnForRunway),
    AISHARE: core("AISHARE", SPECS.AISHARE, (year, method) => aiShareModel.shareAt(year, method)),
    AISHARES: core("AISHARES", SPECS.AISHARES, (from, to, method, headers) =>
      aiShareTable(aiShareModel, from ?? aiShareModel.firstYear, to ?? aiShareModel.lastYear, method, headers),
    ),
    DEAL: core("DEAL", SPECS.DEAL, (id, field) => dealField(catalog, id, field)),
    DEALS: core("DEALS", SPECS.DEALS, (party, headers, deals) => dealsTable(catalog, party, headers, deals)),
    METRIC: core("METRIC", SPECS.METRIC, (entity, metric, period, field) => metricValue(catalog, entity, metric, period, field)),
    METRICS: core("METRICS", SPECS.METRICS, (entity, headers) => metricsTable(catalog, entity, headers)),
    SOURCE: core("SOURCE", SPECS.SOURCE, (id, language) => sourceSentence(catalog, id, language)),
    FLOWS: core("FLOWS", SPECS.FLOWS, (entity, direction, headers, deals) =>
      over(deals, (map) => flowsTable(map, entity, direction, headers)),
    ),
    EXPOSURE: core("EXPOSURE", SPECS.EXPOSURE, (entity, side, deals) => over(deals, (map) => exposureValue(map, entity, side))),
    CYCLES: core("CYCLES", SPECS.CYCLES, (entity, headers, deals) => over(deals, (map) => cyclesTable(map, entity, headers))),
    MONEYMAP: core("MONEYMAP", SPECS.MONEYMAP, (deals, language) =>
      over(deals, (map) => moneyMapMatrix(map, MATRIX_WORDS[languageOf(language)])),
    ),
    DEPENDENCE: core("DEPENDENCE", SPECS.DEPENDENCE, (entity, counterparty, direction, deals) =>
      over(deals, (map) => dependenceValue(map, entity, counterparty, direction)),
    ),
    STRESS: core("STRESS", SPECS.STRESS, (failed, method, headers, deals) =>
      over(deals, (map) => stressTable(map, failed, method, headers)),
    ),
    SKIPPED: core("SKIPPED", SPECS.SKIPPED, (deals, list) => over(deals, (map) => skippedRows(map, list))),
  };
}
