/**
 * Every COMPUTE function with examples drawn from the article: `example` is the live formula the
 * About sheet shows (scalar, so spilled functions are wrapped in ROWS), and `args` are the
 * arguments the pane's Insert button starts from. A build test checks every name against the
 * generated functions.json, and the formula tests evaluate every example.
 */
export interface FunctionExample {
  /** The function id, as in functions.json. */
  readonly id: string;
  readonly signature: string;
  /** A formula without its leading "=", shown as text and evaluated beside it. */
  readonly example: string;
  /** Arguments for an inserted formula, as formula text. */
  readonly args: readonly string[];
  /** How many leading arguments a selected range may supply. */
  readonly selectable: number;
}

export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  {
    id: "RUNWAY",
    signature: "COMPUTE.RUNWAY(cash, monthly_burn, [burn_growth], [monthly_revenue], [revenue_growth])",
    example: 'COMPUTE.RUNWAY(COMPUTE.METRIC("xAI","funding"),COMPUTE.METRIC("xAI","monthly_burn"))',
    args: ["20000000000", "1000000000"],
    selectable: 5,
  },
  {
    id: "BURN",
    signature: "COMPUTE.BURN(cash, months, [burn_growth])",
    example: 'COMPUTE.BURN(COMPUTE.METRIC("xAI","funding"),20)',
    args: ["20000000000", "20"],
    selectable: 3,
  },
  {
    id: "AISHARE",
    signature: "COMPUTE.AISHARE(year, [method])",
    example: "COMPUTE.AISHARE(2023.5)",
    args: ["2023.5"],
    selectable: 1,
  },
  {
    id: "AISHARES",
    signature: "COMPUTE.AISHARES([from_year], [to_year], [method], [headers])",
    example: 'ROWS(COMPUTE.AISHARES(2016,2035,"logistic",0))',
    args: ["2016", "2035"],
    selectable: 2,
  },
  {
    id: "DEAL",
    signature: "COMPUTE.DEAL(deal_id, [field])",
    example: 'COMPUTE.DEAL("openai-oracle-compute")',
    args: ['"openai-oracle-compute"'],
    selectable: 1,
  },
  {
    id: "DEALS",
    signature: "COMPUTE.DEALS([party], [headers])",
    example: 'ROWS(COMPUTE.DEALS("Nvidia",0))',
    args: ['"Nvidia"'],
    selectable: 1,
  },
  {
    id: "METRIC",
    signature: "COMPUTE.METRIC(entity, metric, [period])",
    example: 'COMPUTE.METRIC("OpenAI","compute_cost")',
    args: ['"OpenAI"', '"compute_cost"'],
    selectable: 3,
  },
  {
    id: "METRICS",
    signature: "COMPUTE.METRICS([entity], [headers])",
    example: 'ROWS(COMPUTE.METRICS("OpenAI",0))',
    args: ['"OpenAI"'],
    selectable: 1,
  },
  {
    id: "SOURCE",
    signature: "COMPUTE.SOURCE(id, [language])",
    example: 'COMPUTE.SOURCE("xai-funding","en")',
    args: ['"xai-funding"', '"en"'],
    selectable: 2,
  },
];
