import fc from "fast-check";
import { bundledCatalog } from "../../../src/domain/dataset";
import { computeCall, text } from "../../../src/domain/formulas/build";
import { parseComputeCall } from "../../../src/domain/formulas/computeCall";
import { formulaText } from "../../../src/domain/formulas/formulaText";
import { callsCompute, parseFormula, type FormulaNode } from "../../../src/domain/formulas/parse";
import { planContext } from "../../../src/domain/layout/workbookPlan";
import { tableCells } from "../../../src/domain/layout/plan";
import { presetInputs } from "../../../src/domain/scenario/definition";
import { workbookPlans } from "../../../src/domain/workbookPlans";

/** Every formula the add-in writes into a workbook, in every language, with two scenarios. */
function everyPlannedFormula(): string[] {
  const formulas: string[] = [];
  for (const language of ["en", "zh-CN", "zh-TW"] as const) {
    const scenarios = [
      { id: "xAI", name: "xAI", inputs: presetInputs(bundledCatalog, "xai") },
      { id: "OpenAI", name: "OpenAI", inputs: presetInputs(bundledCatalog, "openai") },
    ];
    const { sheets } = workbookPlans({
      catalog: bundledCatalog,
      context: planContext(language, new Date("2026-12-01T00:00:00Z"), "0.0.0"),
      parts: ["tables", "scenarios"],
      scenarios,
    });
    for (const sheet of sheets) {
      const cells = [
        ...sheet.blocks.flatMap((b) => b.cells.flat()),
        ...sheet.tables.flatMap((t) => tableCells(t, t.row, t.col).flat()),
      ];
      for (const cell of cells) if (typeof cell === "string" && cell.startsWith("=")) formulas.push(cell);
    }
  }
  return formulas;
}

