/**
 * Plans for the scenario sheets: one per runway scenario, the side-by-side comparison, and the
 * AI-share outlook. Every output is a formula over the inputs' defined names, so editing an
 * input in Excel recalculates everything, and nothing here is a stored result.
 */
import type { Catalog } from "../dataset";
import type { Language } from "../language";
import { createAiShareModel, DEFAULT_EXTRAPOLATION, EXTRAPOLATION_METHODS, type ExtrapolationMethod } from "../model/aiShare";
import { literalText, type CellValue } from "../cells";
import {
  computeCall,
  excelExpression,
  FormulaBuildError,
  formulaOf,
  group,
  isValidName,
  name,
  num,
  operation,
  reference,
  text,
} from "../formulas/build";
import { UNIT_FORMATS } from "../layout/formats";
import type { ScenarioSheetKey } from "../layout/labels";
import { safeSheetName } from "../layout/names";
import { address, columnLetters, validationFor, type CellBlock, type SheetPlan } from "../layout/plan";
import { INPUT_BOUNDS, type ScenarioDefinition, type ScenarioInputs } from "./definition";
import { SCENARIO_WORDS, sourceText } from "./words";

export const INPUT_ORDER: readonly (keyof ScenarioInputs)[] = [
  "cash",
  "monthlyBurn",
  "burnGrowth",
  "monthlyRevenue",
  "revenueGrowth",
  "startYear",
];
const INPUT_NAMES: Record<keyof ScenarioInputs, string> = {
  cash: "Cash",
  monthlyBurn: "Burn",
  burnGrowth: "BurnGrowth",
  monthlyRevenue: "Revenue",
  revenueGrowth: "RevenueGrowth",
  startYear: "StartYear",
};
const INPUT_FORMATS: Record<keyof ScenarioInputs, string> = {
  cash: UNIT_FORMATS.USD,
  monthlyBurn: UNIT_FORMATS.USD,
  burnGrowth: "0.0%",
  monthlyRevenue: UNIT_FORMATS.USD,
  revenueGrowth: "0.0%",
  startYear: "0",
};

/** The defined name of one scenario's input or output cell: Scn_xAI_Cash, Scn_xAI_Runway. */
export function scenarioName(id: string, what: string): string {
  const candidate = `Scn_${id}_${what}`;
  if (!isValidName(candidate)) throw new FormulaBuildError(`"${id}" cannot name a scenario's cells`);
  return candidate;
}
export const scenarioSheetKey = (id: string): ScenarioSheetKey => `scenario-${id}`;
/** Every defined name a scenario's sheet adds. */
export const scenarioNames = (id: string) => [...Object.values(INPUT_NAMES), "Runway"].map((what) => scenarioName(id, what));
/** A scenario's sheet name: the name as Excel allows a sheet's (see safeSheetName). */
export const scenarioSheetTitle = (name: string, language: Language) =>
  safeSheetName(`${SCENARIO_WORDS[language].title} ${name}`);

/** Burn-growth offsets (rows) and cash multipliers (columns) of the sensitivity grid. */
export const GROWTH_STEPS = [-0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.04] as const;
export const CASH_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

const INPUTS_ROW = 3;
const OUTPUTS_ROW = INPUTS_ROW + INPUT_ORDER.length + 2;
/** The start month and the AI share's method, below the five outputs and a blank row. */
const TIMING_ROW = OUTPUTS_ROW + 1 + 5 + 1;
/** Below those, and a blank row. */
const SOURCES_ROW = TIMING_ROW + 3;
/** September: the article dates the alliances from September 2025, and tells xAI's raise in that present. */
const DEFAULT_START_MONTH = 9;
const GRID_ROW = 2;
const GRID_COL = 4;

/** Where a scenario's cells are, for the comparison sheet and for tests. */
export const SCENARIO_CELLS = {
  input: (key: keyof ScenarioInputs) => ({ row: INPUTS_ROW + INPUT_ORDER.indexOf(key), col: 1 }),
  runway: { row: OUTPUTS_ROW + 1, col: 1 },
  startMonth: { row: TIMING_ROW, col: 1 },
  method: { row: TIMING_ROW + 1, col: 1 },
  grid: { row: GRID_ROW + 2, col: GRID_COL + 1, height: GROWTH_STEPS.length, width: CASH_STEPS.length },
};

