/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import { FUNCTION_EXAMPLES } from "../../src/domain/layout/functionExamples";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { Placement } from "../../src/domain/layout/formulaPlacement";
import type { WorkbookPort } from "../../src/taskpane/ports";
import { App } from "../../src/taskpane/App";
import { testPort } from "./ports";
import { bundledCatalog } from "../../src/domain/dataset";
import { flowGraph } from "../../src/domain/flows/graph";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;
const METADATA = readFileSync(join(__dirname, "../functions/functions.json.snapshot"), "utf8");

function makePort(overrides: Partial<WorkbookPort> = {}): WorkbookPort & { inserted: Placement[] } {
  const inserted: Placement[] = [];
  return {
    inserted,
    ...testPort({
      selection: async () => ({ row: 4, col: 1, height: 1, width: 1 }),
      insertFormula: async (placement) => {
        inserted.push(placement);
        return "B5";
      },
      ...overrides,
    }),
  };
}

/** jsdom has no fetch; the pane needs only ok, status and json() of a response. */
const respond = (status: number, body: string) =>
  jest.fn(async () => ({ ok: status === 200, status, json: async () => JSON.parse(body) })) as unknown as typeof fetch;

beforeEach(() => {
  global.fetch = respond(200, METADATA);
});

async function openView(name: string, port = makePort()) {
  const result = render(<App host={EXCEL} browserLanguage="en" port={port} />);
  await userEvent.click(screen.getByRole("tab", { name }));
  return { ...result, port };
}

