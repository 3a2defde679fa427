/**
 * The Money map sheet: an entity × entity matrix of stated flows, payer in rows and payee in
 * columns, with totals that equal COMPUTE.EXPOSURE and a colour scale; and the circles. In a
 * live workbook both are COMPUTE spills over the Deals table, so the analyst's own rows and
 * companies count; in a portable file the matrix is native SUMIFS (see moneyMapSheet).
 */
import type { Catalog } from "../dataset";
import type { Language } from "../language";
import { literalText, type CellValue } from "../cells";
import {
  computeCall,
  excelExpression,
  formulaOf,
  num,
  omitted,
  operation,
  reference,
  sheetReference,
  text,
  wholeTable,
  type FormulaPart,
} from "../formulas/build";
import { flowGraph, catalogCircles } from "../flows/graph";
import { CIRCLE_COLUMNS, mappedEntities } from "../model/moneyMap";
import { STRESS_COLUMNS } from "../model/dependence";
import { stress } from "../flows/stress";
import { DEAL_COLUMNS, DEALS_TABLE } from "../tables/deals";
import { SHEET_WORDS } from "./labels";
import { absoluteAddress, columnLetters, type SheetPlan } from "./plan";

/** Billions of US$, a dash where nothing flows, so the matrix reads at a glance. */
export const FLOW_FORMAT = '$#,##0.0,,,"B";-$#,##0.0,,,"B";"–"';
/** The counts of flows with no amount beside the totals: a number, a dash for none. */
const COUNT_FORMAT = '0;-0;"–"';
/** White for nothing, Excel's colour-scale blue for the most; black text keeps 5.9:1 contrast on it. */
export const FLOW_SCALE = { low: "#FFFFFF", high: "#5A8AC6" } as const;

const TITLE_ROW = 0;
const INTRO_ROW = 1;
const SKIPPED_ROW = 2;
const HEADER_ROW = 3;

/** Where the Deals table sits in a file written from the plans: its sheet, header row and column, and body rows. */
export interface DealsTablePlace {
  readonly sheet: string;
  readonly headerRow: number;
  readonly col: number;
  readonly rows: number;
}

/**
 * The Money map sheet. In a live workbook (`portable` null) the matrix is a COMPUTE.MONEYMAP
 * spill and the circles a COMPUTE.CYCLES spill, both over Deals[#All], so that the analyst's
 * rows and companies count as soon as they are typed; beside them, how many Deals rows the
 * functions could not read. In a portable file (`portable` gives where the Deals table is) the
 * matrix is laid out as SUMIFS over plain ranges, which every engine that reads the file
 * calculates (Gnumeric reads no structured references), and the circles are values.
 */
