/**
 * The plans for the add-in's three sheets (Deals, Compute spend, About), in one language.
 * Pure: the time of writing and the add-in version come in through the context.
 */
import type { AnyMetric, Catalog } from "../dataset";
import { shownDigits } from "../dataset/catalog";
import type { AiSharePoint } from "../dataset/schema";
import type { Language } from "../language";
import { literalText, type CellValue } from "../cells";
import type { ColumnSpec } from "../tables/tableView";
import { DEAL_COLUMNS, DEAL_FIGURE_COLUMNS, DEALS_TABLE, dealTable } from "../tables/deals";
import { METRIC_COLUMNS, metricTable } from "../tables/metrics";
import { qualifierWords } from "../dataset/qualifier";
import type { Caveat, Qualifier } from "../dataset/schema";
import { COLUMN_FORMATS, qualifiedFormat, unitFormatToDigits } from "./formats";
import { FUNCTION_EXAMPLES } from "./functionExamples";
import { inputMessage, SHEET_WORDS } from "./labels";
import { moneyMapSheet } from "./moneyMapPlan";
import { partText, sheetReference } from "../formulas/build";
import type { SeriesRanges } from "../formulas/native";
import { absoluteAddress, type PlannedColumn, type PlannedNote, type SheetPlan, type TablePlan } from "./plan";

export interface PlanContext {
  readonly language: Language;
  /** ISO 8601 time of writing, shown on the About sheet. */
  readonly writtenAt: string;
  readonly addinVersion: string;
  /**
   * The plans are for a file opened without the add-in (the portable workbook): what would be
   * a COMPUTE spill over the workbook's tables is laid out as native formulas instead.
   */
  readonly portable?: boolean;
}

/** The context of one write: the language, and the time and add-in version the About sheet shows. */
export function planContext(language: Language, now: Date, addinVersion: string): PlanContext {
  return { language, writtenAt: now.toISOString(), addinVersion };
}

export const TABLE_STYLE = "TableStyleMedium2";
const TITLE_ROW = 0;
const TABLE_ROW = 2;

const AI_SHARE_COLUMNS: readonly ColumnSpec[] = [
  { key: "year", format: "year", width: 8 },
  { key: "share", format: "percent", width: 10 },
  { key: "status", format: "text", width: 13 },
  // Every figure carries its sentence, as in the Deals and Metrics tables.
  { key: "source", format: "text", width: 60 },
];

function plannedColumns(columns: readonly ColumnSpec[], language: Language): PlannedColumn[] {
  const headers = SHEET_WORDS[language].headers;
  return columns.map((c) => ({ key: c.key, header: headers[c.key], numberFormat: COLUMN_FORMATS[c.format], width: c.width }));
}

/**
 * A view's row in the sheet's language: the qualifier and the caveat worded in it, and any
 * other column `words` names. The look-up functions keep the English view.
 */
function inLanguage(
  columns: readonly ColumnSpec[],
  row: readonly CellValue[],
  record: { qualifier: Qualifier | null; caveat: Caveat | null },
  language: Language,
  words: Partial<Record<string, CellValue>> = {},
): CellValue[] {
  const worded = row.map((cell, i) => {
    const key = columns[i].key;
    if (key === "qualifier") return qualifierWords(language, record.qualifier);
    if (key === "caveat" && record.caveat && language !== "en") return record.caveat.zh;
    return words[key] ?? cell;
  });
  // Dataset text that starts like a formula is planned as text (cells.ts, literalText).
  return worded.map((cell) => (typeof cell === "string" ? literalText(cell) : cell));
}

/**
 * The notes of a record's cells: each field it took from context on that field's column (shown
 * in italics), and its caveat on its id. `columnOf` names the columns of a field, "caveat"
 * included.
 */
function cellNotes(
  columns: readonly ColumnSpec[],
  record: { inferred: Readonly<Record<string, string | undefined>>; caveat: Caveat | null },
  language: Language,
  columnOf: (field: string) => readonly string[],
): (PlannedNote | null)[] {
  const titles = SHEET_WORDS[language].noteTitles;
  const notes: (PlannedNote | null)[] = columns.map(() => null);
  const add = (key: string, note: PlannedNote) => {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0) return;
    const was = notes[i];
    // A cell with both keeps "inferred" (its italics), and both texts.
    notes[i] = was ? { ...was, text: inputMessage(`${was.text} ${note.text}`) } : { ...note, text: inputMessage(note.text) };
  };
  for (const [field, why] of Object.entries(record.inferred))
    if (why !== undefined) for (const key of columnOf(field)) add(key, { kind: "inferred", title: titles.inferred, text: why });
  if (record.caveat)
    for (const key of columnOf("caveat"))
      add(key, { kind: "caveat", title: titles.caveat, text: language === "en" ? record.caveat.en : record.caveat.zh });
  return notes;
}

