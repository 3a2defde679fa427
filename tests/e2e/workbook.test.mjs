// The real pane bundle writing into the fake workbook: click Insert, then dump the workbook.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, openPane, RESULTS, screenshot } from "./harness.mjs";

describe("inserting tables from the pane", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("writes the sheets into the workbook, reports it, and refreshes without change", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    // Keyboard only: Tab to the button, Enter to press it.
    const insert = page.getByRole("button", { name: "Insert all tables" });
    await insert.waitFor();
    for (
      let presses = 0;
      presses < 10 && !(await insert.evaluate((button) => button === button.ownerDocument.activeElement));
      presses++
    ) {
      await page.keyboard.press("Tab");
    }
    assert.ok(await insert.evaluate((button) => button === button.ownerDocument.activeElement), "Tab reaches Insert all tables");
    await page.keyboard.press("Enter");
    await page.getByText("Done").waitFor();
    assert.ok(await page.getByText(/^Deals: 15 added, 0 updated, 0 removed$/).isVisible());
    await screenshot(page, "pane-home-after-insert");

    const dump = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.dump());
    writeFileSync(join(RESULTS, "workbook.json"), JSON.stringify(dump, null, 2));
    assert.deepEqual(
      dump.sheets.map((s) => s.name),
      ["Sheet1", "Deals", "Compute spend", "Money map", "About"],
    );
    assert.deepEqual(
      dump.sheets.flatMap((s) => s.tables.map((t) => t.name)),
      ["Deals", "AIShare", "Metrics"],
    );
    const header = dump.sheets[1].rows["3"];
    assert.equal(dump.sheets[1].rows["4"][header.indexOf("value_usd")], 300000000000);

    const syncsBefore = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.syncCount);
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText(/^Deals: 0 added, 0 updated, 0 removed$/).waitFor();
    const syncs = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.syncCount);
    assert.equal(syncs - syncsBefore, 3, "a refresh makes 3 round trips");
    assert.deepEqual(failures, []);
    await context.close();
  });
});
