/** English UI strings. The key list here is the contract every other language must meet. */
export const en = {
  appTitle: "Compute Alliances",
  appSubtitle: "The 2025 AI-compute alliances and compute spending",
  languageLabel: "Language",
  navLabel: "Views",
  tabHome: "Home",
  tabDataset: "Dataset",
  tabFunctions: "Functions",
  tabScenarios: "Scenarios",
  loadingView: "Loading…",
  outsideTitle: "Open this pane in Excel",
  outsideBody:
    "Compute Alliances is an Excel add-in. This page works only inside Excel, where it can write tables and register the COMPUTE functions.",
  outsideStepWeb: "Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in, then choose manifest.xml.",
  outsideStepDesktop: "Excel on Windows or Mac: run npm start in the project folder; it opens Excel with the add-in loaded.",
  missingSetTitle: "This version of Excel is too old for Compute Alliances",
  missingSetBody:
    "The add-in needs {sets}. Update Office (File > Account > Update options), or use Excel on the web, which always has the latest API.",
  homeIntro:
    "Put the article's deals and compute-spend figures into this workbook as Excel tables with charts, then build your own scenarios with the COMPUTE functions.",
  datasetHeading: "Dataset",
  datasetVersion: "Version",
  datasetAsOf: "As of",
  datasetCounts: "{deals} deals, {metrics} figures, {entities} companies and bodies",
  datasetAuthor: "Source",
  functionsHeading: "Functions",
  functionsHint: "Type =COMPUTE. in any cell to see them, for example =COMPUTE.RUNWAY(20000000000, 1000000000).",
  insertAll: "Insert all tables",
  refresh: "Refresh",
  inserting: "Writing the tables…",
  refreshing: "Refreshing the tables…",
  resultTitle: "Done",
  tableSummary: "{table}: {added} added, {updated} updated, {removed} removed",
  lastWritten: "Tables last written",
  neverWritten: "not yet in this workbook",
  errorTitle: "The tables were not written",
  errorCellEdit: "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.",
  errorPayloadTooLarge:
    "The workbook refused a request this large. Close other add-ins' panes and try again; if it persists, use Excel on the desktop.",
  errorApiMissing: "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
  errorBusy: "Excel is busy. Wait a moment, then try again.",
  errorUnknown: "Something went wrong in Excel. Try again; refreshing repairs a write that was cut short.",
  errorDetail: "Details: {detail}",
} as const;

export type StringKey = keyof typeof en;
