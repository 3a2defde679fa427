/**
 * The one place that knows the OOXML chart vocabulary (ECMA-376 Part 1, DrawingML charts and
 * the spreadsheet drawing). ExcelJS writes no charts, and no maintained library adds them to a
 * workbook it wrote, so the chart and drawing parts are built here from resolved chart data,
 * through fast-xml-parser's builder: every text and reference is escaped by the builder, and
 * elements follow the schema's sequence order, which strict readers enforce.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { ChartPlan } from "../domain/layout/plan";

export const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** A range a series reads, with what it held when the file was written (Excel draws from these until it recalculates). */
export interface ChartRange {
  /** Sheet-qualified absolute reference: 'Compute spend'!$B$5:$B$12. */
  readonly reference: string;
  /** Each cell's value; null where the cell is empty or holds an error (drawn as a gap). */
  readonly points: readonly (string | number | null)[];
  /** The cells' number format, which the axis follows (linked to source, as Excel does). */
  readonly formatCode: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly categories: ChartRange;
  readonly values: ChartRange;
}

/** One chart as the file holds it: a ChartPlan with its ranges resolved. */
export interface FileChart {
  /** The chart's object name, as the add-in names the charts it writes. */
  readonly name: string;
  readonly type: ChartPlan["type"];
  readonly title: string;
  /** Zero-based top-left cell. */
  readonly row: number;
  readonly col: number;
  /** Size in pixels: fixed, so that rows grown to fit wrapped text do not stretch the chart. */
  readonly widthPixels: number;
  readonly heightPixels: number;
  readonly series: readonly ChartSeries[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: true });
const DECLARATION = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8", "@_standalone": "yes" } };

const val = (value: string | number) => ({ "@_val": value });
/** Excel's chart title size, in hundredths of a point. */
const TITLE_SIZE = 1400;
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const isNumber = (point: string | number | null): point is number => typeof point === "number";

function numberData(range: ChartRange) {
  return {
    "c:numRef": {
      "c:f": range.reference,
      "c:numCache": {
        "c:formatCode": range.formatCode,
        "c:ptCount": val(range.points.length),
        "c:pt": range.points.flatMap((point, idx) => (isNumber(point) ? [{ "@_idx": idx, "c:v": String(point) }] : [])),
      },
    },
  };
}

function textData(range: ChartRange) {
  return {
    "c:strRef": {
      "c:f": range.reference,
      "c:strCache": {
        "c:ptCount": val(range.points.length),
        "c:pt": range.points.flatMap((point, idx) => (point === null ? [] : [{ "@_idx": idx, "c:v": String(point) }])),
      },
    },
  };
}

/** Categories are text unless every one is a number (years, amounts). */
const categoryData = (range: ChartRange) =>
  range.points.every((point) => point === null || isNumber(point)) ? numberData(range) : textData(range);

function seriesXml(chart: FileChart) {
  return chart.series.map((series, index) => {
    const head = { "c:idx": val(index), "c:order": val(index), "c:tx": { "c:v": series.name } };
    switch (chart.type) {
      case "BarClustered":
        return {
          ...head,
          "c:invertIfNegative": val(0),
          "c:cat": categoryData(series.categories),
          "c:val": numberData(series.values),
        };
      case "Line":
        return { ...head, "c:cat": categoryData(series.categories), "c:val": numberData(series.values), "c:smooth": val(0) };
      case "XYScatterLines":
        return { ...head, "c:xVal": numberData(series.categories), "c:yVal": numberData(series.values), "c:smooth": val(0) };
    }
  });
}

/**
 * Each chart type's plot element, and what it holds around the shared varyColors, series and
 * axis ids, in its schema sequence (CT_BarChart, CT_LineChart, CT_ScatterChart).
 */
const PLOTS: Record<ChartPlan["type"], { element: string; before: object; after: object }> = {
  BarClustered: {
    element: "c:barChart",
    before: { "c:barDir": val("bar"), "c:grouping": val("clustered") },
    after: { "c:gapWidth": val(150) },
  },
  Line: { element: "c:lineChart", before: { "c:grouping": val("standard") }, after: { "c:marker": val(1) } },
  XYScatterLines: { element: "c:scatterChart", before: { "c:scatterStyle": val("lineMarker") }, after: {} },
};

function plotXml(chart: FileChart) {
  const { element, before, after } = PLOTS[chart.type];
  return {
    [element]: {
      ...before,
      "c:varyColors": val(0),
      "c:ser": seriesXml(chart),
      ...after,
      "c:axId": [val(CATEGORY_AXIS), val(VALUE_AXIS)],
    },
  };
}

