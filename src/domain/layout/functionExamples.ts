/**
 * The function list the About sheet shows, each with a live example drawn from the article.
 * A build test checks every signature against the generated functions.json, and the formula
 * tests evaluate every example, so this list cannot drift from the functions themselves.
 */
export interface FunctionExample {
  readonly signature: string;
  /** A formula without its leading "=", shown as text and evaluated beside it. */
  readonly example: string;
}

export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  {
    signature: "COMPUTE.RUNWAY(cash, monthly_burn, [burn_growth], [monthly_revenue], [revenue_growth])",
    example: 'COMPUTE.RUNWAY(COMPUTE.METRIC("xAI","funding"),COMPUTE.METRIC("xAI","monthly_burn"))',
  },
  { signature: "COMPUTE.BURN(cash, months, [burn_growth])", example: 'COMPUTE.BURN(COMPUTE.METRIC("xAI","funding"),20)' },
  { signature: "COMPUTE.AISHARE(year, [method])", example: "COMPUTE.AISHARE(2023.5)" },
  {
    signature: "COMPUTE.AISHARES([from_year], [to_year], [method], [headers])",
    example: 'ROWS(COMPUTE.AISHARES(2016,2035,"logistic",0))',
  },
  { signature: "COMPUTE.DEAL(deal_id, [field])", example: 'COMPUTE.DEAL("openai-oracle-compute")' },
  { signature: "COMPUTE.DEALS([party], [headers])", example: 'ROWS(COMPUTE.DEALS("Nvidia",0))' },
  { signature: "COMPUTE.METRIC(entity, metric, [period])", example: 'COMPUTE.METRIC("OpenAI","compute_cost")' },
  { signature: "COMPUTE.METRICS([entity], [headers])", example: 'ROWS(COMPUTE.METRICS("OpenAI",0))' },
  { signature: "COMPUTE.SOURCE(id, [language])", example: 'COMPUTE.SOURCE("xai-funding","en")' },
];
