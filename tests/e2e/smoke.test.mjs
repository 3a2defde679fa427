// The browser smoke test: the production pane in headless Chromium, outside and inside Excel.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, openPane, screenshot } from "./harness.mjs";

describe("task pane in Chromium", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("outside Excel, says it must be opened in Excel, and how", async () => {
    const { page, context, failures } = await openPane(browser, { host: "none" });
    // The prerendered Home paints first; the pane then replaces it with this.
    await page.getByText("Open this pane in Excel").waitFor();
    assert.ok(await page.getByText(/Upload my add-in/).isVisible());
    assert.ok(await page.getByText(/npm start/).isVisible());
    await screenshot(page, "pane-outside-excel");
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("inside the fake Excel host, renders its main view", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    await page.getByRole("heading", { name: "Compute Alliances", level: 1 }).waitFor();
    assert.ok(await page.getByRole("tab", { name: "Home" }).isVisible());
    assert.ok(await page.getByText(/deals, \d+ figures/).isVisible());
    await screenshot(page, "pane-home-en-light");
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("in an Excel without the needed requirement sets, explains instead of failing", async () => {
    const { page, context } = await openPane(browser, {
      host: "excel",
      // ExcelApi 1.7 lacks the data validation the scenario sheets write (1.8).
      office: { supportedSets: { ExcelApi: "1.7", SharedRuntime: "1.1" } },
    });
    await page.getByText("This version of Excel is too old for Compute Alliances").waitFor();
    assert.ok(await page.getByText(/ExcelApi 1\.8/).isVisible());
    await context.close();
  });
});