export function moneyMapSheet(catalog: Catalog, language: Language, portable: DealsTablePlace | null = null): SheetPlan {
  const words = SHEET_WORDS[language];
  const { moneyMap } = words;
  const graph = flowGraph(catalog);
  const entities = mappedEntities(graph);
  const n = entities.length;
  const all = graph.entities.length;
  const limited = n < all ? ` ${moneyMap.limited(n, all)}` : "";
  const intro = `${portable ? moneyMap.intro : moneyMap.liveIntro}${limited}`;
  const dealsRange = wholeTable(DEALS_TABLE);
  const languageArgs = language === "en" ? [] : [text(language)];
  const circles = catalogCircles(catalog).circles.length;
  const spillRows = Math.max(1, circles + 1);
  const circlesSpill: CellValue[][] = Array.from({ length: spillRows }, (_, r) =>
    CIRCLE_COLUMNS.map((_, c) =>
      r === 0 && c === 0 ? (portable ? computeCall("CYCLES", []) : computeCall("CYCLES", [omitted, omitted, dealsRange])) : "",
    ),
  );
  const moneyColumn = CIRCLE_COLUMNS.indexOf("smallest_leg_usd");
  const circlesFormats = circlesSpill.map((row, r) => row.map((_, c) => (r > 0 && c === moneyColumn ? FLOW_FORMAT : "General")));

  const matrix = portable
    ? laidOutMatrix(catalog, language, entities, portable)
    : liveMatrix(n, moneyMap.matrix, computeCall("MONEYMAP", [dealsRange, ...languageArgs]));
  // The live layout puts the circles, then the stress block, left of the matrix: each spill
  // grows down, and the matrix right too, without running into another.
  const stressCol = portable ? 0 : CIRCLE_COLUMNS.length + 1;
  const matrixCol = portable ? 0 : stressCol + STRESS_COLUMNS.length + 1;
  const circlesRow = portable ? HEADER_ROW + 1 + matrix.body.length + 1 : HEADER_ROW;
  const circlesCol = 0;
  const stressRow = portable ? circlesRow + 1 + circlesSpill.length + 1 : HEADER_ROW;
  const stressBlock = stressPlan(catalog, language, { row: stressRow, col: stressCol }, portable ? null : dealsRange, entities);

  return {
    key: "money-map",
    name: words.sheetNames["money-map"],
    blocks: [
      { key: "title", row: TITLE_ROW, col: 0, cells: [[words.titles["money-map"]]], emphasis: "title" },
      { key: "intro", row: INTRO_ROW, col: 0, cells: [[intro]], emphasis: "body" },
      ...(portable
        ? []
        : [
            {
              key: "skipped",
              row: SKIPPED_ROW,
              col: 0,
              cells: [
                [
                  moneyMap.skipped,
                  computeCall("SKIPPED", [dealsRange]),
                  computeCall("SKIPPED", [dealsRange, num(1)]),
                ] as CellValue[],
              ],
              emphasis: "body" as const,
            },
          ]),
      { key: "matrix-header", row: HEADER_ROW, col: matrixCol, cells: [matrix.header], emphasis: "heading" },
      {
        key: "matrix",
        row: HEADER_ROW + 1,
        col: matrixCol,
        cells: matrix.body,
        emphasis: "body",
        numberFormats: matrix.body.map((row, r) =>
          row.map((_, c) => (c === 0 ? "General" : c === n + 2 || r === matrix.body.length - 1 ? COUNT_FORMAT : FLOW_FORMAT)),
        ),
      },
      { key: "circles-heading", row: circlesRow, col: circlesCol, cells: [[moneyMap.circles]], emphasis: "heading" },
      {
        key: "circles",
        row: circlesRow + 1,
        col: circlesCol,
        cells: circlesSpill,
        emphasis: "body",
        numberFormats: circlesFormats,
      },
      ...stressBlock.blocks,
    ],
    tables: [],
    charts: [],
    colorScales: [
      ...(n === 0
        ? []
        : [{ box: { row: HEADER_ROW + 1 + matrix.namesRows, col: matrixCol + 1, height: n, width: n }, ...FLOW_SCALE }]),
      ...stressBlock.colorScales,
    ],
    validations: stressBlock.validations,
    freezeRows: 0,
  };
}

/** The share a company loses, with a red colour scale from none (white) to all. */
const LOSS_SCALE = { low: "#FFFFFF", high: "#F8696B" } as const;

/**
 * The stress block: which company stops paying (an input with a drop-down of the mapped
 * companies, which takes any other name too), and the STRESS spill over the Deals table below
 * it, its loss shares coloured. It starts from the company paying out the most stated money.
 */
function stressPlan(
  catalog: Catalog,
  language: Language,
  at: { row: number; col: number },
  dealsRange: FormulaPart | null,
  entities: readonly string[],
): Pick<SheetPlan, "blocks" | "validations"> & { colorScales: NonNullable<SheetPlan["colorScales"]> } {
  const { moneyMap } = SHEET_WORDS[language];
  const graph = flowGraph(catalog);
  const failed = [...graph.entities].sort((a, b) => graph.exposureOf(b).outUsd - graph.exposureOf(a).outUsd)[0];
  if (failed === undefined) return { blocks: [], validations: [], colorScales: [] };
  const inputRow = at.row + 1;
  const input = reference(`${columnLetters(at.col + 1)}${inputRow + 1}`);
  const call = computeCall("STRESS", dealsRange === null ? [input] : [input, omitted, omitted, dealsRange]);
  const rows = 1 + stress(graph, failed, "cascade").losses.length;
  const spill: CellValue[][] = Array.from({ length: rows }, (_, r) =>
    STRESS_COLUMNS.map((_, c) => (r === 0 && c === 0 ? call : "")),
  );
  const money = new Set(["in_usd", "loss_usd"]);
  const shareColumn = STRESS_COLUMNS.indexOf("loss_share");
  return {
    blocks: [
      { key: "stress-heading", row: at.row, col: at.col, cells: [[moneyMap.stress]], emphasis: "heading" },
      {
        key: "stress-input",
        row: inputRow,
        col: at.col,
        cells: [[moneyMap.stressInput, literalText(catalog.nameOf(failed)), moneyMap.stressAssumption]],
        emphasis: "body",
      },
      {
        key: "stress",
        row: inputRow + 1,
        col: at.col,
        cells: spill,
        emphasis: "body",
        numberFormats: spill.map((row, r) =>
          row.map((_, c) =>
            r === 0 ? "General" : money.has(STRESS_COLUMNS[c]) ? FLOW_FORMAT : c === shareColumn ? "0%" : "General",
          ),
        ),
      },
    ],
    validations: [
      {
        row: inputRow,
        col: at.col + 1,
        choices: entities.map(catalog.nameOf),
        message: moneyMap.stressInputMessage,
      },
    ],
    colorScales:
      rows > 1 ? [{ box: { row: inputRow + 2, col: at.col + shareColumn, height: rows - 1, width: 1 }, ...LOSS_SCALE }] : [],
  };
}

