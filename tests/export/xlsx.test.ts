import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import { buildWorkbookPlan } from "../../src/domain/layout/workbookPlan";
import { main } from "../../src/export/cli";
import { buildWorkbook, workbookBytes } from "../../src/export/xlsx";
import { createAiShareModel } from "../../src/domain/model/aiShare";
import { outlookSheetPlan, SCENARIO_CELLS, scenarioSheetPlan } from "../../src/domain/scenario/plans";
import { OPENAI, XAI } from "../support/scenarios";
import { catalogCircles } from "../../src/domain/flows/graph";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import { FLOW_FORMAT } from "../../src/domain/layout/moneyMapPlan";

const DATE = new Date("2025-10-01T00:00:00Z");

async function exported(language: "en" | "zh-TW" = "en", date = DATE) {
  const plans = buildWorkbookPlan(catalog, { language, writtenAt: date.toISOString(), addinVersion: "0.1.0", portable: true });
  return workbookBytes(buildWorkbook(plans, { catalog, language, created: date }), date);
}

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("the portable workbook, read back by ExcelJS", () => {
  it("holds the Deals, Compute spend, Money map and About sheets with their Excel tables", async () => {
    const workbook = await readBack(await exported());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Deals", "Compute spend", "Money map", "About"]);
    const deals = workbook.getWorksheet("Deals")!;
    expect(Object.keys((deals as unknown as { tables: object }).tables)).toEqual(["Deals"]);
    const spend = workbook.getWorksheet("Compute spend")!;
    expect(Object.keys((spend as unknown as { tables: object }).tables)).toEqual(["AIShare", "Metrics"]);
  });

  it("carries every deal figure as the dataset states it, with its display format", async () => {
    const deals = (await readBack(await exported())).getWorksheet("Deals")!;
    catalog.deals.forEach((deal, i) => {
      const row = deals.getRow(4 + i);
      expect(row.getCell(1).value).toBe(deal.id);
      expect(row.getCell(7).value ?? null).toBe(deal.valueUsd);
      expect(row.getCell(9).value ?? null).toBe(deal.stake);
    });
    expect(deals.getCell("G4").numFmt).toBe('$#,##0.0,,,"B"');
  });

  it("says how sure each figure is: qualifiers in words and in number formats, inferred values in italics with a note, caveats", async () => {
    const workbook = await readBack(await exported("zh-TW"));
    const deals = workbook.getWorksheet("交易")!;
    const row = (id: string) => deals.getRow(4 + catalog.deals.findIndex((d) => d.id === id));
    const warrant = row("amd-openai-warrant");
    expect(warrant.getCell(11).value).toBe("近");
    expect(warrant.getCell(9).numFmt).toBe('"<"0.0%');
    expect(warrant.getCell(15).value).toBe("if-fully-exercised");
    const date = row("amd-openai-gpu").getCell(12);
    expect(date.font?.italic).toBe(true);
    expect(String(date.note)).toMatch(/^推斷，非原文所述: year from context: 但很快/);
    expect(row("taobao-wechat-pay").getCell(12).note).toBeUndefined();
    expect(String(row("oracle-nvidia-chips").getCell(1).note)).toMatch(/^注意: 文章推斷甲骨文勢必增加採購/);

    const spend = workbook.getWorksheet("算力支出")!;
    const figure = (id: string) => spend.getRow(4 + catalog.metrics.findIndex((m) => m.id === id));
    expect(figure("chips-act-funding-per-year").getCell(12).numFmt).toBe('"≈"$#,##0,,,"B/yr"');
    expect(figure("chips-act-funding-per-year").getCell(14).value).toBe("約");
    expect(figure("openai-revenue-2024").getCell(10).value).toBe("營收（推算）");
    // 135億 / 43億 supports two digits: about 3.1×.
    expect(figure("openai-loss-to-revenue-2025h1").getCell(12).numFmt).toBe('"≈"0.0"×"');
    expect(String(figure("xai-funding").getCell(7).note)).toMatch(/^注意: 文章稱xAI估值超過200億美元/);
  });

  it("keeps derived figures as native formulas, each with its cached result", async () => {
    const spend = (await readBack(await exported())).getWorksheet("Compute spend")!;
    let formulas = 0;
    catalog.metrics.forEach((metric, i) => {
      const value = spend.getCell(4 + i, 12).value;
      if (metric.basis === "derived") {
        formulas++;
        const cell = value as ExcelJS.CellFormulaValue;
        expect(cell.formula).not.toContain("COMPUTE");
        expect(cell.result as number).toBeCloseTo(metric.value, 6);
      } else {
        expect(value).toBe(metric.value);
      }
    });
    expect(formulas).toBe(catalog.dataset.derivedMetrics.length);
  });

  it("writes COMPUTE examples as their values, with a note naming the formula", async () => {
    const about = (await readBack(await exported())).getWorksheet("About")!;
    const runway = about.getCell("C13");
    expect(runway.value).toBe(20);
    expect(String(runway.note)).toContain(
      '=COMPUTE.RUNWAY(COMPUTE.METRIC("xAI","funding"),COMPUTE.METRIC("xAI","monthly_burn"))',
    );
    const formulas: string[] = [];
    about.eachRow((row) =>
      row.eachCell(
        (cell) =>
          typeof cell.value === "object" && cell.value && "formula" in cell.value && formulas.push(String(cell.value.formula)),
      ),
    );
    expect(formulas.filter((f) => f.includes("COMPUTE"))).toEqual([]);
  });

  it("writes the sheets in Chinese", async () => {
    const workbook = await readBack(await exported("zh-TW"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["交易", "算力支出", "資金圖", "說明"]);
  });

  it("gives every formula its cached result", async () => {
    const zip = await JSZip.loadAsync(await exported());
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    let formulas = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      for (const cell of xml.match(/<c [^>]*>.*?<\/c>/g) ?? []) {
        if (!cell.includes("<f>")) continue;
        formulas++;
        expect([name, cell]).toEqual([name, expect.stringMatching(/<v>[^<]+<\/v>/)]);
      }
    }
    expect(formulas).toBeGreaterThan(0);
  });

  it("holds the Money map: SUMIFS over the Deals table's plain ranges with their results, a colour scale, the circles as values", async () => {
    const bytes = await exported();
    const map = (await readBack(bytes)).getWorksheet("Money map")!;
    const header = map.getRow(4).values as unknown[];
    const nvidia = header.indexOf("Nvidia");
    const openai = header.indexOf("OpenAI");
    const rowOf = (name: string) => 5 + header.slice(2).indexOf(name);
    const flow = map.getCell(rowOf("Nvidia"), openai).value as { formula: string; result: number };
    // Plain ranges, which every engine reads (Gnumeric keeps a structured reference as text).
    const body = `$4:$%s$${3 + catalog.deals.length}`;
    const column = (letter: string) => `Deals!$${letter}${body.replace("%s", letter)}`;
    expect(flow.formula).toBe(
      `SUMIFS(${column("G")},${column("D")},$A${rowOf("Nvidia")},${column("E")},${map.getColumn(openai).letter}$4)`,
    );
    const formulas = map
      .getSheetValues()
      .flat()
      .filter((v): v is { formula: string } => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas.length).toBeGreaterThan(100);
    for (const { formula } of formulas) expect(formula).not.toMatch(/\[/);
    expect(flow.result).toBe(100e9);
    // Oracle's chip purchases state no amount: the cell says so, and a typed amount replaces it.
    const unstated = map.getCell(rowOf("Oracle"), nvidia).value as { formula: string; result?: string };
    expect(unstated.result).toBe("not stated");
    expect(unstated.formula).toMatch(/^IF\(SUMIFS\(.+\)=0,"not stated",SUMIFS\(.+\)\)$/);
    // ExcelJS reads a cached 0 back as no result; "gives every formula its cached result" checks the <v> is there.
    expect((map.getCell(rowOf("Oracle"), openai).value as { result?: number }).result ?? 0).toBe(0);
    expect(map.getCell(rowOf("Nvidia"), openai).numFmt).toBe(FLOW_FORMAT);
    const circles = map.getColumn(1).values.indexOf(SHEET_WORDS.en.moneyMap.circles) + 1;
    expect(map.getCell(circles, 1).value).toBe("circle");
    expect(String(map.getCell(circles, 1).note)).toMatch(/COMPUTE\.CYCLES\(\)/);
    const listed = Array.from(
      { length: catalogCircles(catalog).circles.length },
      (_, i) => map.getCell(circles + 1 + i, 1).value,
    );
    expect(listed).toContain("Nvidia → OpenAI → Oracle → Nvidia");
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet3.xml")!.async("string");
    expect(sheetXml).toMatch(/<conditionalFormatting sqref="B5:[A-Z]+\d+"><cfRule type="colorScale"/);
  });

  it("holds the stress block: the company that stops paying with a drop-down, and STRESS's rows as values with a note", async () => {
    const map = (await readBack(await exported())).getWorksheet("Money map")!;
    const heading = map.getColumn(1).values.indexOf(SHEET_WORDS.en.moneyMap.stress);
    expect(heading).toBeGreaterThan(0);
    const input = map.getCell(heading + 1, 2);
    expect(input.value).toBe("OpenAI");
    expect(input.dataValidation).toMatchObject({
      type: "list",
      formulae: [expect.stringMatching(/^"OpenAI,Nvidia,Oracle,.*,U.S. government,/)],
    });
    const anchor = map.getCell(heading + 2, 1);
    expect(anchor.value).toBe("entity");
    expect(String(anchor.note)).toMatch(/COMPUTE\.STRESS\(B\d+\)/);
    expect(map.getCell(heading + 3, 1).value).toBe("Oracle");
    expect(map.getCell(heading + 3, 4).value).toBe(1);
  });

  it("is deterministic: the same date gives the same bytes", async () => {
    const [a, b] = [await exported(), await exported()];
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, await exported("en", new Date("2025-11-01T00:00:00Z")))).not.toBe(0);
  });
});

describe("the AI-share outlook in the file", () => {
  it("writes every method as a native formula with the add-in's result", async () => {
    const plans = [
      ...buildWorkbookPlan(catalog, { language: "en", writtenAt: DATE.toISOString(), addinVersion: "0.1.0" }),
      outlookSheetPlan(catalog, "en"),
    ];
    const outlook = (
      await readBack(await workbookBytes(buildWorkbook(plans, { catalog, language: "en", created: DATE }), DATE))
    ).getWorksheet("AI share outlook")!;
    const model = createAiShareModel(catalog.aiShare);
    (["logistic", "linear", "hold"] as const).forEach((method, m) => {
      for (let year = 2016; year <= 2035; year++) {
        const cell = outlook.getCell(4 + year - 2016, 3 + m).value as ExcelJS.CellFormulaValue;
        expect(cell.formula).not.toContain("COMPUTE");
        expect(cell.result).toBe(model.shareAt(year, method));
      }
    });
  });
});

describe("scenario sheets in the file", () => {
  const runwayOf = async (scenario: typeof XAI) => {
    const plans = [
      ...buildWorkbookPlan(catalog, { language: "en", writtenAt: DATE.toISOString(), addinVersion: "0.1.0" }),
      scenarioSheetPlan(scenario, "en", catalog),
    ];
    const sheet = (
      await readBack(await workbookBytes(buildWorkbook(plans, { catalog, language: "en", created: DATE }), DATE))
    ).getWorksheet(`Scenario ${scenario.name}`)!;
    return sheet.getCell(SCENARIO_CELLS.runway.row + 1, SCENARIO_CELLS.runway.col + 1);
  };

  it("keeps RUNWAY live as a native formula where there is no revenue", async () => {
    const cell = await runwayOf(XAI);
    expect((cell.value as ExcelJS.CellFormulaValue).formula).toMatch(/,#VALUE!,IF\(Scn_xAI_Revenue<>0,NA\(\)/);
    expect((cell.value as ExcelJS.CellFormulaValue).result).toBe(20);
  });

  it("writes RUNWAY with revenue as its value, with a note, having no closed form", async () => {
    // The OpenAI preset with its first half's revenue added back as the analyst might.
    const cell = await runwayOf({ ...OPENAI, inputs: { ...OPENAI.inputs, monthlyRevenue: 4.3e9 / 6 } });
    expect(cell.value).toBeCloseTo(100e9 / (13.5e9 / 6 - 4.3e9 / 6), 9);
    expect(String(cell.note)).toContain("=COMPUTE.RUNWAY(Scn_OpenAI_Cash");
  });

  it("gives the add-in's error code where its function refuses an input, and says in a note what the add-in said", async () => {
    const cell = await runwayOf({ ...XAI, inputs: { ...XAI.inputs, cash: -5 } });
    const value = cell.value as ExcelJS.CellFormulaValue;
    expect(value.formula).not.toContain("COMPUTE");
    expect(value.result).toEqual({ error: "#VALUE!" });
    expect(String(cell.note)).toBe(
      "Native form of =COMPUTE.RUNWAY(Scn_xAI_Cash,Scn_xAI_Burn,Scn_xAI_BurnGrowth,Scn_xAI_Revenue,Scn_xAI_RevenueGrowth). " +
        "It gives #VALUE! where the add-in does, which said: cash must be a number zero or more; got -5",
    );
    // A native cell the add-in computes without error carries no note.
    expect((await runwayOf(XAI)).note).toBeUndefined();
  });
});

describe("npm run workbook", () => {
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await main(args, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
    return { code, output: lines.join("\n") };
  };

  it("writes the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "workbook-"));
    const { code, output } = await run(["--out", join(dir, "out.xlsx"), "--lang", "zh-CN", "--date", "2025-10-01T00:00:00Z"]);
    expect(code).toBe(0);
    expect(output).toMatch(/^Wrote .*out\.xlsx/);
    expect((await readBack(readFileSync(join(dir, "out.xlsx")))).worksheets[0].name).toBe("交易");
  });

  it.each([
    [["--out", "x.xlsx", "--lang", "fr"], /--lang must be one of en, zh-CN, zh-TW; got "fr"/],
    [["--lang", "en"], /--out is required/],
    [["--out", "x.csv"], /--out must name an .xlsx file/],
    [["--out", "x.xlsx", "--date", "someday"], /--date must be an ISO 8601/],
    [["--out"], /--out needs a value/],
    [["--verbose"], /Unknown argument "--verbose"/],
  ])("refuses %j with a clear message and exit code 2", async (args, message) => {
    const { code, output } = await run(args);
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output).toMatch(/Usage: npm run workbook/);
  });

  it("fails cleanly on an unwritable path, leaving nothing behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "workbook-"));
    const { code, output } = await run(["--out", join(dir, "missing-folder", "out.xlsx")]);
    expect(code).toBe(1);
    expect(output).toMatch(/Could not write .*out\.xlsx/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
