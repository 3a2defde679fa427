/**
 * Who depends on whom, and what spreads when one company stops paying.
 *
 * - Dependence: the share of an entity's stated money in that one counterparty pays (or of its
 *   stated money out that goes to one), over the flows with a stated amount. Flows without one
 *   count in neither part; they are counted beside.
 * - Stress: DebtRank (Battiston, Puliga, Kaushik, Tasca and Caldarelli, "DebtRank: Too Central
 *   to Fail?", Scientific Reports 2, 541, 2012) over the money map. The impact of j on i is the
 *   share of i's stated inflows that j pays (at most 1). The failed company has distress 1. In
 *   each round, every entity distressed in the round before passes its distress on once, each
 *   payee i gaining impact(j, i) × distress(j), capped at 1; then it is spent. The model's
 *   assumption, in one sentence: a company that loses a share of its inflows cuts its outflows
 *   by the same share. "direct" stops after the first round: only the failed company's own
 *   payments are lost.
 */
import type { Qualifier } from "../dataset/schema";
import type { FlowGraph } from "./graph";

export const STRESS_METHODS = ["cascade", "direct"] as const;
export type StressMethod = (typeof STRESS_METHODS)[number];

export interface Dependence {
  /** The counterparty's part over the entity's stated total that way; null where that total is 0. */
  readonly share: number | null;
  readonly statedUsd: number;
  readonly totalUsd: number;
  /** Flows between the two, that way, without a stated amount. */
  readonly unstated: number;
  /** Flows of the entity that way without a stated amount, any counterparty. */
  readonly unstatedTotal: number;
}

/** The flows of `entity` that way, by counterparty: stated US$ and how many state none. */
function byCounterparty(graph: FlowGraph, entity: string, direction: "in" | "out") {
  const parts = new Map<string, { statedUsd: number; unstated: number }>();
  for (const flow of graph.flowsOf(entity, direction)) {
    const other = direction === "in" ? flow.from : flow.to;
    const part = parts.get(other) ?? { statedUsd: 0, unstated: 0 };
    if (flow.valueUsd === null) part.unstated++;
    else part.statedUsd += flow.valueUsd;
    parts.set(other, part);
  }
  return parts;
}

/** The entity's dependence on each counterparty that way, largest share first. */
export function dependences(
  graph: FlowGraph,
  entity: string,
  direction: "in" | "out",
): { counterparty: string; dependence: Dependence }[] {
  const parts = byCounterparty(graph, entity, direction);
  let totalUsd = 0;
  let unstatedTotal = 0;
  for (const part of parts.values()) {
    totalUsd += part.statedUsd;
    unstatedTotal += part.unstated;
  }
  return [...parts]
    .map(([counterparty, part]) => ({
      counterparty,
      dependence: {
        share: totalUsd > 0 ? part.statedUsd / totalUsd : null,
        statedUsd: part.statedUsd,
        totalUsd,
        unstated: part.unstated,
        unstatedTotal,
      },
    }))
    .sort((a, b) => (b.dependence.share ?? -1) - (a.dependence.share ?? -1) || b.dependence.unstated - a.dependence.unstated);
}

/** One counterparty's part; zero parts where they share no flow. */
export function dependence(graph: FlowGraph, entity: string, counterparty: string, direction: "in" | "out"): Dependence {
  const all = dependences(graph, entity, direction);
  const found = all.find((d) => d.counterparty === counterparty);
  if (found) return found.dependence;
  const totalUsd = all[0]?.dependence.totalUsd ?? 0;
  return {
    share: totalUsd > 0 ? 0 : null,
    statedUsd: 0,
    totalUsd,
    unstated: 0,
    unstatedTotal: all[0]?.dependence.unstatedTotal ?? 0,
  };
}

