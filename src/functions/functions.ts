/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are `any` on purpose: with a declared `number`, Excel rejects text with a bare
 * #VALUE! before our code runs. Taking `any` lets every function answer with a message
 * that names the argument and what it should be. Return types stay precise.
 */
/**
 * The COMPUTE custom functions. Each is a top-level function declaration, because
 * custom-functions-metadata-plugin reads only those, generates functions.json from the JSDoc
 * and appends the CustomFunctions.associate calls. Ids are the upper-case function names:
 * renaming one breaks every workbook that uses it (Excel caches metadata for up to 24 h),
 * and the functions.json snapshot test makes that visible.
 *
 * Each body reads its arguments by spec, calls the pure core and maps the outcome; anything
 * thrown on the way leaves as a CustomFunctions.Error through forExcel.
 */
import { bundledCatalog } from "../domain/dataset";
import { createAiShareModel, DEFAULT_EXTRAPOLATION, EXTRAPOLATION_METHODS } from "../domain/model/aiShare";
import { aiShareTable } from "../domain/model/aiShareTable";
import {
  dealField,
  dealsTable,
  DEAL_FIELDS,
  metricsTable,
  metricValue,
  prepareLookups,
  sourceSentence,
  SOURCE_LANGUAGES,
} from "../domain/model/lookups";
import { burnForRunway, MAX_RUNWAY_MONTHS, runwayMonths } from "../domain/model/runway";
import { choiceArg, flagArg, numberArg, optional, read, textArg } from "./args";
import { forExcel, toCell, toMatrix } from "./excelErrors";

const catalog = bundledCatalog;
prepareLookups(catalog);
const aiShareModel = createAiShareModel(catalog.aiShare);

// Omitted growth and revenue read as undefined; runwayMonths and burnForRunway own the defaults.
const growth = (name: string) => optional(numberArg(name, { greaterThan: -1 }));

const RUNWAY_ARGS = {
  cash: numberArg("cash", { min: 0 }),
  monthlyBurn: numberArg("monthly_burn", { greaterThan: 0 }),
  burnGrowth: growth("burn_growth"),
  monthlyRevenue: optional(numberArg("monthly_revenue", { min: 0 })),
  revenueGrowth: growth("revenue_growth"),
};

/**
 * Months until cash runs out: the first month at which the cumulative net burn (burn minus revenue, each growing at its own monthly rate) uses up the cash. #N/A when that takes more than 1,200 months.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#runway
 * @param cash Cash on hand, in US dollars. Example: 20000000000 (xAI's funding).
 * @param monthly_burn Spending in the first month, in US dollars. Example: 1000000000.
 * @param [burn_growth] Monthly growth of the burn, as a fraction (0.02 is 2% a month). Default 0.
 * @param [monthly_revenue] Revenue in the first month, in US dollars. Default 0.
 * @param [revenue_growth] Monthly growth of revenue, as a fraction. Default 0.
 * @returns Months of runway, fractional. Example: =COMPUTE.RUNWAY(20000000000, 1000000000) is 20.
 */
export function runway(cash: any, monthly_burn: any, burn_growth?: any, monthly_revenue?: any, revenue_growth?: any): number {
  // The call analysts fill thousands of cells with: plain numbers for cash and burn, nothing
  // else. Its answer is cash / burn, so the checks are written out here, small enough for the
  // engine to inline the whole call; anything they do not accept takes the full path, which
  // gives the same answer or the error. A property test holds the two paths to each other.
  if (
    typeof cash === "number" &&
    typeof monthly_burn === "number" &&
    burn_growth == null &&
    monthly_revenue == null &&
    revenue_growth == null
  ) {
    const months = cash / monthly_burn;
    // NaN fails every comparison; a finite cash over a finite burn cannot overflow; + 0 turns -0 into 0.
    if (cash >= 0 && monthly_burn > 0 && monthly_burn < Infinity && months <= MAX_RUNWAY_MONTHS) return months + 0;
  }
  return runwayByArgs(cash, monthly_burn, burn_growth, monthly_revenue, revenue_growth);
}