/** A matrix block: the row above it, its rows, and how many of those hold the payees' names before the flows. */
interface MatrixCells {
  readonly header: CellValue[];
  readonly body: CellValue[][];
  readonly namesRows: number;
}

/**
 * The live matrix: a heading, then the spill's anchor and the room its rows take over the
 * dataset's entities (the payees' names, a row per payer, the totals in and the counts in).
 */
function liveMatrix(n: number, heading: string, anchor: string): MatrixCells {
  const width = n + 4;
  return {
    header: [heading],
    body: Array.from({ length: n + 3 }, (_, r) =>
      Array.from({ length: width }, (_, c): CellValue => (r === 0 && c === 0 ? anchor : "")),
    ),
    namesRows: 1,
  };
}

/** The payee-and-payer matrix laid out for the dataset's entities as SUMIFS over the Deals table's plain ranges. */
function laidOutMatrix(catalog: Catalog, language: Language, ids: readonly string[], deals: DealsTablePlace): MatrixCells {
  const words = SHEET_WORDS[language];
  const { moneyMap } = words;
  const entities = ids.map((id) => literalText(catalog.nameOf(id)));
  const n = entities.length;
  const graph = flowGraph(catalog);
  const columnIndex = (key: "value_usd" | "payer" | "payee") => DEAL_COLUMNS.findIndex((c) => c.key === key);
  const column = (key: "value_usd" | "payer" | "payee") =>
    sheetReference(deals.sheet, absoluteAddress(deals.headerRow + 1, deals.col + columnIndex(key), deals.rows, 1));
  const headerRow = HEADER_ROW;
  const firstRow = headerRow + 1;
  const totalRow = firstRow + n;
  const outCol = n + 1;
  /** A cell's reference, its column or its row fixed with $ so it holds as the formula is filled. */
  const cell = (row: number, col: number, fixed: "row" | "col" | "none" = "none") =>
    reference(`${fixed === "col" ? "$" : ""}${columnLetters(col)}${fixed === "row" ? "$" : ""}${row + 1}`);
  // Totals count every deal of the entity, not only those within the matrix: they equal EXPOSURE.
  const total = (side: "payer" | "payee", entity: FormulaPart) =>
    formulaOf(excelExpression("SUMIFS", [column("value_usd"), column(side), entity]));
  // The flows with no amount: rows whose payer (or payee) it is and whose value cell is empty.
  const unstated = (side: "payer" | "payee", entity: FormulaPart) =>
    formulaOf(excelExpression("COUNTIFS", [column(side), entity, column("value_usd"), text("")]));
  const body: CellValue[][] = entities.map((payer, i) => {
    const row = firstRow + i;
    const flows = entities.map((_, j) => {
      const stated = excelExpression("SUMIFS", [
        column("value_usd"),
        column("payer"),
        cell(row, 0, "col"),
        column("payee"),
        cell(headerRow, 1 + j, "row"),
      ]);
      // Where the article's flow gives no amount, the cell says so until one is typed in Deals.
      const flowsWithout = graph.flowsOf(ids[i], "out").filter((f) => f.to === ids[j]);
      const noAmount = flowsWithout.length > 0 && flowsWithout.every((f) => f.valueUsd === null);
      return formulaOf(
        noAmount ? excelExpression("IF", [operation(stated, "=", num(0)), text(moneyMap.notStated), stated]) : stated,
      );
    });
    // Net is what comes in (the entity's column total) minus what goes out (its row total).
    const net = formulaOf(operation(cell(totalRow, 1 + i), "-", cell(row, outCol)));
    return [payer, ...flows, total("payer", cell(row, 0, "col")), unstated("payer", cell(row, 0, "col")), net];
  });
  const totals: CellValue[] = [
    moneyMap.totalIn,
    ...entities.map((_, j) => total("payee", cell(headerRow, 1 + j, "row"))),
    "",
    "",
    "",
  ];
  const counts: CellValue[] = [
    moneyMap.notStatedIn,
    ...entities.map((_, j) => unstated("payee", cell(headerRow, 1 + j, "row"))),
    "",
    "",
    "",
  ];
  return {
    header: [moneyMap.corner, ...entities, moneyMap.totalOut, moneyMap.notStatedOut, moneyMap.net],
    body: [...body, totals, counts],
    namesRows: 0,
  };
}
