/**
 * Which layer may import which (docs/engineering/architecture.md). `npm test` runs these rules; a
 * violation fails it. The arrows point one way: the pure domain at the centre, adapters around.
 */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain imports nothing of ours outside src/domain: no Office, no React, no adapters.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
    {
      name: "office-does-not-import-export",
      comment: "The live-workbook adapter and the file exporter share code through the domain only.",
      severity: "error",
      from: { path: "^src/office/" },
      to: { path: "^src/export/" },
    },
    {
      name: "export-does-not-import-functions",
      comment: "The exporter computes through the domain's cores, not through Excel's custom functions.",
      severity: "error",
      from: { path: "^src/export/" },
      to: { path: "^src/functions/" },
    },
    {
      name: "taskpane-reaches-office-through-ports",
      comment:
        "The pane asks the workbook only through its ports (src/taskpane/ports.ts); only the entry point, index.tsx, wires the Office adapter in. Of the acceptance suite it sees the report's types only.",
      severity: "error",
      from: { path: "^src/taskpane/", pathNot: "^src/taskpane/index\\.tsx$" },
      to: { path: "^src/(office|commands|functions|export|acceptance)/", pathNot: "^src/acceptance/report\\.ts$" },
    },
    {
      name: "no-circular",
      comment: "No module depends on itself through others.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-office-js-in-pure-code",
      comment: "Only src/office and src/functions reach the Office.js and custom-functions globals' packages.",
      severity: "error",
      from: { path: "^src/(domain|taskpane|export)/" },
      to: { path: "node_modules/(@microsoft/office-js|@types/office-js|@types/custom-functions-runtime)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.(css|svg|png|json)$" },
  },
};
