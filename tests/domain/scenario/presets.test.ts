/** Every preset input cites the figure it comes from, or is an assumption that says why. */
import { bundledCatalog as catalog } from "../../../src/domain/dataset";
import { metricValueBasis } from "../../../src/domain/dataset/provenance";
import { preset, sourcedValue, type PresetKey } from "../../../src/domain/scenario/definition";
import { unchangedSources } from "../../../src/domain/scenario/list";
import { INPUT_ORDER, scenarioSheetPlan } from "../../../src/domain/scenario/plans";
import { SCENARIO_WORDS, sourceText } from "../../../src/domain/scenario/words";
import { runwayMonths } from "../../../src/domain/model/runway";
import { LANGUAGES } from "../../../src/domain/language";

const PRESETS: readonly PresetKey[] = ["xai", "openai", "blank"];

describe("preset sources", () => {
  it.each(PRESETS)("%s: each input is the dataset's figure it cites, or an assumption with a reason", (key) => {
    const { inputs, sources } = preset(catalog, key);
    for (const input of INPUT_ORDER) {
      const source = sources[input];
      if (source.id !== undefined) expect([input, inputs[input]]).toEqual([input, sourcedValue(catalog, source.id)]);
      if (source.kind === "assumption")
        for (const language of LANGUAGES) expect(SCENARIO_WORDS[language].assumptions[source.reason]).toBeTruthy();
    }
  });

  it("OpenAI burns its first half's net loss a month, the dataset's derived US$2.25B, not a cost total", () => {
    const { inputs, sources } = preset(catalog, "openai");
    const monthlyLoss = catalog.metric("openai-monthly-loss-2025h1")!;
    expect(sources.monthlyBurn).toEqual({ kind: "figure", id: monthlyLoss.id });
    expect(metricValueBasis(monthlyLoss)).toBe("derived");
    expect(inputs.monthlyBurn).toBe(13.5e9 / 6);
    // Revenue is in the net loss already; counting it again would lengthen the runway.
    expect(inputs.monthlyRevenue).toBe(0);
    expect(sources.monthlyRevenue).toEqual({ kind: "assumption", reason: "net-loss-includes-revenue" });
    // Nvidia's US$100B is an announced investment, not cash on hand: an assumption, and it says so.
    expect(sources.cash).toEqual({ kind: "assumption", reason: "announced-investment-as-cash", id: "nvidia-openai-investment" });
    const months = runwayMonths(inputs.cash, inputs.monthlyBurn, 0, 0, 0);
    expect(months).toBeCloseTo(100e9 / 2.25e9, 9);
  });

  it("an input the analyst changed loses its source and reads as theirs, on the sheet too", () => {
    const given = preset(catalog, "xai");
    const sources = unchangedSources(given, { ...given.inputs, cash: 30e9 });
    expect(sources.cash).toBeUndefined();
    expect(sources.monthlyBurn).toEqual({ kind: "figure", id: "xai-monthly-burn" });
    const plan = scenarioSheetPlan({ id: "xAI", name: "xAI", inputs: { ...given.inputs, cash: 30e9 }, sources }, "en", catalog);
    const block = plan.blocks.find((b) => b.key === "sources")!;
    const text = (input: (typeof INPUT_ORDER)[number]) => block.cells[INPUT_ORDER.indexOf(input)][1];
    expect(text("cash")).toBe("Yours");
    expect(text("monthlyBurn")).toMatch(/^From the article: .+ \(xai-monthly-burn\)$/);
    expect(text("burnGrowth")).toBe("Assumption: 0: the article gives no growth rate");
  });

  it("words a source in each language", () => {
    const source = preset(catalog, "xai").sources.cash;
    expect(sourceText(source, "zh-TW", catalog)).toBe(`來自文章：${catalog.metric("xai-funding")!.labelZh} (xai-funding)`);
    expect(sourceText(undefined, "zh-CN", catalog)).toBe("您的输入");
  });
});
