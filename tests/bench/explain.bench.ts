/**
 * Building one explanation, per kind of cell: a managed Deals cell, a METRIC call, RUNWAY with
 * growth and revenue (arithmetic, cash by month and the tornado), and AISHARE extrapolated.
 * Target: under 1 ms each.
 */
import type { CellValue } from "../../src/domain/cells";
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import { explainCell, type CellFacts } from "../../src/domain/explain";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import { dealTable, DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { cellFacts } from "../support/cellFacts";
import { consume, measure, reportLine } from "./measure";

const TARGET_NS = 1e6;

const cell = (partial: Partial<CellFacts>, references: Record<string, CellValue> = {}): CellFacts =>
  cellFacts({
    ...partial,
    references: Object.fromEntries(Object.entries(references).map(([key, value]) => [key, [key, value]])),
  });

export function benchExplain(): string[] {
  const deal = catalog.deal("openai-oracle-compute")!;
  const kinds: [string, CellFacts][] = [
    [
      "managed Deals cell",
      cell({
        value: 300e9,
        table: {
          name: "Deals",
          headers: DEAL_COLUMNS.map((c) => SHEET_WORDS["zh-TW"].headers[c.key]),
          row: dealTable(catalog).rowOf(deal),
          column: DEAL_COLUMNS.findIndex((c) => c.key === "value_usd"),
          isHeader: false,
        },
      }),
    ],
    ["METRIC", cell({ formula: '=COMPUTE.METRIC("xAI","funding")' })],
    [
      "RUNWAY with growth and revenue",
      cell(
        { formula: "=COMPUTE.RUNWAY(B1,B2,B3,B4,B5)" },
        {
          "sheet1!B1": 100e9,
          "sheet1!B2": 3e9,
          "sheet1!B3": 0.05,
          "sheet1!B4": 1e9,
          "sheet1!B5": 0.02,
        },
      ),
    ],
    ["AISHARE extrapolated", cell({ formula: '=COMPUTE.AISHARE(2030,"logistic")' })],
  ];
  const lines = ["Explain this cell: one explanation per kind (target < 1 ms):"];
  for (const [name, facts] of kinds) {
    if (explainCell(facts, catalog).kind === "nothing") throw new Error(`${name} explained nothing`);
    const { nsPerCall } = measure(name, 2_000, () => consume(explainCell(facts, catalog)));
    lines.push(reportLine(name, nsPerCall, nsPerCall < TARGET_NS ? "under 1 ms" : "OVER 1 ms"));
  }
  return lines;
}
