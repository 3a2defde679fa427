// The Explain view in Chromium over the fake host: after the tables and a scenario are written
// through the pane, selecting cells in the workbook explains them, and an edit to an input the
// explanation reads updates it. Screenshots of each kind of
// cell, in English and 繁體中文, as test-results/pane-explain-*.png.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, openPane, screenshot } from "./harness.mjs";

const WORDS = {
  en: {
    insert: "Insert all tables",
    inserted: "Done",
    scenarios: "Scenarios",
    create: "Create scenario sheet",
    created: "Created Scenario xAI",
    explain: "Explain",
    arithmetic: "US$20B ÷ US$1B a month = 20 months",
    edited: "US$40B ÷ US$1B a month = 40 months",
    tornado: /RUNWAY with each input 10% lower/,
    cashChart: /Cash left month by month/,
    logistic: /by the logistic method/,
    nothing: "Sheet1!A1: nothing in this cell comes from the dataset or the COMPUTE functions.",
  },
  "zh-TW": {
    insert: "插入全部表格",
    inserted: "已完成",
    scenarios: "情境",
    create: "建立情境工作表",
    created: "已建立",
    explain: "解釋",
    arithmetic: "200億美元 ÷ 每月10億美元 = 20個月",
    edited: "400億美元 ÷ 每月10億美元 = 40個月",
    tornado: /RUNWAY：每個輸入各降低和提高10%/,
    cashChart: /逐月剩餘現金：/,
    logistic: /依logistic方法外推/,
    nothing: "Sheet1!A1：此儲存格中沒有任何內容來自資料集或COMPUTE函數。",
  },
};

/** Finds a cell in the fake workbook and selects it, as the analyst clicking it would. */
async function selectWhere(page, find) {
  const where = await page.evaluate((source) => {
    const workbook = globalThis.__FAKE_WORKBOOK__;
    const finder = new Function("dump", `return (${source})(dump);`);
    return finder(workbook.dump());
  }, find.toString());
  assert.ok(where, `no cell found by ${find}`);
  await page.evaluate(({ sheet, address }) => globalThis.__FAKE_WORKBOOK__.select(sheet, address), where);
  return where;
}

describe("Explain this cell", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [language, words] of Object.entries(WORDS)) {
    it(`explains a Deals value, a RUNWAY cell, an AISHARE cell for 2030 and a plain cell, in ${language}`, async () => {
      const { page, context, failures } = await openPane(browser, { host: "excel", office: { displayLanguage: language } });
      await page.getByRole("button", { name: words.insert }).click();
      await page.getByText(words.inserted, { exact: true }).first().waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: words.scenarios }).click();
      await page.getByRole("button", { name: words.create }).click();
      await page.getByText(words.created).first().waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: words.explain }).click();

      // The OpenAI–Oracle value: the Deals table's first column holds ids, its seventh the value.
      await selectWhere(page, (dump) => {
        for (const sheet of dump.sheets)
          for (const [row, cells] of Object.entries(sheet.rows))
            if (cells[0] === "openai-oracle-compute" && sheet.tables.length > 0) return { sheet: sheet.name, address: `G${row}` };
        return null;
      });
      const mark = page.locator("mark", { hasText: "3000億美元" });
      await mark.waitFor();
      await screenshot(page, `pane-explain-deal-${language}`);

      // The scenario's RUNWAY cell.
      const runway = await selectWhere(page, (dump) => {
        for (const sheet of dump.sheets)
          for (const [row, cells] of Object.entries(sheet.rows)) {
            const col = cells.findIndex((cell) => typeof cell === "string" && cell.startsWith("=COMPUTE.RUNWAY(Scn_xAI_Cash"));
            if (col >= 0) return { sheet: sheet.name, address: `${String.fromCharCode(65 + col)}${row}` };
          }
        return null;
      });
      await page.getByText(words.arithmetic, { exact: true }).waitFor();
      assert.ok(await page.getByRole("img", { name: words.cashChart }).isVisible());
      const tornado = page.getByRole("table", { name: words.tornado });
      assert.equal(
        await tornado.getByRole("row").count(),
        6,
        `the tornado of ${runway.sheet}!${runway.address} has a row per input`,
      );
      await screenshot(page, `pane-explain-runway-${language}`);
      // The analyst doubles the scenario's cash: the explanation follows the edit.
      await page.evaluate(() => {
        const workbook = globalThis.__FAKE_WORKBOOK__;
        const cash = workbook.names.find((n) => n.name === "Scn_xAI_Cash").refersTo;
        const sheet = workbook.sheets.find((s) => s.id === cash.sheetId);
        workbook.edit(sheet.name, `${String.fromCharCode(65 + cash.col)}${cash.row + 1}`, 40e9);
      });
      await page.getByText(words.edited, { exact: true }).waitFor();

      // The outlook's logistic AISHARE for 2030.
      await selectWhere(page, (dump) => {
        for (const sheet of dump.sheets)
          for (const [row, cells] of Object.entries(sheet.rows))
            if (cells[0] === 2030) {
              const col = cells.findIndex((cell) => typeof cell === "string" && /^=COMPUTE\.AISHARE\(.*"logistic"\)$/.test(cell));
              if (col >= 0) return { sheet: sheet.name, address: `${String.fromCharCode(65 + col)}${row}` };
            }
        return null;
      });
      await page.getByText(words.logistic).waitFor();
      await screenshot(page, `pane-explain-aishare-${language}`);

      // A plain cell.
      await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.select("Sheet1", "A1"));
      await page.getByText(words.nothing, { exact: true }).waitFor();
      await screenshot(page, `pane-explain-empty-${language}`);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  it("explains a RUNWAY cell in the dark theme", async () => {
    const { page, context, failures } = await openPane(browser, {
      host: "excel",
      office: { isDarkTheme: true },
      colorScheme: "dark",
    });
    await page.getByRole("tab", { name: "Scenarios" }).click();
    await page.getByRole("button", { name: "Create scenario sheet" }).click();
    await page.getByText("Created Scenario xAI").first().waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Explain" }).click();
    await selectWhere(page, (dump) => {
      const sheet = dump.sheets.find((s) => s.name === "Scenario xAI");
      for (const [row, cells] of Object.entries(sheet.rows)) {
        const col = cells.findIndex((cell) => typeof cell === "string" && cell.startsWith("=COMPUTE.RUNWAY(Scn_xAI_Cash"));
        if (col >= 0) return { sheet: sheet.name, address: `${String.fromCharCode(65 + col)}${row}` };
      }
      return null;
    });
    await page.getByText(WORDS.en.arithmetic, { exact: true }).waitFor();
    await screenshot(page, "pane-explain-runway-en-dark");
    assert.deepEqual(failures, []);
    await context.close();
  });
});
