import { deal, deals, metric, metrics, source } from "../../src/functions/functions";
import { bundledCatalog } from "../../src/domain/dataset";
import { expectExcelError } from "./excelError";

const DEAL_COLUMNS = [
  "id",
  "parties",
  "direction",
  "payer",
  "payee",
  "kind",
  "value_usd",
  "capacity_gw",
  "stake",
  "share_price",
  "qualifier",
  "date",
  "timing",
  "status",
  "condition",
  "inferred",
  "caveat",
  "source",
  "source_en",
];

describe("COMPUTE.DEAL", () => {
  it.each([
    [["openai-oracle-compute"], 300e9],
    [["OPENAI-ORACLE-COMPUTE"], 300e9],
    [["nvidia-openai-investment", "value_usd"], 100e9],
    [["amd-openai-gpu", "capacity_gw"], 6],
    [["amd-openai-warrant", "stake"], 0.1],
    [["us-government-intel-stake", "stake"], 0.099],
    [["us-government-intel-stake", "share_price"], 20.47],
    [["us-government-intel-stake", "Share_Price"], 20.47],
    [["nvidia-intel-partnership"], 5e9],
    [["openai-oracle-compute", "parties"], "OpenAI, Oracle"],
    [["openai-oracle-compute", "direction"], "OpenAI → Oracle"],
    [["nvidia-intel-partnership", "direction"], "not stated"],
    [["alibaba-tencent-bytedance-cooperation", "direction"], "both ways"],
    [["amd-openai-warrant", "status"], "agreed"],
    [["amd-openai-warrant", "condition"], "if-fully-exercised"],
    [["amd-openai-warrant", "qualifier"], "nearly"],
    [["openai-oracle-compute", "qualifier"], "exact"],
    // A date the article does not give with its year says so; one it gives whole does not.
    [["softbank-stargate", "date"], "2025-01 (inferred)"],
    [["taobao-wechat-pay", "date"], "2024-09"],
    [["taobao-wechat-pay", "status"], "announced"],
    [["taobao-wechat-pay", "inferred"], ""],
    [["taobao-wechat-pay", "caveat"], ""],
    [
      ["amd-openai-gpu", "inferred"],
      expect.stringMatching(/^date: year from context: 但很快 .*; direction: payer from context: .*; kind: read as a purchase/),
    ],
    [["us-government-intel-stake", "timing"], "Earlier than the Nvidia–Intel partnership (更早些時候: earlier still)"],
    [["openai-oracle-compute", "kind"], "compute-purchase"],
    [["us-government-intel-stake", "source"], "而更早些時候,美國政府宣布以每股20.47美元的價格宣布持有英特爾9.9%的股份。"],
  ])("DEAL(%j) is %p", (args, expected) => {
    expect(deal(...(args as [string]))).toEqual(expected);
  });

  it.each([
    [["openai-oracle"], "#N/A", /^no deal with id "openai-oracle"; closest: openai-oracle-compute/],
    [["amd-openai-gpu"], "#N/A", /^the article states no value_usd for deal "amd-openai-gpu"$/],
    // Dates and statuses the article does not support are not given.
    [["us-government-intel-stake", "date"], "#N/A", /^the article states no date for deal "us-government-intel-stake"$/],
    [["softbank-intel-investment", "status"], "#N/A", /^the article states no status for deal "softbank-intel-investment"$/],
    [["openai-oracle-compute", "price"], "#VALUE!", /^field must be one of "value_usd", "parties".*; got the text "price"$/],
    [[""], "#VALUE!", /^deal_id must be a deal id such as "openai-oracle-compute"; got nothing$/],
    [[true], "#VALUE!", /^deal_id must be .*; got TRUE$/],
  ])("DEAL(%j) is %s", (args, code, message) => {
    expectExcelError(() => deal(...(args as [string])), code as "#N/A", message);
  });
});

describe("COMPUTE.DEALS", () => {
  it("spills every deal with the Deals sheet's columns, id first", () => {
    const rows = deals();
    expect(rows[0]).toEqual(DEAL_COLUMNS);
    expect(rows.length).toBe(1 + bundledCatalog.deals.length);
    expect(rows[1][0]).toBe("openai-oracle-compute");
    expect(rows[1][6]).toBe(300e9);
    expect(rows[1].slice(3, 5)).toEqual(["OpenAI", "Oracle"]);
    expect(rows.every((row) => row.length === DEAL_COLUMNS.length)).toBe(true);
  });

  it("leaves unstated figures empty, never null", () => {
    const gpu = deals().find((row) => row[0] === "amd-openai-gpu");
    expect(gpu?.[6]).toBe("");
    expect(gpu?.[7]).toBe(6);
  });

  it.each(["nvidia", "NVIDIA", "英偉達", "英伟达"])("limits to the deals of %p", (party) => {
    const ids = deals(party, 0).map((row) => row[0]);
    expect(ids).toEqual(["oracle-nvidia-chips", "nvidia-openai-investment", "nvidia-xai-investment", "nvidia-intel-partnership"]);
  });

  it.each([
    [["Nvidea"], "#N/A", /^no company or body named "Nvidea"; closest ids: nvidia/],
    [["Apple"], "#N/A", /^the article describes no deal involving "Apple"$/],
    [[null, "yes"], "#VALUE!", /^headers must be 0 \(no\) or 1 \(yes\); got the text "yes"$/],
  ])("DEALS(%j) is %s", (args, code, message) => {
    expectExcelError(() => deals(...(args as [string])), code as "#N/A", message);
  });
});

