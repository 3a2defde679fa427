/** The words of the scenario sheets, per language. */
import type { Catalog } from "../dataset";
import type { Language } from "../language";
import type { Assumption, InputSource, ScenarioInputs } from "./definition";

interface ScenarioWords {
  title: string;
  inputs: string;
  inputLabels: Record<keyof ScenarioInputs, string>;
  outputs: string;
  runway: string;
  netBurn: string;
  burnFor24: string;
  runOutMonth: string;
  /** The run-out month's number format: a month and a year. */
  monthFormat: string;
  aiShareAtRunOut: string;
  /** Beside the AI share: extrapolated past the article's last point ({year}), or read from its points. */
  aiShareExtrapolated: string;
  aiShareWithin: string;
  startMonth: string;
  method: string;
  startMonthSource: string;
  methodSource: string;
  methodMessage: string;
  sensitivity: string;
  sensitivityNote: string;
  chart: string;
  comparisonSheet: string;
  comparisonTitle: string;
  measure: string;
  change: string;
  changePercent: string;
  outlookSheet: string;
  outlookTitle: string;
  outlookHeaders: [string, string, string, string, string, string];
  kinds: Record<"actual" | "preliminary" | "forecast" | "interpolated" | "extrapolated", string>;
  validation: string;
  /** Where each input comes from: a heading, then "From the article: …", an assumption and why, or the analyst's own. */
  sourcesHeading: string;
  fromArticle: string;
  assumption: string;
  yours: string;
  assumptions: Record<Assumption, string>;
}