describe("Dataset view", () => {
  it("lists deals and figures with their sources, searchable in English and Chinese", async () => {
    const { container } = await openView("Dataset");
    expect(await screen.findByText("OpenAI buys compute from Oracle")).toBeTruthy();
    // The order's month and its status are read from context, and say so where they are shown.
    expect(screen.getByText("OpenAI, Oracle · US$300B · 2025-09 (read from context) · agreed (read from context)")).toBeTruthy();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search deals and figures" }), "英伟达");
    const deals = await screen.findByRole("heading", { name: "Deals 4 of 15" });
    expect(deals).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("keeps sources behind a disclosure button, the figure marked in the Chinese sentence, and says which deals share it", async () => {
    const { container } = await openView("Dataset");
    const card = (await screen.findByText("OpenAI buys compute from Oracle")).closest("li") as HTMLElement;
    expect(within(card).queryByText(/^Article:/)).toBeNull();
    const disclosure = within(card).getByRole("button", { name: "Show the source of OpenAI buys compute from Oracle" });
    expect(disclosure.getAttribute("aria-expanded")).toBe("false");
    disclosure.focus();
    await userEvent.keyboard("{Enter}");
    expect(disclosure.getAttribute("aria-expanded")).toBe("true");
    expect(within(card).getByText("3000億美元").tagName).toBe("MARK");
    expect(
      within(card).getByText(
        "The article says this in the same sentence as: Oracle is bound to buy more compute chips, likely from Nvidia; Nvidia invests in OpenAI to build AI data centres",
      ),
    ).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows a derived figure to the digits its inputs support, as about", async () => {
    await openView("Dataset");
    await userEvent.type(await screen.findByRole("searchbox", { name: "Search deals and figures" }), "openai-revenue-2024");
    // 43億 / (1 + 16%): two digits, so about US$3.7B, not US$3.71B.
    expect(await screen.findByText(/^about US\$3\.7B · /)).toBeTruthy();
  });

  it("filters by kind of record, company, deal kind and status, with counts, combined with the search", async () => {
    await openView("Dataset");
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Company" }), "nvidia");
    expect(await screen.findByRole("heading", { name: "Deals 4 of 15" })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Deal kind" }), "equity-investment");
    expect(await screen.findByRole("heading", { name: "Deals 2 of 15" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^Figures/ })).toBeNull();
    await userEvent.type(screen.getByRole("searchbox"), "xai");
    expect(await screen.findByRole("heading", { name: "Deals 1 of 15" })).toBeTruthy();
  });

  it("keeps its filters and expanded cards when the analyst switches views and comes back", async () => {
    await openView("Dataset");
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Show" }), "deals");
    await userEvent.click(screen.getByRole("button", { name: "Show the source of Nvidia invests in xAI" }));
    await userEvent.click(screen.getByRole("tab", { name: "Functions" }));
    await userEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    expect((screen.getByRole("combobox", { name: "Show" }) as HTMLSelectElement).value).toBe("deals");
    expect(screen.getByRole("button", { name: "Hide the source of Nvidia invests in xAI" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
  });

  it("shows how sure each figure is: its qualifier, what was inferred and why, and the article's contradictions", async () => {
    await openView("Dataset");
    await userEvent.type(await screen.findByRole("searchbox"), "AMD");
    const warrant = (await screen.findByText("AMD issues OpenAI warrants for nearly 10% of AMD")).closest("li")!;
    expect(
      within(warrant as HTMLElement).getByText(
        "AMD, OpenAI · nearly 10% · if fully exercised · 2025 (read from context) · agreed",
      ),
    ).toBeTruthy();
    await userEvent.click(within(warrant as HTMLElement).getByRole("button", { name: /^Show the source/ }));
    expect(
      within(warrant as HTMLElement).getByText(/^Inferred, not stated in the article: date: year from context/),
    ).toBeTruthy();

    await userEvent.clear(screen.getByRole("searchbox"));
    await userEvent.type(screen.getByRole("searchbox"), "xai funding");
    const funding = (await screen.findByText("xAI: Funding raised (2025)")).closest("li")!;
    await userEvent.click(within(funding as HTMLElement).getByRole("button", { name: /^Show the source/ }));
    expect(within(funding as HTMLElement).getByRole("note").textContent).toMatch(
      /^Caveat: The article gives xAI both a valuation/,
    );

    await userEvent.clear(screen.getByRole("searchbox"));
    await userEvent.type(screen.getByRole("searchbox"), "chips");
    expect(await screen.findByText("about US$200B")).toBeTruthy();
    // A derived figure is as loose as its inputs.
    expect(screen.getByText(/^about US\$20B a year · Derived:/)).toBeTruthy();
  });

  it("says so when nothing matches", async () => {
    await openView("Dataset");
    await userEvent.type(await screen.findByRole("searchbox"), "contoso");
    expect(await screen.findByText(/Nothing matches/)).toBeTruthy();
  });

  it("inserts =COMPUTE.DEAL into the selected cell and says where", async () => {
    const { port } = await openView("Dataset");
    await userEvent.click(await screen.findByRole("button", { name: "Insert formula for OpenAI buys compute from Oracle" }));
    expect(await screen.findByText('Inserted =COMPUTE.DEAL("openai-oracle-compute") in B5.')).toBeTruthy();
    expect(port.inserted).toEqual([{ row: 4, col: 1, formula: '=COMPUTE.DEAL("openai-oracle-compute")' }]);
  });

  it("names the period where a figure has several", async () => {
    const { port } = await openView("Dataset");
    await userEvent.type(await screen.findByRole("searchbox"), "openai revenue");
    const card = (await screen.findByText("OpenAI: Revenue (implied) (2024)")).closest("li")!;
    await userEvent.click(within(card as HTMLElement).getByRole("button", { name: /^Insert formula/ }));
    await screen.findByText(/^Inserted/);
    expect(port.inserted[0].formula).toBe('=COMPUTE.METRIC("OpenAI","revenue","2024")');
  });

  it("refuses to overwrite a cell that is not empty", async () => {
    await openView("Dataset", makePort({ insertFormula: async () => null }));
    await userEvent.click((await screen.findAllByRole("button", { name: /^Insert formula for/ }))[0]);
    expect(await screen.findByText(/The cell B5 is not empty/)).toBeTruthy();
  });
});

describe("Functions view", () => {
  it("documents every function from the metadata Excel reads", async () => {
    const { container } = await openView("Functions");
    expect(
      await screen.findByText("COMPUTE.RUNWAY(cash, monthly_burn, [burn_growth], [monthly_revenue], [revenue_growth])"),
    ).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /^Insert formula for COMPUTE\./ })).toHaveLength(FUNCTION_EXAMPLES.length);
    expect(global.fetch).toHaveBeenCalledWith(new URL("http://localhost/functions.json"));
    expect(await axe(container)).toHaveNoViolations();
  });

  it("points the arguments at selected input cells and writes the formula beside them", async () => {
    const port = makePort({ selection: async () => ({ row: 1, col: 1, height: 2, width: 1 }) });
    await openView("Functions", port);
    await userEvent.click(await screen.findByRole("button", { name: "Insert formula for COMPUTE.RUNWAY" }));
    await screen.findByText(/^Inserted/);
    expect(port.inserted).toEqual([{ row: 3, col: 1, formula: "=COMPUTE.RUNWAY(B2,B3)" }]);
  });

  it("reads the Chinese metadata in Chinese", async () => {
    render(<App host={{ ...EXCEL, displayLanguage: "zh-TW" }} browserLanguage="en" port={makePort()} />);
    await userEvent.click(screen.getByRole("tab", { name: "函數" }));
    await screen.findAllByRole("button", { name: /^為COMPUTE/ });
    expect(global.fetch).toHaveBeenCalledWith(new URL("http://localhost/functions-zh-tw.json"));
  });

  it("explains a reference that could not load", async () => {
    global.fetch = respond(404, "");
    await openView("Functions");
    expect(await screen.findByText(/function reference could not be loaded/)).toBeTruthy();
  });
});

describe("Map view", () => {
  it("draws every entity as a button reachable by keyboard, and every flow in a table", async () => {
    const { container } = await openView("Map");
    const map = await screen.findByRole("group", { name: /^Money map/ });
    const nodes = within(map).getAllByRole("button");
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.every((node) => node.getAttribute("tabindex") === "0")).toBe(true);
    const table = screen.getByRole("table", { name: "Every flow" });
    // A header row, then one row per deal: every deal is a flow or a link.
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 15);
    expect(
      within(table).getByRole("row", {
        name: /Oracle Nvidia Oracle is bound to buy more compute chips, likely from Nvidia not stated/,
      }),
    ).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows an entity's exposure and flows when selected by keyboard, and inserts its formulas", async () => {
    const { port } = await openView("Map");
    const oracle = await screen.findByRole("button", { name: "Oracle: US$300B in, 1 not stated out" });
    act(() => oracle.focus());
    await userEvent.keyboard("{Enter}");
    expect(oracle.getAttribute("aria-pressed")).toBe("true");
    expect(
      await screen.findByText("In US$300B · out 1 not stated · net US$300B (stated amounts only, of all kinds, not cash)"),
    ).toBeTruthy();
    expect(screen.getByText("Oracle → Nvidia: not stated", { selector: "span" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Insert formula for EXPOSURE Oracle" }));
    await screen.findByText(/^Inserted/);
    expect(port.inserted.map((p) => p.formula)).toEqual(['=COMPUTE.EXPOSURE("Oracle")']);
  });

  it("draws the workbook's Deals table, the analyst's rows and amounts marked, the unread rows named, and switches to the article", async () => {
    const header = ["id", "parties", "direction", "payer", "payee", "kind", "value_usd", "qualifier", "status"];
    const row = (cells: Partial<Record<string, string | number>>) => header.map((key) => cells[key] ?? "");
    const values = [
      header,
      row({ id: "nvidia-openai-investment", parties: "Nvidia, OpenAI", payer: "Nvidia", payee: "OpenAI", value_usd: 100e9 }),
      row({ id: "openai-oracle-compute", parties: "OpenAI, Oracle", payer: "OpenAI", payee: "Oracle", value_usd: 300e9 }),
      row({ id: "oracle-nvidia-chips", parties: "Oracle, Nvidia", payer: "Oracle", payee: "Nvidia", value_usd: 40e9 }),
      row({ id: "my-coreweave", payer: "Oracle", payee: "CoreWeave", value_usd: 12e9 }),
      row({ id: "my-broken", payer: "Oracle", value_usd: 1 }),
    ];
    const port = makePort({ workbookDeals: async () => ({ table: "Deals", values }) });
    const { container } = await openView("Map", port);
    expect(await screen.findByRole("radio", { name: "This workbook (Deals)" })).toHaveProperty("checked", true);
    expect(screen.getByText("1 rows of Deals are not on the map: row 6 (my-broken): a payer without a payee.")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Every flow" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 4);
    expect(within(table).getByRole("row", { name: /^Oracle CoreWeave my-coreweave US\$12B your row$/ })).toBeTruthy();
    expect(within(table).getByRole("row", { name: /^Oracle Nvidia .* US\$40B your amount$/ })).toBeTruthy();
    expect(within(table).getByRole("row", { name: /^Nvidia OpenAI .* US\$100B the article's$/ })).toBeTruthy();
    expect(container.querySelectorAll('g[data-theirs="true"]')).toHaveLength(2);
    // The analyst's amount closes the circle with a stated smallest leg.
    expect(screen.getByRole("button", { name: "Nvidia → OpenAI → Oracle → Nvidia" })).toBeTruthy();
    expect(screen.getByText(/at most US\$40B goes all the way round/)).toBeTruthy();
    // A company of the analyst's own, with formulas over the table.
    const coreWeave = screen.getByRole("button", { name: "CoreWeave: US$12B in, none out" });
    await userEvent.click(coreWeave);
    await userEvent.click(screen.getByRole("button", { name: "Insert formula for EXPOSURE CoreWeave" }));
    await screen.findByText(/^Inserted/);
    expect(port.inserted.map((p) => p.formula)).toEqual(['=COMPUTE.EXPOSURE("CoreWeave",,Deals[#All])']);
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(screen.getByRole("radio", { name: "The article" }));
    expect(within(screen.getByRole("table", { name: "Every flow" })).getAllByRole("row")).toHaveLength(1 + 15);
    expect(screen.queryByRole("button", { name: /^CoreWeave/ })).toBeNull();
  });

  it("says where the workbook has no Deals table, and where it could not be read, with Read again", async () => {
    const first = await openView("Map");
    expect(await screen.findByText(/This workbook has no Deals table yet/)).toBeTruthy();
    first.unmount();
    let calls = 0;
    const failing = makePort({
      workbookDeals: async () => {
        calls++;
        throw new Error("InvalidOperation: the cell is being edited");
      },
    });
    await openView("Map", failing);
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringMatching(/Could not read the workbook's Deals table/),
    );
    await userEvent.click(screen.getByRole("button", { name: "Read again" }));
    expect(calls).toBe(2);
  });

  it("says whom a company depends on, shades what spreads if it stops paying, and inserts DEPENDENCE and STRESS", async () => {
    const { container, port } = await openView("Map");
    await userEvent.click(await screen.findByRole("button", { name: "Oracle: US$300B in, 1 not stated out" }));
    expect(screen.getByText("100% of Oracle's stated money in comes from OpenAI")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Oracle: US$300B in, 1 not stated out" }));
    const nvidia = screen.getByRole("button", { name: "Nvidia: 1 not stated in, US$100B + 1 not stated out" });
    await userEvent.click(nvidia);
    const whatIf = screen.getByRole("button", { name: "What if Nvidia stops paying?" });
    act(() => whatIf.focus());
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "If Nvidia stops paying" })).toBeTruthy();
    expect(screen.getByText("OpenAI loses US$100B (100% of its stated money in), round 1")).toBeTruthy();
    expect(screen.getByText("Oracle loses US$300B (100% of its stated money in), round 2")).toBeTruthy();
    expect(
      screen.getByText("xAI is paid by a company in distress, with no amount stated: its loss cannot be counted"),
    ).toBeTruthy();
    expect(container.querySelectorAll("circle[data-stress]")).toHaveLength(3);
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(screen.getByRole("button", { name: "Insert formula for STRESS Nvidia" }));
    await screen.findByText(/^Inserted/);
    expect(port.inserted.map((p) => p.formula)).toEqual(['=COMPUTE.STRESS("Nvidia")']);
    await userEvent.click(screen.getByRole("button", { name: "Clear the stress" }));
    expect(container.querySelectorAll("circle[data-stress]")).toHaveLength(0);
  });

  it("never shows a zero for an entity whose flows state no amount, in a label or in its panel", async () => {
    await openView("Map");
    const map = await screen.findByRole("group", { name: /^Money map/ });
    const graph = flowGraph(bundledCatalog);
    const unstated = graph.entities.filter((id) => {
      const e = graph.exposureOf(id);
      return e.unstatedIn + e.unstatedOut + e.undirected > 0;
    });
    expect(unstated.map(bundledCatalog.nameOf)).toEqual(expect.arrayContaining(["Oracle", "Nvidia", "Intel", "U.S. government"]));
    const zero = /US\$0(?![.\d])/;
    for (const id of unstated) {
      const name = bundledCatalog.nameOf(id);
      const node = within(map).getByRole("button", { name: new RegExp(`^${name.replace(/[.]/g, "\\.")}:`) });
      expect([name, node.getAttribute("aria-label")]).not.toEqual([name, expect.stringMatching(zero)]);
      await userEvent.click(node);
      const panel = screen.getByText(/^In .* · out .* · net /);
      expect([name, panel.textContent]).not.toEqual([name, expect.stringMatching(zero)]);
    }
    // Intel: no stated money in, its US$5B partnership with Nvidia has no direction, and the panel says so.
    await userEvent.click(within(map).getByRole("button", { name: /^Intel:/ }));
    expect(screen.getByText("In 2 not stated · out none · net not known")).toBeTruthy();
    expect(screen.getByText("1 more with no direction stated, in neither total")).toBeTruthy();
  });

  it("highlights a circle when it is selected", async () => {
    const { container } = await openView("Map");
    const circle = await screen.findByRole("button", { name: "Nvidia → OpenAI → Oracle → Nvidia" });
    const highlighted = () => container.querySelectorAll('g[data-highlighted="true"]').length;
    expect(highlighted()).toBe(0);
    await userEvent.click(circle);
    expect(circle.getAttribute("aria-pressed")).toBe("true");
    expect(highlighted()).toBe(3);
    await userEvent.click(circle);
    expect(highlighted()).toBe(0);
  });
});
