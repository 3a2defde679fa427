/** The Check this Excel card's strings, loaded with the card rather than with the pane. */
import type { ViewStrings } from "../index";

const en = {
  checkHeading: "Check this Excel",
  checkIntro:
    "Runs the add-in's own checks against this Excel and reports each one. The quick check reads only, and works in any workbook. The full check inserts, edits and refreshes the tables, so it needs a new blank workbook; it removes everything it made when it ends.",
  checkQuick: "Quick check",
  checkFull: "Full check",
  checkRunning: "Checking: {done} of {total}",
  checkPassed: "passed",
  checkFailed: "failed",
  checkSkipped: "skipped",
  checkExpected: "Expected: {text}",
  checkActual: "Excel held: {text}",
  checkSummary: "{passed} passed, {failed} failed, {skipped} skipped.",
  checkAllPassed: "Every check passed on {host} {version} ({platform}).",
  checkSomeFailed: "{failed} checks failed. Copy the report and send it to support.",
  checkNotBlank:
    "The full check writes sheets, so it runs only in a blank workbook: one empty sheet. Sheets in this workbook: {sheets}; holding data: {inUse}. Open a new blank workbook and run it there, or run the quick check here.",
  checkNone: "none",
  checkError: "The check stopped: {detail}",
  checkCopyText: "Copy as text",
  checkCopyJson: "Copy as JSON",
  checkCopied: "Copied.",
  checkCopyFailed: "This Excel does not let the pane copy. Select the report below and copy it.",
  checkReportLabel: "The report, to send to support",
} as const;

export const CHECK_EXCEL_STRINGS: ViewStrings<keyof typeof en> = {
  en,
  "zh-TW": {
    checkHeading: "檢查此 Excel",
    checkIntro:
      "在此 Excel 中執行增益集自己的檢查，逐項回報結果。快速檢查只讀取，可在任何活頁簿中執行。完整檢查會插入、編輯並重新整理表格，因此需要新的空白活頁簿；結束時會移除它建立的一切。",
    checkQuick: "快速檢查",
    checkFull: "完整檢查",
    checkRunning: "檢查中：{done}／{total}",
    checkPassed: "通過",
    checkFailed: "失敗",
    checkSkipped: "略過",
    checkExpected: "預期：{text}",
    checkActual: "Excel 實際：{text}",
    checkSummary: "{passed} 項通過，{failed} 項失敗，{skipped} 項略過。",
    checkAllPassed: "所有檢查皆在 {host} {version}（{platform}）上通過。",
    checkSomeFailed: "{failed} 項檢查失敗。請複製報告並傳送給支援人員。",
    checkNotBlank:
      "完整檢查會寫入工作表，因此只能在空白活頁簿（只有一張空白工作表）中執行；此活頁簿有 {sheets} 張工作表，含資料的：{inUse}。請開啟新的空白活頁簿再執行，或在此執行快速檢查。",
    checkNone: "無",
    checkError: "檢查已停止：{detail}",
    checkCopyText: "複製為文字",
    checkCopyJson: "複製為 JSON",
    checkCopied: "已複製。",
    checkCopyFailed: "此 Excel 不允許窗格複製。請選取下方的報告並複製。",
    checkReportLabel: "要傳送給支援人員的報告",
  },
  "zh-CN": {
    checkHeading: "检查此 Excel",
    checkIntro:
      "在此 Excel 中运行加载项自己的检查，逐项报告结果。快速检查只读取，可在任何工作簿中运行。完整检查会插入、编辑并刷新表格，因此需要新的空白工作簿；结束时会删除它创建的一切。",
    checkQuick: "快速检查",
    checkFull: "完整检查",
    checkRunning: "检查中：{done}/{total}",
    checkPassed: "通过",
    checkFailed: "失败",
    checkSkipped: "跳过",
    checkExpected: "预期：{text}",
    checkActual: "Excel 实际：{text}",
    checkSummary: "{passed} 项通过，{failed} 项失败，{skipped} 项跳过。",
    checkAllPassed: "所有检查均在 {host} {version}（{platform}）上通过。",
    checkSomeFailed: "{failed} 项检查失败。请复制报告并发送给支持人员。",
    checkNotBlank:
      "完整检查会写入工作表，因此只能在空白工作簿（只有一张空白工作表）中运行；此工作簿有 {sheets} 张工作表，含数据的：{inUse}。请打开新的空白工作簿再运行，或在此运行快速检查。",
    checkNone: "无",
    checkError: "检查已停止：{detail}",
    checkCopyText: "复制为文本",
    checkCopyJson: "复制为 JSON",
    checkCopied: "已复制。",
    checkCopyFailed: "此 Excel 不允许窗格复制。请选中下方的报告并复制。",
    checkReportLabel: "要发送给支持人员的报告",
  },
};