export const SCENARIO_WORDS: Record<Language, ScenarioWords> = {
  en: {
    title: "Scenario",
    inputs: "Inputs (edit the blue cells)",
    inputLabels: {
      cash: "Cash (US$)",
      monthlyBurn: "Monthly burn (US$)",
      burnGrowth: "Burn growth per month",
      monthlyRevenue: "Monthly revenue (US$)",
      revenueGrowth: "Revenue growth per month",
      startYear: "Start year",
    },
    outputs: "Outputs",
    runway: "Runway (months)",
    netBurn: "Net burn in month 1 (US$)",
    burnFor24: "Burn that lasts 24 months (US$)",
    runOutMonth: "Cash runs out (month)",
    monthFormat: "mmm yyyy",
    aiShareAtRunOut: "AI share of compute spending then",
    aiShareExtrapolated:
      "Extrapolated past {year}, the article's last point (itself a forecast), by the method below: a model's number, not the article's",
    aiShareWithin: "Read from the article's points ({year} is a forecast)",
    startMonth: "Start month (1–12)",
    method: "AI share past the article: method",
    startMonthSource:
      "Assumption: 9: the article dates the alliances from September 2025 (從2025年9月開始) and tells xAI's raise in that present",
    methodSource:
      "Yours to choose: logistic (default) fits the article's points; linear continues the last two; hold keeps the last",
    methodMessage: "Choose logistic, linear or hold.",
    sensitivity: "Runway (months) by burn growth (rows) and cash (columns)",
    sensitivityNote: "Every cell is =COMPUTE.RUNWAY on the inputs above; #N/A where the cash lasts beyond 1,200 months.",
    chart: "Runway against cash, at the input burn growth",
    comparisonSheet: "Scenarios",
    comparisonTitle: "Scenarios side by side (the first is the base)",
    measure: "Measure",
    change: "Δ",
    changePercent: "Δ %",
    outlookSheet: "AI share outlook",
    outlookTitle: "AI share of compute spending, 2016–2035, by extrapolation method",
    outlookHeaders: ["Year", "Article", "Logistic", "Linear", "Hold", "Kind"],
    kinds: {
      actual: "actual",
      preliminary: "preliminary",
      forecast: "forecast",
      interpolated: "interpolated",
      extrapolated: "extrapolated",
    },
    validation: "Enter a number: cash and revenue of zero or more, a burn above zero, growth above -100%, a whole start year.",
    sourcesHeading: "Where the inputs come from",
    fromArticle: "From the article",
    assumption: "Assumption",
    yours: "Yours",
    assumptions: {
      "announced-investment-as-cash":
        "Nvidia's announced US$100B investment, taken as if it were cash on hand; the article gives OpenAI's cash nowhere, and describes an investment to build data centres together",
      "net-loss-includes-revenue": "0: the burn is the net loss, which revenue already offsets",
      "no-revenue-stated": "0: the article gives no revenue",
      "no-growth-stated": "0: the article gives no growth rate",
      "article-present": "2025: the article's present, dating the alliances from September 2025 (從2025年9月開始)",
      blank: "yours to fill",
    },
  },
  "zh-CN": {
    title: "情景",
    inputs: "输入（编辑蓝色单元格）",
    inputLabels: {
      cash: "现金（美元）",
      monthlyBurn: "每月支出（美元）",
      burnGrowth: "支出月增长率",
      monthlyRevenue: "每月收入（美元）",
      revenueGrowth: "收入月增长率",
      startYear: "起始年份",
    },
    outputs: "输出",
    runway: "可维持月数",
    netBurn: "第1个月净消耗（美元）",
    burnFor24: "可维持24个月的支出（美元）",
    runOutMonth: "现金耗尽月份",
    monthFormat: 'yyyy"年"m"月"',
    aiShareAtRunOut: "届时AI算力支出占比",
    aiShareExtrapolated: "按下方方法外推至{year}年（文章最后一个数据点，本身为预测）之后：模型数字，并非文章数据",
    aiShareWithin: "取自文章的数据点（{year}年为预测）",
    startMonth: "起始月份（1–12）",
    method: "文章之后的AI占比：外推方法",
    startMonthSource: "假设：9：文章称联盟从2025年9月开始（從2025年9月開始），xAI融资即在此时",
    methodSource: "由您选择：logistic（默认）拟合文章数据点；linear 延续最后两点；hold 保持最后一点",
    methodMessage: "请选择 logistic、linear 或 hold。",
    sensitivity: "可维持月数：按支出增长率（行）与现金（列）",
    sensitivityNote: "每个单元格都是基于上方输入的 =COMPUTE.RUNWAY；现金可维持超过1,200个月时显示 #N/A。",
    chart: "在输入的支出增长率下，可维持月数随现金变化",
    comparisonSheet: "情景比较",
    comparisonTitle: "情景并列比较（第一个为基准）",
    measure: "指标",
    change: "差额",
    changePercent: "差额 %",
    outlookSheet: "AI占比展望",
    outlookTitle: "AI算力支出占比，2016–2035年，按外推方法",
    outlookHeaders: ["年份", "文章数据", "Logistic", "线性", "保持", "类型"],
    kinds: { actual: "实际", preliminary: "初步核算", forecast: "预测", interpolated: "插值", extrapolated: "外推" },
    validation: "请输入数字：现金和收入不小于0，支出大于0，增长率大于-100%，起始年份为整数。",
    sourcesHeading: "输入的来源",
    fromArticle: "来自文章",
    assumption: "假设",
    yours: "您的输入",
    assumptions: {
      "announced-investment-as-cash":
        "英伟达宣布的1000亿美元投资，视同手头现金；文章从未给出OpenAI的现金，所述为共建数据中心的投资",
      "net-loss-includes-revenue": "0：支出取净亏损，已扣除收入",
      "no-revenue-stated": "0：文章未给出收入",
      "no-growth-stated": "0：文章未给出增长率",
      "article-present": "2025：文章所述的当下，联盟始于2025年9月（從2025年9月開始）",
      blank: "由您填写",
    },
  },
  "zh-TW": {
    title: "情境",
    inputs: "輸入（編輯藍色儲存格）",
    inputLabels: {
      cash: "現金（美元）",
      monthlyBurn: "每月支出（美元）",
      burnGrowth: "支出月成長率",
      monthlyRevenue: "每月收入（美元）",
      revenueGrowth: "收入月成長率",
      startYear: "起始年份",
    },
    outputs: "輸出",
    runway: "可維持月數",
    netBurn: "第1個月淨消耗（美元）",
    burnFor24: "可維持24個月的支出（美元）",
    runOutMonth: "現金耗盡月份",
    monthFormat: 'yyyy"年"m"月"',
    aiShareAtRunOut: "屆時AI算力支出占比",
    aiShareExtrapolated: "依下方方法外推至{year}年（文章最後一個數據點，本身為預測）之後：模型數字，並非文章數據",
    aiShareWithin: "取自文章的數據點（{year}年為預測）",
    startMonth: "起始月份（1–12）",
    method: "文章之後的AI占比：外推方法",
    startMonthSource: "假設：9：文章稱聯盟從2025年9月開始（從2025年9月開始），xAI融資即在此時",
    methodSource: "由您選擇：logistic（預設）擬合文章數據點；linear 延續最後兩點；hold 保持最後一點",
    methodMessage: "請選擇 logistic、linear 或 hold。",
    sensitivity: "可維持月數：依支出成長率（列）與現金（欄）",
    sensitivityNote: "每個儲存格都是根據上方輸入的 =COMPUTE.RUNWAY；現金可維持超過1,200個月時顯示 #N/A。",
    chart: "在輸入的支出成長率下，可維持月數隨現金變化",
    comparisonSheet: "情境比較",
    comparisonTitle: "情境並列比較（第一個為基準）",
    measure: "指標",
    change: "差額",
    changePercent: "差額 %",
    outlookSheet: "AI占比展望",
    outlookTitle: "AI算力支出占比，2016–2035年，依外推方法",
    outlookHeaders: ["年份", "文章數據", "Logistic", "線性", "保持", "類型"],
    kinds: { actual: "實際", preliminary: "初步核算", forecast: "預測", interpolated: "內插", extrapolated: "外推" },
    validation: "請輸入數字：現金和收入不小於0，支出大於0，成長率大於-100%，起始年份為整數。",
    sourcesHeading: "輸入的來源",
    fromArticle: "來自文章",
    assumption: "假設",
    yours: "您的輸入",
    assumptions: {
      "announced-investment-as-cash":
        "英偉達宣布的1000億美元投資，視同手頭現金；文章從未給出OpenAI的現金，所述為共建數據中心的投資",
      "net-loss-includes-revenue": "0：支出取淨虧損，已扣除收入",
      "no-revenue-stated": "0：文章未給出收入",
      "no-growth-stated": "0：文章未給出成長率",
      "article-present": "2025：文章所述的當下，聯盟始於2025年9月（從2025年9月開始）",
      blank: "由您填寫",
    },
  },
};

/** An input's source in words, in one line: "From the article: Funding (xai-funding)", an assumption and why, or "Yours". */
export function sourceText(source: InputSource | undefined, language: Language, catalog: Catalog): string {
  const words = SCENARIO_WORDS[language];
  const zh = language !== "en";
  const titleOf = (id: string) => {
    const metric = catalog.metric(id);
    const deal = catalog.deal(id);
    return metric ? (zh ? metric.labelZh : metric.label) : deal ? (zh ? deal.titleZh : deal.title) : id;
  };
  const colon = language === "en" ? ": " : "：";
  if (source === undefined) return words.yours;
  if (source.kind === "figure") return `${words.fromArticle}${colon}${titleOf(source.id)} (${source.id})`;
  return `${words.assumption}${colon}${words.assumptions[source.reason]}${source.id ? ` (${source.id})` : ""}`;
}
