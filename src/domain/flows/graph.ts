/**
 * The money map: the deals as a directed graph of money flows, built once per catalog. A deal
 * with one direction is a flow from the payer to the payee; a deal that runs both ways, or
 * whose direction the article does not state, is an undirected link, shown but in no circle.
 * Parallel flows between the same two entities in the same direction form one leg of a circle.
 */
import type { Catalog, CatalogDeal } from "../dataset";
import { pushTo } from "../dataset/catalog";
import { perCatalog } from "../dataset/perCatalog";
import { DEFAULT_CIRCLE_LIMITS, findCircles } from "./circles";

export interface Flow {
  readonly deal: CatalogDeal;
  /** Entity ids. */
  readonly from: string;
  readonly to: string;
  /** The stated amount in US$; null where the article states none. */
  readonly valueUsd: number | null;
  /** Its direction or its amount was read from context. */
  readonly inferred: boolean;
}

/** A deal without one direction, between its parties. */
export interface Link {
  readonly deal: CatalogDeal;
}

export interface Exposure {
  /** Stated US$ flowing in and out, and in minus out. */
  readonly inUsd: number;
  readonly outUsd: number;
  readonly netUsd: number;
  /** Its flows and links with no stated amount. */
  readonly unstated: number;
  /** Its flows in, and out, with no stated amount: what inUsd and outUsd leave out. */
  readonly unstatedIn: number;
  readonly unstatedOut: number;
  /** Its links whose direction the article does not state, with or without an amount: in neither total. */
  readonly undirected: number;
}

/** One step of a circle: every flow from one entity to the next. */
export interface Leg {
  readonly from: string;
  readonly to: string;
  readonly flows: readonly Flow[];
  /** The stated flows' total; null where none of them states an amount. */
  readonly statedUsd: number | null;
  readonly inferred: boolean;
}

export interface Circle {
  /** Entity ids in order; the last leg returns to the first. */
  readonly entities: readonly string[];
  readonly legs: readonly Leg[];
  /** The smallest stated leg: the most money that can go all the way round. Null where no leg states one. */
  readonly smallestStatedUsd: number | null;
  readonly unstatedLegs: number;
  readonly inferred: boolean;
}

export interface Circles {
  readonly circles: readonly Circle[];
  readonly maxLength: number;
  /** A circle longer than maxLength exists and is not listed. */
  readonly lengthCut: boolean;
  /** More circles exist than are listed. */
  readonly countCut: boolean;
}

export type FlowDirection = "in" | "out" | "both";

export interface FlowGraph {
  /** Entity ids with at least one flow, in the dataset's order. */
  readonly entities: readonly string[];
  readonly flows: readonly Flow[];
  readonly links: readonly Link[];
  flowsOf(entityId: string, direction: FlowDirection): readonly Flow[];
  linksOf(entityId: string): readonly Link[];
  /** Every entity of the catalog has one; zero where it has no flows. */
  exposureOf(entityId: string): Exposure;
}

const NO_EXPOSURE: Exposure = { inUsd: 0, outUsd: 0, netUsd: 0, unstated: 0, unstatedIn: 0, unstatedOut: 0, undirected: 0 };

export function buildFlowGraph(deals: readonly CatalogDeal[], entityOrder: readonly string[]): FlowGraph {
  const flows: Flow[] = [];
  const links: Link[] = [];
  for (const deal of deals) {
    if (deal.direction === "one-way" && deal.from && deal.to)
      flows.push({
        deal,
        from: deal.from,
        to: deal.to,
        valueUsd: deal.valueUsd,
        inferred: deal.inferred.direction !== undefined || deal.inferred.value !== undefined,
      });
    else links.push({ deal });
  }
  const outOf = new Map<string, Flow[]>();
  const into = new Map<string, Flow[]>();
  const both = new Map<string, Flow[]>();
  const linksBy = new Map<string, Link[]>();
  const totals = new Map<string, Omit<Exposure, "netUsd">>();
  const totalsOf = (id: string) => {
    let total = totals.get(id);
    if (!total) totals.set(id, (total = { inUsd: 0, outUsd: 0, unstated: 0, unstatedIn: 0, unstatedOut: 0, undirected: 0 }));
    return total as { -readonly [K in keyof Omit<Exposure, "netUsd">]: number };
  };
  for (const flow of flows) {
    pushTo(outOf, flow.from, flow);
    pushTo(into, flow.to, flow);
    pushTo(both, flow.from, flow);
    if (flow.to !== flow.from) pushTo(both, flow.to, flow);
    const payer = totalsOf(flow.from);
    const payee = totalsOf(flow.to);
    if (flow.valueUsd === null) {
      payer.unstated++;
      payer.unstatedOut++;
      payee.unstatedIn++;
      if (payee !== payer) payee.unstated++;
    } else {
      payer.outUsd += flow.valueUsd;
      payee.inUsd += flow.valueUsd;
    }
  }
  for (const link of links)
    for (const party of new Set(link.deal.parties)) {
      pushTo(linksBy, party, link);
      const total = totalsOf(party);
      total.undirected++;
      if (link.deal.valueUsd === null) total.unstated++;
    }
  const exposures = new Map<string, Exposure>();
  for (const [id, t] of totals) exposures.set(id, { ...t, netUsd: t.inUsd - t.outUsd });
  const inFlows = new Set(flows.flatMap((f) => [f.from, f.to]));
  const known = new Set(entityOrder);
  const lists = { in: into, out: outOf, both };
  return {
    // A flow whose party the dataset does not list comes last, rather than being lost.
    entities: [...entityOrder.filter((id) => inFlows.has(id)), ...[...inFlows].filter((id) => !known.has(id))],
    flows,
    links,
    flowsOf: (entityId, direction) => lists[direction].get(entityId) ?? [],
    linksOf: (entityId) => linksBy.get(entityId) ?? [],
    exposureOf: (entityId) => exposures.get(entityId) ?? NO_EXPOSURE,
  };
}

