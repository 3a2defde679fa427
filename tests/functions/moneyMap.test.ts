import { cycles, exposure, flows, moneymap } from "../../src/functions/functions";
import { bundledCatalog } from "../../src/domain/dataset";
import { DetailedCellError } from "hyperformula";
import { createEngine } from "../support/formulaEngine";
import { expectExcelError } from "./excelError";

describe("COMPUTE.EXPOSURE", () => {
  it.each([
    [["Oracle", "in"], 300e9],
    [["oracle", "out"], 0],
    [["甲骨文"], 300e9],
    [["OpenAI"], 100e9 - 300e9],
    [["openai", "IN"], 100e9],
    [["英偉達", "out"], 100e9],
    [["Nvidia", "net"], -100e9],
    [["Huawei"], 0],
    // The companions: what the stated totals leave out.
    [["Oracle", "not_stated_out"], 1],
    [["Oracle", "not_stated_in"], 0],
    [["Nvidia", "not_stated"], 2],
    [["Intel", "not_stated_in"], 2],
    [["Intel", "undirected"], 1],
    [["U.S. government", "not_stated_out"], 1],
  ])("EXPOSURE(%j) is %p", (args, expected) => {
    expect(exposure(...(args as [string, string]))).toBe(expected);
  });

  it.each([
    [["Nvida"], "#N/A", /^no company or body named "Nvida"; closest ids: nvidia/],
    [[""], "#VALUE!", /^entity must be a company or body in English or Chinese; got nothing$/],
    [
      ["Nvidia", "sideways"],
      "#VALUE!",
      /^direction must be one of "net", "in", "out", "not_stated_in", "not_stated_out", "not_stated", "undirected"; got the text "sideways"$/,
    ],
    [[[["a", "b"]]], "#VALUE!", /^entity must be .*; got a 1×2 range$/],
  ])("EXPOSURE(%j) is %s", (args, code, message) => {
    expectExcelError(() => exposure(...(args as [string])), code as "#N/A", message);
  });
});

describe("COMPUTE.MONEYMAP never shows a zero the article does not state", () => {
  const matrix = moneymap() as (string | number)[][];
  const names = matrix[0].slice(1, -3) as string[];
  const cell = (payer: string, payee: string) => matrix[1 + names.indexOf(payer)][1 + names.indexOf(payee)];

  it("a flow with no amount reads not stated; a pair with no flow stays 0", () => {
    expect(cell("Oracle", "Nvidia")).toBe("not stated");
    expect(cell("Nvidia", "xAI")).toBe("not stated");
    expect(cell("OpenAI", "Oracle")).toBe(300e9);
    expect(cell("Oracle", "OpenAI")).toBe(0);
  });

  it("counts the flows with no amount beside each total, and labels the net for what it is", () => {
    const n = names.length;
    expect(matrix[0].slice(-3)).toEqual([
      "total out (stated)",
      "+ flows out, no amount",
      "net of stated amounts, all kinds (in − out); not cash",
    ]);
    expect(matrix[1 + names.indexOf("Oracle")][n + 2]).toBe(1);
    expect(matrix[n + 2][0]).toBe("+ flows in, no amount");
    expect(matrix[n + 2][1 + names.indexOf("Intel")]).toBe(2);
  });
});

describe("COMPUTE.FLOWS", () => {
  it("spills a header row, then every flow, then the links without one direction", () => {
    const rows = flows();
    expect(rows[0]).toEqual(["from", "to", "deal_id", "kind", "value_usd", "qualifier", "status", "direction"]);
    expect(rows).toContainEqual([
      "Nvidia",
      "OpenAI",
      "nvidia-openai-investment",
      "equity-investment",
      100e9,
      "exact",
      "announced",
      "one way",
    ]);
    expect(rows).toContainEqual([
      "Oracle",
      "Nvidia",
      "oracle-nvidia-chips",
      "chip-supply",
      "not stated",
      "",
      "expected",
      "one way",
    ]);
    expect(rows).toContainEqual([
      "Nvidia",
      "Intel",
      "nvidia-intel-partnership",
      "strategic-partnership",
      5e9,
      "exact",
      "agreed",
      "not stated",
    ]);
    expect(rows.length).toBe(1 + bundledCatalog.deals.length);
  });

  it("filters by entity and direction, in any language, without a header row when asked", () => {
    expect(flows("英偉達", "in", 0)).toEqual([
      ["Oracle", "Nvidia", "oracle-nvidia-chips", "chip-supply", "not stated", "", "expected", "one way"],
    ]);
    expect(flows("nvidia", "out", 0).map((row) => row[1])).toEqual(["OpenAI", "xAI"]);
    expect(flows("Nvidia", undefined, 0).map((row) => row[2])).toEqual([
      "oracle-nvidia-chips",
      "nvidia-openai-investment",
      "nvidia-xai-investment",
      "nvidia-intel-partnership",
    ]);
  });

  it.each([
    [["Huawei", "in"], "#N/A", /^the article describes no money flow into "Huawei"$/],
    [["Nvida"], "#N/A", /^no company or body named "Nvida"/],
    [["Nvidia", "up"], "#VALUE!", /^direction must be one of "both", "in", "out"; got the text "up"$/],
    [["Nvidia", "in", 2], "#VALUE!", /^headers must be 0 \(no\) or 1 \(yes\); got 2$/],
  ])("FLOWS(%j) is %s", (args, code, message) => {
    expectExcelError(() => flows(...(args as [string])), code as "#N/A", message);
  });
});

describe("COMPUTE.CYCLES", () => {
  it("spills the article's circles, the most money going round first", () => {
    const rows = cycles();
    expect(rows[0]).toEqual(["circle", "legs", "smallest_leg_usd", "legs_not_stated", "inferred"]);
    // The Oracle → Nvidia leg is read from context (the article names no seller), so the circle
    // is marked inferred. The AMD warrant is a stake granted, no money: no circle through AMD.
    expect(rows.slice(1)).toEqual([["Nvidia → OpenAI → Oracle → Nvidia", 3, 100e9, 1, true]]);
  });

  it("tells the circles through one entity from it", () => {
    expect(cycles("甲骨文", 0)).toEqual([["Oracle → Nvidia → OpenAI → Oracle", 3, 100e9, 1, true]]);
  });

  it.each([
    [["Intel"], "#N/A", /^no circle of up to 6 legs passes through "Intel"$/],
    [["AMD"], "#N/A", /^no circle of up to 6 legs passes through "AMD"$/],
    [["Nvida"], "#N/A", /^no company or body named "Nvida"/],
  ])("CYCLES(%j) is %s", (args, code, message) => {
    expectExcelError(() => cycles(...(args as [string])), code as "#N/A", message);
  });
});

describe("the money map functions in a formula engine", () => {
  it("compute in HyperFormula as in Excel: EXPOSURE from a cell, FLOWS and CYCLES spilled", () => {
    const engine = createEngine({
      Sheet1: [
        ["Oracle", '=COMPUTE.EXPOSURE(A1,"in")', "=ROWS(COMPUTE.CYCLES())", '=COMPUTE.EXPOSURE("nobody")'],
        ['=COMPUTE.FLOWS("Oracle")'],
      ],
    });
    const value = (row: number, col: number) => engine.getCellValue({ sheet: 0, row, col });
    expect(value(0, 1)).toBe(300e9);
    expect(value(0, 2)).toBe(2);
    expect((value(0, 3) as DetailedCellError).value).toBe("#N/A");
    expect(value(1, 0)).toBe("from");
    expect(value(2, 2)).toBe("openai-oracle-compute");
  });
});
