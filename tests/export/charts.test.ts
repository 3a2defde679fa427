// The charts of the portable workbook, read from the package with a DOM parser of their own,
// and held against the plans they come from and the cells ExcelJS reads back.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import type { Language } from "../../src/domain/language";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import type { ChartPlan, SheetPlan } from "../../src/domain/layout/plan";
import { planContext } from "../../src/domain/layout/workbookPlan";
import { presetInputs } from "../../src/domain/scenario/definition";
import { SCENARIO_WORDS } from "../../src/domain/scenario/words";
import { workbookPlans } from "../../src/domain/workbookPlans";
import { buildWorkbook, workbookBytes } from "../../src/export/xlsx";

const DATE = new Date("2025-10-01T00:00:00Z");
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function plansFor(language: Language): SheetPlan[] {
  const scenario = { id: "xAI", name: "xAI", inputs: presetInputs(catalog, "xai") };
  return workbookPlans({
    catalog,
    context: planContext(language, DATE, "0.1.0"),
    parts: ["tables", "scenarios"],
    scenarios: [scenario],
  }).sheets;
}

async function exported(language: Language = "en") {
  const plans = plansFor(language);
  const bytes = await workbookBytes(buildWorkbook(plans, { catalog, language, created: DATE }), DATE);
  const zip = await JSZip.loadAsync(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { plans, zip, workbook };
}

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "text/xml");
const elements = (node: Document | Element, name: string) => Array.from(node.getElementsByTagName(name));
const attribute = (node: Element, name: string) => node.getAttribute(name) ?? "";
const textOf = (node: Element) => node.textContent ?? "";

async function part(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) throw new Error(`No part ${path}`);
  return parse(await file.async("string"));
}

/** Relationship targets of one part, resolved to part names. */
async function relationshipsOf(zip: JSZip, path: string): Promise<Map<string, { type: string; target: string }>> {
  const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
  const found = new Map<string, { type: string; target: string }>();
  if (!zip.file(relsPath)) return found;
  for (const r of elements(await part(zip, relsPath), "Relationship")) {
    const base = path.split("/").slice(0, -1);
    for (const step of attribute(r, "Target").split("/"))
      if (step === "..") base.pop();
      else base.push(step);
    found.set(attribute(r, "Id"), { type: attribute(r, "Type"), target: base.join("/") });
  }
  return found;
}

/** Each sheet's chart parts, in drawing order, found by following the package's relationships. */
async function chartsBySheet(zip: JSZip): Promise<Map<string, Document[]>> {
  const workbookRels = await relationshipsOf(zip, "xl/workbook.xml");
  const charts = new Map<string, Document[]>();
  for (const sheet of elements(await part(zip, "xl/workbook.xml"), "sheet")) {
    const sheetPart = workbookRels.get(sheet.getAttributeNS(RELATIONSHIPS, "id") ?? "")!.target;
    const sheetRels = await relationshipsOf(zip, sheetPart);
    const drawing = elements(await part(zip, sheetPart), "drawing")[0];
    const found: Document[] = [];
    if (drawing) {
      const drawingPart = sheetRels.get(drawing.getAttributeNS(RELATIONSHIPS, "id") ?? "")!.target;
      const drawingRels = await relationshipsOf(zip, drawingPart);
      for (const chart of elements(await part(zip, drawingPart), "c:chart"))
        found.push(await part(zip, drawingRels.get(chart.getAttributeNS(RELATIONSHIPS, "id") ?? "")!.target));
    }
    charts.set(attribute(sheet, "name"), found);
  }
  return charts;
}

const PLOT_ELEMENT: Record<ChartPlan["type"], string> = {
  BarClustered: "c:barChart",
  XYScatterLines: "c:scatterChart",
  Line: "c:lineChart",
};

