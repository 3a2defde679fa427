/**
 * DEPENDENCE and STRESS: flows/stress.ts as the functions return it, over the dataset's money
 * map or a deals range's. An amount not stated is never a zero: a share that would rest on one
 * is #N/A saying so, and a loss that cannot be counted is the text "not stated".
 */
import type { CellValue } from "../cells";
import { dependence, dependences, stress, type StressMethod } from "../flows/stress";
import { withHeaderRow } from "../tables/tableView";
import { NOT_STATED_TEXT, type MoneyMapSource } from "./moneyMap";
import { isDomainError, notAvailable, type Outcome } from "./outcome";

export const DEPENDENCE_DIRECTIONS = ["in", "out"] as const;
export type DependenceDirection = (typeof DEPENDENCE_DIRECTIONS)[number];

export const DEPENDENCE_COLUMNS = ["counterparty", "share", "stated_usd", "flows_not_stated"] as const;
export const STRESS_COLUMNS = ["entity", "in_usd", "loss_usd", "loss_share", "round", "qualifier", "flows_not_stated"] as const;

const way = (direction: DependenceDirection) => (direction === "in" ? "money in" : "money out");

/**
 * The share of `entity`'s stated money in (or out) that `counterparty` pays (or receives); with
 * no counterparty, every counterparty's, largest first, with the flows that state no amount.
 */
export function dependenceValue(
  source: MoneyMapSource,
  entityName: string,
  counterpartyName: string | undefined,
  direction: DependenceDirection,
): Outcome<CellValue | CellValue[][]> {
  const entity = source.find(entityName);
  if (isDomainError(entity)) return entity;
  const all = dependences(source.graph, entity, direction);
  const name = source.nameOf(entity);
  const unstatedTotal = all[0]?.dependence.unstatedTotal ?? 0;
  if ((all[0]?.dependence.totalUsd ?? 0) === 0)
    return notAvailable(
      `${name} has no stated ${way(direction)}${unstatedTotal > 0 ? ` (${unstatedTotal} of its flows ${direction} state no amount)` : ""}`,
    );
  if (counterpartyName === undefined)
    return withHeaderRow(
      DEPENDENCE_COLUMNS,
      all.map(({ counterparty, dependence: d }) =>
        // A counterparty whose flows state no amount has no share to show, not a zero.
        d.statedUsd === 0 && d.unstated > 0
          ? [source.nameOf(counterparty), NOT_STATED_TEXT, NOT_STATED_TEXT, d.unstated]
          : [source.nameOf(counterparty), d.share ?? NOT_STATED_TEXT, d.statedUsd, d.unstated],
      ),
      true,
    );
  const counterparty = source.find(counterpartyName);
  if (isDomainError(counterparty)) return counterparty;
  const part = dependence(source.graph, entity, counterparty, direction);
  if (part.statedUsd === 0 && part.unstated > 0)
    return notAvailable(
      `the ${part.unstated === 1 ? "flow" : "flows"} between ${name} and ${source.nameOf(counterparty)} state no amount`,
    );
  return part.share ?? notAvailable(`${name} has no stated ${way(direction)}`);
}

/**
 * What each entity loses when `failed` stops paying: its stated money in, its loss in US$ and as
 * a share of that, the round the loss reaches it, how sure it is, and the flows into it from
 * distressed entities that state no amount (a loss that could not be counted).
 */
export function stressTable(
  source: MoneyMapSource,
  failedName: string,
  method: StressMethod,
  headers: boolean,
): Outcome<CellValue[][]> {
  const failed = source.find(failedName);
  if (isDomainError(failed)) return failed;
  if (source.graph.flowsOf(failed, "out").length === 0)
    return notAvailable(`${source.nameOf(failed)} pays no one in the deals: its failure passes nothing on`);
  const { losses } = stress(source.graph, failed, method);
  const rows = losses.map((loss): CellValue[] => {
    const counted = loss.share > 0 || loss.unstatedIn === 0;
    return [
      source.nameOf(loss.entity),
      loss.inUsd,
      counted ? loss.lossUsd : NOT_STATED_TEXT,
      counted ? loss.share : NOT_STATED_TEXT,
      loss.round,
      loss.qualifier,
      loss.unstatedIn,
    ];
  });
  return withHeaderRow(STRESS_COLUMNS, rows, headers);
}
