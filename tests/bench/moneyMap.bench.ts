/**
 * The money map's costs: EXPOSURE per call, FLOWS over the 1000× dataset, the circle search on a
 * dense random graph of 1,000 entities and 15,000 deals, where the limits bound the run; 50 calls
 * over one 10,000-row deals range; and STRESS on the 1000× dataset and a dense graph.
 */
import { bundledCatalog, bundledDataset, type CatalogDeal } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { buildFlowGraph, flowGraph, mapCircles } from "../../src/domain/flows/graph";
import { stress } from "../../src/domain/flows/stress";
import { catalogMoneyMap, exposureValue, flowsTable } from "../../src/domain/model/moneyMap";
import { computeCores } from "../../src/domain/formulas/cores";
import { dealTable } from "../../src/domain/tables/deals";
import { columnKeys } from "../../src/domain/tables/tableView";
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
    consume(exposureValue(catalogMoneyMap(big), names[i % names.length], "net")),
  );
  lines.push(reportLine(byName.name, byName.nsPerCall, "target < 1 µs"));
  const flows = measure(`FLOWS() on the 1000× dataset (${big.deals.length} deals)`, 20, () =>
    consume(flowsTable(catalogMoneyMap(big), undefined, "both", true)),
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
  lines.push(...benchDealsRange(), ...benchStress(big));
  return lines;
}

/** STRESS from the entity that pays the most, on the 1000× dataset and on a dense random graph of 500 entities. */
function benchStress(big: ReturnType<typeof createCatalog>): string[] {
  const lines: string[] = [];
  const widest = (graph: ReturnType<typeof flowGraph>) =>
    [...graph.entities].sort((a, b) => graph.flowsOf(b, "out").length - graph.flowsOf(a, "out").length)[0];
  const sparse = flowGraph(big);
  const sparseFailed = widest(sparse);
  let reached = 0;
  const onBig = measure(`STRESS cascade, 1000× dataset (${big.deals.length} deals)`, 20, () => {
    reached = stress(sparse, sparseFailed, "cascade").losses.length;
    consume(reached);
  });
  lines.push(
    reportLine(onBig.name, onBig.nsPerCall, "measured, no target"),
    `  from ${sparseFailed}: ${reached} entities touched`,
  );
  const dense = buildFlowGraph(
    randomDeals(500, 10_000, 20261207),
    Array.from({ length: 500 }, (_, i) => `e${i}`),
  );
  const denseFailed = widest(dense);
  let rounds = 0;
  const onDense = measure("STRESS cascade, 500 entities and 10,000 random deals", 20, () => {
    const result = stress(dense, denseFailed, "cascade");
    rounds = result.rounds;
    reached = result.losses.length;
    consume(reached);
  });
  lines.push(
    reportLine(onDense.name, onDense.nsPerCall, "measured, no target"),
    `  ${reached} entities touched in ${rounds} rounds`,
  );
  return lines;
}

/**
 * A sheet of 50 money-map calls over one 10,000-row Deals range, as Excel makes them: each call
 * separately, each with its own copy of the whole range. The first call reads the range and
 * builds the map and its circles; every later one finds the same cells and reuses them.
 */
function benchDealsRange(): string[] {
  const lines: string[] = [];
  const dataset = scaledDataset(bundledDataset, 700);
  const catalog = createCatalog(dataset);
  const view = dealTable(catalog);
  const rows = view.rows.slice(0, 10_000);
  const range = () => [columnKeys(view), ...rows.map((row) => [...row])];
  const calls = 50;
  const copies = Array.from({ length: calls + 1 }, range);
  const names = catalog.entities.map((e) => e.name);
  // A fresh catalog each run (what is kept is kept per catalog), so the first call finds nothing.
  let first = 0;
  let later = 0;
  const runs = 5;
  for (let run = 0; run < runs; run++) {
    const cores = computeCores(createCatalog(dataset));
    const start = process.hrtime.bigint();
    consume(cores.CYCLES([null, null, copies[0]]));
    const afterFirst = process.hrtime.bigint();
    for (let i = 1; i <= calls; i++) consume(cores.EXPOSURE([names[i % names.length], "in", copies[i]]));
    const end = process.hrtime.bigint();
    first += Number(afterFirst - start);
    later += Number(end - afterFirst) / calls;
  }
  lines.push(
    reportLine(`Deals range of ${rows.length} rows: first call (read, map, circles)`, first / runs, "measured, no target"),
    reportLine(
      `Deals range of ${rows.length} rows: each of ${calls} later calls (same cells)`,
      later / runs,
      "measured, no target",
    ),
    `  ${calls} calls cost ${((first + later * calls) / runs / 1e6).toFixed(1)} ms in all; rebuilding for each would cost about ${((first * (calls + 1)) / runs / 1e6).toFixed(0)} ms (the first call's cost ${calls + 1} times)`,
  );
  return lines;
}
