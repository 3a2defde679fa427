/**
 * The words written into sheets, per language. The words the functions read back too (column
 * headers, directions, the money map's totals) live in tableWords.ts.
 */
import type { Language } from "../language";
import { DIRECTION_WORDS, HEADER_WORDS, MATRIX_WORDS, type MatrixWords } from "./tableWords";

/** The table sheets' keys. */
export type SheetKey = "deals" | "compute-spend" | "money-map" | "about";
/** The scenario sheets' keys: one per scenario, the comparison and the AI-share outlook. */
export type ScenarioSheetKey = `scenario-${string}` | "scenarios" | "outlook";
export type AnySheetKey = SheetKey | ScenarioSheetKey;
export type TableKey = "deals" | "ai-share" | "metrics";
export const TABLE_KEYS: readonly TableKey[] = ["deals", "ai-share", "metrics"];

interface SheetWords {
  sheetNames: Record<SheetKey, string>;
  titles: Record<SheetKey, string>;
  headers: Readonly<Record<string, string>>;
  /** The titles of a cell's note on an inferred value and on a caveat. */
  noteTitles: { inferred: string; caveat: string };
  /** A deal's direction where it is not one way. */
  directions: Readonly<{ "both-ways": string; "not-stated": string }>;
  dealsChart: string;
  /** The Money map sheet's words. */
  moneyMap: MatrixWords & {
    /** The portable file's intro: a matrix laid out as formulas over the Deals table. */
    intro: string;
    /** The live workbook's intro: a matrix and circles recalculated from the Deals table. */
    liveIntro: string;
    /** The label of the count of Deals rows the functions could not read. */
    skipped: string;
    /** The live matrix's heading. */
    matrix: string;
    /** The stress block's heading, its input's label, its model's assumption, and the input's message. */
    stress: string;
    stressInput: string;
    stressAssumption: string;
    stressInputMessage: string;
    circles: string;
    /** Said where the matrix shows only the entities that move the most money. */
    limited: (shown: number, all: number) => string;
  };
  aiShareChart: string;
  actualSeries: string;
  forecastSeries: string;
  /** The note on a cell that holds the value of a COMPUTE formula, in a workbook without the add-in. */
  portableNote: (formula: string) => string;
  /**
   * The note on a native formula where the add-in's function gives an error: the same code
   * shows, and this says what the add-in said (its messages are in English).
   */
  guardedNote: (formula: string, code: string, message: string) => string;
  /**
   * The input message on a cell the analyst changed (shown when the cell is selected): its title
   * (at most 32 characters in Excel) and its text, with the dataset's value as shown.
   */
  overrideNote: { title: string; text: (dataset: string) => string; conflictText: (dataset: string) => string };
  about: {
    dataset: string;
    version: string;
    asOf: string;
    article: string;
    author: string;
    platform: string;
    refreshed: string;
    addinVersion: string;
    functions: string;
    functionHeader: [string, string, string];
    refreshHowTo: string;
    refreshSteps: string;
  };
}

