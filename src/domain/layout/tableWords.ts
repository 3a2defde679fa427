/**
 * The words of the add-in's tables that its functions read back as well as write: column
 * headers, a deal's direction where it is not one way, and the money map's corner and totals,
 * per language. Apart from the sheets' other words (labels.ts) so that the custom functions,
 * which load with the pane, carry only these.
 */
import type { Language } from "../language";

/** Column headers, keyed by the stable column keys, so refresh can map a header written in any language back to its column. */
export const HEADER_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    id: "id",
    parties: "parties",
    direction: "direction",
    payer: "payer",
    payee: "payee",
    kind: "kind",
    value_usd: "value_usd",
    capacity_gw: "capacity_gw",
    stake: "stake",
    share_price: "share_price",
    qualifier: "qualifier",
    date: "date",
    timing: "timing",
    status: "status",
    condition: "condition",
    inferred: "inferred",
    caveat: "caveat",
    label: "label",
    source: "source",
    source_en: "source_en",
    year: "year",
    share: "share",
    entity: "entity",
    metric: "metric",
    period: "period",
    value: "value",
    unit: "unit",
    basis: "basis",
  },
  "zh-CN": {
    id: "ID",
    parties: "参与方",
    direction: "方向",
    payer: "付款方",
    payee: "收款方",
    kind: "类型",
    value_usd: "金额（美元）",
    capacity_gw: "算力（吉瓦）",
    stake: "股权比例",
    share_price: "每股价格（美元）",
    qualifier: "限定",
    date: "日期",
    timing: "时间（原文）",
    status: "状态",
    condition: "条件",
    inferred: "推断",
    caveat: "注意",
    label: "名称",
    source: "原文",
    source_en: "英文译文",
    year: "年份",
    share: "AI占比",
    entity: "主体",
    metric: "指标",
    period: "期间",
    value: "数值",
    unit: "单位",
    basis: "依据",
  },
  "zh-TW": {
    id: "ID",
    parties: "參與方",
    direction: "方向",
    payer: "付款方",
    payee: "收款方",
    kind: "類型",
    value_usd: "金額（美元）",
    capacity_gw: "算力（吉瓦）",
    stake: "股權比例",
    share_price: "每股價格（美元）",
    qualifier: "限定",
    date: "日期",
    timing: "時間（原文）",
    status: "狀態",
    condition: "條件",
    inferred: "推斷",
    caveat: "注意",
    label: "名稱",
    source: "原文",
    source_en: "英文譯文",
    year: "年份",
    share: "AI占比",
    entity: "主體",
    metric: "指標",
    period: "期間",
    value: "數值",
    unit: "單位",
    basis: "依據",
  },
};

/** A deal's direction where it is not one way. */
export const DIRECTION_WORDS: Readonly<Record<Language, Readonly<{ "both-ways": string; "not-stated": string }>>> = {
  en: { "both-ways": "both ways", "not-stated": "not stated" },
  "zh-CN": { "both-ways": "双向", "not-stated": "未说明" },
  "zh-TW": { "both-ways": "雙向", "not-stated": "未說明" },
};

/** The words of a money-map matrix's corner, total column and row, and net column. */
export interface MatrixWords {
  readonly corner: string;
  readonly totalOut: string;
  readonly totalIn: string;
  readonly net: string;
}

export const MATRIX_WORDS: Readonly<Record<Language, MatrixWords>> = {
  en: { corner: "payer ↓ · payee →", totalOut: "total out", totalIn: "total in", net: "net (in − out)" },
  "zh-CN": { corner: "付款方 ↓ · 收款方 →", totalOut: "流出合计", totalIn: "流入合计", net: "净额（流入 − 流出）" },
  "zh-TW": { corner: "付款方 ↓ · 收款方 →", totalOut: "流出合計", totalIn: "流入合計", net: "淨額（流入 − 流出）" },
};

/** Every way a column's header may have been written, in any language, mapped to its key. */
export const HEADER_TO_KEY: ReadonlyMap<string, string> = new Map(
  Object.values(HEADER_WORDS).flatMap((headers) => Object.entries(headers).map(([key, header]) => [header, key] as const)),
);