function runwayByArgs(
  cash: unknown,
  monthly_burn: unknown,
  burn_growth: unknown,
  monthly_revenue: unknown,
  revenue_growth: unknown,
) {
  try {
    const months = runwayMonths(
      read(RUNWAY_ARGS.cash, cash),
      read(RUNWAY_ARGS.monthlyBurn, monthly_burn),
      read(RUNWAY_ARGS.burnGrowth, burn_growth),
      read(RUNWAY_ARGS.monthlyRevenue, monthly_revenue),
      read(RUNWAY_ARGS.revenueGrowth, revenue_growth),
    );
    return toCell(months, "runway");
  } catch (error) {
    throw forExcel(error);
  }
}

const BURN_ARGS = { cash: RUNWAY_ARGS.cash, months: numberArg("months", { greaterThan: 0 }), burnGrowth: growth("burn_growth") };

/**
 * The monthly burn that spends the cash in exactly that many months; with a growth rate, the first month's burn. The inverse of RUNWAY.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#burn
 * @param cash Cash on hand, in US dollars. Example: 20000000000.
 * @param months Months the cash should last. Example: 20.
 * @param [burn_growth] Monthly growth of the burn, as a fraction. Default 0.
 * @returns US dollars a month. Example: =COMPUTE.BURN(20000000000, 20) is 1000000000.
 */
export function burn(cash: any, months: any, burn_growth?: any): number {
  try {
    const burnPerMonth = burnForRunway(
      read(BURN_ARGS.cash, cash),
      read(BURN_ARGS.months, months),
      read(BURN_ARGS.burnGrowth, burn_growth),
    );
    return toCell(burnPerMonth, "burn");
  } catch (error) {
    throw forExcel(error);
  }
}

const methodArg = optional(choiceArg("method", EXTRAPOLATION_METHODS), DEFAULT_EXTRAPOLATION);
/** Excel's calendar ends in 9999; later "years" are typos, and lose integer precision far out. */
const LAST_YEAR = 9999;
const yearArg = numberArg("year", { max: LAST_YEAR });

/**
 * The AI share of total compute spending (IDC, Tsinghua GIRI and Inspur, 15 countries): exact at the article's years, linear between them, extrapolated after the last.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#aishare
 * @param year Calendar year; fractions allowed. Example: 2023.5.
 * @param [method] After the last year: "logistic" (default), "linear" or "hold".
 * @returns The share as a fraction from 0 to 1. Example: =COMPUTE.AISHARE(2021) is 0.12.
 */
export function aishare(year: any, method?: any): number {
  try {
    return toCell(aiShareModel.shareAt(read(yearArg, year), read(methodArg, method)), "aishare");
  } catch (error) {
    throw forExcel(error);
  }
}

const headersArg = optional(flagArg("headers"), true);
const AISHARES_ARGS = {
  fromYear: optional(numberArg("from_year", { integer: true, max: LAST_YEAR }), aiShareModel.firstYear),
  toYear: optional(numberArg("to_year", { integer: true, max: LAST_YEAR }), aiShareModel.lastYear),
};

/**
 * A spilled table of year and AI share, one row a year, like STOCKHISTORY.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#aishares
 * @param [from_year] First year, a whole number. Default: the first year of the series (2016).
 * @param [to_year] Last year, a whole number. Default: the last year of the series (2025).
 * @param [method] Extrapolation after the last year: "logistic" (default), "linear" or "hold".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @returns Rows of year and share. Example: =COMPUTE.AISHARES(2016, 2030).
 */
export function aishares(from_year?: any, to_year?: any, method?: any, headers?: any): any[][] {
  try {
    const from = read(AISHARES_ARGS.fromYear, from_year);
    const to = read(AISHARES_ARGS.toYear, to_year);
    return toMatrix(aiShareTable(aiShareModel, from, to, read(methodArg, method), read(headersArg, headers)), "aishares");
  } catch (error) {
    throw forExcel(error);
  }
}

