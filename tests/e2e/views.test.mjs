// Every view of the built pane in Chromium, in English and Chinese, light and dark, with
// screenshots; the language switch; inserting a formula from the Dataset view.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { animationsFinished, launch, openPane, RESULTS, screenshot } from "./harness.mjs";

const VIEW_NAMES = ["home", "dataset", "map", "functions", "scenarios"];
const VIEWS = {
  en: {
    Home: "Insert all tables",
    Dataset: "OpenAI buys compute from Oracle",
    Map: "Every flow",
    Functions: "COMPUTE.BURN(cash, months, [burn_growth])",
    Scenarios: "Create scenario sheet",
  },
  "zh-TW": {
    首頁: "插入全部表格",
    資料集: "OpenAI向甲骨文購買算力",
    資金圖: "全部資金流",
    函數: "COMPUTE.BURN(cash, months, [burn_growth])",
    情境: "建立情境工作表",
  },
};

/** WCAG contrast ratio of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The map's names read at 4.5:1 against the pane, and its lines and node outlines show at 3:1. */
async function expectMapContrast(page, where) {
  const colors = await page.evaluate(() => {
    const { document, getComputedStyle } = globalThis;
    const svg = document.querySelector('svg[role="group"]');
    let backdrop = svg;
    while (backdrop && getComputedStyle(backdrop).backgroundColor === "rgba(0, 0, 0, 0)") backdrop = backdrop.parentElement;
    return {
      background: getComputedStyle(backdrop).backgroundColor,
      label: getComputedStyle(svg.querySelector("text")).fill,
      flow: getComputedStyle(svg.querySelector("g[data-highlighted] path")).stroke,
      node: getComputedStyle(svg.querySelector("g[role=button] circle")).stroke,
    };
  });
  assert.ok(contrast(colors.label, colors.background) >= 4.5, `${where}: names ${JSON.stringify(colors)}`);
  assert.ok(contrast(colors.flow, colors.background) >= 3, `${where}: flows ${JSON.stringify(colors)}`);
  assert.ok(contrast(colors.node, colors.background) >= 3, `${where}: nodes ${JSON.stringify(colors)}`);
}

