/**
 * Custom-function costs, measured side by side in one run: ns per call for every function, the
 * ratio of RUNWAY to the bare arithmetic it replaces, and look-ups on the 1000× dataset.
 */
import { bundledDataset, type Dataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { dealField, dealsTable, metricValue, prepareLookups, sourceSentence } from "../../src/domain/model/lookups";
import * as functions from "../../src/functions/functions";
import { scaledDataset } from "../support/syntheticDataset";
import { consume, formatNs, measure, median, ratio, reportLine, settleHeap, timeOnce, type Measurement } from "./measure";

// Excel calls each function through the reference given to CustomFunctions.associate; take
// the same direct references, not the bundler's module-namespace getters.
const fn = { ...functions };

export function benchFunctions(): string[] {
  const lines: string[] = [];
  const cash = Float64Array.from({ length: 1024 }, (_, i) => 1e9 + i * 1e7);
  const burn = Float64Array.from({ length: 1024 }, (_, i) => 1e8 + (i % 97) * 1e6);
  const N = 1_000_000;

  const bare = measure("cash / burn, inline", N, (i) => consume(cash[i & 1023] / burn[i & 1023]));
  const runwayFlat = measure("RUNWAY(cash, burn)", N, (i) => consume(fn.runway(cash[i & 1023], burn[i & 1023])));
  const results: Measurement[] = [
    bare,
    runwayFlat,
    measure("RUNWAY(cash, burn, 2%)", N, (i) => consume(fn.runway(cash[i & 1023], burn[i & 1023], 0.02))),
    measure("RUNWAY(cash, burn, 2%, revenue, 1%)", 100_000, (i) =>
      consume(fn.runway(cash[i & 1023], burn[i & 1023], 0.02, burn[i & 1023] / 3, 0.01)),
    ),
    measure("BURN(cash, 20)", N, (i) => consume(fn.burn(cash[i & 1023], 20))),
    measure("AISHARE(year)", N, (i) => consume(fn.aishare(2016 + (i % 30) * 0.5))),
    measure('DEAL("openai-oracle-compute")', N, () => consume(fn.deal("openai-oracle-compute"))),
    measure('METRIC("OpenAI", "compute_cost")', N, () => consume(fn.metric("OpenAI", "compute_cost"))),
    measure('SOURCE("xai-funding")', N, () => consume(fn.source("xai-funding"))),
    measure("AISHARES(2016, 2035)", 100_000, () => consume(fn.aishares(2016, 2035))),
    measure("DEALS()", 100_000, () => consume(fn.deals())),
    measure("METRICS()", 100_000, () => consume(fn.metrics())),
  ];
  lines.push("Custom functions (bundled dataset), median ns per call:");
  for (const r of results) lines.push(reportLine(r.name, r.nsPerCall));
  const runwayRatio = ratio(
    N,
    (i) => consume(cash[i & 1023] / burn[i & 1023]),
    (i) => consume(fn.runway(cash[i & 1023], burn[i & 1023])),
  );
  lines.push(`  RUNWAY without growth / bare arithmetic, alternating rounds: ${runwayRatio.toFixed(2)}× (target ≤ 3×)`);

  const big = createCatalog(scaledDataset(bundledDataset, 1000));
  const ids = big.deals.map((d) => d.id);
  const entities = big.entities.map((e) => e.name);
  const metricIds = big.metrics.map((m) => m.id);
  lines.push(`Look-ups on the 1000× dataset (${big.deals.length} deals, ${big.metrics.length} figures):`);
  const lookups = [
    measure("deal field by id", N, (i) => consume(dealField(big, ids[i % ids.length], "value_usd"))),
    measure("metric by entity name and key", N, (i) => consume(metricValue(big, entities[i % 50], "compute_cost", undefined))),
    measure("source sentence by id", N, (i) => consume(sourceSentence(big, metricIds[i % metricIds.length], "en"))),
  ];
  for (const r of lookups) lines.push(reportLine(r.name, r.nsPerCall, "target < 1 µs"));

  const tenThousandDeals = scaledDataset(bundledDataset, Math.ceil(10_000 / bundledDataset.deals.length));
  const tenThousand = createCatalog(tenThousandDeals);
  prepareLookups(tenThousand);
  const dealsBig = measure(
    `DEALS on ${tenThousand.deals.length} deals`,
    20,
    () => consume(dealsTable(tenThousand, undefined, true)),
    5,
  );
  lines.push(reportLine(dealsBig.name, dealsBig.nsPerCall, "target < 5 ms"));
  lines.push("Loading, once per session: median of 9 (fastest to slowest)");
  lines.push(
    ...loadCosts("bundled dataset", bundledDataset),
    ...loadCosts(`${tenThousand.deals.length}-deal dataset`, tenThousandDeals),
  );
  return lines;
}

/**
 * What loading a dataset costs: the catalog's indexes, then the rows the look-ups share (built
 * by the functions when they load; see prepareLookups). Each is timed once, on a fresh
 * catalog, with the heap settled first so that no timing pays for earlier garbage.
 */
function loadCosts(label: string, dataset: Dataset): string[] {
  const catalogBuilds: number[] = [];
  const preparations: number[] = [];
  for (let round = 0; round < 9; round++) {
    settleHeap();
    catalogBuilds.push(timeOnce(() => createCatalog(dataset)));
    const fresh = createCatalog(dataset);
    settleHeap();
    preparations.push(timeOnce(() => prepareLookups(fresh)));
  }
  const line = (what: string, samples: number[]) =>
    reportLine(what, median(samples), `${formatNs(Math.min(...samples))} to ${formatNs(Math.max(...samples))}`);
  return [line(`${label}: catalog and indexes`, catalogBuilds), line(`${label}: look-up rows`, preparations)];
}
