/**
 * What the pane needs to know about its host, read once at start-up. This module and its
 * siblings are the only code that touches Office.* or Excel.*.
 */
import type { HostInfo } from "../taskpane/ports";

/**
 * The lowest ExcelApi set the add-in needs: the scenario sheets' data validation (1.8), on top
 * of getRangeByIndexes, NamedItem.formula and chart series (1.7) and settings and
 * getItemOrNullObject (1.4). Comments (1.10) are guarded where they are used, and
 * delayForCellEdit (1.11) is passed where Excel has it and ignored where it does not.
 * tests/office/requirementSets.test.ts holds every member the adapter calls to this.
 */
export const MIN_EXCEL_API = "1.8";

/** The requirement sets the add-in refuses to run without (the acceptance suite reports them too). */
export const REQUIRED_SETS: ReadonlyArray<readonly [string, string]> = [
  ["ExcelApi", MIN_EXCEL_API],
  ["SharedRuntime", "1.1"],
];

/** Waits for Office.js once, as the docs require before anything else runs. */
export async function waitForHost(): Promise<HostInfo> {
  const info = await Office.onReady();
  // Outside an Office host (a plain browser tab), onReady resolves with host null.
  if (info.host !== Office.HostType.Excel) return { kind: "outside-excel" };
  const displayLanguage = Office.context.displayLanguage ?? "en-US";
  const isDarkTheme = Office.context.officeTheme?.isDarkTheme ?? false;
  const missingSets = REQUIRED_SETS.filter(([set, version]) => !Office.context.requirements.isSetSupported(set, version)).map(
    ([set, version]) => `${set} ${version}`,
  );
  return missingSets.length > 0
    ? { kind: "excel-too-old", missingSets, displayLanguage, isDarkTheme }
    : { kind: "excel", displayLanguage, isDarkTheme };
}