/** The catalog's money map, built the first time it is asked for. */
export const flowGraph = perCatalog((catalog: Catalog) =>
  buildFlowGraph(
    catalog.deals,
    catalog.entities.map((e) => e.id),
  ),
);

/** Kinds of deal that put money into a circle rather than pay for something within it. */
const INVESTMENTS: readonly string[] = ["equity-investment", "programme-investment", "government-stake"];

/**
 * Where a circle is told from: the entity asked about; otherwise the payer of its first
 * investment, where the money enters it ("Nvidia → OpenAI → Oracle → Nvidia"); otherwise its
 * first entity in the dataset's order.
 */
function rotated(circle: Circle, startAt: string | undefined): Circle {
  const first = startAt ?? circle.legs.find((leg) => leg.flows.some((f) => INVESTMENTS.includes(f.deal.kind)))?.from;
  const shift = first === undefined ? 0 : Math.max(0, circle.entities.indexOf(first));
  if (shift === 0) return circle;
  const turn = <T>(items: readonly T[]) => [...items.slice(shift), ...items.slice(0, shift)];
  return { ...circle, entities: turn(circle.entities), legs: turn(circle.legs) };
}

function leg(from: string, to: string, flows: readonly Flow[]): Leg {
  const stated = flows.filter((f) => f.valueUsd !== null);
  return {
    from,
    to,
    flows,
    statedUsd: stated.length === 0 ? null : stated.reduce((sum, f) => sum + (f.valueUsd ?? 0), 0),
    inferred: flows.some((f) => f.inferred),
  };
}

/** A circle's figures, in one pass: a dense map has thousands of circles. */
function circleOf(entities: readonly string[], legs: readonly Leg[]): Circle {
  let smallest: number | null = null;
  let unstated = 0;
  let inferred = false;
  for (const l of legs) {
    if (l.statedUsd === null) unstated++;
    else if (smallest === null || l.statedUsd < smallest) smallest = l.statedUsd;
    inferred ||= l.inferred;
  }
  return { entities, legs, smallestStatedUsd: smallest, unstatedLegs: unstated, inferred };
}

/**
 * Every circle of the map up to the length limit, largest smallest stated leg first (the most
 * money going round), then shortest; each told from where its money enters.
 */
export function mapCircles(graph: FlowGraph, limits = DEFAULT_CIRCLE_LIMITS): Circles {
  const index = new Map(graph.entities.map((id, i) => [id, i]));
  // Each node's legs, by the node they lead to; a leg is built once, however many circles share it.
  const legsFrom = graph.entities.map(() => new Map<number, { flows: Flow[]; leg?: Leg }>());
  for (const flow of graph.flows) {
    const targets = legsFrom[index.get(flow.from)!];
    const to = index.get(flow.to)!;
    const found = targets.get(to);
    if (found) found.flows.push(flow);
    else targets.set(to, { flows: [flow] });
  }
  const successors = legsFrom.map((targets) => [...targets.keys()]);
  const legOf = (from: number, to: number): Leg => {
    const entry = legsFrom[from].get(to)!;
    entry.leg ??= leg(graph.entities[from], graph.entities[to], entry.flows);
    return entry.leg;
  };
  const search = findCircles(successors, limits);
  const circles = search.circles.map((nodes) => {
    const legs = nodes.map((from, i) => legOf(from, nodes[(i + 1) % nodes.length]));
    return rotated(
      circleOf(
        nodes.map((i) => graph.entities[i]),
        legs,
      ),
      undefined,
    );
  });
  circles.sort((a, b) => (b.smallestStatedUsd ?? -1) - (a.smallestStatedUsd ?? -1) || a.legs.length - b.legs.length);
  return { circles, maxLength: limits.maxLength, lengthCut: search.lengthCut, countCut: search.countCut };
}

/** The catalog's circles, searched the first time they are asked for. */
export const catalogCircles = perCatalog((catalog: Catalog) => mapCircles(flowGraph(catalog)));

/** The circles through one entity, each told from it. */
export function circlesThrough(circles: Circles, entityId: string): Circle[] {
  return circles.circles.filter((c) => c.entities.includes(entityId)).map((c) => rotated(c, entityId));
}
