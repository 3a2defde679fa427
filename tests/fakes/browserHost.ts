/**
 * Loaded in place of office.js in the browser tests: installs the fake Office, Excel and
 * CustomFunctions globals. Options come from window.__FAKE_OFFICE__, and the workbook's stored
 * settings (as a file opened from elsewhere would carry them) from window.__FAKE_SETTINGS__, both
 * set by the test before the page's scripts run; the workbook is window.__FAKE_WORKBOOK__, for
 * the test to inspect and to select cells in (__FAKE_WORKBOOK__.select(sheet, "B4")).
 * `__FAKE_OFFICE__.fault` breaks one behaviour on purpose, to show the acceptance suite catches it:
 * - "lose-analyst-row": every write after the first drops the last row of the Deals table
 *   when it holds more rows than the dataset (the analyst's), as a host that lost it would.
 */
import { bundledCatalog } from "../../src/domain/dataset";
import { computeCores } from "../../src/domain/formulas/cores";
import { OWNERSHIP_SETTING } from "../../src/domain/stored/markers";
import { createCustomFunctions } from "./customFunctions";
import { installCalculator } from "./excel/calculate";
import { dropAnalystDealsRow } from "./faults";
import { createExcel, FakeWorkbook } from "./excel";
import { createOffice, DEFAULT_OFFICE_OPTIONS, type FakeOfficeOptions } from "./office";

const page = window as unknown as Record<string, unknown> & {
  __FAKE_OFFICE__?: Partial<FakeOfficeOptions> & { fault?: "lose-analyst-row" };
  __FAKE_SETTINGS__?: Record<string, unknown>;
};
const workbook = new FakeWorkbook({ blankSheet: true });
for (const [key, value] of Object.entries(page.__FAKE_SETTINGS__ ?? {})) workbook.settings.set(key, value);
// Excel shows formulas' results; the fake computes them with the add-in's own cores, as Excel calls its functions.
installCalculator(workbook, computeCores(bundledCatalog));
if (page.__FAKE_OFFICE__?.fault === "lose-analyst-row") loseAnalystRowOnWrites(workbook);
page.Office = createOffice({ ...DEFAULT_OFFICE_OPTIONS, ...page.__FAKE_OFFICE__ });
page.Excel = createExcel(workbook);
page.CustomFunctions = createCustomFunctions();
page.__FAKE_WORKBOOK__ = workbook;

/** The fault "lose-analyst-row": the ownership record is written last in every write; the row goes with it. */
function loseAnalystRowOnWrites(target: FakeWorkbook): void {
  const settings = target.settings;
  const store = settings.set.bind(settings);
  let writes = 0;
  settings.set = (key, value) => {
    if (key === OWNERSHIP_SETTING && ++writes > 1) dropAnalystDealsRow(target);
    return store(key, value);
  };
}
