/**
 * The money map's costs: EXPOSURE per call, FLOWS over the 1000× dataset, and the circle search
 * on a dense random graph of 1,000 entities and 15,000 deals, where the limits bound the run.
 */
import { bundledCatalog, bundledDataset, type CatalogDeal } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { buildFlowGraph, flowGraph, mapCircles } from "../../src/domain/flows/graph";
import { exposureValue, flowsTable } from "../../src/domain/model/moneyMap";
import * as functions from "../../src/functions/functions";
import { scaledDataset } from "../support/syntheticDataset";
import { consume, measure, reportLine } from "./measure";

const fn = { ...functions };

/** A seeded generator (mulberry32): the same graph in every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `deals` one-way deals between `entities` entities drawn at random, two in three with an amount. */
export function randomDeals(entities: number, deals: number, seed = 20261202): CatalogDeal[] {
  const next = random(seed);
  const template = bundledCatalog.deals[0];
  return Array.from({ length: deals }, (_, i) => {
    const from = Math.floor(next() * entities);
    let to = Math.floor(next() * (entities - 1));
    if (to >= from) to++;
    const parties = [`e${from}`, `e${to}`];
    return {
      ...template,
      id: `d${i}`,
      parties,
      partyNames: parties,
      from: parties[0],
      to: parties[1],
      valueUsd: next() < 2 / 3 ? Math.round(next() * 1e11) : null,
    };
  });
}

export function benchMoneyMap(): string[] {
  const lines = ["Money map:"];
  const N = 1_000_000;
  const exposure = measure('EXPOSURE("Oracle", "in")', N, () => consume(fn.exposure("Oracle", "in")));
  lines.push(reportLine(exposure.name, exposure.nsPerCall, "target < 1 µs"));

  const big = createCatalog(scaledDataset(bundledDataset, 1000));
  const names = big.entities.map((e) => e.name);
  flowGraph(big);
  const byName = measure("EXPOSURE by name, 1000× dataset", N, (i) =>
    consume(exposureValue(big, names[i % names.length], "net")),
  );
  lines.push(reportLine(byName.name, byName.nsPerCall, "target < 1 µs"));
  const flows = measure(`FLOWS() on the 1000× dataset (${big.deals.length} deals)`, 20, () =>
    consume(flowsTable(big, undefined, "both", true)),
  );
  lines.push(reportLine(flows.name, flows.nsPerCall, "target < 5 ms"));

  const graph = buildFlowGraph(
    randomDeals(1000, 15_000),
    Array.from({ length: 1000 }, (_, i) => `e${i}`),
  );
  let found = mapCircles(graph);
  const search = measure("CYCLES search, 1,000 entities and 15,000 random deals", 10, () => {
    found = mapCircles(graph);
    consume(found.circles.length);
  });
  lines.push(reportLine(search.name, search.nsPerCall, "target < 50 ms"));
  lines.push(
    `  found ${found.circles.length} circles of up to ${found.maxLength} legs; cut by the length limit: ${found.lengthCut}, by the cap of circles listed: ${found.countCut}`,
  );
  const sparse = createCatalog(scaledDataset(bundledDataset, 1000));
  let sparseFound = mapCircles(flowGraph(sparse));
  const sparseSearch = measure(`CYCLES search, 1000× dataset (${sparse.deals.length} deals)`, 10, () => {
    sparseFound = mapCircles(flowGraph(sparse));
    consume(sparseFound.circles.length);
  });
  lines.push(reportLine(sparseSearch.name, sparseSearch.nsPerCall, "target < 50 ms"));
  lines.push(
    `  found ${sparseFound.circles.length} circles; cut by the length limit: ${sparseFound.lengthCut}, by the cap: ${sparseFound.countCut}`,
  );
  return lines;
}