/** Where a deal's inferred fields and caveat are noted. */
const DEAL_NOTE_COLUMNS: Record<string, readonly string[]> = {
  date: ["date"],
  status: ["status"],
  direction: ["direction"],
  value: DEAL_FIGURE_COLUMNS,
  caveat: ["id"],
};
/** Where a figure's inferred fields and caveat are noted: a caveat, on the record's id, as a deal's. */
const METRIC_NOTE_COLUMNS: Record<string, readonly string[]> = {
  period: ["period"],
  entity: ["entity"],
  value: ["value"],
  caveat: ["id"],
};

function metricsPlan(catalog: Catalog, language: Language, col: number): TablePlan {
  const columns = plannedColumns(METRIC_COLUMNS, language);
  const view = metricTable(catalog);
  const valueIndex = METRIC_COLUMNS.findIndex((c) => c.key === "value");
  return {
    key: "metrics",
    name: "Metrics",
    row: TABLE_ROW,
    col,
    columns,
    keyColumn: "id",
    style: TABLE_STYLE,
    rows: catalog.metrics.map((m: AnyMetric, i) => {
      const cells = inLanguage(METRIC_COLUMNS, view.rows[i], m, language, language === "en" ? {} : { label: m.labelZh });
      // A derived value stays a live formula over the stated rows; see tableCells.
      if (m.basis === "derived") cells[valueIndex] = `=${m.formula}`;
      return {
        id: m.id,
        cells,
        numberFormats: columns.map((c, i) =>
          i === valueIndex ? qualifiedFormat(unitFormatToDigits(m.unit, m.value, shownDigits(m)), m.qualifier) : c.numberFormat,
        ),
        notes: cellNotes(METRIC_COLUMNS, m, language, (field) => METRIC_NOTE_COLUMNS[field] ?? []),
      };
    }),
  };
}

function aiSharePlan(points: readonly AiSharePoint[], language: Language): TablePlan {
  return {
    key: "ai-share",
    name: "AIShare",
    row: TABLE_ROW,
    col: 0,
    columns: plannedColumns(AI_SHARE_COLUMNS, language),
    keyColumn: "year",
    style: TABLE_STYLE,
    rows: points.map((p) => ({ id: p.id, cells: [p.year, p.share, p.status, literalText(p.source)] })),
  };
}

function dealsSheet(catalog: Catalog, language: Language): SheetPlan {
  const words = SHEET_WORDS[language];
  const view = dealTable(catalog);
  const deals: TablePlan = {
    key: "deals",
    name: DEALS_TABLE,
    row: TABLE_ROW,
    col: 0,
    columns: plannedColumns(DEAL_COLUMNS, language),
    keyColumn: "id",
    style: TABLE_STYLE,
    rows: catalog.deals.map((d, i) => {
      const direction = d.direction === "one-way" ? {} : { direction: words.directions[d.direction] };
      return {
        id: d.id,
        cells: inLanguage(DEAL_COLUMNS, view.rows[i], d, language, direction),
        numberFormats: DEAL_COLUMNS.map((c) =>
          qualifiedFormat(COLUMN_FORMATS[c.format], DEAL_FIGURE_COLUMNS.includes(c.key) ? (d.qualifier ?? "exact") : "exact"),
        ),
        notes: cellNotes(DEAL_COLUMNS, d, language, (field) => DEAL_NOTE_COLUMNS[field] ?? []),
      };
    }),
  };
  return {
    key: "deals",
    name: words.sheetNames.deals,
    blocks: [{ key: "title", row: TITLE_ROW, col: 0, cells: [[words.titles.deals]], emphasis: "title" }],
    tables: [deals],
    charts: [
      {
        key: "deals-by-value",
        type: "BarClustered",
        title: words.dealsChart,
        row: TABLE_ROW,
        col: DEAL_COLUMNS.length + 1,
        height: 20,
        width: 8,
        series: [{ name: words.headers.value_usd, table: "deals", valuesColumn: "value_usd", categoriesColumn: "id" }],
      },
    ],
    freezeRows: TABLE_ROW + 1,
  };
}