describe("COMPUTE.METRIC", () => {
  it.each([
    [["OpenAI", "compute_cost"], 16e9],
    [["openai", "Compute Cost"], 16e9],
    [["OpenAI", "revenue", "2025-H1"], 4.3e9],
    [["OpenAI", "revenue", "2025-h1"], 4.3e9],
    [["OpenAI", "revenue", 2024], 4.3e9 / 1.16],
    [["xAI", "funding"], 20e9],
    [["xai", "runway"], 20],
    [["xAI", "monthly_burn"], 1e9],
    [["中國算力基建", "utilisation"], 0.15],
    [["CHIPS Act", "policy_funding"], 200e9],
  ])("METRIC(%j) is %d", (args, expected) => {
    expect(metric(...(args as [string, string]))).toBeCloseTo(expected, 6);
  });

  it.each([
    [["CHIPS Act", "policy_funding", undefined, "qualifier"], "about"],
    // A derived figure is as loose as its inputs: about × exact is about.
    [["CHIPS Act", "policy_funding_per_year", undefined, "qualifier"], "about"],
    [["xAI", "monthly_burn", undefined, "qualifier"], "exact"],
    [["xAI", "valuation", undefined, "qualifier"], "more than"],
    [["OpenAI", "revenue", "2024", "label"], "Revenue (implied)"],
    [["OpenAI", "revenue", "2025-H1", "period"], "2025-H1 (inferred)"],
    [
      ["OpenAI", "labour_cost", undefined, "inferred"],
      expect.stringMatching(
        /^period: 一年 \(a year\) qualifies only 算力成本.*; value: currency from context: the article writes 60億 without a currency/,
      ),
    ],
    [["xAI", "funding", undefined, "caveat"], expect.stringMatching(/^The article gives xAI both a valuation/)],
    [["OpenAI", "compute_cost", undefined, "value"], 16e9],
  ])("METRIC(%j) is %p", (args, expected) => {
    expect(metric(...(args as [string, string, string, string]))).toEqual(expected);
  });

  it.each([
    [["OpenAI", "revenue"], "#VALUE!", /^period is needed: OpenAI revenue is given for 2025-H1, 2024$/],
    [["OpenAI", "revenue", "2023"], "#N/A", /^no revenue for OpenAI in period "2023"; periods: 2025-H1, 2024$/],
    [["OpenAI", "profit"], "#N/A", /^no metric "profit" for OpenAI; it has: revenue, /],
    [["Apple", "revenue"], "#N/A", /^the article gives no figures for "Apple"$/],
    [["Contoso", "revenue"], "#N/A", /^no company or body named "Contoso"/],
    [["OpenAI", null], "#VALUE!", /^metric must be a metric name such as "compute_cost"; got nothing$/],
    [
      ["OpenAI", "compute_cost", null, "precision"],
      "#VALUE!",
      /^field must be one of "value", "qualifier", .*; got the text "precision"$/,
    ],
  ])("METRIC(%j) is %s", (args, code, message) => {
    expectExcelError(() => metric(...(args as [string, string])), code as "#N/A", message);
  });
});

describe("COMPUTE.METRICS", () => {
  it("spills every figure, stated then derived, id first", () => {
    const rows = metrics();
    expect(rows[0]).toEqual([
      "id",
      "entity",
      "metric",
      "label",
      "period",
      "value",
      "unit",
      "qualifier",
      "basis",
      "inferred",
      "caveat",
      "source",
    ]);
    expect(rows.length).toBe(1 + bundledCatalog.metrics.length);
    const bases = rows.slice(1).map((row) => row[8]);
    expect(bases.indexOf("derived")).toBeGreaterThan(bases.lastIndexOf("stated"));
  });

  it("limits to one entity", () => {
    expect(metrics("xAI", 0).map((row) => row[0])).toEqual(["xai-valuation", "xai-funding", "xai-runway", "xai-monthly-burn"]);
  });

  it("is #N/A for an entity without figures", () => {
    expectExcelError(() => metrics("Google"), "#N/A", /^the article gives no figures for "Google"$/);
  });
});

describe("COMPUTE.SOURCE", () => {
  it.each([
    [["xai-funding"], "喜提200億美元融資的xAI,也只夠燒20個月。"],
    [["xai-funding", "en"], "Even xAI, which happily raised US$20 billion, has only enough to burn for 20 months."],
    [["xai-funding", "EN"], "Even xAI, which happily raised US$20 billion, has only enough to burn for 20 months."],
    [["ai-share-2022", "zh"], bundledCatalog.aiShare[2].source],
    [["backpropagation"], "從1943年的神經元數學模型,到1985年的貝葉斯網絡、1986年杰弗里.辛頓的反向傳播算法。"],
  ])("SOURCE(%j)", (args, expected) => {
    expect(source(...(args as [string]))).toBe(expected);
  });

  it.each([
    [["xai-fundng"], "#N/A", /^no deal or figure with id "xai-fundng"; closest: xai-funding/],
    [["xai-funding", "fr"], "#VALUE!", /^language must be one of "zh", "en"; got the text "fr"$/],
  ])("SOURCE(%j) is %s", (args, code, message) => {
    expectExcelError(() => source(...(args as [string])), code as "#N/A", message);
  });
});
