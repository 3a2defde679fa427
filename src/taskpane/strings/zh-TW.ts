import type { StringKey } from "./en";

/** Traditional Chinese UI strings. */
export const zhTW: Record<StringKey, string> = {
  appTitle: "算力聯盟",
  appSubtitle: "2025年AI算力聯盟與算力支出",
  languageLabel: "語言",
  navLabel: "檢視",
  tabHome: "首頁",
  tabDataset: "資料集",
  tabFunctions: "函數",
  tabScenarios: "情境",
  loadingView: "載入中…",
  outsideTitle: "請在Excel中開啟此窗格",
  outsideBody: "算力聯盟是Excel增益集。此頁面只能在Excel中使用，在那裡它可以寫入表格並註冊COMPUTE函數。",
  outsideStepWeb: "Excel網頁版：常用 > 增益集 > 更多增益集 > 我的增益集 > 上傳我的增益集，然後選擇 manifest.xml。",
  outsideStepDesktop: "Windows或Mac版Excel：在專案資料夾中執行 npm start，它會開啟已載入本增益集的Excel。",
  missingSetTitle: "此Excel版本過舊，無法執行算力聯盟",
  missingSetBody: "本增益集需要 {sets}。請更新Office（檔案 > 帳戶 > 更新選項），或使用一律提供最新API的Excel網頁版。",
  homeIntro: "將文章中的交易和算力支出資料以附圖表的Excel表格寫入此活頁簿，再用COMPUTE函數建立您自己的情境。",
  datasetHeading: "資料集",
  datasetVersion: "版本",
  datasetAsOf: "截至",
  datasetCounts: "{deals}筆交易、{metrics}項數據、{entities}家公司和機構",
  datasetAuthor: "來源",
  functionsHeading: "函數",
  functionsHint: "在任一儲存格中輸入 =COMPUTE. 即可看到這些函數，例如 =COMPUTE.RUNWAY(20000000000, 1000000000)。",
};
