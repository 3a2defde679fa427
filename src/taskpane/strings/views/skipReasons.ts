/** Why the money-map functions skip a row of a deals range, as the Map and Explain views word it. */
import type { SkipReason } from "../../../domain/flows/dealsRange";
import type { ViewStrings } from "../index";

export const SKIP_REASON_STRINGS: ViewStrings<SkipReason> = {
  en: {
    "value-not-number": "a value in US$ that is not a number",
    "payer-without-payee": "a payer without a payee",
    "payee-without-payer": "a payee without a payer",
    "no-parties": "no parties, payer or payee",
  },
  "zh-CN": {
    "value-not-number": "美元金额不是数字",
    "payer-without-payee": "有付款方而无收款方",
    "payee-without-payer": "有收款方而无付款方",
    "no-parties": "没有参与方、付款方或收款方",
  },
  "zh-TW": {
    "value-not-number": "美元金額不是數字",
    "payer-without-payee": "有付款方而無收款方",
    "payee-without-payer": "有收款方而無付款方",
    "no-parties": "沒有參與方、付款方或收款方",
  },
};