/** The shared part of both axes, in CT_CatAx / CT_ValAx order up to the number format. */
function axisHead(id: number, position: string, formatCode: string, gridlines: boolean) {
  return {
    "c:axId": val(id),
    "c:scaling": { "c:orientation": val("minMax") },
    "c:delete": val(0),
    "c:axPos": val(position),
    ...(gridlines && { "c:majorGridlines": "" }),
    "c:numFmt": { "@_formatCode": formatCode, "@_sourceLinked": 1 },
    "c:majorTickMark": val("out"),
    "c:minorTickMark": val("none"),
    "c:tickLblPos": val("nextTo"),
  };
}

function axesXml(chart: FileChart) {
  const [first] = chart.series;
  const categoryFormat = first.categories.formatCode;
  const valueFormat = first.values.formatCode;
  // Bars run sideways: categories on the left, values along the bottom.
  const sideways = chart.type === "BarClustered";
  const value = {
    ...axisHead(VALUE_AXIS, sideways ? "b" : "l", valueFormat, true),
    "c:crossAx": val(CATEGORY_AXIS),
    "c:crosses": val("autoZero"),
    "c:crossBetween": val(chart.type === "XYScatterLines" ? "midCat" : "between"),
  };
  if (chart.type === "XYScatterLines")
    return {
      "c:valAx": [
        {
          ...axisHead(CATEGORY_AXIS, "b", categoryFormat, false),
          "c:crossAx": val(VALUE_AXIS),
          "c:crosses": val("autoZero"),
          "c:crossBetween": val("midCat"),
        },
        value,
      ],
    };
  return {
    "c:catAx": {
      ...axisHead(CATEGORY_AXIS, sideways ? "l" : "b", categoryFormat, false),
      "c:crossAx": val(VALUE_AXIS),
      "c:crosses": val("autoZero"),
      "c:auto": val(1),
      "c:lblAlgn": val("ctr"),
      "c:lblOffset": val(100),
      "c:noMultiLvlLbl": val(0),
    },
    "c:valAx": value,
  };
}

/** The chart part (xl/charts/chartN.xml) of one chart. */
export function chartPartXml(chart: FileChart): string {
  if (chart.series.length === 0) throw new Error(`Chart ${chart.name} has no series`);
  return builder.build({
    ...DECLARATION,
    "c:chartSpace": {
      "@_xmlns:c": NS.chart,
      "@_xmlns:a": NS.drawingMain,
      "@_xmlns:r": NS.relationships,
      "c:roundedCorners": val(0),
      "c:chart": {
        "c:title": {
          "c:tx": {
            "c:rich": {
              "a:bodyPr": "",
              "a:lstStyle": "",
              "a:p": { "a:r": { "a:rPr": { "@_sz": TITLE_SIZE, "@_b": 1 }, "a:t": chart.title } },
            },
          },
          "c:overlay": val(0),
        },
        "c:autoTitleDeleted": val(0),
        "c:plotArea": { "c:layout": "", ...plotXml(chart), ...axesXml(chart) },
        "c:legend": { "c:legendPos": val("b"), "c:overlay": val(0) },
        "c:plotVisOnly": val(1),
        "c:dispBlanksAs": val("gap"),
      },
    },
  });
}

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;

/** The drawing part (xl/drawings/drawingN.xml) of one sheet: each chart anchored at its top-left cell. */
export function drawingPartXml(charts: readonly { chart: FileChart; relationshipId: string }[]): string {
  const emu = (pixels: number) => Math.round(pixels * EMU_PER_PIXEL);
  return builder.build({
    ...DECLARATION,
    "xdr:wsDr": {
      "@_xmlns:xdr": NS.spreadsheetDrawing,
      "@_xmlns:a": NS.drawingMain,
      "xdr:oneCellAnchor": charts.map(({ chart, relationshipId }, index) => ({
        "xdr:from": { "xdr:col": chart.col, "xdr:colOff": 0, "xdr:row": chart.row, "xdr:rowOff": 0 },
        "xdr:ext": { "@_cx": emu(chart.widthPixels), "@_cy": emu(chart.heightPixels) },
        "xdr:graphicFrame": {
          "@_macro": "",
          "xdr:nvGraphicFramePr": { "xdr:cNvPr": { "@_id": index + 2, "@_name": chart.name }, "xdr:cNvGraphicFramePr": "" },
          "xdr:xfrm": { "a:off": { "@_x": 0, "@_y": 0 }, "a:ext": { "@_cx": 0, "@_cy": 0 } },
          "a:graphic": {
            "a:graphicData": {
              "@_uri": NS.chart,
              "c:chart": { "@_xmlns:c": NS.chart, "@_xmlns:r": NS.relationships, "@_r:id": relationshipId },
            },
          },
        },
        "xdr:clientData": "",
      })),
    },
  });
}
