/**
 * Every COMPUTE function with examples drawn from the article: `example` is the live formula the
 * About sheet shows (scalar, so spilled functions are wrapped in ROWS), and `args` are the
 * arguments the pane's Insert button starts from. A build test checks every name against the
 * generated functions.json, and the formula tests evaluate every example.
 */
import {
  computeExpression as call,
  excelExpression,
  num,
  partText,
  qualifiedName,
  text,
  wholeTable,
  type FormulaPart,
  type FunctionId,
} from "../formulas/build";
import { DEALS_TABLE } from "../tables/deals";

export interface FunctionExample {
  /** The function id, as in functions.json. */
  readonly id: FunctionId;
  readonly signature: string;
  /** A formula without its leading "=", shown as text and evaluated beside it. */
  readonly example: string;
  /** Arguments for an inserted formula. */
  readonly args: readonly FormulaPart[];
  /** How many leading arguments a selected range may supply. */
  readonly selectable: number;
}

const signature = (id: FunctionId, parameters: string) => `${qualifiedName(id)}(${parameters})`;
const metric = (entity: string, key: string) => call("METRIC", [text(entity), text(key)]);
const rows = (spill: FormulaPart) => partText(excelExpression("ROWS", [spill]));

export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  {
    id: "RUNWAY",
    signature: signature("RUNWAY", "cash, monthly_burn, [burn_growth], [monthly_revenue], [revenue_growth]"),
    example: partText(call("RUNWAY", [metric("xAI", "funding"), metric("xAI", "monthly_burn")])),
    args: [num(20000000000), num(1000000000)],
    selectable: 5,
  },
  {
    id: "BURN",
    signature: signature("BURN", "cash, months, [burn_growth]"),
    example: partText(call("BURN", [metric("xAI", "funding"), num(20)])),
    args: [num(20000000000), num(20)],
    selectable: 3,
  },
  {
    id: "AISHARE",
    signature: signature("AISHARE", "year, [method]"),
    example: partText(call("AISHARE", [num(2023.5)])),
    args: [num(2023.5)],
    selectable: 1,
  },
  {
    id: "AISHARES",
    signature: signature("AISHARES", "[from_year], [to_year], [method], [headers]"),
    example: rows(call("AISHARES", [num(2016), num(2035), text("logistic"), num(0)])),
    args: [num(2016), num(2035)],
    selectable: 2,
  },
  {
    id: "DEAL",
    signature: signature("DEAL", "deal_id, [field]"),
    example: partText(call("DEAL", [text("openai-oracle-compute")])),
    args: [text("openai-oracle-compute")],
    selectable: 1,
  },
  {
    id: "DEALS",
    signature: signature("DEALS", "[party], [headers], [deals]"),
    example: rows(call("DEALS", [text("Nvidia"), num(0)])),
    args: [text("Nvidia")],
    selectable: 1,
  },
  {
    id: "METRIC",
    signature: signature("METRIC", "entity, metric, [period], [field]"),
    example: partText(metric("OpenAI", "compute_cost")),
    args: [text("OpenAI"), text("compute_cost")],
    selectable: 3,
  },
  {
    id: "METRICS",
    signature: signature("METRICS", "[entity], [headers]"),
    example: rows(call("METRICS", [text("OpenAI"), num(0)])),
    args: [text("OpenAI")],
    selectable: 1,
  },
  {
    id: "SOURCE",
    signature: signature("SOURCE", "id, [language]"),
    example: partText(call("SOURCE", [text("xai-funding"), text("en")])),
    args: [text("xai-funding"), text("en")],
    selectable: 2,
  },
  {
    id: "FLOWS",
    signature: signature("FLOWS", "[entity], [direction], [headers], [deals]"),
    example: rows(call("FLOWS", [text("Nvidia"), text("both"), num(0)])),
    args: [text("Nvidia")],
    selectable: 2,
  },
  {
    id: "EXPOSURE",
    signature: signature("EXPOSURE", "entity, [direction], [deals]"),
    example: partText(call("EXPOSURE", [text("Oracle"), text("in")])),
    args: [text("Oracle"), text("in")],
    selectable: 2,
  },
  {
    id: "CYCLES",
    signature: signature("CYCLES", "[entity], [headers], [deals]"),
    example: rows(call("CYCLES", [text("Nvidia"), num(0)])),
    args: [text("Nvidia")],
    selectable: 1,
  },
  {
    id: "MONEYMAP",
    signature: signature("MONEYMAP", "[deals], [language]"),
    example: rows(call("MONEYMAP", [])),
    args: [wholeTable(DEALS_TABLE)],
    selectable: 1,
  },
  {
    id: "DEPENDENCE",
    signature: signature("DEPENDENCE", "entity, [counterparty], [direction], [deals]"),
    example: partText(call("DEPENDENCE", [text("Oracle"), text("OpenAI")])),
    args: [text("Oracle"), text("OpenAI")],
    selectable: 2,
  },
  {
    id: "STRESS",
    signature: signature("STRESS", "failed, [method], [headers], [deals]"),
    example: rows(call("STRESS", [text("Nvidia"), text("cascade"), num(0)])),
    args: [text("Nvidia")],
    selectable: 1,
  },
  {
    id: "SKIPPED",
    signature: signature("SKIPPED", "deals, [list]"),
    example: partText(call("SKIPPED", [wholeTable(DEALS_TABLE)])),
    args: [wholeTable(DEALS_TABLE)],
    selectable: 1,
  },
];