function computeSpendSheet(catalog: Catalog, language: Language): SheetPlan {
  const words = SHEET_WORDS[language];
  const points = catalog.aiShare;
  // Actual and preliminary points form one line, forecasts another that starts at the last
  // observed point so the two join.
  const lastObserved = points.reduce((last, p, i) => (p.status === "forecast" ? last : i), 0);
  const metricsCol = AI_SHARE_COLUMNS.length + 2;
  return {
    key: "compute-spend",
    name: words.sheetNames["compute-spend"],
    blocks: [{ key: "title", row: TITLE_ROW, col: 0, cells: [[words.titles["compute-spend"]]], emphasis: "title" }],
    tables: [aiSharePlan(points, language), metricsPlan(catalog, language, metricsCol)],
    charts: [
      {
        key: "ai-share-over-time",
        type: "XYScatterLines",
        title: words.aiShareChart,
        row: TABLE_ROW + points.length + 3,
        col: 0,
        height: 16,
        // Over the year, share and status columns: the source column is wide.
        width: 4,
        series: [
          {
            name: words.actualSeries,
            table: "ai-share",
            valuesColumn: "share",
            categoriesColumn: "year",
            rows: { from: 0, to: lastObserved },
          },
          {
            name: words.forecastSeries,
            table: "ai-share",
            valuesColumn: "share",
            categoriesColumn: "year",
            rows: { from: lastObserved, to: points.length - 1 },
          },
        ],
      },
    ],
    freezeRows: TABLE_ROW + 1,
  };
}

function aboutSheet(catalog: Catalog, context: PlanContext): SheetPlan {
  const words = SHEET_WORDS[context.language].about;
  const { dataset } = catalog;
  const pairs: CellValue[][] = [
    [words.version, literalText(dataset.version), ""],
    [words.asOf, literalText(dataset.asOf), dataset.inferred.asOf ? literalText(dataset.inferred.asOf) : ""],
    [words.author, literalText(dataset.article.author), ""],
    [words.platform, literalText(`${dataset.article.platform} (${dataset.article.platformEn})`), ""],
    [words.refreshed, context.writtenAt, ""],
    [words.addinVersion, context.addinVersion, ""],
  ];
  const functions: CellValue[][] = [
    [...words.functionHeader],
    ...FUNCTION_EXAMPLES.map((f) => [f.signature, f.example, `=${f.example}`]),
  ];
  const functionsRow = 3 + pairs.length + 1;
  return {
    key: "about",
    name: SHEET_WORDS[context.language].sheetNames.about,
    blocks: [
      { key: "title", row: TITLE_ROW, col: 0, cells: [[SHEET_WORDS[context.language].titles.about, "", ""]], emphasis: "title" },
      { key: "dataset-heading", row: 2, col: 0, cells: [[words.dataset, "", ""]], emphasis: "heading" },
      { key: "dataset", row: 3, col: 0, cells: pairs, emphasis: "body" },
      { key: "functions-heading", row: functionsRow, col: 0, cells: [[words.functions, "", ""]], emphasis: "heading" },
      { key: "functions", row: functionsRow + 1, col: 0, cells: functions, emphasis: "body" },
      {
        key: "refresh-heading",
        row: functionsRow + functions.length + 2,
        col: 0,
        cells: [[words.refreshHowTo, "", ""]],
        emphasis: "heading",
      },
      {
        key: "refresh",
        row: functionsRow + functions.length + 3,
        col: 0,
        cells: [[words.refreshSteps, "", ""]],
        emphasis: "body",
      },
    ],
    tables: [],
    charts: [],
    freezeRows: 0,
  };
}

export function buildWorkbookPlan(catalog: Catalog, context: PlanContext): SheetPlan[] {
  return [
    dealsSheet(catalog, context.language),
    computeSpendSheet(catalog, context.language),
    moneyMapSheet(
      catalog,
      context.language,
      context.portable
        ? { sheet: SHEET_WORDS[context.language].sheetNames.deals, headerRow: TABLE_ROW, col: 0, rows: catalog.deals.length }
        : null,
    ),
    aboutSheet(catalog, context),
  ];
}

/**
 * Where the article's AI-share series lives, for native AISHARE formulas to interpolate over:
 * the AIShare table's year and share columns as absolute, sheet-qualified ranges, given where
 * its header row starts and how many rows its body has.
 */
export function aiShareSeriesRanges(sheet: string, headerRow: number, leftCol: number, rowCount: number): SeriesRanges {
  const column = (key: string) => {
    const col = leftCol + AI_SHARE_COLUMNS.findIndex((c) => c.key === key);
    return partText(sheetReference(sheet, absoluteAddress(headerRow + 1, col, rowCount, 1)));
  };
  return { years: column("year"), shares: column("share") };
}

/** The same, where a set of plans puts the AIShare table; null when none of them has it. */
export function plannedAiShareSeries(plans: readonly SheetPlan[]): SeriesRanges | null {
  for (const plan of plans) {
    const table = plan.tables.find((t) => t.key === "ai-share");
    if (table) return aiShareSeriesRanges(plan.name, table.row, table.col, table.rows.length);
  }
  return null;
}
