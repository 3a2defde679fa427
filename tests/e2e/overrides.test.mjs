// In the built pane: the analyst's own value in a dataset cell is listed after a refresh, and
// restored after asking; a workbook whose tables come from an older dataset says so.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, openPane, RESULTS } from "./harness.mjs";

/** Runs in the page: where the fake workbook's nvidia-openai-investment value_usd cell is. */
function valueCell() {
  const workbook = globalThis.__FAKE_WORKBOOK__;
  const table = workbook.tables.find((t) => t.name === "Deals");
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId);
  let col = 0;
  while (workbook.cell(sheet, table.top, table.left + col).value !== "value_usd") col++;
  for (let r = 1; r < table.height; r++)
    if (workbook.cell(sheet, table.top + r, table.left).value === "nvidia-openai-investment")
      return { sheet: sheet.name, row: table.top + r, col: table.left + col };
  return null;
}

describe("the analyst's values in the dataset's cells, in the pane", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("lists an override after a refresh, and restores it after asking", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    await page.getByRole("button", { name: "Insert all tables" }).click();
    await page.getByText(/^Deals: 15 added/).waitFor();
    // The analyst types their own estimate over the dataset's US$100 billion.
    const cell = await page.evaluate(valueCell);
    await page.evaluate(({ sheet, row, col }) => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      workbook.setCell(workbook.sheetByName(sheet), row, col, { value: 10000000000 });
    }, cell);
    await page.getByRole("button", { name: "Refresh" }).click();
    const listed = page.getByText(
      "value_usd of nvidia-openai-investment in Deals: yours 10,000,000,000; the dataset's 100,000,000,000. Yours was kept.",
    );
    await listed.first().waitFor();
    await page.getByRole("heading", { name: "Your values in the dataset's cells" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, "pane-home-overrides.png"), fullPage: true });

    await page.getByRole("button", { name: "Restore the dataset's value of value_usd for nvidia-openai-investment" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore the dataset's value?" });
    await dialog.getByRole("button", { name: "Restore" }).click();
    await page.getByRole("heading", { name: "Your values in the dataset's cells" }).waitFor({ state: "detached" });
    const value = await page.evaluate(({ sheet, row, col }) => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      return workbook.cell(workbook.sheetByName(sheet), row, col).value;
    }, cell);
    assert.equal(value, 100000000000);
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("says a newer dataset is available, and what a refresh would do", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    const messages = [];
    page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
    await page.getByRole("button", { name: "Insert all tables" }).click();
    await page.getByText(/^Deals: 15 added/).waitFor();
    // The tables came from an earlier dataset, which did not yet have the OpenAI–Oracle deal.
    await page.evaluate(() => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      const record = workbook.settings.get("ComputeAlliances.ownership");
      const table = workbook.tables.find((t) => t.name === "Deals");
      const sheet = workbook.sheets.find((s) => s.id === table.sheetId);
      workbook.setCell(sheet, table.top + 1, table.left + 4, { value: 290000000000 });
      const rows = record.rows.deals.rows;
      delete rows["openai-oracle-compute"];
      workbook.settings.set("ComputeAlliances.ownership", {
        ...record,
        datasetVersion: "0.9.0",
        rows: { ...record.rows, deals: { ...record.rows.deals, rows } },
      });
    });
    // Home reads the workbook again when it is shown again.
    await page.getByRole("tab", { name: "Dataset" }).click();
    // Home is left once the Dataset view is there, so that Home is shown again, not kept.
    await page.getByRole("button", { name: "Insert formula for OpenAI buys compute from Oracle" }).waitFor();
    await page.getByRole("tab", { name: "Home" }).click();
    // The read goes through the lazily loaded table code; on a machine busy with the LibreOffice
    // tests beside this one it has taken more than the default 30 s.
    const update = page.getByText(/^Dataset \d+\.\d+\.\d+ is available; these tables are from 0\.9\.0\.$/);
    // On a timeout, the pane's text and console say what it showed instead.
    await update.waitFor({ timeout: 120_000 }).catch(async (error) => {
      const text = await page.evaluate(() => globalThis.document.body.innerText);
      throw new Error(`${error.message}\nThe pane showed:\n${text}\nConsole:\n${messages.join("\n")}`);
    });
    await page.screenshot({ path: join(RESULTS, "pane-home-dataset-update.png"), fullPage: true });
    assert.deepEqual(failures, []);
    await context.close();
  });
});
