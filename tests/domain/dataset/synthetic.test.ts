import * as v from "valibot";
import { bundledDataset } from "../../../src/domain/dataset";
import { createCatalog } from "../../../src/domain/dataset/catalog";
import { DatasetSchema } from "../../../src/domain/dataset/schema";
import { scaledDataset } from "../../support/syntheticDataset";

describe("synthetic datasets", () => {
  it.each([10, 1000])("×%d keeps the schema, with that many times the records", (factor) => {
    const big = scaledDataset(bundledDataset, factor);
    expect(v.safeParse(DatasetSchema, big).success).toBe(true);
    expect(big.deals.length).toBe(bundledDataset.deals.length * factor);
    expect(big.metrics.length).toBe(bundledDataset.metrics.length * factor);
    expect(new Set(big.deals.map((d) => d.id)).size).toBe(big.deals.length);
  });

  it("resolves references and derived formulas within each copy", () => {
    const catalog = createCatalog(scaledDataset(bundledDataset, 10));
    expect(catalog.dealsOf("intel-s7").map((d) => d.id)).toEqual([
      "nvidia-intel-partnership-s7",
      "us-government-intel-stake-s7",
      "softbank-intel-investment-s7",
    ]);
    const burn = catalog.metric("xai-monthly-burn-s5");
    expect(burn?.value).toBeCloseTo((20e9 * 1.5) / (20 * 1.5), 6);
    expect(catalog.entity("Nvidia 3")?.id).toBe("nvidia-s3");
  });
});
