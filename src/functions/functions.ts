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
 * Each body is one line: the function's core (src/domain/formulas/cores.ts) reads the
 * arguments by spec and computes, and callCore turns its outcome into a cell or the matching
 * CustomFunctions.Error.
 */
import { bundledCatalog } from "../domain/dataset";
import { computeCores } from "../domain/formulas/cores";
import { MAX_RUNWAY_MONTHS } from "../domain/model/runway";
import { callCore, callSpillingCore } from "./excelErrors";

const cores = computeCores(bundledCatalog);

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
  return callCore(cores.RUNWAY, [cash, monthly_burn, burn_growth, monthly_revenue, revenue_growth]) as number;
}

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
  return callCore(cores.BURN, [cash, months, burn_growth]) as number;
}

/**
 * The AI share of total compute spending (IDC, Tsinghua GIRI and Inspur, 15 countries): exact at the article's years, linear between them, extrapolated after the last.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#aishare
 * @param year Calendar year; fractions allowed. Example: 2023.5.
 * @param [method] After the last year: "logistic" (default), "linear" or "hold".
 * @returns The share as a fraction from 0 to 1. Example: =COMPUTE.AISHARE(2021) is 0.12.
 */
export function aishare(year: any, method?: any): number {
  return callCore(cores.AISHARE, [year, method]) as number;
}

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
  return callSpillingCore(cores.AISHARES, [from_year, to_year, method, headers]);
}

/**
 * One field of one deal from the article; the headline US-dollar value by default.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#deal
 * @param deal_id The deal's id. Example: "openai-oracle-compute".
 * @param [field] value_usd (default), parties, direction, payer, payee, kind, capacity_gw, stake, share_price, qualifier, date, timing, status, condition, inferred, caveat, source, source_en or title.
 * @returns The field's value; a date, status or direction taken from context ends in "(inferred)". Example: =COMPUTE.DEAL("amd-openai-warrant", "qualifier") is "nearly".
 */
export function deal(deal_id: any, field?: any): any {
  return callCore(cores.DEAL, [deal_id, field]);
}

/**
 * A spilled table of the article's deals, with the Deals sheet's columns, id first; or the rows of your own deals range.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#deals
 * @param [party] Only the deals this company or body takes part in, in English or Chinese. Example: "Nvidia" or "英偉達".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns Rows of deals. Example: =COMPUTE.DEALS("Intel").
 */
export function deals(party?: any, headers?: any, deals?: any[][]): any[][] {
  return callSpillingCore(cores.DEALS, [party, headers, deals]);
}

/**
 * One compute-spend figure from the article, stated or derived.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#metric
 * @param entity Company or body, in English or Chinese. Example: "OpenAI".
 * @param metric Metric name. Example: "compute_cost", "revenue", "funding", "runway".
 * @param [period] Needed where a metric has several periods. Example: "2025-H1".
 * @param [field] value (default), qualifier, label, period, unit, basis, inferred, caveat or source.
 * @returns The figure, in the unit the Metrics table gives, or the field asked for. Example: =COMPUTE.METRIC("CHIPS Act", "policy_funding", , "qualifier") is "about".
 */
export function metric(entity: any, metric: any, period?: any, field?: any): any {
  return callCore(cores.METRIC, [entity, metric, period, field]);
}

/**
 * A spilled table of the article's compute-spend figures, stated and derived, id first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#metrics
 * @param [entity] Only this company's or body's figures. Example: "OpenAI".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @returns Rows of figures. Example: =COMPUTE.METRICS("xAI").
 */
export function metrics(entity?: any, headers?: any): any[][] {
  return callSpillingCore(cores.METRICS, [entity, headers]);
}

/**
 * The article's sentence behind a deal or figure.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#source
 * @param id The id of a deal or figure. Example: "xai-funding".
 * @param [language] "zh" (default) for the Chinese original, "en" for the English translation.
 * @returns The sentence. Example: =COMPUTE.SOURCE("xai-funding", "en").
 */
export function source(id: any, language?: any): string {
  return callCore(cores.SOURCE, [id, language]) as string;
}

/**
 * The money flows between companies and bodies, one row per deal: payer, payee, deal id, kind, stated US$, qualifier, status and direction.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#flows
 * @param [entity] Only this company's or body's flows, in English or Chinese. Example: "Nvidia".
 * @param [direction] "both" (default) for flows in and out, and deals without one direction; "in" or "out" for one side.
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns Rows of flows; an amount not given is "not stated". Example: =COMPUTE.FLOWS("Nvidia", "in", , Deals[#All]).
 */
