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

/**
 * The words of a money-map matrix: its corner, total column and row, the counts of flows with
 * no amount beside them, the net column, and a cell where money flows but no amount is stated.
 * The net says what it is: stated amounts of every kind (purchase commitments over years
 * against investments), not a cash position.
 */
export interface MatrixWords {
  readonly corner: string;
  readonly totalOut: string;
  readonly notStatedOut: string;
  readonly totalIn: string;
  readonly notStatedIn: string;
  readonly net: string;
  readonly notStated: string;
}

export const MATRIX_WORDS: Readonly<Record<Language, MatrixWords>> = {
  en: {
    corner: "payer ↓ · payee →",
    totalOut: "total out (stated)",
    notStatedOut: "+ flows out, no amount",
    totalIn: "total in (stated)",
    notStatedIn: "+ flows in, no amount",
    net: "net of stated amounts, all kinds (in − out); not cash",
    notStated: "not stated",
  },
  "zh-CN": {
    corner: "付款方 ↓ · 收款方 →",
    totalOut: "流出合计（已列明）",
    notStatedOut: "+ 未列明金额的流出笔数",
    totalIn: "流入合计（已列明）",
    notStatedIn: "+ 未列明金额的流入笔数",
    net: "已列明金额净额，各类合计（流入 − 流出）；非现金",
    notStated: "未列明",
  },
  "zh-TW": {
    corner: "付款方 ↓ · 收款方 →",
    totalOut: "流出合計（已列明）",
    notStatedOut: "+ 未列明金額的流出筆數",
    totalIn: "流入合計（已列明）",
    notStatedIn: "+ 未列明金額的流入筆數",
    net: "已列明金額淨額，各類合計（流入 − 流出）；非現金",
    notStated: "未列明",
  },
};

/** Every way a column's header may have been written, in any language, mapped to its key. */
export const HEADER_TO_KEY: ReadonlyMap<string, string> = new Map(
  Object.values(HEADER_WORDS).flatMap((headers) => Object.entries(headers).map(([key, header]) => [header, key] as const)),
);
