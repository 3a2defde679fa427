import type { StringKey } from "./en";

/** Simplified Chinese UI strings. */
export const zhCN: Record<StringKey, string> = {
  appTitle: "算力联盟",
  appSubtitle: "2025年AI算力联盟与算力支出",
  languageLabel: "语言",
  navLabel: "视图",
  tabHome: "主页",
  tabDataset: "数据集",
  tabFunctions: "函数",
  tabScenarios: "情景",
  loadingView: "正在加载…",
  outsideTitle: "请在Excel中打开此窗格",
  outsideBody: "算力联盟是一个Excel加载项。此页面只能在Excel中使用，在那里它可以写入表格并注册COMPUTE函数。",
  outsideStepWeb: "Excel网页版：开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项，然后选择 manifest.xml。",
  outsideStepDesktop: "Windows或Mac版Excel：在项目文件夹中运行 npm start，它会打开已加载本加载项的Excel。",
  missingSetTitle: "此Excel版本过旧，无法运行算力联盟",
  missingSetBody: "本加载项需要 {sets}。请更新Office（文件 > 账户 > 更新选项），或使用始终提供最新API的Excel网页版。",
  homeIntro: "将文章中的交易和算力支出数据以带图表的Excel表格写入此工作簿，再用COMPUTE函数构建您自己的情景。",
  datasetHeading: "数据集",
  datasetVersion: "版本",
  datasetAsOf: "截至",
  datasetCounts: "{deals}笔交易、{metrics}项数据、{entities}家公司和机构",
  datasetAuthor: "来源",
  functionsHeading: "函数",
  functionsHint: "在任意单元格中输入 =COMPUTE. 即可看到这些函数，例如 =COMPUTE.RUNWAY(20000000000, 1000000000)。",
};