export function flows(entity?: any, direction?: any, headers?: any, deals?: any[][]): any[][] {
  return callSpillingCore(cores.FLOWS, [entity, direction, headers, deals]);
}

/**
 * The stated US dollars flowing into a company or body, out of it, or in minus out, over the one-way deals; or how many flows state no amount.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#exposure
 * @param entity Company or body, in English or Chinese. Example: "OpenAI".
 * @param [direction] "net" (default, in minus out), "in" or "out"; "not_stated_in", "not_stated_out" or "not_stated" count the flows with no amount, "undirected" the links with no direction.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns Stated US dollars, which leave out the flows with no amount: count those with "not_stated". Example: =COMPUTE.EXPOSURE("Oracle", "not_stated_out", Deals[#All]).
 */
export function exposure(entity: any, direction?: any, deals?: any[][]): number {
  return callCore(cores.EXPOSURE, [entity, direction, deals]) as number;
}

/**
 * The circles in the money map, where money goes round and comes back (Nvidia → OpenAI → Oracle → Nvidia), up to 6 legs, the most money going round first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#cycles
 * @param [entity] Only the circles through this company or body, told from it. Example: "Oracle".
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns Rows of circle, legs, smallest stated leg in US$ (the most that can go all the way round, or "not stated"), legs without a stated amount, and whether any leg was read from context. Example: =COMPUTE.CYCLES(, , Deals[#All]).
 */
export function cycles(entity?: any, headers?: any, deals?: any[][]): any[][] {
  return callSpillingCore(cores.CYCLES, [entity, headers, deals]);
}

/**
 * The money map as a matrix: stated US dollars from each payer (rows) to each payee (columns), each row's total out and net, and a last row of totals in.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#moneymap
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @param [language] Words of the corner and totals: "en" (default), "zh-CN" or "zh-TW".
 * @returns Rows of the matrix, names first. Example: =COMPUTE.MONEYMAP(Deals[#All]).
 */
export function moneymap(deals?: any[][], language?: any): any[][] {
  return callSpillingCore(cores.MONEYMAP, [deals, language]);
}

/**
 * The share of a company's stated money in that one counterparty pays (or, with "out", of its stated money out that goes to it); without a counterparty, every counterparty's, largest first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#dependence
 * @param entity Company or body, in English or Chinese. Example: "Oracle".
 * @param [counterparty] The one that pays it (or that it pays). Omitted: a spilled row for each, with the flows that state no amount.
 * @param [direction] "in" (default) for its money in, "out" for its money out.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns A fraction from 0 to 1; #N/A where the entity has no stated money that way, or the flows between the two state no amount. Example: =COMPUTE.DEPENDENCE("Oracle", "OpenAI") is 1.
 */
export function dependence(entity: any, counterparty?: any, direction?: any, deals?: any[][]): any[][] {
  return callSpillingCore(cores.DEPENDENCE, [entity, counterparty, direction, deals]);
}

/**
 * What each company loses when one stops paying: its stated money in, its loss in US$ and as a share, the round the loss reaches it. Assumes a company that loses a share of its inflows cuts its outflows by the same share (DebtRank).
 * @customfunction
 * @helpurl https://localhost:3000/help.html#stress
 * @param failed The company or body that stops paying, in English or Chinese. Example: "Nvidia".
 * @param [method] "cascade" (default): the loss passes on, each company once; "direct": only the failed company's own payments.
 * @param [headers] 1 (default) for a header row, 0 for none.
 * @param [deals] Your deals: a range with the Deals table's header row, such as Deals[#All]. Default: the article's deals.
 * @returns Rows of entity, stated money in, loss in US$ ("not stated" where only flows without an amount reach it), loss share, round, qualifier and flows not stated. Example: =COMPUTE.STRESS("Nvidia").
 */
export function stress(failed: any, method?: any, headers?: any, deals?: any[][]): any[][] {
  return callSpillingCore(cores.STRESS, [failed, method, headers, deals]);
}

/**
 * The rows of a deals range the money-map functions could not read: a value that is not a number, a payer without a payee, a row with no parties.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#skipped
 * @param deals A range with the Deals table's header row, such as Deals[#All].
 * @param [list] 0 (default) for how many rows were skipped; 1 for which, and why, in one text.
 * @returns A count, or the rows and reasons. Example: =COMPUTE.SKIPPED(Deals[#All]) is 0 when every row was read.
 */
export function skipped(deals: any[][], list?: any): any {
  return callCore(cores.SKIPPED, [deals, list]);
}