describe("every view of the pane", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [language, views] of Object.entries(VIEWS)) {
    for (const theme of ["light", "dark"]) {
      it(`renders in ${language}, ${theme}`, async () => {
        const office = { displayLanguage: language, isDarkTheme: theme === "dark" };
        const { page, context, failures } = await openPane(browser, { host: "excel", office, colorScheme: theme });
        for (const [index, [tab, text]] of Object.entries(views).entries()) {
          await page.getByRole("tab", { name: tab }).click();
          await page.getByText(text, { exact: true }).first().waitFor();
          if (VIEW_NAMES[index] === "map") await expectMapContrast(page, `${language}, ${theme}`);
          await screenshot(page, `pane-${VIEW_NAMES[index]}-${language}-${theme}`);
        }
        assert.deepEqual(failures, []);
        await context.close();
      });
    }
  }

  it("switches language from the pane", async () => {
    const { page, context } = await openPane(browser, { host: "excel" });
    await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
    await page.getByRole("button", { name: "插入全部表格" }).waitFor();
    assert.ok(await page.getByRole("heading", { level: 1, name: "算力联盟" }).isVisible());
    await context.close();
  });

  it("inserts a formula from the Dataset view into the selected cell", async () => {
    const { page, context } = await openPane(browser, { host: "excel" });
    await page.getByRole("tab", { name: "Dataset" }).click();
    await page.getByRole("button", { name: "Insert formula for OpenAI buys compute from Oracle" }).click();
    await page.getByText('Inserted =COMPUTE.DEAL("openai-oracle-compute") in A1.').waitFor();
    const cell = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.dump().sheets[0].rows["1"][0]);
    assert.equal(cell, '=COMPUTE.DEAL("openai-oracle-compute")');
    await context.close();
  });

  it("creates a scenario through the pane, and dumps the workbook", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    await page.getByRole("tab", { name: "Scenarios" }).click();
    await page.getByRole("button", { name: "Create scenario sheet" }).click();
    await page.getByText("Created Scenario xAI, and updated the comparison and the AI share outlook.").waitFor();
    await page.screenshot({ path: join(RESULTS, "pane-scenarios-created.png") });
    const dump = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.dump());
    writeFileSync(join(RESULTS, "scenario-workbook.json"), JSON.stringify(dump, null, 2));
    assert.deepEqual(
      dump.sheets.map((s) => s.name),
      ["Sheet1", "Scenario xAI", "Scenarios", "AI share outlook"],
    );
    const runway = "=COMPUTE.RUNWAY(Scn_xAI_Cash,Scn_xAI_Burn,Scn_xAI_BurnGrowth,Scn_xAI_Revenue,Scn_xAI_RevenueGrowth)";
    assert.ok(Object.values(dump.sheets[1].rows).some((row) => row.includes(runway)));
    assert.deepEqual(failures, []);
    await context.close();
  });

  for (const [language, tab, expand, company, companyLabel] of [
    ["en", "Dataset", "Show the source of OpenAI buys compute from Oracle", "nvidia", "Company"],
    ["zh-TW", "資料集", "顯示OpenAI向甲骨文購買算力的原文", "nvidia", "公司"],
  ]) {
    it(`lists the dataset as compact cards at 360 px, in ${language}: collapsed, expanded, filtered`, async () => {
      const office = { displayLanguage: language, isDarkTheme: false };
      const { page, context, failures } = await openPane(browser, { host: "excel", office });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.getByRole("tab", { name: tab }).click();
      const disclosure = page.getByRole("button", { name: expand });
      await disclosure.waitFor();
      await screenshot(page, `pane-dataset-compact-${language}-collapsed`);
      // The list is compact: far shorter than a card per sentence made it.
      const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
      assert.ok(height < 4000, `the Dataset view is ${height} px tall at 360 px`);
      await disclosure.focus();
      await page.keyboard.press("Enter");
      await page.locator("mark").first().waitFor();
      await screenshot(page, `pane-dataset-compact-${language}-expanded`);
      // Away and back: the open card and the place in the list are as they were.
      await page.evaluate(() => globalThis.scrollTo(0, 700));
      await page.getByRole("tab", { name: language === "en" ? "Functions" : "函數" }).click();
      await page.getByRole("tab", { name: tab }).click();
      await page.locator("mark").first().waitFor();
      assert.equal(await page.evaluate(() => globalThis.scrollY), 700);
      await page.getByRole("combobox", { name: companyLabel }).selectOption(company);
      await page.getByRole("heading", { name: language === "en" ? "Deals 4 of 15" : "交易：15項中的4項" }).waitFor();
      await screenshot(page, `pane-dataset-compact-${language}-filtered`);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  /** The value of a scenario's named input cell, in the fake workbook. */
  const namedValue = (page, name) =>
    page.evaluate((wanted) => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      const { refersTo } = workbook.names.find((n) => n.name === wanted);
      const sheet = workbook.sheets.find((s) => s.id === refersTo.sheetId);
      return workbook.cell(sheet, refersTo.row, refersTo.col).value;
    }, name);

  for (const [language, cashText, cashLabel, growthLabel, echo, create, created] of [
    ["en", "20B", "Cash (US$)", "Burn growth per month (%)", "= US$20,000,000,000 (US$20B)", "Create scenario sheet", /^Created/],
    ["zh-TW", "200億美元", "現金（美元）", "支出月成長率（%）", "= 20,000,000,000美元（200億美元）", "建立情境工作表", /^已建立/],
  ]) {
    it(`takes numbers as analysts write them, in ${language}: ${cashText} and 2%`, async () => {
      const office = { displayLanguage: language, isDarkTheme: false };
      const { page, context, failures } = await openPane(browser, { host: "excel", office });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.getByRole("tab", { name: language === "en" ? "Scenarios" : "情境" }).click();
      await page.getByRole("textbox", { name: cashLabel }).fill(cashText);
      // The echo, then where the input comes from: the preset's figure, or the analyst's own.
      await page.getByText(echo, { exact: false }).waitFor();
      await page.getByRole("textbox", { name: growthLabel }).fill("2%");
      await page.getByText(language === "en" ? "= 2.00% a month · Yours" : "= 每月2.00% · 您的輸入", { exact: true }).waitFor();
      await screenshot(page, `pane-scenarios-input-${language}`);
      await page.getByRole("button", { name: create }).click();
      await page.getByText(created).first().waitFor();
      assert.equal(await namedValue(page, "Scn_xAI_Cash"), 20e9);
      assert.equal(await namedValue(page, "Scn_xAI_BurnGrowth"), 0.02);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  it("asks before deleting a scenario: Cancel keeps it, Delete removes its sheet", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    const sheetNames = () => page.evaluate(() => globalThis.__FAKE_WORKBOOK__.dump().sheets.map((s) => s.name));
    await page.getByRole("tab", { name: "Scenarios" }).click();
    await page.getByRole("button", { name: "Create scenario sheet" }).click();
    await page.getByText("Created Scenario xAI, and updated the comparison and the AI share outlook.").waitFor();

    const dialog = page.getByRole("dialog", { name: "Delete xAI?" });
    await page.getByRole("button", { name: "Delete xAI" }).click();
    await dialog.waitFor();
    // The dialog fades in and covers the viewport: let it finish, and picture the viewport.
    await animationsFinished(page);
    await page.screenshot({ path: join(RESULTS, "pane-scenarios-confirm-delete.png") });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    assert.ok((await sheetNames()).includes("Scenario xAI"));

    await page.getByRole("button", { name: "Delete xAI" }).click();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("Deleted xAI; the comparison was rebuilt.").waitFor();
    assert.ok(!(await sheetNames()).includes("Scenario xAI"));
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("makes a sheet portable after asking, listing a sheet added while the pane is open", async () => {
    const { page, context, failures } = await openPane(browser, { host: "excel" });
    const sheet = page.getByRole("combobox", { name: "Sheet" });
    await sheet.locator("option", { hasText: "Sheet1" }).waitFor({ state: "attached" });
    // The analyst adds a model sheet; Excel has calculated its formulas (the fake does not calculate).
    await page.evaluate(() => {
      const workbook = globalThis.__FAKE_WORKBOOK__;
      const model = workbook.addSheet("Model");
      workbook.setCell(model, 0, 0, { formula: "=COMPUTE.RUNWAY(20000000000,1000000000)", value: 20 });
      workbook.setCell(model, 1, 0, { formula: '=COMPUTE.SOURCE("xai-funding","en")', value: "Even xAI…" });
    });
    await sheet.focus();
    await sheet.locator("option", { hasText: "Model" }).waitFor({ state: "attached" });
    await sheet.selectOption("Model");
    await page.getByRole("button", { name: "Make portable", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Make Model portable?" });
    await dialog.getByRole("button", { name: "Make portable" }).click();
    await page.getByText("Model: 1 formulas rewritten as native formulas, 1 replaced by their values.").waitFor();
    const cells = await page.evaluate(() => globalThis.__FAKE_WORKBOOK__.dump().sheets.find((s) => s.name === "Model").rows);
    // A native formula in place of RUNWAY (its exact text is tested in jest), the value in place of SOURCE.
    assert.match(cells[1][0], /^=IF\(/);
    assert.doesNotMatch(cells[1][0], /COMPUTE\./);
    assert.deepEqual(cells[2], ["Even xAI…"]);
    assert.deepEqual(failures, []);
    await context.close();
  });

  it("measures navigation to the first rendered view (median of 5)", async () => {
    const times = [];
    for (let run = 0; run < 5; run++) {
      const { page, context } = await openPane(browser, { host: "excel" });
      await page.getByRole("button", { name: "Insert all tables" }).waitFor();
      // From the navigation's start to the moment the Home view's button is in the page.
      times.push(await page.evaluate(() => globalThis.performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    writeFileSync(join(RESULTS, "first-render.json"), JSON.stringify({ runsMs: times, medianMs: times[2] }, null, 2));
    assert.ok(times[2] > 0);
  });
});