/** What one entity loses when the failed one stops paying. */
export interface StressLoss {
  readonly entity: string;
  /** Its stated money in. */
  readonly inUsd: number;
  /** Its distress: the share of its stated inflows lost, from 0 to 1. */
  readonly share: number;
  readonly lossUsd: number;
  /** The round at which the loss first reaches it: 1 for the failed company's own payees. */
  readonly round: number;
  /** The loosest qualifier of the stated flows its loss is built on: exact, or about. */
  readonly qualifier: Extract<Qualifier, "exact" | "about">;
  /** Flows into it from distressed entities without a stated amount: a loss not counted. */
  readonly unstatedIn: number;
  /** Who passed it distress, each once, in the order they did. */
  readonly from: readonly { readonly entity: string; readonly round: number; readonly lossUsd: number }[];
}

export interface StressResult {
  readonly failed: string;
  readonly method: StressMethod;
  /** Every entity touched, the failed one aside, by round, then by loss, largest first. */
  readonly losses: readonly StressLoss[];
  /** How many rounds it took to stop. */
  readonly rounds: number;
}

/**
 * The losses when `failed` stops paying, as DebtRank computes them: every entity's distress
 * grows by what each entity distressed in the round before passes it (impact × that entity's
 * distress), capped at 1; an entity is distressed for one round only, then spent (the paper's
 * inactive state), so it passes its distress on once and the run ends after at most as many
 * rounds as there are entities. A spent entity still takes the losses that reach it later.
 * Flows without a stated amount pass nothing: their payees are listed with the count of them.
 */
export function stress(graph: FlowGraph, failed: string, method: StressMethod): StressResult {
  const distress = new Map<string, number>([[failed, 1]]);
  const spent = new Set<string>();
  const reached = new Map<string, number>();
  const approximate = new Set<string>();
  const unstatedIn = new Map<string, number>();
  const from = new Map<string, { entity: string; round: number; lossUsd: number }[]>();
  let distressed = [failed];
  let round = 0;
  while (distressed.length > 0 && (method === "cascade" || round === 0)) {
    round++;
    // Every gain of a round is computed from the distress of the round before.
    const gains = new Map<string, number>();
    for (const payer of distressed) {
      const h = distress.get(payer)!;
      for (const flow of graph.flowsOf(payer, "out")) {
        const payee = flow.to;
        if (payee === failed || payee === payer) continue;
        if (!reached.has(payee)) reached.set(payee, round);
        if (flow.valueUsd === null) {
          unstatedIn.set(payee, (unstatedIn.get(payee) ?? 0) + 1);
          continue;
        }
        const inflow = graph.exposureOf(payee).inUsd;
        // Stated inflows of nothing at all: nothing to lose.
        if (inflow <= 0) continue;
        const impact = Math.min(1, flow.valueUsd / inflow);
        gains.set(payee, (gains.get(payee) ?? 0) + impact * h);
        if (flow.deal.qualifier !== "exact" || approximate.has(payer)) approximate.add(payee);
        const list = from.get(payee) ?? [];
        list.push({ entity: payer, round, lossUsd: impact * h * inflow });
        from.set(payee, list);
      }
    }
    for (const payer of distressed) spent.add(payer);
    const next: string[] = [];
    for (const [entity, gain] of gains) {
      const was = distress.get(entity) ?? 0;
      distress.set(entity, Math.min(1, was + gain));
      if (!spent.has(entity) && was === 0 && gain > 0) next.push(entity);
    }
    distressed = next;
  }
  const losses = [...reached].map(([entity, at]): StressLoss => {
    const share = distress.get(entity) ?? 0;
    const inUsd = graph.exposureOf(entity).inUsd;
    return {
      entity,
      inUsd,
      share,
      lossUsd: share * inUsd,
      round: at,
      qualifier: approximate.has(entity) ? "about" : "exact",
      unstatedIn: unstatedIn.get(entity) ?? 0,
      from: from.get(entity) ?? [],
    };
  });
  losses.sort((a, b) => a.round - b.round || b.lossUsd - a.lossUsd || b.unstatedIn - a.unstatedIn);
  return { failed, method, losses, rounds: round };
}
