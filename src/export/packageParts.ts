/**
 * Adds the charts to the package ExcelJS wrote: for each sheet with charts, a drawing part and
 * one chart part per chart, their relationships and content types, and the sheet's <drawing>
 * element. Every worksheet's top-level elements are also put back in the schema's order
 * (ExcelJS writes <legacyDrawing> after <tableParts>, which strict readers refuse).
 * The package is read and written with fast-xml-parser; chartXml.ts knows the chart vocabulary.
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import { chartPartXml, drawingPartXml, NS, type FileChart } from "./chartXml";

export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly FileChart[];
}

const RELATIONSHIP_TYPE = {
  drawing: `${NS.relationships}/drawing`,
  chart: `${NS.relationships}/chart`,
};
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_PART = "[Content_Types].xml";

/** CT_Worksheet's sequence: the order a worksheet's top-level elements must come in. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
]; // prettier-ignore

/** Options that read a part and write it back unchanged: order, text and attributes as they were. */
const EXACT = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  suppressEmptyNode: true,
} as const;
const exactParser = new XMLParser(EXACT);
const exactBuilder = new XMLBuilder(EXACT);
const reader = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
  isArray: (name) => ["Relationship", "Override", "Default", "sheet"].includes(name),
});
const writer = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: true });
const DECLARATION = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8", "@_standalone": "yes" } };

type Attributes = Record<string, string>;
type ExactNode = Record<string, unknown> & { ":@"?: Attributes };

async function text(zip: JSZip, path: string): Promise<string | null> {
  return (await zip.file(path)?.async("string")) ?? null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
const relationshipsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship target as a part name, from the part that holds the relationship. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

async function readRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relationshipsPath(part));
  if (xml === null) return [];
  const list = (reader.parse(xml).Relationships?.Relationship ?? []) as Attributes[];
  return list.map((r) => ({ id: r["@_Id"], type: r["@_Type"], target: r["@_Target"] }));
}

function writeRelationships(zip: JSZip, part: string, relationships: readonly Relationship[]): void {
  const xml = writer.build({
    ...DECLARATION,
    Relationships: {
      "@_xmlns": PACKAGE_RELATIONSHIPS,
      Relationship: relationships.map((r) => ({ "@_Id": r.id, "@_Type": r.type, "@_Target": r.target })),
    },
  });
  zip.file(relationshipsPath(part), xml);
}

/** The first "rIdN" not taken. */
function freeId(relationships: readonly Relationship[]): string {
  const taken = new Set(relationships.map((r) => r.id));
  let n = relationships.length + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Each sheet's name and its part, from the workbook and its relationships. */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookPart = "xl/workbook.xml";
  const workbook = reader.parse((await text(zip, workbookPart)) ?? "");
  const relationships = await readRelationships(zip, workbookPart);
  const sheets = (workbook.workbook?.sheets?.sheet ?? []) as Attributes[];
  const parts = new Map<string, string>();
  for (const sheet of sheets) {
    const relationship = relationships.find((r) => r.id === sheet["@_r:id"]);
    if (relationship) parts.set(sheet["@_name"], resolveTarget(workbookPart, relationship.target));
  }
  return parts;
}

/** A worksheet's XML with its top-level elements in schema order, and a <drawing> where given. */
function orderedWorksheet(xml: string, drawingRelationshipId?: string): string {
  const document = exactParser.parse(xml) as ExactNode[];
  const root = document.find((node) => "worksheet" in node);
  if (!root) throw new Error("Not a worksheet part");
  const children = root.worksheet as ExactNode[];
  if (drawingRelationshipId !== undefined) children.push({ drawing: [], ":@": { "@_r:id": drawingRelationshipId } });
  const rank = (node: ExactNode) => {
    const name = Object.keys(node).find((key) => key !== ":@") ?? "";
    const index = WORKSHEET_ORDER.indexOf(name);
    return index < 0 ? WORKSHEET_ORDER.length : index;
  };
  // Array.prototype.sort is stable: repeated elements (conditionalFormatting) keep their order.
  root.worksheet = [...children].sort((a, b) => rank(a) - rank(b));
  return exactBuilder.build(document) as string;
}

async function addContentTypes(zip: JSZip, overrides: readonly { part: string; type: string }[]): Promise<void> {
  const parsed = reader.parse((await text(zip, CONTENT_TYPES_PART)) ?? "");
  const types = parsed.Types ?? {};
  zip.file(
    CONTENT_TYPES_PART,
    writer.build({
      ...DECLARATION,
      Types: {
        "@_xmlns": types["@_xmlns"],
        Default: types.Default ?? [],
        Override: [
          ...(types.Override ?? []),
          ...overrides.map(({ part, type }) => ({ "@_PartName": `/${part}`, "@_ContentType": type })),
        ],
      },
    }),
  );
}

/** Adds each sheet's charts to the package, and puts every worksheet's elements in order. */
export async function addCharts(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  const parts = await worksheetParts(zip);
  const overrides: { part: string; type: string }[] = [];
  let chartNumber = 0;
  let drawingNumber = 0;
  const drawingIds = new Map<string, string>();
  for (const { sheet, charts } of sheets) {
    if (charts.length === 0) continue;
    const worksheetPart = parts.get(sheet);
    if (!worksheetPart) throw new Error(`No worksheet named ${sheet} in the package`);
    const drawingFile = `drawing${++drawingNumber}.xml`;
    const drawingPart = `xl/drawings/${drawingFile}`;
    const anchored = charts.map((chart, index) => {
      const chartFile = `chart${++chartNumber}.xml`;
      zip.file(`xl/charts/${chartFile}`, chartPartXml(chart));
      overrides.push({ part: `xl/charts/${chartFile}`, type: CONTENT_TYPE.chart });
      return { chart, relationshipId: `rId${index + 1}`, chartFile };
    });
    zip.file(drawingPart, drawingPartXml(anchored));
    overrides.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
    writeRelationships(
      zip,
      drawingPart,
      anchored.map(({ relationshipId, chartFile }) => ({
        id: relationshipId,
        type: RELATIONSHIP_TYPE.chart,
        target: `../charts/${chartFile}`,
      })),
    );
    const relationships = await readRelationships(zip, worksheetPart);
    const id = freeId(relationships);
    writeRelationships(zip, worksheetPart, [
      ...relationships,
      { id, type: RELATIONSHIP_TYPE.drawing, target: `../drawings/${drawingFile}` },
    ]);
    drawingIds.set(worksheetPart, id);
  }
  for (const part of parts.values()) {
    const xml = await text(zip, part);
    if (xml !== null) zip.file(part, orderedWorksheet(xml, drawingIds.get(part)));
  }
  if (overrides.length > 0) await addContentTypes(zip, overrides);
}