export function scenarioSheetPlan(definition: ScenarioDefinition, language: Language, catalog: Catalog): SheetPlan {
  const words = SCENARIO_WORDS[language];
  const n = (what: string) => scenarioName(definition.id, what);
  const input = (what: string) => name(n(what));
  const runwayCell = address(SCENARIO_CELLS.runway.row, SCENARIO_CELLS.runway.col);
  const aiShare = createAiShareModel(catalog.aiShare);
  const startMonth = reference(address(SCENARIO_CELLS.startMonth.row, SCENARIO_CELLS.startMonth.col));
  const method = reference(address(SCENARIO_CELLS.method.row, SCENARIO_CELLS.method.col));
  // The run-out time as a year with its fraction, for AISHARE: the start month's first day plus the runway.
  const runOutYear = operation(
    input("StartYear"),
    "+",
    operation(group(operation(operation(startMonth, "-", num(1)), "+", reference(runwayCell))), "/", num(12)),
  );

  const outputs: CellValue[][] = [
    [
      words.runway,
      computeCall("RUNWAY", [input("Cash"), input("Burn"), input("BurnGrowth"), input("Revenue"), input("RevenueGrowth")]),
    ],
    [words.netBurn, formulaOf(operation(input("Burn"), "-", input("Revenue")))],
    [words.burnFor24, computeCall("BURN", [input("Cash"), num(24), input("BurnGrowth")])],
    // The month the cash runs out: whole months after the start month (DATE rolls months past 12 into years).
    [
      words.runOutMonth,
      formulaOf(
        excelExpression("DATE", [
          input("StartYear"),
          operation(startMonth, "+", excelExpression("INT", [reference(runwayCell)])),
          num(1),
        ]),
      ),
    ],
    [words.aiShareAtRunOut, computeCall("AISHARE", [runOutYear, method])],
  ];
  // Beside the AI share, whether it is the article's or a model's past the article's last point.
  const aiShareLabel = formulaOf(
    excelExpression("IF", [
      operation(runOutYear, ">", num(aiShare.lastYear)),
      text(words.aiShareExtrapolated.replace("{year}", String(aiShare.lastYear))),
      text(words.aiShareWithin.replace("{year}", String(aiShare.lastYear))),
    ]),
  );

  // The grid: cash across (multiples of the cash input), burn growth down (the input plus
  // offsets); every cell a RUNWAY over its row and column headers and the other inputs.
  const headerRow = GRID_ROW + 1;
  const grid: CellValue[][] = [
    ["", ...CASH_STEPS.map((step) => formulaOf(operation(input("Cash"), "*", num(step))))],
    ...GROWTH_STEPS.map((offset, r) => {
      const row = headerRow + 1 + r;
      return [
        formulaOf(operation(input("BurnGrowth"), "+", group(num(offset)))),
        ...CASH_STEPS.map((_, c) =>
          computeCall("RUNWAY", [
            reference(`${columnLetters(GRID_COL + 1 + c)}$${headerRow + 1}`),
            input("Burn"),
            reference(`$${columnLetters(GRID_COL)}${row + 1}`),
            input("Revenue"),
            input("RevenueGrowth"),
          ]),
        ),
      ];
    }),
  ];
  const gridFormats = grid.map((row, r) =>
    row.map((_, c) => (r === 0 ? (c === 0 ? "General" : UNIT_FORMATS.USD) : c === 0 ? "0.0%" : "0.0")),
  );
  const baseRow = headerRow + 1 + GROWTH_STEPS.indexOf(0);

  const blocks: CellBlock[] = [
    { key: "title", row: 0, col: 0, cells: [[`${words.title}: ${definition.name}`]], emphasis: "title" },
    { key: "inputs-heading", row: INPUTS_ROW - 1, col: 0, cells: [[words.inputs]], emphasis: "heading" },
    { key: "input-labels", row: INPUTS_ROW, col: 0, cells: INPUT_ORDER.map((key) => [words.inputLabels[key]]), emphasis: "body" },
    {
      key: "inputs",
      row: INPUTS_ROW,
      col: 1,
      cells: INPUT_ORDER.map((key) => [definition.inputs[key]]),
      numberFormats: INPUT_ORDER.map((key) => [INPUT_FORMATS[key]]),
      emphasis: "input",
    },
    { key: "outputs-heading", row: OUTPUTS_ROW, col: 0, cells: [[words.outputs]], emphasis: "heading" },
    {
      key: "outputs",
      row: OUTPUTS_ROW + 1,
      col: 0,
      cells: outputs,
      numberFormats: [
        ["General", "0.0"],
        ["General", UNIT_FORMATS.USD],
        ["General", UNIT_FORMATS.USD],
        ["General", words.monthFormat],
        ["General", "0.0%"],
      ],
      emphasis: "body",
    },
    { key: "ai-share-label", row: OUTPUTS_ROW + 5, col: 2, cells: [[aiShareLabel]], emphasis: "body" },
    // The two inputs only the sheet has: when the scenario starts within its year, and how the AI share goes past the article.
    {
      key: "timing-labels",
      row: SCENARIO_CELLS.startMonth.row,
      col: 0,
      cells: [[words.startMonth], [words.method]],
      emphasis: "body",
    },
    {
      key: "timing",
      row: SCENARIO_CELLS.startMonth.row,
      col: 1,
      cells: [[DEFAULT_START_MONTH], [DEFAULT_EXTRAPOLATION]],
      numberFormats: [["0"], ["@"]],
      emphasis: "input",
    },
    // Each input's source, below the outputs: a figure of the article's, a preset's assumption and why, or the analyst's.
    { key: "sources-heading", row: SOURCES_ROW, col: 0, cells: [[words.sourcesHeading, ""]], emphasis: "heading" },
    {
      key: "sources",
      row: SOURCES_ROW + 1,
      col: 0,
      cells: [
        ...INPUT_ORDER.map((key) => [
          words.inputLabels[key],
          literalText(sourceText(definition.sources?.[key], language, catalog)),
        ]),
        [words.startMonth, literalText(words.startMonthSource)],
        [words.method, literalText(words.methodSource)],
      ],
      emphasis: "body",
    },
    { key: "grid-heading", row: GRID_ROW, col: GRID_COL, cells: [[words.sensitivity]], emphasis: "heading" },
    { key: "grid", row: headerRow, col: GRID_COL, cells: grid, numberFormats: gridFormats, emphasis: "body" },
    { key: "grid-note", row: headerRow + grid.length, col: GRID_COL, cells: [[words.sensitivityNote]], emphasis: "body" },
  ];

  return {
    key: scenarioSheetKey(definition.id),
    name: scenarioSheetTitle(definition.name, language),
    blocks,
    tables: [],
    charts: [
      {
        key: "runway-by-cash",
        type: "XYScatterLines",
        title: words.chart,
        row: headerRow + grid.length + 2,
        col: GRID_COL,
        height: 15,
        width: CASH_STEPS.length + 1,
        series: [
          {
            name: words.runway,
            values: { row: baseRow, col: GRID_COL + 1, height: 1, width: CASH_STEPS.length },
            categories: { row: headerRow, col: GRID_COL + 1, height: 1, width: CASH_STEPS.length },
          },
        ],
      },
    ],
    freezeRows: 0,
    names: [
      ...INPUT_ORDER.map((key) => ({ name: n(INPUT_NAMES[key]), ...SCENARIO_CELLS.input(key) })),
      { name: n("Runway"), ...SCENARIO_CELLS.runway },
    ],
    validations: [
      ...INPUT_ORDER.map((key) => ({
        ...SCENARIO_CELLS.input(key),
        ...validationFor(INPUT_BOUNDS[key]),
        message: words.validation,
      })),
      {
        ...SCENARIO_CELLS.startMonth,
        ...validationFor({ min: 1, max: 12, integer: true }),
        message: words.validation,
      },
      { ...SCENARIO_CELLS.method, choices: EXTRAPOLATION_METHODS, message: words.methodMessage },
    ],
    updates: "create-only",
  };
}