/** A range's cells as ExcelJS reads them back: `'Sheet'!$A$1:$A$3` → values. */
function cellsOf(workbook: ExcelJS.Workbook, reference: string): unknown[] {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(reference);
  if (!match) throw new Error(`Not an absolute range: ${reference}`);
  const sheet = workbook.getWorksheet((match[1] ?? match[2]).replace(/''/g, "'"))!;
  const values: unknown[] = [];
  const [from, to] = [`${match[3]}${match[4]}`, `${match[5] ?? match[3]}${match[6] ?? match[4]}`];
  const [first, last] = [sheet.getCell(from), sheet.getCell(to)];
  for (let row = Number(first.row); row <= Number(last.row); row++)
    for (let col = Number(first.col); col <= Number(last.col); col++) {
      const value = sheet.getCell(row, col).value;
      values.push(value !== null && typeof value === "object" && "formula" in value ? value.result : value);
    }
  return values;
}

describe("charts in the portable workbook", () => {
  let file: Awaited<ReturnType<typeof exported>>;
  let charts: Map<string, Document[]>;
  beforeAll(async () => {
    file = await exported();
    charts = await chartsBySheet(file.zip);
  });

  it("holds every chart the add-in writes, from the same plan: type, title and series", () => {
    const planned = file.plans.filter((plan) => plan.charts.length > 0);
    expect(planned.map((plan) => plan.name)).toEqual(["Deals", "Compute spend", "Scenario xAI", "AI share outlook"]);
    for (const plan of file.plans) {
      const found = charts.get(plan.name)!;
      expect(found).toHaveLength(plan.charts.length);
      plan.charts.forEach((chart, i) => {
        const doc = found[i];
        expect(elements(doc, PLOT_ELEMENT[chart.type])).toHaveLength(1);
        expect(elements(doc, "a:t").map(textOf).join("")).toBe(chart.title);
        expect(elements(doc, "c:ser").map((ser) => textOf(elements(ser, "c:v")[0]))).toEqual(
          chart.series.map((series) => series.name),
        );
      });
    }
  });

  it("points each series at the tables' ranges, with what the cells hold cached", () => {
    for (const [, docs] of charts)
      for (const doc of docs)
        for (const ser of elements(doc, "c:ser"))
          for (const ref of elements(ser, "c:f")) {
            const cache = ref.nextSibling as Element;
            const points = new Map(
              elements(cache, "c:pt").map((pt) => [Number(attribute(pt, "idx")), textOf(elements(pt, "c:v")[0])]),
            );
            const cells = cellsOf(file.workbook, textOf(ref));
            expect(Number(attribute(elements(cache, "c:ptCount")[0], "val"))).toBe(cells.length);
            cells.forEach((value, idx) => {
              const plotted = typeof value === "number" || (typeof value === "string" && value !== "");
              expect(points.get(idx)).toBe(plotted ? String(value) : undefined);
            });
          }
    const deals = charts.get("Deals")![0];
    const [categories, values] = elements(deals, "c:f").map(textOf);
    const table = file.workbook.getWorksheet("Deals")!.getTable("Deals") as unknown as { table: { tableRef: string } };
    // The Deals table spans A3:…; its body starts on the row after the header.
    expect(table.table.tableRef).toMatch(/^A3:[A-Z]+18$/);
    expect(categories).toBe("Deals!$A$4:$A$18");
    expect(values).toBe("Deals!$G$4:$G$18");
    expect(file.workbook.getWorksheet("Deals")!.getCell("G3").value).toBe("value_usd");
  });

  it("tells actual from forecast on the AI-share chart: two series that meet at the last observed year", () => {
    const [actual, forecast] = elements(charts.get("Compute spend")![0], "c:ser").map((ser) => elements(ser, "c:f").map(textOf));
    const lastObserved = catalog.aiShare.reduce((last, p, i) => (p.status === "forecast" ? last : i), 0);
    const firstBodyRow = 4;
    expect(actual[1]).toBe(`'Compute spend'!$B$${firstBodyRow}:$B$${firstBodyRow + lastObserved}`);
    expect(forecast[1]).toBe(`'Compute spend'!$B$${firstBodyRow + lastObserved}:$B$${firstBodyRow + catalog.aiShare.length - 1}`);
    expect(actual[0]).toBe(`'Compute spend'!$A$${firstBodyRow}:$A$${firstBodyRow + lastObserved}`);
  });

  it("formats each value axis as its cells, linked to the source", () => {
    for (const [, docs] of charts)
      for (const doc of docs) {
        const valueAxis = elements(doc, "c:valAx").at(-1)!;
        const format = elements(valueAxis, "c:numFmt")[0];
        expect(attribute(format, "sourceLinked")).toBe("1");
        const firstValues = textOf(elements(elements(doc, "c:ser")[0], "c:f").at(-1)!);
        const [sheetName, cell] = firstValues.replace(/'/g, "").split("!");
        const numFmt = file.workbook.getWorksheet(sheetName)!.getCell(cell.split(":")[0].replace(/\$/g, "")).numFmt ?? "General";
        expect(attribute(format, "formatCode")).toBe(numFmt);
      }
  });

  it("gives every part its content type, and every relationship a target that exists", async () => {
    const types = parse(await file.zip.file("[Content_Types].xml")!.async("string"));
    const defaults = new Set(elements(types, "Default").map((d) => attribute(d, "Extension")));
    const overrides = new Set(elements(types, "Override").map((o) => attribute(o, "PartName")));
    const parts = Object.keys(file.zip.files).filter((name) => !file.zip.files[name].dir && name !== "[Content_Types].xml");
    for (const name of parts)
      expect({ name, typed: overrides.has(`/${name}`) || defaults.has(name.split(".").pop()!) }).toEqual({ name, typed: true });
    for (const name of overrides) expect(parts).toContain(name.slice(1));
    for (const rels of parts.filter((name) => name.endsWith(".rels"))) {
      const owner = rels.replace(/_rels\/([^/]+)\.rels$/, "$1");
      for (const [, { target }] of await relationshipsOf(file.zip, owner)) expect(parts).toContain(target);
    }
    expect(parts.filter((name) => name.startsWith("xl/charts/"))).toHaveLength(4);
  });

  it("writes each worksheet's elements in the schema's order", async () => {
    // CT_Worksheet: …, drawing, legacyDrawing, …, tableParts, extLst.
    const order = [
      "sheetData",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
      "pageSetup",
      "drawing",
      "legacyDrawing",
      "tableParts",
    ];
    const sheets = Object.keys(file.zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    let checked = 0;
    for (const name of sheets) {
      const root = (await part(file.zip, name)).documentElement!;
      const children = Array.from(root.childNodes)
        .filter((node): node is Element => node.nodeType === 1)
        .map((node) => node.nodeName);
      const ranks = children.filter((child) => order.includes(child)).map((child) => order.indexOf(child));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      if (children.includes("legacyDrawing") && children.includes("tableParts")) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(["zh-CN", "zh-TW"] as const)("titles and names its charts in %s", async (language) => {
    const { plans, zip } = await exported(language);
    const found = await chartsBySheet(zip);
    const [deals, spend] = plans;
    const title = (sheet: string) => elements(found.get(sheet)![0], "a:t").map(textOf).join("");
    expect(title(deals.name)).toBe(SHEET_WORDS[language].dealsChart);
    expect(title(spend.name)).toBe(SHEET_WORDS[language].aiShareChart);
    const outlook = plans.find((plan) => plan.key === "outlook")!;
    expect(title(outlook.name)).toBe(SCENARIO_WORDS[language].outlookTitle);
    const seriesNames = elements(found.get(spend.name)![0], "c:ser").map((ser) => textOf(elements(ser, "c:v")[0]));
    expect(seriesNames).toEqual([SHEET_WORDS[language].actualSeries, SHEET_WORDS[language].forecastSeries]);
  });
});