describe("parseFormula", () => {
  it("reads every formula the add-in writes, and reads back what it prints", () => {
    const formulas = everyPlannedFormula();
    expect(formulas.length).toBeGreaterThan(100);
    for (const formula of formulas) {
      const parsed = parseFormula(formula);
      if (!parsed.ok) throw new Error(`${formula}: ${parsed.reason}`);
      expect(parseFormula(formulaText(parsed.node))).toEqual(parsed);
    }
  });

  it("reads quoted text, sheet-qualified and structured references, nested calls and arrays", () => {
    const parsed = parseFormula(`=COMPUTE.RUNWAY('Q''s model'!$B$2,SUM(Deals[value_usd]),{1,2;3,4},-A1^2,"a""b")`);
    expect(parsed).toEqual({
      ok: true,
      node: {
        kind: "call",
        name: "COMPUTE.RUNWAY",
        args: [
          { kind: "reference", sheet: "Q's model", address: "$B$2" },
          { kind: "call", name: "SUM", args: [{ kind: "structured", table: "Deals", specifier: "value_usd" }] },
          {
            kind: "array",
            rows: [
              [
                { kind: "number", value: 1 },
                { kind: "number", value: 2 },
              ],
              [
                { kind: "number", value: 3 },
                { kind: "number", value: 4 },
              ],
            ],
          },
          {
            kind: "binary",
            operator: "^",
            left: { kind: "unary", operator: "-", operand: { kind: "reference", sheet: null, address: "A1" } },
            right: { kind: "number", value: 2 },
          },
          { kind: "text", value: 'a"b' },
        ],
      },
    });
  });

  it("binds * before + and reads operators of equal rank from the left", () => {
    const parsed = parseFormula("=1+2*3-4");
    expect(parsed.ok && parsed.node).toMatchObject({ operator: "-", left: { operator: "+", right: { operator: "*" } } });
    expect(parsed.ok && formulaText(parsed.node)).toBe("1+2*3-4");
  });

  it.each([
    ["=(1+2)*3", "(1+2)*3"],
    ["=1-(2-3)", "1-(2-3)"],
    ["=-(A1+B1)", "-(A1+B1)"],
    ["='Q''s model'!$B$2+交易!A1", "'Q''s model'!$B$2+交易!A1"],
    ["='A1'!B2", "'A1'!B2"],
  ])("prints %s with the parentheses and quotes it needs", (formula, printed) => {
    const parsed = parseFormula(formula);
    expect(parsed.ok && formulaText(parsed.node)).toBe(printed);
  });

  it("reads a cell's formula as one COMPUTE call, or says why it is not one", () => {
    expect(parseComputeCall("=COMPUTE.RUNWAY(Scn_xAI_Cash,B2)", "COMPUTE")).toMatchObject({
      ok: true,
      id: "RUNWAY",
      args: [
        { kind: "name", name: "Scn_xAI_Cash" },
        { kind: "reference", address: "B2" },
      ],
    });
    expect(parseComputeCall(null, "COMPUTE")).toEqual({ ok: false, reason: "not-a-formula" });
    expect(parseComputeCall("12", "COMPUTE")).toEqual({ ok: false, reason: "not-a-formula" });
    expect(parseComputeCall("=SUM(", "COMPUTE")).toEqual({ ok: false, reason: "unreadable" });
    expect(parseComputeCall("=B4*2", "COMPUTE")).toEqual({ ok: false, reason: "not-compute" });
    expect(parseComputeCall("=COMPUTE.AISHARE(2030)*2", "COMPUTE")).toEqual({ ok: false, reason: "compute-inside" });
  });

  it("never throws reading random text as a COMPUTE call, and answers with a typed reason", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (random) => {
        const read = parseComputeCall(`=${random}`, "COMPUTE");
        expect(read.ok || ["unreadable", "not-compute", "compute-inside"].includes(read.reason)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("prints any tree so that it parses back to the same tree", () => {
    const leaf = fc.oneof(
      fc.double({ min: 0, max: 1e12, noNaN: true }).map((value) => ({ kind: "number", value }) as FormulaNode),
      fc.string({ maxLength: 8 }).map((value) => ({ kind: "text", value }) as FormulaNode),
      fc.constantFrom<FormulaNode>(
        { kind: "reference", sheet: null, address: "$B$4" },
        { kind: "reference", sheet: "Scenario xAI", address: "C5" },
        { kind: "name", name: "Scn_xAI_Cash" },
        { kind: "boolean", value: true },
      ),
    );
    const { tree } = fc.letrec<{ tree: FormulaNode }>((rec) => ({
      tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.record({ kind: fc.constant("unary" as const), operator: fc.constantFrom("-" as const), operand: rec("tree") }),
        fc.record({
          kind: fc.constant("binary" as const),
          operator: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const, "^" as const, "&" as const),
          left: rec("tree"),
          right: rec("tree"),
        }),
        fc.record({
          kind: fc.constant("call" as const),
          name: fc.constantFrom("COMPUTE.RUNWAY", "SUM"),
          args: fc.array(rec("tree"), { minLength: 1, maxLength: 3 }),
        }),
      ),
    }));
    fc.assert(
      fc.property(tree, (node) => {
        expect(parseFormula(`=${formulaText(node)}`)).toEqual({ ok: true, node });
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a COMPUTE call apart from other formulas", () => {
    const calls = (formula: string) => {
      const parsed = parseFormula(formula);
      return parsed.ok && callsCompute(parsed.node, "COMPUTE");
    };
    expect(calls("=B4*2")).toBe(false);
    expect(calls('="COMPUTE.RUNWAY(1,2)"')).toBe(false);
    expect(calls("=IF(A1,COMPUTE.AISHARE(2030),0)")).toBe(true);
  });

  it.each(["=", "=1+", '="open', "=SUM(1,2", "=A1:", "={1,2;3}", "=1 2", "=)"])("refuses %j with a reason", (formula) => {
    const parsed = parseFormula(formula);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason.length).toBeGreaterThan(0);
  });

  it("never throws on random text, and round-trips any text argument", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (random) => {
        const parsed = parseFormula(random);
        expect(typeof parsed.ok).toBe("boolean");
      }),
      { numRuns: 10000 },
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(parseFormula(computeCall("SOURCE", [text(value)]))).toEqual({
          ok: true,
          node: { kind: "call", name: "COMPUTE.SOURCE", args: [{ kind: "text", value }] },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a failure, not a stack overflow, for absurdly deep nesting", () => {
    expect(parseFormula(`=${"(".repeat(100000)}1${")".repeat(100000)}`).ok).toBe(false);
  });
});
