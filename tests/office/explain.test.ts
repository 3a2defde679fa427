import { bundledCatalog as catalog } from "../../src/domain/dataset";
import { explainCell, type Explanation } from "../../src/domain/explain";
import { computeCores } from "../../src/domain/formulas/cores";
import { HEADER_TO_KEY } from "../../src/domain/layout/tableWords";
import { SCENARIO_CELLS } from "../../src/domain/scenario/plans";
import { readSelectedCell, selectAddress, selectRecord, watchPaneVisibility, watchSelection } from "../../src/office/explain";
import { saveScenarios } from "../../src/office/scenarios";
import { writeTables } from "../../src/office/tables";
import { installCalculator } from "../fakes/excel/calculate";
import { formatAddress, FakeWorkbook, type SheetModel } from "../fakes/excel";
import { installExcel } from "./support";
import { XAI } from "../support/scenarios";

const NOW = new Date("2026-12-01T00:00:00Z");

/** Where a record's cell is in one of the written tables: by its id and its column's header. */
function cellOf(workbook: FakeWorkbook, tableName: string, id: string, column: string): { sheet: SheetModel; address: string } {
  const table = workbook.tables.find((t) => t.name === tableName)!;
  const sheet = workbook.sheets.find((s) => s.id === table.sheetId)!;
  const keys = Array.from({ length: table.width }, (_, c) =>
    HEADER_TO_KEY.get(String(workbook.cell(sheet, table.top, table.left + c).value)),
  );
  const idCol = table.left + keys.indexOf("id");
  const col = table.left + keys.indexOf(column);
  for (let r = table.top + 1; r < table.top + table.height; r++)
    if (workbook.cell(sheet, r, idCol).value === id)
      return { sheet, address: formatAddress(sheet.name, r, col, 1, 1).split("!")[1] };
  throw new Error(`${id} is not in ${tableName}`);
}

/** Reads the selection as the view does, counting round trips and checking nothing was written. */
async function explainSelection(workbook: FakeWorkbook): Promise<{ explanation: Explanation; syncs: number }> {
  const before = JSON.stringify({ dump: workbook.dump(), settings: [...workbook.settings], names: workbook.names });
  const syncs = workbook.syncCount;
  const facts = await readSelectedCell();
  expect(JSON.stringify({ dump: workbook.dump(), settings: [...workbook.settings], names: workbook.names })).toBe(before);
  return { explanation: explainCell(facts, catalog), syncs: workbook.syncCount - syncs };
}

