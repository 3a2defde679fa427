/** The Map view's strings, loaded with the view rather than with the pane. */
import type { ViewStrings } from "../index";

const en = {
  mapIntro:
    "Who pays whom in the article's deals. Arrows run from payer to payee, as wide as the stated amount; dashed where the article states none. Select a company to see its flows.",
  mapPictureLabel: "Money map: companies and bodies, and the money between them",
  mapNodeLabel: "{name}: {in} in, {out} out",
  mapFlowLabel: "{from} → {to}: {amount}",
  mapLegend: "Width: stated US$. Dashed: no amount stated. Dotted: no direction stated. Orange dot: read from context.",
  mapNotStated: "not stated",
  mapExposure: "In {in} · out {out} · net {net}",
  mapUnstatedCount: "{count} of its deals state no amount.",
  mapCirclesHeading: "Circles ({count}, up to {limit} legs)",
  mapCirclesCut: "Longer circles, or more of them, exist than are listed: up to {limit} legs are searched.",
  mapCircleSummary: "{legs} legs · at most {smallest} goes all the way round · {unstated} legs without an amount",
  mapTableCaption: "Every flow",
  mapColumnFrom: "From",
  mapColumnTo: "To",
  mapColumnDeal: "Deal",
  mapColumnAmount: "Amount",
  mapNoDirection: "(no direction stated)",
} as const;

export const MAP_STRINGS: ViewStrings<keyof typeof en> = {
  en,
  "zh-CN": {
    mapIntro:
      "文章所述交易中谁付钱给谁。箭头由付款方指向收款方，粗细与列明金额对应；虚线表示文中未列金额。选择一家公司查看其资金流。",
    mapPictureLabel: "资金图：公司与机构，以及它们之间的资金",
    mapNodeLabel: "{name}：流入{in}，流出{out}",
    mapFlowLabel: "{from} → {to}：{amount}",
    mapLegend: "粗细：列明的美元金额。虚线：未列金额。点线：未说明方向。橙点：据上下文推断。",
    mapNotStated: "未列明",
    mapExposure: "流入{in} · 流出{out} · 净额{net}",
    mapUnstatedCount: "其中{count}笔交易未列金额。",
    mapCirclesHeading: "资金循环（{count}个，最多{limit}段）",
    mapCirclesCut: "还有更长或更多的循环未列出：只搜索最多{limit}段。",
    mapCircleSummary: "{legs}段 · 最多{smallest}能绕行一圈 · {unstated}段未列金额",
    mapTableCaption: "全部资金流",
    mapColumnFrom: "付款方",
    mapColumnTo: "收款方",
    mapColumnDeal: "交易",
    mapColumnAmount: "金额",
    mapNoDirection: "（未说明方向）",
  },
  "zh-TW": {
    mapIntro:
      "文章所述交易中誰付錢給誰。箭頭由付款方指向收款方，粗細與列明金額對應；虛線表示文中未列金額。選擇一家公司查看其資金流。",
    mapPictureLabel: "資金圖：公司與機構，以及它們之間的資金",
    mapNodeLabel: "{name}：流入{in}，流出{out}",
    mapFlowLabel: "{from} → {to}：{amount}",
    mapLegend: "粗細：列明的美元金額。虛線：未列金額。點線：未說明方向。橘點：依上下文推斷。",
    mapNotStated: "未列明",
    mapExposure: "流入{in} · 流出{out} · 淨額{net}",
    mapUnstatedCount: "其中{count}筆交易未列金額。",
    mapCirclesHeading: "資金循環（{count}個，最多{limit}段）",
    mapCirclesCut: "還有更長或更多的循環未列出：只搜尋最多{limit}段。",
    mapCircleSummary: "{legs}段 · 最多{smallest}能繞行一圈 · {unstated}段未列金額",
    mapTableCaption: "全部資金流",
    mapColumnFrom: "付款方",
    mapColumnTo: "收款方",
    mapColumnDeal: "交易",
    mapColumnAmount: "金額",
    mapNoDirection: "（未說明方向）",
  },
};
