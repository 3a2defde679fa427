// In the built pane over the fake host: the analyst adds deals of their own to the Deals table;
// the Map view draws them marked as theirs (with a switch back to the article's) and stresses
// them, and Explain on one of their rows says it is theirs and how the functions read it.
// Screenshots at 360 px.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, openPane, screenshot } from "./harness.mjs";

/** Runs in the page: types rows below the Deals table (which grows) and an amount over one of its cells. */
function addAnalystDeals() {
  const workbook = globalThis.__FAKE_WORKBOOK__;
  const table = workbook.tables.find((t) => t.name === "Deals");
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId);
  const col = (header) => {
    for (let c = 0; c < table.width; c++)
      if (workbook.cell(sheet, table.top, table.left + c).value === header) return table.left + c;
    throw new Error(`no column ${header}`);
  };
  const rows = [
    { id: "my-oracle-coreweave", payer: "Oracle", payee: "CoreWeave", value_usd: 12e9, kind: "compute-purchase" },
    { id: "my-coreweave-nvidia", payer: "CoreWeave", payee: "NVIDIA", value_usd: 6e9, kind: "chip-supply" },
  ];
  for (const cells of rows) {
    const row = table.top + table.height;
    for (const [key, value] of Object.entries(cells)) workbook.setCell(sheet, row, col(key), { value });
    table.height += 1;
  }
  for (let r = table.top + 1; r < table.top + table.height; r++)
    if (workbook.cell(sheet, r, col("id")).value === "oracle-nvidia-chips")
      workbook.setCell(sheet, r, col("value_usd"), { value: 40e9 });
  // Select the analyst's first row's value, for Explain.
  const first = table.top + table.height - 2;
  workbook.select(sheet.name, `${String.fromCharCode(65 + col("value_usd"))}${first + 1}`);
}

describe("the analyst's deals in the pane", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("draws them on the Map, marked as theirs, and Explain says a row is theirs", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    await page.setViewportSize({ width: 360, height: 900 });
    await page.getByRole("button", { name: "Insert all tables" }).click();
    await page.getByText(/^Deals: 15 added/).waitFor({ timeout: 60_000 });
    await page.evaluate(addAnalystDeals);

    await page.getByRole("tab", { name: "Map" }).click();
    const workbook = page.getByRole("radio", { name: "This workbook (Deals)" });
    await workbook.waitFor();
    assert.equal(await workbook.isChecked(), true);
    await page.getByRole("button", { name: "Nvidia → OpenAI → Oracle → CoreWeave → Nvidia" }).waitFor();
    assert.equal(await page.locator('g[data-theirs="true"]').count(), 3);
    const table = page.getByRole("table", { name: "Every flow" });
    assert.equal(await table.getByRole("row").count(), 1 + 15 + 2);
    assert.ok(await table.getByRole("row", { name: /Oracle CoreWeave my-oracle-coreweave US\$12B your row/ }).isVisible());
    await screenshot(page, "pane-map-workbook-deals-en");

    // What if Nvidia stops paying? Every entity shaded by its loss, the losses listed.
    await page.getByRole("button", { name: /^Nvidia: / }).click();
    await page.getByText("100% of Nvidia's stated money out goes to OpenAI").waitFor();
    await page.getByRole("button", { name: "What if Nvidia stops paying?" }).click();
    await page.getByRole("heading", { name: "If Nvidia stops paying" }).waitFor();
    assert.ok((await page.locator("circle[data-stress]").count()) >= 4);
    await page.getByRole("heading", { name: "If Nvidia stops paying" }).scrollIntoViewIfNeeded();
    await screenshot(page, "pane-map-stress-en");
    await page.getByRole("button", { name: "Clear the stress" }).click();

    await page.getByRole("radio", { name: "The article" }).click();
    assert.equal(await page.getByRole("table", { name: "Every flow" }).getByRole("row").count(), 1 + 15);
    assert.equal(await page.locator('g[data-theirs="true"]').count(), 0);

    await page.getByRole("tab", { name: "Explain" }).click();
    await page.getByText("Your row, not the article's").waitFor();
    await page.getByText("a flow from Oracle to CoreWeave: US$12B").waitFor();
    await screenshot(page, "pane-explain-analyst-row-en");
    assert.deepEqual(failures, []);
    await context.close();
  });
});
