import {
  computeCall,
  computeExpression,
  excelExpression,
  FormulaBuildError,
  formulaOf,
  group,
  isValidName,
  name,
  num,
  operation,
  partText,
  quoteSheet,
  reference,
  sheetReference,
  text,
  wholeTable,
} from "../../../src/domain/formulas/build";
import { parseFormula } from "../../../src/domain/formulas/parse";

describe("the formula builder", () => {
  it("doubles quotes inside text arguments, so a quote cannot end the string", () => {
    expect(computeCall("DEAL", [text('say "hi"')])).toBe('=COMPUTE.DEAL("say ""hi""")');
    const crafted = 'x"),HYPERLINK("https://example.invalid';
    const parsed = parseFormula(computeCall("DEAL", [text(crafted)]));
    expect(parsed).toEqual({
      ok: true,
      node: { kind: "call", name: "COMPUTE.DEAL", args: [{ kind: "text", value: crafted }] },
    });
  });

  it.each([
    ["Deals", "Deals!$A$1"],
    ["Compute spend", "'Compute spend'!$A$1"],
    ["FY25", "'FY25'!$A$1"],
    ["R1C1", "'R1C1'!$A$1"],
    ["O'Neil's", "'O''Neil''s'!$A$1"],
    ["算力支出", "'算力支出'!$A$1"],
  ])("quotes the sheet %s where a reference needs it", (sheet, expected) => {
    expect(partText(sheetReference(sheet, "$A$1"))).toBe(expected);
  });

  it.each(["", "a[b]", "x:y", "a/b", "a?b", "a*b", "a\\b"])("refuses %j as a sheet name", (sheet) => {
    expect(() => quoteSheet(sheet)).toThrow(FormulaBuildError);
  });

  it("checks references and names instead of passing any text through", () => {
    expect(partText(reference("$B$4:$B$7"))).toBe("$B$4:$B$7");
    expect(() => reference("A1,HYPERLINK(1)")).toThrow(FormulaBuildError);
    expect(() => reference("Sheet1!A1")).toThrow(FormulaBuildError);
    expect(partText(name("Scn_xAI_Cash"))).toBe("Scn_xAI_Cash");
    for (const bad of ["A1", "R1C1", "TRUE", "1abc", "a b", 'x"y', "A1,HYPERLINK(1)", "a".repeat(256)])
      expect(isValidName(bad)).toBe(false);
    expect(() => name("A1")).toThrow(FormulaBuildError);
  });

  it("writes numbers Excel reads back exactly, and refuses NaN and Infinity", () => {
    expect(partText(num(-0))).toBe("0");
    expect(partText(num(0.1 + 0.2))).toBe(String(0.1 + 0.2));
    expect(() => num(NaN)).toThrow(FormulaBuildError);
    expect(() => num(Infinity)).toThrow(FormulaBuildError);
  });

  it("nests calls, and wraps a spill in ROWS", () => {
    const inner = computeExpression("METRIC", [text("xAI"), text("funding")]);
    expect(computeCall("RUNWAY", [inner, num(1e9)])).toBe('=COMPUTE.RUNWAY(COMPUTE.METRIC("xAI","funding"),1000000000)');
    expect(partText(excelExpression("ROWS", [computeExpression("DEALS", [text("Nvidia"), num(0)])]))).toBe(
      'ROWS(COMPUTE.DEALS("Nvidia",0))',
    );
  });

  it("writes operations with parentheses exactly where Excel's precedence needs them", () => {
    const [a, b, c] = ["A1", "B1", "C1"].map(reference);
    expect(formulaOf(operation(a, "-", operation(b, "-", c)))).toBe("=A1-(B1-C1)");
    expect(formulaOf(operation(a, "+", operation(b, "+", c)))).toBe("=A1+B1+C1");
    expect(formulaOf(operation(operation(a, "+", b), "*", c))).toBe("=(A1+B1)*C1");
    expect(formulaOf(operation(a, "+", operation(b, "/", num(12))))).toBe("=A1+B1/12");
    expect(formulaOf(operation(a, "/", operation(b, "*", c)))).toBe("=A1/(B1*C1)");
    expect(formulaOf(operation(a, "*", num(-2)))).toBe("=A1*-2");
    expect(formulaOf(operation(a, "+", group(num(-0.02))))).toBe("=A1+(-0.02)");
    expect(formulaOf(operation(operation(a, "/", b), "=", num(0)))).toBe("=A1/B1=0");
  });

  it("names a whole table only by a valid table name", () => {
    expect(formulaOf(wholeTable("Deals_2"))).toBe("=Deals_2[#All]");
    for (const bad of ["A1", "My Deals", 'x"y', "Deals[#All]", ""]) expect(() => wholeTable(bad)).toThrow(FormulaBuildError);
  });
});
