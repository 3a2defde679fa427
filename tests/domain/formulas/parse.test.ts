import fc from "fast-check";
import { bundledCatalog } from "../../../src/domain/dataset";
import { computeCall, text } from "../../../src/domain/formulas/build";
import { callsCompute, parseFormula, type FormulaNode } from "../../../src/domain/formulas/parse";
import { planContext } from "../../../src/domain/layout/workbookPlan";
import { tableCells } from "../../../src/domain/layout/plan";
import { presetInputs } from "../../../src/domain/scenario/definition";
import { workbookPlans } from "../../../src/domain/workbookPlans";

/** Formula text of a parsed tree, as the add-in would write it. */
function unparse(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "text":
      return `"${node.value.replace(/"/g, '""')}"`;
    case "boolean":
      return node.value ? "TRUE" : "FALSE";
    case "reference":
      return node.sheet === null ? node.address : `'${node.sheet.replace(/'/g, "''")}'!${node.address}`;
    case "structured":
      return `${node.table}[${node.specifier}]`;
    case "name":
      return node.name;
    case "call":
      return `${node.name}(${node.args.map(unparse).join(",")})`;
    case "array":
      return `{${node.rows.map((row) => row.map(unparse).join(",")).join(";")}}`;
    case "unary":
      return `${node.operator}${unparse(node.operand)}`;
    case "binary":
      return `(${unparse(node.left)}${node.operator}${unparse(node.right)})`;
  }
}

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
      expect(parseFormula(unparse(parsed.node))).toEqual(parsed);
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
    expect(parsed.ok && unparse(parsed.node)).toBe("((1+(2*3))-4)");
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