const DEAL_ARGS = {
  dealId: textArg("deal_id", 'a deal id such as "openai-oracle-compute"'),
  field: optional(choiceArg("field", DEAL_FIELDS), "value_usd"),
};

/**
 * One field of one deal from the article; the headline US-dollar value by default.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#deal
 * @param deal_id The deal's id. Example: "openai-oracle-compute".
 * @param [field] value_usd (default), parties, direction, kind, capacity_gw, stake, share_price, date, status, source, source_en or title.
 * @returns The field's value. Example: =COMPUTE.DEAL("openai-oracle-compute") is 300000000000.
 */
export function deal(deal_id: any, field?: any): any {
  try {
    return toCell(dealField(catalog, read(DEAL_ARGS.dealId, deal_id), read(DEAL_ARGS.field, field)), "deal");
  } catch (error) {
    throw forExcel(error);
  }
}

const partyArg = optional(textArg("party", "a company name in English or Chinese"));

/**
 * A spilled table of the article's deals, with the Deals sheet's columns, id first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#deals
 * @param [party] Only the deals this company or body takes part in, in English or Chinese. Example: "Nvidia" or "英偉達".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @returns Rows of deals. Example: =COMPUTE.DEALS("Intel").
 */
export function deals(party?: any, headers?: any): any[][] {
  try {
    return toMatrix(dealsTable(catalog, read(partyArg, party), read(headersArg, headers)), "deals");
  } catch (error) {
    throw forExcel(error);
  }
}

const entityArg = textArg("entity", "a company or body in English or Chinese");
const METRIC_ARGS = {
  entity: entityArg,
  metric: textArg("metric", 'a metric name such as "compute_cost"'),
  period: optional(textArg("period", 'a period such as "2025-H1"')),
};

/**
 * One compute-spend figure from the article, stated or derived.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#metric
 * @param entity Company or body, in English or Chinese. Example: "OpenAI".
 * @param metric Metric name. Example: "compute_cost", "revenue", "funding", "runway".
 * @param [period] Needed where a metric has several periods. Example: "2025-H1".
 * @returns The figure, in the unit the Metrics table gives. Example: =COMPUTE.METRIC("OpenAI", "compute_cost") is 16000000000.
 */
export function metric(entity: any, metric: any, period?: any): number {
  try {
    const figure = metricValue(
      catalog,
      read(METRIC_ARGS.entity, entity),
      read(METRIC_ARGS.metric, metric),
      read(METRIC_ARGS.period, period),
    );
    return toCell(figure, "metric");
  } catch (error) {
    throw forExcel(error);
  }
}

const optionalEntityArg = optional(entityArg);

/**
 * A spilled table of the article's compute-spend figures, stated and derived, id first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#metrics
 * @param [entity] Only this company's or body's figures. Example: "OpenAI".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @returns Rows of figures. Example: =COMPUTE.METRICS("xAI").
 */
export function metrics(entity?: any, headers?: any): any[][] {
  try {
    return toMatrix(metricsTable(catalog, read(optionalEntityArg, entity), read(headersArg, headers)), "metrics");
  } catch (error) {
    throw forExcel(error);
  }
}

const SOURCE_ARGS = {
  id: textArg("id", "the id of a deal or figure"),
  language: optional(choiceArg("language", SOURCE_LANGUAGES), "zh"),
};

/**
 * The article's sentence behind a deal or figure.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#source
 * @param id The id of a deal or figure. Example: "xai-funding".
 * @param [language] "zh" (default) for the Chinese original, "en" for the English translation.
 * @returns The sentence. Example: =COMPUTE.SOURCE("xai-funding", "en").
 */
export function source(id: any, language?: any): string {
  try {
    return toCell(sourceSentence(catalog, read(SOURCE_ARGS.id, id), read(SOURCE_ARGS.language, language)), "source");
  } catch (error) {
    throw forExcel(error);
  }
}