/** The base (the first scenario) beside each alternative, with absolute and % variances. */
export function comparisonSheetPlan(definitions: readonly ScenarioDefinition[], language: Language): SheetPlan {
  const words = SCENARIO_WORDS[language];
  const [base, ...alternatives] = definitions;
  const measures: { label: string; what: string; format: string }[] = [
    ...INPUT_ORDER.map((key) => ({ label: words.inputLabels[key], what: INPUT_NAMES[key], format: INPUT_FORMATS[key] })),
    { label: words.runway, what: "Runway", format: "0.0" },
  ];
  const top = 2;
  const header: CellValue[] = [
    words.measure,
    // A name is the analyst's text: never read as a formula, whatever it starts with.
    literalText(base.name),
    ...alternatives.flatMap((alt) => [
      literalText(alt.name),
      `${words.change} ${alt.name}`,
      `${words.changePercent} ${alt.name}`,
    ]),
  ];
  const rows: CellValue[][] = measures.map((measure, i) => {
    const row = top + 2 + i;
    const baseCell = reference(`$B${row}`);
    return [
      measure.label,
      formulaOf(name(scenarioName(base.id, measure.what))),
      ...alternatives.flatMap((alt, a) => {
        const valueCell = reference(`${columnLetters(2 + a * 3)}${row}`);
        return [
          formulaOf(name(scenarioName(alt.id, measure.what))),
          formulaOf(operation(valueCell, "-", baseCell)),
          formulaOf(
            excelExpression("IF", [
              operation(baseCell, "=", num(0)),
              text(""),
              operation(operation(valueCell, "/", baseCell), "-", num(1)),
            ]),
          ),
        ];
      }),
    ];
  });
  const formats = measures.map((measure) => [
    "General",
    measure.format,
    ...alternatives.flatMap(() => [measure.format, measure.format, "0.0%"]),
  ]);
  return {
    key: "scenarios",
    name: words.comparisonSheet,
    blocks: [
      { key: "title", row: 0, col: 0, cells: [[words.comparisonTitle]], emphasis: "title" },
      { key: "header", row: top, col: 0, cells: [header], emphasis: "heading" },
      { key: "comparison", row: top + 1, col: 0, cells: rows, numberFormats: formats, emphasis: "body" },
    ],
    tables: [],
    charts: [],
    freezeRows: top + 1,
    updates: "rebuild",
  };
}

