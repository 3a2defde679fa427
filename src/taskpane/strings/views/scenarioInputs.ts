/** The Scenarios view's number-field strings: what it refuses and what it echoes, loaded with the view. */
import type { ViewStrings } from "../index";

const en = {
  inputNotANumber: "Enter a number, such as 20B or 20,000,000,000.",
  inputUnreadable: 'Cannot read "{text}" in a number. Write it as 20B, US$20 billion, 20,000,000,000 or 200億美元.',
  inputAmbiguousComma:
    "This comma could be a decimal point or a thousands separator. Write 2.5 for two and a half, or 2,500 with groups of three.",
  inputManyDecimalPoints: "A number has at most one decimal point.",
  inputMixedUnits: "Use one scale: 20B, 20 billion or 200億, not two together. A growth rate takes % only.",
  inputNumberTooLarge: "This number is too large.",
  inputTooSmall: "This value is too small: cash and revenue must be zero or more, the burn above zero, growth above -100%.",
  echoAmount: "= US${full} ({short})",
  echoRate: "= {percent} a month",
  echoNumber: "= {full}",
  percentSuffix: " (%)",
  inputTooLarge: "Enter a year no later than 9999.",
  inputNotWhole: "Enter a whole year, such as 2025.",
} as const;

export const SCENARIO_INPUT_STRINGS: ViewStrings<keyof typeof en> = {
  en,
  "zh-CN": {
    inputNotANumber: "请输入数字，例如 200亿、20B 或 20,000,000,000。",
    inputUnreadable: "无法识别数字中的“{text}”。可写作 200亿美元、20B、US$20 billion 或 20,000,000,000。",
    inputAmbiguousComma: "这个逗号可能是小数点，也可能是千位分隔符。二点五请写 2.5；千位请每三位加逗号，如 2,500。",
    inputManyDecimalPoints: "一个数字最多只有一个小数点。",
    inputMixedUnits: "请只用一种单位：200亿、20B 或 20 billion，不要混用。增长率只能用 %。",
    inputNumberTooLarge: "数字过大。",
    inputTooSmall: "数值过小：现金和收入不能小于0，支出必须大于0，增长率必须大于-100%。",
    echoAmount: "= {full}美元（{short}）",
    echoRate: "= 每月{percent}",
    echoNumber: "= {full}",
    percentSuffix: "（%）",
    inputTooLarge: "请输入不晚于9999的年份。",
    inputNotWhole: "请输入整数年份，例如 2025。",
  },
  "zh-TW": {
    inputNotANumber: "請輸入數字，例如 200億、20B 或 20,000,000,000。",
    inputUnreadable: "無法識別數字中的「{text}」。可寫作 200億美元、20B、US$20 billion 或 20,000,000,000。",
    inputAmbiguousComma: "這個逗號可能是小數點，也可能是千位分隔符。二點五請寫 2.5；千位請每三位加逗號，如 2,500。",
    inputManyDecimalPoints: "一個數字最多只有一個小數點。",
    inputMixedUnits: "請只用一種單位：200億、20B 或 20 billion，不要混用。成長率只能用 %。",
    inputNumberTooLarge: "數字過大。",
    inputTooSmall: "數值過小：現金和收入不能小於0，支出必須大於0，成長率必須大於-100%。",
    echoAmount: "= {full}美元（{short}）",
    echoRate: "= 每月{percent}",
    echoNumber: "= {full}",
    percentSuffix: "（%）",
    inputTooLarge: "請輸入不晚於9999的年份。",
    inputNotWhole: "請輸入整數年份，例如 2025。",
  },
};
