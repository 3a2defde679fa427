import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { entitiesWithRecords, filterDataset, NO_FILTERS, sharingSentence } from "../../../src/domain/dataset/filter";
import { figureInSentence } from "../../../src/domain/dataset/highlight";

describe("the Dataset view's filters", () => {
  it("lists everything with no filter, and counts the totals", () => {
    const all = filterDataset(catalog, NO_FILTERS);
    expect([all.deals.length, all.metrics.length]).toEqual([catalog.deals.length, catalog.metrics.length]);
    expect([all.totalDeals, all.totalMetrics]).toEqual([catalog.deals.length, catalog.metrics.length]);
  });

  it("combines the search with the kind of record, a company, a deal kind and a status", () => {
    expect(filterDataset(catalog, { ...NO_FILTERS, show: "deals" }).metrics).toEqual([]);
    expect(filterDataset(catalog, { ...NO_FILTERS, show: "figures" }).deals).toEqual([]);
    const nvidia = filterDataset(catalog, { ...NO_FILTERS, entity: "nvidia" });
    expect(nvidia.deals.map((d) => d.id)).toEqual(catalog.dealsOf("nvidia").map((d) => d.id));
    expect(nvidia.metrics.every((m) => m.entity === "nvidia")).toBe(true);
    const investments = filterDataset(catalog, { ...NO_FILTERS, entity: "nvidia", kind: "equity-investment" });
    expect(investments.deals.map((d) => d.id)).toEqual(["nvidia-openai-investment", "nvidia-xai-investment"]);
    // Figures have no deal kind: a kind filter lists deals only.
    expect(investments.metrics).toEqual([]);
    const searched = filterDataset(catalog, { ...NO_FILTERS, query: "xai", status: "completed" });
    expect(searched.deals.map((d) => d.id)).toEqual(["nvidia-xai-investment"]);
  });

  it("offers only companies that have deals or figures", () => {
    const ids = entitiesWithRecords(catalog);
    expect(ids).toContain("nvidia");
    expect(ids.every((id) => catalog.dealsOf(id).length > 0 || catalog.metricsOf(id).length > 0)).toBe(true);
  });

  it("knows which deals share a sentence", () => {
    expect(sharingSentence(catalog).get("openai-oracle-compute")).toEqual(["oracle-nvidia-chips", "nvidia-openai-investment"]);
    expect(sharingSentence(catalog).get("nvidia-intel-partnership")).toEqual([]);
  });
});

describe("a figure in its Chinese sentence", () => {
  it.each<[string, number[], string | null]>([
    [catalog.deal("openai-oracle-compute")!.source, [300e9], "3000億美元"],
    [catalog.deal("us-government-intel-stake")!.source, [0.099, 20.47], "9.9%"],
    [catalog.deal("nvidia-intel-partnership")!.source, [5e9], "50億美元"],
    [catalog.deal("amd-openai-gpu")!.source, [6], "6"],
    [catalog.deal("softbank-intel-investment")!.source, [], null],
  ])("finds the figure in %s", (sentence, figures, marked) => {
    const found = figureInSentence(sentence, figures);
    expect(found && sentence.slice(found.start, found.end)).toBe(marked);
  });
});
