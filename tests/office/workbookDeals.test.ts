/**
 * The analyst's deals in a live workbook (the strict fake host): after Insert they add rows of
 * their own and an amount the article leaves out, and Refresh keeps them. The Money map's
 * spills, calculated over the Deals table, include them; the Map view's read gets them too.
 */
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import { computeCores } from "../../src/domain/formulas/cores";
import { HEADER_TO_KEY } from "../../src/domain/layout/tableWords";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import type { Language } from "../../src/domain/language";
import { writeTables } from "../../src/office/tables";
import { readWorkbookDeals } from "../../src/office/workbookDeals";
import { installCalculator } from "../fakes/excel/calculate";
import { explainCell } from "../../src/domain/explain";
import { readSelectedCell } from "../../src/office/explain";
import { FakeWorkbook } from "../fakes/excel";
import { installExcel } from "./support";

const NOW = new Date("2026-12-01T00:00:00Z");

function dealsTable(workbook: FakeWorkbook) {
  const table = workbook.tables.find((t) => t.name === "Deals")!;
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
  const keys = Array.from({ length: table.width }, (_, c) =>
    HEADER_TO_KEY.get(String(workbook.cell(sheet, table.top, table.left + c).value)),
  );
  return { table, sheet, col: (key: string) => table.left + keys.indexOf(key) };
}

/** The analyst types a row below the table, which grows to take it. */
function addRow(workbook: FakeWorkbook, cells: Record<string, string | number>) {
  const { table, sheet, col } = dealsTable(workbook);
  const row = table.top + table.height;
  for (const [key, value] of Object.entries(cells)) workbook.setCell(sheet, row, col(key), { value });
  table.height += 1;
}

/** The analyst types an amount over one of the table's cells. */
function setValue(workbook: FakeWorkbook, id: string, key: string, value: number) {
  const { table, sheet, col } = dealsTable(workbook);
  for (let r = table.top + 1; r < table.top + table.height; r++)
    if (workbook.cell(sheet, r, col("id")).value === id) workbook.setCell(sheet, r, col(key), { value });
}

