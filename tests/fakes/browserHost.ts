/**
 * Loaded in place of office.js in the browser tests: installs the fake Office and
 * CustomFunctions globals. Options come from window.__FAKE_OFFICE__, set by the test before
 * the page's scripts run.
 */
import { createCustomFunctions } from "./customFunctions";
import { createOffice, DEFAULT_OFFICE_OPTIONS, type FakeOfficeOptions } from "./office";

const page = window as unknown as Record<string, unknown> & { __FAKE_OFFICE__?: Partial<FakeOfficeOptions> };
page.Office = createOffice({ ...DEFAULT_OFFICE_OPTIONS, ...page.__FAKE_OFFICE__ });
page.CustomFunctions = createCustomFunctions();