describe("reading the selected cell for Explain", () => {
  it("explains the OpenAI–Oracle value in Deals in two round trips, writing nothing", async () => {
    const { workbook } = installExcel(new FakeWorkbook({ blankSheet: true }));
    await writeTables("en", catalog, NOW);
    const { sheet, address } = cellOf(workbook, "Deals", "openai-oracle-compute", "value_usd");
    workbook.select(sheet.name, address);
    const { explanation, syncs } = await explainSelection(workbook);
    expect(syncs).toBe(2);
    if (explanation.kind !== "figure") throw new Error(`expected a figure, got ${explanation.kind}`);
    const { figure } = explanation;
    expect(figure.id).toBe("openai-oracle-compute");
    expect(figure.sourceZh.slice(figure.highlight!.start, figure.highlight!.end)).toBe("3000億美元");
  });

  it("explains a derived figure in the Metrics table, and its input link selects the input's row", async () => {
    const { workbook } = installExcel(new FakeWorkbook({ blankSheet: true }));
    await writeTables("zh-TW", catalog, NOW);
    installCalculator(workbook, computeCores(catalog));
    const { sheet, address } = cellOf(workbook, "Metrics", "xai-monthly-burn", "value");
    workbook.select(sheet.name, address);
    const { explanation } = await explainSelection(workbook);
    expect(explanation.kind === "figure" && explanation.figure.basis).toBe("derived");

    expect(await selectRecord("Metrics", "xai-funding", "value")).toBe(true);
    const target = cellOf(workbook, "Metrics", "xai-funding", "value");
    expect(formatAddress(sheet.name, workbook.selection.row, workbook.selection.col, 1, 1)).toBe(
      `${sheet.name}!${target.address}`,
    );
    expect(await selectRecord("Metrics", "no-such-id", "value")).toBe(false);
  });

  it("explains a scenario's RUNWAY over its named inputs", async () => {
    const { workbook } = installExcel(new FakeWorkbook({ blankSheet: true }));
    await saveScenarios([XAI], "en");
    const runway = SCENARIO_CELLS.runway;
    workbook.select("Scenario xAI", formatAddress("x", runway.row, runway.col, 1, 1).split("!")[1]);
    installCalculator(workbook, computeCores(catalog));
    const { explanation, syncs } = await explainSelection(workbook);
    expect(syncs).toBe(2);
    if (explanation.kind !== "call") throw new Error(`expected a call, got ${explanation.kind}`);
    expect(explanation.call.args.map((a) => [a.name, a.value])).toEqual([
      ["cash", 20e9],
      ["monthly_burn", 1e9],
      ["burn_growth", 0],
      ["monthly_revenue", 0],
      ["revenue_growth", 0],
    ]);
    const cash = SCENARIO_CELLS.input("cash");
    expect(explanation.call.args[0].reference).toBe(formatAddress("Scenario xAI", cash.row, cash.col, 1, 1));
    expect(explanation.call.detail).toMatchObject({ kind: "runway", months: 20, form: "constant" });
  });

  it.each([
    ["with Excel's own precedents (ExcelApi 1.12)", "1.17", ["Sheet1!B4"]],
    ["with the formula's parsed references", "1.11", null],
  ])("lists a formula's precedents %s", async (_, version, fromExcel) => {
    const workbook = new FakeWorkbook({ blankSheet: true });
    installExcel(workbook, { supportedSets: { ExcelApi: version, SharedRuntime: "1.1" } });
    const sheet = workbook.sheetByName("Sheet1")!;
    workbook.setCell(sheet, 3, 1, { formula: '=COMPUTE.METRIC("xAI","funding")', value: 20e9 });
    workbook.setCell(sheet, 0, 2, { formula: "=B4*2", value: 40e9 });
    workbook.select("Sheet1", "C1");
    expect((await readSelectedCell()).precedents).toEqual(fromExcel);
    const { explanation, syncs } = await explainSelection(workbook);
    expect(syncs).toBe(2);
    expect(explanation).toEqual({
      kind: "precedents",
      address: "Sheet1!C1",
      formula: "=B4*2",
      precedents: [{ address: "Sheet1!B4", formula: '=COMPUTE.METRIC("xAI","funding")', fromCompute: true }],
    });
  });

  it("says a plain cell holds nothing from the dataset, in one round trip", async () => {
    const { workbook } = installExcel(new FakeWorkbook({ blankSheet: true }));
    workbook.setCell(workbook.sheetByName("Sheet1")!, 1, 1, { value: 42 });
    workbook.select("Sheet1", "B2");
    const { explanation, syncs } = await explainSelection(workbook);
    expect(syncs).toBe(1);
    expect(explanation).toEqual({ kind: "nothing", address: "Sheet1!B2" });
  });

  it("says when the task pane is hidden and shown, until stopped", async () => {
    installExcel();
    const office = (globalThis as unknown as { Office: { addin: { hideTaskpane(): void; showAsTaskpane(): Promise<void> } } })
      .Office;
    const heard: boolean[] = [];
    const stop = await watchPaneVisibility((visible) => heard.push(visible));
    office.addin.hideTaskpane();
    await office.addin.showAsTaskpane();
    await stop();
    office.addin.hideTaskpane();
    expect(heard).toEqual([false, true]);
  });

  it("calls the listener on each selection until it is removed, and selects an address", async () => {
    const { workbook } = installExcel(new FakeWorkbook({ blankSheet: true }));
    workbook.addSheet("Scenario xAI");
    const heard: number[] = [];
    const stop = await watchSelection(() => heard.push(workbook.selection.row));
    workbook.select("Sheet1", "A3");
    await selectAddress("'Scenario xAI'!$B$5");
    expect(workbook.activeSheet().name).toBe("Scenario xAI");
    // An edit anywhere is heard too: the explanation may show the edited cell's value.
    workbook.edit("Scenario xAI", "B5", 40e9);
    expect(heard).toEqual([2, 4, 4]);
    await stop();
    workbook.select("Sheet1", "A9");
    workbook.edit("Sheet1", "A1", 1);
    expect(heard).toEqual([2, 4, 4]);
    expect(workbook.selectionHandlers.size + workbook.changeHandlers.size).toBe(0);
  });

  it("listens to the selection alone on an Excel without ExcelApi 1.9", async () => {
    const workbook = new FakeWorkbook({ blankSheet: true });
    installExcel(workbook, { supportedSets: { ExcelApi: "1.8", SharedRuntime: "1.1" } });
    const stop = await watchSelection(() => undefined);
    expect([workbook.selectionHandlers.size, workbook.changeHandlers.size]).toEqual([1, 0]);
    await stop();
  });
});
