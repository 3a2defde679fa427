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
    expect(searchDataset(catalog, "算力利用率").metrics.map((m) => m.id)).toEqual([
      "china-compute-utilisation",
      "china-compute-idle-share",
    ]);
  });

  it.each(["黃仁勛", "黃仁勳", "Jensen Huang"])("finds Nvidia's deals by the name of its chief, %p", (query) => {
    expect(searchDataset(catalog, query).deals.map((d) => d.id)).toContain("nvidia-openai-investment");
  });

  it.each([
    ["孫正義", "softbank-stargate"],
    ["馬斯克", "nvidia-xai-investment"],
    ["超威", "amd-openai-warrant"],
    ["蓋茨", "microsoft"],
    ["祖克柏", "meta"],
    ["邦迪", "us-government"],
    ["斯雷特", "us-government"],
    ["哈里斯", "us-government"],
    ["晶片法案", "chips-act"],
    ["日本製鐵", "nippon-steel"],
    ["中國星際之門", "china-data-islands"],
  ])("finds the deals of the company %p stands for", (query, id) => {
    const found = searchDataset(catalog, query);
    expect(catalog.deal(id) ? found.deals.map((d) => d.id) : found.entities.map((e) => e.id)).toContain(id);
  });

  it("finds AMD by 超微 only in Traditional Chinese, where it means AMD; on the mainland it is Super Micro", () => {
    expect(searchDataset(catalog, "超微", "zh-TW").deals.map((d) => d.id)).toContain("amd-openai-gpu");
    expect(searchDataset(catalog, "超微", "zh-TW").entities.map((e) => e.id)).toEqual(["amd"]);
    expect(searchDataset(catalog, "超微", "zh-CN")).toEqual({ deals: [], metrics: [], entities: [] });
    expect(searchDataset(catalog, "超微", "en")).toEqual({ deals: [], metrics: [], entities: [] });
    expect(catalog.entity("超微")).toBeUndefined();
    expect(catalog.entity("超威")?.id).toBe("amd");
  });

  it.each(["ONO", "鐵三角", "铁三角", "iron triangle"])("finds the ONO group's figure by %p", (query) => {
    const found = searchDataset(catalog, query);
    expect([found.metrics.map((m) => m.id), found.entities.map((e) => e.id)]).toEqual([["ono-cooperation-scale"], ["ono"]]);
  });

  // "inspur" stays: it is the entity's id, which every look-up accepts.
  it.each(["Tsinghua", "Alphabet", "GOOGL"])("takes no parent or broader body, %p, for an entity's own name", (name) => {
    expect(catalog.entity(name)).toBeUndefined();
  });

  it("does not take 抖音 (Douyin, another app) for TikTok", () => {
    expect(searchDataset(catalog, "抖音")).toEqual({ deals: [], metrics: [], entities: [] });
    expect(searchDataset(catalog, "TikTok").deals.map((d) => d.id)).toEqual(["tiktok-us-settlement"]);
  });

  it("returns everything for an empty query, nothing for a stranger", () => {
    expect(searchDataset(catalog, " ").deals.length).toBe(catalog.deals.length);
    expect(searchDataset(catalog, "contoso")).toEqual({ deals: [], metrics: [], entities: [] });
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