export const SHEET_WORDS: Record<Language, SheetWords> = {
  en: {
    sheetNames: { deals: "Deals", "compute-spend": "Compute spend", "money-map": "Money map", about: "About" },
    titles: {
      deals: "The 2025 compute alliances: deals",
      "compute-spend": "Compute spending: the AI share and company figures",
      "money-map": "The money map: who pays whom, and where money goes round in a circle",
      about: "About these sheets",
    },
    headers: HEADER_WORDS.en,
    dealsChart: "Deals by headline value (US$)",
    moneyMap: {
      intro:
        "Stated US$ from the Deals table, payer in rows and payee in columns. Each cell sums the Deals rows, yours included; a deal without a stated amount adds nothing (COMPUTE.FLOWS lists it).",
      liveIntro:
        "Stated US$ from the Deals table, payer in rows and payee in columns: =COMPUTE.MONEYMAP(Deals[#All]) and the circles recalculate as the table changes, your rows and companies included; names match through their aliases (英偉達 is Nvidia). A deal without a stated amount adds nothing (COMPUTE.FLOWS lists it).",
      skipped: "Deals rows not read (COMPUTE.SKIPPED)",
      matrix: "Who pays whom (COMPUTE.MONEYMAP)",
      stress: "If one company stops paying (COMPUTE.STRESS)",
      stressInput: "Stops paying:",
      stressAssumption:
        "Assumes a company that loses a share of its stated money in cuts its payments by the same share (DebtRank).",
      stressInputMessage: "Not one of the companies listed: STRESS reads it as a name in the Deals table, or gives #N/A.",
      ...MATRIX_WORDS.en,
      circles: "Circles: money that comes back (COMPUTE.CYCLES)",
      limited: (shown, all) =>
        `The ${shown} of ${all} companies and bodies with the most stated money in and out; every total counts all deals.`,
    },
    noteTitles: { inferred: "Inferred, not stated", caveat: "Caveat" },
    directions: DIRECTION_WORDS.en,
    aiShareChart: "AI share of total compute spending",
    actualSeries: "Actual and preliminary",
    forecastSeries: "Forecast",
    portableNote: (formula) => `Written by the Compute Alliances add-in as ${formula}; this cell holds its value.`,
    guardedNote: (formula, code, message) =>
      `Native form of ${formula}. It gives ${code} where the add-in does${message ? `, which said: ${message}` : "."}`,
    overrideNote: {
      title: "Your value",
      text: (dataset) => `Refresh keeps your value. The dataset's: ${dataset}. Restore it from the add-in's pane.`,
      conflictText: (dataset) =>
        `Refresh keeps your value, and the dataset's has changed since: now ${dataset}. Choose in the add-in's pane.`,
    },
    about: {
      dataset: "Dataset version",
      version: "Version",
      asOf: "As of",
      article: "Article",
      author: "Author",
      platform: "Platform",
      refreshed: "Tables last written",
      addinVersion: "By add-in version",
      functions: "Functions",
      functionHeader: ["Function", "Example", "Result"],
      refreshHowTo: "How to refresh",
      refreshSteps:
        "Compute tab > Refresh (or Refresh in the pane). Rows are updated by id; columns, rows and sheets you added are kept.",
    },
  },
  "zh-CN": {
    sheetNames: { deals: "交易", "compute-spend": "算力支出", "money-map": "资金图", about: "说明" },
    titles: {
      deals: "2025年算力联盟：交易",
      "compute-spend": "算力支出：AI占比与公司数据",
      "money-map": "资金图：谁付钱给谁，哪些资金绕了一圈又回来",
      about: "关于这些工作表",
    },
    headers: HEADER_WORDS["zh-CN"],
    noteTitles: { inferred: "推断，非原文所述", caveat: "注意" },
    directions: DIRECTION_WORDS["zh-CN"],
    dealsChart: "按金额排列的交易（美元）",
    moneyMap: {
      intro:
        "交易表中列明的美元金额，行为付款方，列为收款方。每格汇总交易表各行（包括您自己添加的行）；未列明金额的交易不计入（COMPUTE.FLOWS 会列出）。",
      liveIntro:
        "交易表中列明的美元金额，行为付款方，列为收款方：=COMPUTE.MONEYMAP 与资金循环随交易表重新计算，包括您添加的行和公司；名称按别名匹配（英伟达即Nvidia）。未列明金额的交易不计入（COMPUTE.FLOWS 会列出）。",
      skipped: "未能读取的交易表行（COMPUTE.SKIPPED）",
      matrix: "谁付钱给谁（COMPUTE.MONEYMAP）",
      stress: "如果一家公司停止付款（COMPUTE.STRESS）",
      stressInput: "停止付款：",
      stressAssumption: "假设失去某比例列明流入资金的公司会将付款削减相同比例（DebtRank）。",
      stressInputMessage: "不在所列公司之中：STRESS 会将其作为交易表中的名称读取，否则返回 #N/A。",
      ...MATRIX_WORDS["zh-CN"],
      circles: "资金循环：绕一圈又回来的资金（COMPUTE.CYCLES）",
      limited: (shown, all) => `仅列出${all}个公司和机构中资金流入流出最多的${shown}个；各合计计入全部交易。`,
    },
    aiShareChart: "AI算力支出占总算力支出的比重",
    actualSeries: "实际与初步核算",
    forecastSeries: "预测",
    portableNote: (formula) => `由 Compute Alliances 加载项以 ${formula} 写入；此单元格保存其值。`,
    guardedNote: (formula, code, message) =>
      `${formula} 的原生公式。加载项在此返回 ${code}，此公式亦然${message ? `；加载项的说明：${message}` : "。"}`,
    overrideNote: {
      title: "您的数值",
      text: (dataset) => `刷新会保留您的数值。数据集的数值：${dataset}。可在加载项窗格中恢复。`,
      conflictText: (dataset) => `刷新会保留您的数值；数据集的数值已更新为 ${dataset}。请在加载项窗格中选择。`,
    },
    about: {
      dataset: "数据集版本",
      version: "版本",
      asOf: "截至",
      article: "文章",
      author: "作者",
      platform: "平台",
      refreshed: "表格最近写入时间",
      addinVersion: "加载项版本",
      functions: "函数",
      functionHeader: ["函数", "示例", "结果"],
      refreshHowTo: "如何刷新",
      refreshSteps: "“算力”选项卡 > 刷新（或在窗格中点击刷新）。按ID更新各行；您添加的列、行和工作表都会保留。",
    },
  },
  "zh-TW": {
    sheetNames: { deals: "交易", "compute-spend": "算力支出", "money-map": "資金圖", about: "說明" },
    titles: {
      deals: "2025年算力聯盟：交易",
      "compute-spend": "算力支出：AI占比與公司數據",
      "money-map": "資金圖：誰付錢給誰，哪些資金繞了一圈又回來",
      about: "關於這些工作表",
    },
    headers: HEADER_WORDS["zh-TW"],
    noteTitles: { inferred: "推斷，非原文所述", caveat: "注意" },
    directions: DIRECTION_WORDS["zh-TW"],
    dealsChart: "依金額排列的交易（美元）",
    moneyMap: {
      intro:
        "交易表中列明的美元金額，列為付款方，欄為收款方。每格加總交易表各列（包括您自己新增的列）；未列明金額的交易不計入（COMPUTE.FLOWS 會列出）。",
      liveIntro:
        "交易表中列明的美元金額，列為付款方，欄為收款方：=COMPUTE.MONEYMAP 與資金循環隨交易表重新計算，包括您新增的列和公司；名稱按別名比對（英偉達即Nvidia）。未列明金額的交易不計入（COMPUTE.FLOWS 會列出）。",
      skipped: "未能讀取的交易表列（COMPUTE.SKIPPED）",
      matrix: "誰付錢給誰（COMPUTE.MONEYMAP）",
      stress: "如果一家公司停止付款（COMPUTE.STRESS）",
      stressInput: "停止付款：",
      stressAssumption: "假設失去某比例列明流入資金的公司會將付款削減相同比例（DebtRank）。",
      stressInputMessage: "不在所列公司之中：STRESS 會將其作為交易表中的名稱讀取，否則傳回 #N/A。",
      ...MATRIX_WORDS["zh-TW"],
      circles: "資金循環：繞一圈又回來的資金（COMPUTE.CYCLES）",
      limited: (shown, all) => `僅列出${all}個公司和機構中資金流入流出最多的${shown}個；各合計計入全部交易。`,
    },
    aiShareChart: "AI算力支出占總算力支出的比重",
    actualSeries: "實際與初步核算",
    forecastSeries: "預測",
    portableNote: (formula) => `由 Compute Alliances 增益集以 ${formula} 寫入；此儲存格保存其值。`,
    guardedNote: (formula, code, message) =>
      `${formula} 的原生公式。增益集在此傳回 ${code}，此公式亦然${message ? `；增益集的說明：${message}` : "。"}`,
    overrideNote: {
      title: "您的數值",
      text: (dataset) => `重新整理會保留您的數值。資料集的數值：${dataset}。可在增益集窗格中還原。`,
      conflictText: (dataset) => `重新整理會保留您的數值；資料集的數值已更新為 ${dataset}。請在增益集窗格中選擇。`,
    },
    about: {
      dataset: "資料集版本",
      version: "版本",
      asOf: "截至",
      article: "文章",
      author: "作者",
      platform: "平台",
      refreshed: "表格最近寫入時間",
      addinVersion: "增益集版本",
      functions: "函數",
      functionHeader: ["函數", "範例", "結果"],
      refreshHowTo: "如何重新整理",
      refreshSteps: "「算力」索引標籤 > 重新整理（或在窗格中按重新整理）。依ID更新各列；您新增的欄、列和工作表都會保留。",
    },
  },
};

