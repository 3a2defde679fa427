/** COMPUTE.DEPENDENCE and COMPUTE.STRESS as Excel calls them, over the article's deals and the analyst's. */
import { dependence, stress } from "../../src/functions/functions";
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import { buildWorkbookPlan } from "../../src/domain/layout/workbookPlan";
import { tableCells } from "../../src/domain/layout/plan";
import { expectExcelError } from "./excelError";

/** The Deals table as Insert writes it, with rows of the analyst's (payer, payee, value). */
function dealsRange(extra: [string, string, number | ""][] = []): unknown[][] {
  const table = buildWorkbookPlan(catalog, { language: "en", writtenAt: "2026-12-01T00:00:00Z", addinVersion: "0" })[0].tables[0];
  const header = table.columns.map((c) => c.header);
  const at = (key: string) => header.indexOf(key);
  const rows = extra.map(([payer, payee, value], i) => {
    const row: unknown[] = header.map(() => "");
    row[at("id")] = `mine-${i}`;
    row[at("payer")] = payer;
    row[at("payee")] = payee;
    row[at("value_usd")] = value;
    return row;
  });
  return [header, ...tableCells(table, table.row, table.col), ...rows];
}

describe("COMPUTE.DEPENDENCE", () => {
  it.each([
    [["Oracle", "OpenAI"], [[1]]],
    [["甲骨文", "OpenAI", "in"], [[1]]],
    [["OpenAI", "Nvidia"], [[1]]],
    [["OpenAI", "Oracle", "out"], [[1]]],
    [["Nvidia", "OpenAI", "out"], [[1]]],
  ])("DEPENDENCE(%j) is %j", (args, expected) => {
    expect(dependence(...(args as [string]))).toEqual(expected);
  });

  it("spills every counterparty, with the flows that state no amount, where none is named", () => {
    expect(dependence("Nvidia", undefined, "out")).toEqual([
      ["counterparty", "share", "stated_usd", "flows_not_stated"],
      ["OpenAI", 1, 100e9, 0],
      ["xAI", "not stated", "not stated", 1],
    ]);
  });

  it("over the analyst's deals: a second customer halves Oracle's dependence on OpenAI", () => {
    const range = dealsRange([["CoreWeave", "Oracle", 300e9]]);
    expect(dependence("Oracle", "OpenAI", "in", range)).toEqual([[0.5]]);
    expect(dependence("Oracle", "CoreWeave", "in", range)).toEqual([[0.5]]);
  });

  it.each([
    [["Nvidia", "Oracle"], "#N/A", /^Nvidia has no stated money in \(1 of its flows in state no amount\)$/],
    [["Nvidia", "xAI", "out"], "#N/A", /^the flow between Nvidia and xAI states? no amount$/],
    [["Oracle", "Nvida"], "#N/A", /^no company or body named "Nvida"/],
    [["Oracle", "OpenAI", "sideways"], "#VALUE!", /^direction must be one of "in", "out"; got the text "sideways"$/],
    [[""], "#VALUE!", /^entity must be a company or body/],
  ])("DEPENDENCE(%j) is %s", (args, code, message) => {
    expectExcelError(() => dependence(...(args as [string])), code as "#N/A", message);
  });
});

describe("COMPUTE.STRESS", () => {
  it("from Nvidia: OpenAI loses its stated inflows in round 1, Oracle in round 2", () => {
    expect(stress("Nvidia")).toEqual([
      ["entity", "in_usd", "loss_usd", "loss_share", "round", "qualifier", "flows_not_stated"],
      ["OpenAI", 100e9, 100e9, 1, 1, "exact", 0],
      ["xAI", 0, "not stated", "not stated", 1, "exact", 1],
      ["Oracle", 300e9, 300e9, 1, 2, "exact", 0],
      // OpenAI's payment for AMD's GPUs states no amount: AMD is touched, its loss not counted.
      ["AMD", 0, "not stated", "not stated", 2, "exact", 1],
    ]);
  });

  it("an unstated payment is touched, never a zero loss: Oracle's chips from Nvidia", () => {
    expect(stress("Oracle", "cascade", 0)).toEqual([["Nvidia", 0, "not stated", "not stated", 1, "exact", 1]]);
  });

  it("the direct method stops at the failed company's own payees", () => {
    expect(stress("Nvidia", "direct", 0).map((row) => row[0])).toEqual(["OpenAI", "xAI"]);
  });

  it("over the analyst's deals: a second payer into OpenAI halves its loss and Oracle's", () => {
    const range = dealsRange([["Microsoft", "OpenAI", 100e9]]);
    const rows = stress("Nvidia", "cascade", 0, range);
    expect(rows.find((row) => row[0] === "OpenAI")!.slice(1, 5)).toEqual([200e9, 100e9, 0.5, 1]);
    expect(rows.find((row) => row[0] === "Oracle")!.slice(1, 5)).toEqual([300e9, 150e9, 0.5, 2]);
  });

  it.each([
    [["Intel"], "#N/A", /^Intel pays no one in the deals: its failure passes nothing on$/],
    [["Nvida"], "#N/A", /^no company or body named "Nvida"/],
    [["Nvidia", "domino"], "#VALUE!", /^method must be one of "cascade", "direct"; got the text "domino"$/],
    [[null], "#VALUE!", /^failed must be the company or body that stops paying/],
  ])("STRESS(%j) is %s", (args, code, message) => {
    expectExcelError(() => stress(...(args as [string])), code as "#N/A", message);
  });
});