export const OUTLOOK_YEARS = { from: 2016, to: 2035 } as const;
/** The outlook's method columns, in order. */
const OUTLOOK_METHODS: readonly ExtrapolationMethod[] = ["logistic", "linear", "hold"];

/** Years 2016–2035, the article's figures beside each extrapolation method, as live formulas. */
export function outlookSheetPlan(catalog: Catalog, language: Language): SheetPlan {
  const words = SCENARIO_WORDS[language];
  const model = createAiShareModel(catalog.aiShare);
  const points = new Map(catalog.aiShare.map((p) => [p.year, p]));
  const top = 2;
  const years = Array.from({ length: OUTLOOK_YEARS.to - OUTLOOK_YEARS.from + 1 }, (_, i) => OUTLOOK_YEARS.from + i);
  const rows: CellValue[][] = years.map((year, i) => {
    const yearCell = reference(`$A${top + 2 + i}`);
    const point = points.get(year);
    const kind = point ? words.kinds[point.status] : model.isObserved(year) ? words.kinds.interpolated : words.kinds.extrapolated;
    return [
      year,
      point ? point.share : "",
      ...OUTLOOK_METHODS.map((method) => computeCall("AISHARE", [yearCell, text(method)])),
      kind,
    ];
  });
  const column = (col: number) => ({ row: top + 1, col, height: years.length, width: 1 });
  const methods = [words.outlookHeaders[2], words.outlookHeaders[3], words.outlookHeaders[4]];
  return {
    key: "outlook",
    name: words.outlookSheet,
    blocks: [
      { key: "title", row: 0, col: 0, cells: [[words.outlookTitle]], emphasis: "title" },
      { key: "header", row: top, col: 0, cells: [[...words.outlookHeaders]], emphasis: "heading" },
      {
        key: "outlook",
        row: top + 1,
        col: 0,
        cells: rows,
        numberFormats: rows.map(() => ["0", "0.0%", "0.0%", "0.0%", "0.0%", "General"]),
        emphasis: "body",
      },
    ],
    tables: [],
    charts: [
      {
        key: "ai-share-outlook",
        type: "XYScatterLines",
        title: words.outlookTitle,
        row: top,
        col: 7,
        height: 20,
        width: 8,
        series: [words.outlookHeaders[1], ...methods].map((name, i) => ({ name, values: column(1 + i), categories: column(0) })),
      },
    ],
    freezeRows: top + 1,
    updates: "rebuild",
  };
}