/** Excel's limit on a data validation input message's text. */
const INPUT_MESSAGE_LIMIT = 255;

/** Text cut to fit an input message, marked where it was cut. */
export const inputMessage = (text: string) =>
  text.length > INPUT_MESSAGE_LIMIT ? `${text.slice(0, INPUT_MESSAGE_LIMIT - 1)}…` : text;

/**
 * The note on an override, as a data validation input message (ExcelApi 1.8, so on every host
 * the add-in runs in, and rewritten in place without reading the cell first). Numbers are shown
 * in the sheet's language, to 15 significant digits as Excel keeps them.
 */
export function overrideNote(
  language: Language,
  override: { readonly dataset: unknown; readonly conflict: boolean },
): { title: string; message: string } {
  const words = SHEET_WORDS[language].overrideNote;
  const dataset =
    typeof override.dataset === "number"
      ? new Intl.NumberFormat(language, { maximumSignificantDigits: 15 }).format(override.dataset)
      : String(override.dataset);
  const message = (override.conflict ? words.conflictText : words.text)(dataset);
  return { title: words.title, message: inputMessage(message) };
}

/** An input message as a cell holds it (data validation's prompt). */
export interface InputMessage {
  readonly showPrompt: boolean;
  readonly title: string;
  readonly message: string;
}

/** The titles of every input message the add-in writes, in every language. */
const ADDIN_MESSAGE_TITLES: ReadonlySet<string> = new Set(
  Object.values(SHEET_WORDS).flatMap((words) => [words.noteTitles.inferred, words.noteTitles.caveat, words.overrideNote.title]),
);

/** Whether a cell's input message is one the analyst set: shown, with text, and not titled as the add-in's are. */
export const isAnalystMessage = (prompt: InputMessage | null) =>
  prompt !== null &&
  prompt.showPrompt &&
  (prompt.title !== "" || prompt.message !== "") &&
  !ADDIN_MESSAGE_TITLES.has(prompt.title);
