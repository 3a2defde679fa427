/** The Dataset view's filtering work on the 1000× dataset (the work, not the render): under a frame, 16 ms. */
import { bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import { filterDataset, NO_FILTERS } from "../../src/domain/dataset/filter";
import { scaledDataset } from "../support/syntheticDataset";
import { consume, measure, reportLine } from "./measure";

export function benchDatasetView(): string[] {
  const big = createCatalog(scaledDataset(bundledDataset, 1000));
  // The first search builds the index, once per catalog.
  filterDataset(big, { ...NO_FILTERS, query: "nvidia" });
  const lines = [`Dataset view, 1000× dataset (${big.deals.length} deals, ${big.metrics.length} figures):`];
  const cases = [
    ['search "nvidia"', { ...NO_FILTERS, query: "nvidia" }],
    ['search "openai oracle" + deals only', { ...NO_FILTERS, query: "openai oracle", show: "deals" as const }],
    [
      "company + kind + status",
      { ...NO_FILTERS, entity: "nvidia-s500", kind: "equity-investment" as const, status: "completed" as const },
    ],
  ] as const;
  for (const [name, filters] of cases) {
    const result = measure(`filter: ${name}`, 20, () => consume(filterDataset(big, filters).deals.length), 7);
    lines.push(reportLine(result.name, result.nsPerCall, "target < 16 ms"));
  }
  return lines;
}