/** The Money map's spills as the cells under them show them: matrix, circles, and the skipped count. */
function moneyMap(workbook: FakeWorkbook, language: Language) {
  const sheet = workbook.sheetByName(SHEET_WORDS[language].sheetNames["money-map"])!;
  const anchor = (start: string) => {
    for (const [key, cell] of sheet.cells)
      if (cell.formula?.startsWith(start)) {
        const [row, col] = key.split(",").map(Number);
        return { row, col, formula: cell.formula };
      }
    throw new Error(`no ${start} on the Money map`);
  };
  const spill = (start: string) => {
    const { row, col } = anchor(start);
    return workbook.spilledValues!(sheet, row, col)!;
  };
  const skipped = anchor("=COMPUTE.SKIPPED(Deals[#All])");
  const stress = anchor("=COMPUTE.STRESS(");
  return {
    stress: spill("=COMPUTE.STRESS("),
    stressAnchor: `${String.fromCharCode(65 + stress.col)}${stress.row + 1}`,
    /** The analyst picks the company that stops paying, in the cell the STRESS call reads. */
    failing: (name: string) => workbook.edit(sheet.name, /^=COMPUTE\.STRESS\(([A-Z]+\d+)/.exec(stress.formula)![1], name),
    matrix: spill("=COMPUTE.MONEYMAP("),
    circles: spill("=COMPUTE.CYCLES("),
    skipped: workbook.calculate!(sheet, skipped.row, skipped.col, skipped.formula),
    matrixFormula: anchor("=COMPUTE.MONEYMAP(").formula,
  };
}

describe.each(["en", "zh-TW"] as const)("the analyst's deals in a live workbook written in %s", (language) => {
  it("count on the Money map after a refresh, and reach the Map view's read", async () => {
    const { workbook } = installExcel();
    installCalculator(workbook, computeCores(catalog));
    await writeTables(language, catalog, NOW);
    const before = moneyMap(workbook, language);
    expect(before.matrixFormula).toBe(
      language === "en" ? "=COMPUTE.MONEYMAP(Deals[#All])" : `=COMPUTE.MONEYMAP(Deals[#All],"zh-TW")`,
    );
    expect(before.matrix[0][0]).toBe(SHEET_WORDS[language].moneyMap.corner);
    expect(before.matrix[0]).not.toContain("CoreWeave");
    expect(before.skipped).toBe(0);

    addRow(workbook, {
      id: "my-oracle-coreweave",
      payer: "甲骨文",
      payee: "CoreWeave",
      value_usd: 12e9,
      kind: "compute-purchase",
    });
    addRow(workbook, { id: "my-coreweave-nvidia", payer: "CoreWeave", payee: "NVIDIA", value_usd: 6e9, kind: "chip-supply" });
    addRow(workbook, { id: "my-typo", payer: "CoreWeave", payee: "Oracle", value_usd: "six billion" });
    setValue(workbook, "oracle-nvidia-chips", "value_usd", 40e9);
    const report = await writeTables(language, catalog, NOW);
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: "override", key: "oracle-nvidia-chips" }));

    const after = moneyMap(workbook, language);
    const names = after.matrix[0].slice(1, -2);
    expect(names).toContain("CoreWeave");
    const rowOf = (name: string) => after.matrix.find((row) => row[0] === name)!;
    // The Deals table names the dataset's companies in English in every language today; 甲骨文 is Oracle.
    const oracle = "Oracle";
    expect(rowOf("CoreWeave")[1 + names.indexOf("Nvidia")]).toBe(6e9);
    expect(rowOf(oracle)[1 + names.indexOf("CoreWeave")]).toBe(12e9);
    expect(rowOf(oracle)[1 + names.indexOf("Nvidia")]).toBe(40e9);
    const circles = after.circles.map((row) => row[0]);
    expect(circles).toContain("Nvidia → OpenAI → Oracle → CoreWeave → Nvidia");
    expect(after.circles.find((row) => row[0] === "Nvidia → OpenAI → Oracle → Nvidia")![2]).toBe(40e9);
    expect(after.skipped).toBe(1);
    // The stress block starts from OpenAI, which pays out the most: Oracle loses all its stated
    // money in at once, then passes it on to CoreWeave, the analyst's company.
    const lossOf = (rows: typeof after.stress, name: string) => rows.find((row) => row[0] === name);
    expect(lossOf(after.stress, "Oracle")!.slice(2, 5)).toEqual([300e9, 1, 1]);
    expect(lossOf(after.stress, "CoreWeave")!.slice(2, 5)).toEqual([12e9, 1, 2]);
    after.failing("CoreWeave");
    const fromCoreWeave = moneyMap(workbook, language).stress;
    // CoreWeave pays Nvidia 6 of its 46 stated billions in; the loss spreads from there, and
    // comes back round to Nvidia through OpenAI and Oracle, a later round adding to it.
    expect([fromCoreWeave[1][0], fromCoreWeave[1][1], fromCoreWeave[1][4]]).toEqual(["Nvidia", 46e9, 1]);
    expect(fromCoreWeave[1][3]).toBeGreaterThan(6 / 46);
    expect(fromCoreWeave.slice(2).every((row) => (row[4] as number) >= 2)).toBe(true);

    // Explain on the Money map's STRESS cell reads the Deals table and shows the chain over it.
    const stressCell = moneyMap(workbook, language).stressAnchor;
    workbook.select(SHEET_WORDS[language].sheetNames["money-map"], stressCell);
    const explained = explainCell(await readSelectedCell(), catalog);
    expect(explained.kind).toBe("call");
    const detail = explained.kind === "call" ? explained.call.detail : null;
    expect(detail).toMatchObject({ kind: "stress", failed: "CoreWeave" });
    expect(detail?.kind === "stress" && detail.steps[0]).toEqual({ round: 1, from: "CoreWeave", to: "Nvidia", lossUsd: 6e9 });

    const read = await readWorkbookDeals();
    expect(read!.table).toBe("Deals");
    expect(read!.values).toHaveLength(1 + catalog.deals.length + 3);
    expect(read!.values[0].map((header) => HEADER_TO_KEY.get(String(header)))).toEqual([
      "id",
      "parties",
      "direction",
      "payer",
      "payee",
      "kind",
      "value_usd",
      "qualifier",
      "status",
    ]);
    expect(read!.values.at(-1)!.slice(0, 1)).toEqual(["my-typo"]);
  });
});

it("the Map view's read finds no Deals table in a workbook without the add-in's tables", async () => {
  installExcel();
  expect(await readWorkbookDeals()).toBeNull();
});
