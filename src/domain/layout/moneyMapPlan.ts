/**
 * The Money map sheet: an entity × entity matrix of stated flows, payer in rows and payee in
 * columns, every cell a live SUMIFS over the Deals table's columns so that the analyst's own
 * deal rows count too; totals that equal COMPUTE.EXPOSURE; a colour scale; and the circles,
 * as a COMPUTE.CYCLES spill below.
 */
import type { Catalog } from "../dataset";
import type { Language } from "../language";
import { literalText, type CellValue } from "../cells";
import { computeCall, excelExpression, formulaOf, operation, reference, tableColumn, type FormulaPart } from "../formulas/build";
import { flowGraph, catalogCircles } from "../flows/graph";
import { CIRCLE_COLUMNS } from "../model/moneyMap";
import { SHEET_WORDS } from "./labels";
import { columnLetters, type SheetPlan } from "./plan";

/** Billions of US$, a dash where nothing flows, so the matrix reads at a glance. */
export const FLOW_FORMAT = '$#,##0.0,,,"B";-$#,##0.0,,,"B";"–"';
/** White for nothing, Excel's colour-scale blue for the most; black text keeps 5.9:1 contrast on it. */
export const FLOW_SCALE = { low: "#FFFFFF", high: "#5A8AC6" } as const;

/** The most entities the matrix shows: beyond a few dozen it no longer reads as a map. */
export const MAX_MAPPED_ENTITIES = 30;

/**
 * The entities the matrix shows, in the dataset's order: all with a flow, or, where there are
 * more than MAX_MAPPED_ENTITIES, those with the most stated money in and out.
 */
export function mappedEntities(catalog: Catalog): readonly string[] {
  const graph = flowGraph(catalog);
  if (graph.entities.length <= MAX_MAPPED_ENTITIES) return graph.entities;
  const moved = (id: string) => graph.exposureOf(id).inUsd + graph.exposureOf(id).outUsd;
  const kept = new Set([...graph.entities].sort((a, b) => moved(b) - moved(a)).slice(0, MAX_MAPPED_ENTITIES));
  return graph.entities.filter((id) => kept.has(id));
}

const TITLE_ROW = 0;
const INTRO_ROW = 1;
const HEADER_ROW = 3;
const DEALS_TABLE = "Deals";

export function moneyMapSheet(catalog: Catalog, language: Language): SheetPlan {
  const words = SHEET_WORDS[language];
  const { moneyMap } = words;
  const entities = mappedEntities(catalog).map((id) => literalText(catalog.nameOf(id)));
  const n = entities.length;
  const all = flowGraph(catalog).entities.length;
  const intro = n < all ? `${moneyMap.intro} ${moneyMap.limited(n, all)}` : moneyMap.intro;
  const column = (key: "value_usd" | "payer" | "payee") => tableColumn(DEALS_TABLE, words.headers[key]);
  const firstRow = HEADER_ROW + 1;
  const totalRow = firstRow + n;
  const outCol = n + 1;
  /** A cell's reference, its column or its row fixed with $ so it holds as the formula is filled. */
  const cell = (row: number, col: number, fixed: "row" | "col" | "none" = "none") =>
    reference(`${fixed === "col" ? "$" : ""}${columnLetters(col)}${fixed === "row" ? "$" : ""}${row + 1}`);
  // Totals count every deal of the entity, not only those within the matrix: they equal EXPOSURE.
  const total = (side: "payer" | "payee", entity: FormulaPart) =>
    formulaOf(excelExpression("SUMIFS", [column("value_usd"), column(side), entity]));

  const body: CellValue[][] = entities.map((payer, i) => {
    const row = firstRow + i;
    const flows = entities.map((_, j) =>
      formulaOf(
        excelExpression("SUMIFS", [
          column("value_usd"),
          column("payer"),
          cell(row, 0, "col"),
          column("payee"),
          cell(HEADER_ROW, 1 + j, "row"),
        ]),
      ),
    );
    // Net is what comes in (the entity's column total) minus what goes out (its row total).
    const net = formulaOf(operation(cell(totalRow, 1 + i), "-", cell(row, outCol)));
    return [payer, ...flows, total("payer", cell(row, 0, "col")), net];
  });
  const totals: CellValue[] = [
    moneyMap.totalIn,
    ...entities.map((_, j) => total("payee", cell(HEADER_ROW, 1 + j, "row"))),
    "",
    "",
  ];
  const header: CellValue[] = [moneyMap.corner, ...entities, moneyMap.totalOut, moneyMap.net];

  const circles = catalogCircles(catalog).circles.length;
  const circlesRow = totalRow + 2;
  const spillRows = Math.max(1, circles + 1);
  const spill: CellValue[][] = Array.from({ length: spillRows }, (_, r) =>
    CIRCLE_COLUMNS.map((_, c) => (r === 0 && c === 0 ? computeCall("CYCLES", []) : "")),
  );
  const moneyColumn = CIRCLE_COLUMNS.indexOf("smallest_leg_usd");

  return {
    key: "money-map",
    name: words.sheetNames["money-map"],
    blocks: [
      { key: "title", row: TITLE_ROW, col: 0, cells: [[words.titles["money-map"]]], emphasis: "title" },
      { key: "intro", row: INTRO_ROW, col: 0, cells: [[intro]], emphasis: "body" },
      { key: "matrix-header", row: HEADER_ROW, col: 0, cells: [header], emphasis: "heading" },
      {
        key: "matrix",
        row: firstRow,
        col: 0,
        cells: [...body, totals],
        emphasis: "body",
        numberFormats: [...body, totals].map((row) => row.map((_, c) => (c === 0 ? "General" : FLOW_FORMAT))),
      },
      { key: "circles-heading", row: circlesRow, col: 0, cells: [[moneyMap.circles]], emphasis: "heading" },
      {
        key: "circles",
        row: circlesRow + 1,
        col: 0,
        cells: spill,
        emphasis: "body",
        numberFormats: spill.map((row, r) => row.map((_, c) => (r > 0 && c === moneyColumn ? FLOW_FORMAT : "General"))),
      },
    ],
    tables: [],
    charts: [],
    colorScales: n === 0 ? [] : [{ box: { row: firstRow, col: 1, height: n, width: n }, ...FLOW_SCALE }],
    freezeRows: 0,
  };
}
