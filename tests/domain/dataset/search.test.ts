import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { searchDataset } from "../../../src/domain/dataset/search";
import { formatFigure } from "../../../src/domain/tables/formatFigure";

describe("searchDataset", () => {
  it.each(["nvidia", "NVIDIA", "英偉達", "英伟达"])("finds Nvidia's deals by %p", (query) => {
    expect(searchDataset(catalog, query).deals.map((d) => d.id)).toEqual([
      "oracle-nvidia-chips",
      "nvidia-openai-investment",
      "nvidia-xai-investment",
      "nvidia-intel-partnership",
    ]);
  });

  it("needs every word to match", () => {
    expect(searchDataset(catalog, "openai compute cost").metrics.map((m) => m.id)).toEqual([
      "openai-compute-cost",
      "openai-compute-cost-excess",
      "openai-compute-share-of-cost",
    ]);
  });

  it("finds figures by their Chinese label", () => {
    expect(searchDataset(catalog, "算力利用率").metrics.map((m) => m.id)).toEqual(["china-compute-utilisation"]);
  });

  it.each(["黃仁勛", "黃仁勳", "Jensen Huang"])("finds Nvidia's deals by the name of its chief, %p", (query) => {
    expect(searchDataset(catalog, query).deals.map((d) => d.id)).toContain("nvidia-openai-investment");
  });

  it.each([
    ["孫正義", "softbank-stargate"],
    ["馬斯克", "nvidia-xai-investment"],
    ["超微", "amd-openai-warrant"],
  ])("finds the deals of the company %p stands for", (query, id) => {
    expect(searchDataset(catalog, query).deals.map((d) => d.id)).toContain(id);
  });

  it("does not take 抖音 (Douyin, another app) for TikTok", () => {
    expect(searchDataset(catalog, "抖音")).toEqual({ deals: [], metrics: [] });
    expect(searchDataset(catalog, "TikTok").deals.map((d) => d.id)).toEqual(["tiktok-us-settlement"]);
  });

  it("returns everything for an empty query, nothing for a stranger", () => {
    expect(searchDataset(catalog, " ").deals.length).toBe(catalog.deals.length);
    expect(searchDataset(catalog, "contoso")).toEqual({ deals: [], metrics: [] });
  });
});

describe("formatFigure", () => {
  it.each([
    [300e9, "USD", "en", "US$300B"],
    [300e9, "USD", "zh-TW", "3,000億美元"],
    [300e9, "USD", "zh-CN", "3,000亿美元"],
    [1e9, "USD/month", "en", "US$1B a month"],
    [0.099, "fraction", "en", "9.9%"],
    [20, "months", "zh-CN", "20个月"],
    [20, "months", "en", "20 months"],
    [6, "GW", "en", "6 GW"],
  ] as const)("%d %s in %s is %p", (value, unit, language, expected) => {
    expect(formatFigure(value, unit, language)).toBe(expected);
  });
});
