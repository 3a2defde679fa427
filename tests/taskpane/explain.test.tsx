/**
 * @jest-environment jsdom
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { CellValue } from "../../src/domain/cells";
import { bundledCatalog as catalog } from "../../src/domain/dataset";
import type { CellFacts, ReferenceFacts } from "../../src/domain/explain";
import { cellFacts } from "../support/cellFacts";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import { dealTable, DEAL_COLUMNS } from "../../src/domain/tables/deals";
import { App } from "../../src/taskpane/App";
import type { RequestedView, WorkbookPort } from "../../src/taskpane/ports";
import { SELECTION_DEBOUNCE_MS } from "../../src/taskpane/views/ExplainView";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;

const facts = cellFacts;
const named = (references: Record<string, [string, CellValue]>) => references;

const DEALS_CELL = facts({
  address: "Deals!G4",
  value: 300e9,
  table: {
    name: "Deals",
    headers: DEAL_COLUMNS.map((c) => SHEET_WORDS.en.headers[c.key]),
    row: dealTable(catalog).rowOf(catalog.deal("openai-oracle-compute")!),
    column: DEAL_COLUMNS.findIndex((c) => c.key === "value_usd"),
    isHeader: false,
  },
});

const RUNWAY_CELL = facts({
  address: "'Scenario xAI'!B12",
  formula: "=COMPUTE.RUNWAY(Scn_xAI_Cash,Scn_xAI_Burn)",
  value: 20,
  references: named({
    "name:scn_xai_cash": ["'Scenario xAI'!B5", 20e9],
    "name:scn_xai_burn": ["'Scenario xAI'!B6", 1e9],
  }),
});

/** A port whose selection the test moves: each move calls the view's listener, as Excel would. */
function selectionPort(initial: CellFacts, overrides: Partial<WorkbookPort> = {}) {
  let current = initial;
  const listeners = new Set<() => void>();
  const selected: string[] = [];
  const port = testPort({
    readSelectedCell: jest.fn(async () => current),
    watchSelection: async (listener) => {
      listeners.add(listener);
      return async () => void listeners.delete(listener);
    },
    selectAddress: async (address) => void selected.push(address),
    ...overrides,
  });
  const move = (next: CellFacts) => {
    current = next;
    for (const listener of listeners) listener();
  };
  return { port, move, listeners, selected };
}

async function openExplain(port: WorkbookPort, language = "en-US") {
  const result = render(<App host={{ ...EXCEL, displayLanguage: language }} browserLanguage="en" port={port} />);
  const tab = { "en-US": "Explain", "zh-CN": "解释", "zh-TW": "解釋" }[language];
  await userEvent.click(screen.getByRole("tab", { name: tab }));
  return result;
}

/** Fluent's tab indicator moves on an animation frame after a tab changes: let it run inside act. */
const settleAnimations = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

describe("Explain view", () => {
  afterEach(settleAnimations);

  it("shows a Deals value's source with 3000億美元 marked, how sure it is, and the dataset version", async () => {
    const { port } = selectionPort(DEALS_CELL);
    const { container } = await openExplain(port);
    const mark = await screen.findByText("3000億美元");
    expect(mark.tagName).toBe("MARK");
    expect(screen.getByText("US$300B")).toBeTruthy();
    expect(screen.getByText("Stated in the article")).toBeTruthy();
    expect(screen.getByText(`Dataset ${catalog.dataset.version}`)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("explains a RUNWAY cell: the arithmetic, a cash chart with a text alternative, and the tornado as a table", async () => {
    const { port, selected } = selectionPort(RUNWAY_CELL);
    const { container } = await openExplain(port);
    expect(await screen.findByText("US$20B ÷ US$1B a month = 20 months")).toBeTruthy();
    expect(screen.getByRole("img", { name: "Cash left month by month: US$20B at month 0, none after 20 months" })).toBeTruthy();
    const tornado = screen.getByRole("table", { name: /RUNWAY with each input 10% lower and 10% higher/ });
    const rows = within(tornado).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "monthly_burn",
      "cash",
      "burn_growth",
      "monthly_revenue",
      "revenue_growth",
    ]);
    expect(
      within(rows[1])
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["18 months", "22 months"]);
    await userEvent.click(screen.getByRole("button", { name: "Scn_xAI_Cash" }));
    expect(selected).toEqual(["'Scenario xAI'!B5"]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows STRESS's chain round by round, and a row the analyst added as theirs", async () => {
    const { port, move } = selectionPort(facts({ address: "Sheet1!B2", formula: '=COMPUTE.STRESS("Nvidia")', value: "entity" }));
    const { container } = await openExplain(port);
    expect(await screen.findByRole("region", { name: "How the loss spreads from Nvidia" })).toBeTruthy();
    expect(screen.getByText("Round 1: OpenAI loses US$100B from Nvidia")).toBeTruthy();
    expect(screen.getByText("Round 2: Oracle loses US$300B from OpenAI")).toBeTruthy();
    expect(screen.getByText("Round 1: xAI is paid with no amount stated; its loss is not counted")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
    const keys = DEAL_COLUMNS.map((c) => c.key);
    move(
      facts({
        address: "Deals!G19",
        value: 12e9,
        table: {
          name: "Deals",
          headers: keys.map((key) => SHEET_WORDS.en.headers[key]),
          row: keys.map(
            (key) =>
              (({ id: "my-deal", payer: "Oracle", payee: "CoreWeave", value_usd: 12e9 }) as Record<string, CellValue>)[key] ?? "",
          ),
          column: keys.indexOf("value_usd"),
          isHeader: false,
        },
      }),
    );
    expect(await screen.findByText("Your row, not the article's")).toBeTruthy();
    expect(screen.getByText("a flow from Oracle to CoreWeave: US$12B")).toBeTruthy();
  });

  it("words the arithmetic in 简体中文", async () => {
    const { port } = selectionPort(RUNWAY_CELL);
    const { container } = await openExplain(port, "zh-CN");
    expect(await screen.findByText("200亿美元 ÷ 每月10亿美元 = 20个月")).toBeTruthy();
    expect(screen.getByRole("table", { name: /RUNWAY：每个输入各降低和提高10%/ })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("names the argument that makes RUNWAY fail, with the function's message", async () => {
    const { port } = selectionPort(
      facts({
        address: "Sheet1!C3",
        formula: "=COMPUTE.RUNWAY(B1,1000000000)",
        references: named({ "sheet1!B1": ["Sheet1!B1", -5] }),
      }),
    );
    await openExplain(port);
    expect(await screen.findByText("cash makes RUNWAY return #VALUE!: cash must be a number zero or more; got -5")).toBeTruthy();
  });

  it("explains AISHARE for 2030 by its method and fitted steepness, in 繁體中文", async () => {
    const { port } = selectionPort(facts({ address: "Sheet1!B2", formula: "=COMPUTE.AISHARE(2030)" }));
    const { container } = await openExplain(port, "zh-TW");
    expect(await screen.findByText(/依logistic方法外推/)).toBeTruthy();
    expect(screen.getByRole("img", { name: /標出2030年/ })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("follows the selection, debounced, and stops listening when the view closes", async () => {
    const { port, move, listeners } = selectionPort(DEALS_CELL);
    await openExplain(port);
    await screen.findByText("3000億美元");
    await settleAnimations();
    jest.useFakeTimers();
    try {
      act(() => {
        move(facts({ address: "Sheet1!A1", value: 3 }));
        move(facts({ address: "Sheet1!A2", value: 4 }));
      });
      const reads = (port.readSelectedCell as jest.Mock).mock.calls.length;
      await act(async () => {
        jest.advanceTimersByTime(SELECTION_DEBOUNCE_MS);
      });
      expect((port.readSelectedCell as jest.Mock).mock.calls.length).toBe(reads + 1);
    } finally {
      jest.useRealTimers();
    }
    expect(
      await screen.findByText("Sheet1!A2: nothing in this cell comes from the dataset or the COMPUTE functions."),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("tab", { name: "Home" }));
    expect(await screen.findByRole("button", { name: "Insert all tables" })).toBeTruthy();
    expect(listeners.size).toBe(0);
  });

  it("stops following the selection while the pane is hidden, and reads afresh when it is shown", async () => {
    let visibility: ((visible: boolean) => void) | null = null;
    const { port, move, listeners } = selectionPort(DEALS_CELL, {
      watchPaneVisibility: async (listener) => {
        visibility = listener;
        return async () => void (visibility = null);
      },
    });
    await openExplain(port);
    await screen.findByText("3000億美元");
    await waitFor(() => expect(listeners.size).toBe(1));
    await act(async () => visibility!(false));
    await waitFor(() => expect(listeners.size).toBe(0));
    move(facts({ address: "Sheet1!A7", value: 1 }));
    await act(async () => visibility!(true));
    expect(
      await screen.findByText("Sheet1!A7: nothing in this cell comes from the dataset or the COMPUTE functions."),
    ).toBeTruthy();
    expect(listeners.size).toBe(1);
  });

  it("lists the precedents of a formula over a COMPUTE cell, each one click from its explanation", async () => {
    const references = new Map<string, ReferenceFacts>([
      ["sheet1!B4", { address: "Sheet1!B4", values: [[20e9]], formulas: [['=COMPUTE.METRIC("xAI","funding")']] }],
    ]);
    const { port, selected } = selectionPort({ ...facts({ address: "Sheet1!C1", formula: "=B4*2" }), references });
    await openExplain(port);
    await userEvent.click(await screen.findByRole("button", { name: "Explain Sheet1!B4" }));
    expect(selected).toEqual(["Sheet1!B4"]);
  });

  it("says what went wrong when the cell cannot be read", async () => {
    const { port } = selectionPort(DEALS_CELL, { readSelectedCell: async () => Promise.reject(new Error("Busy")) });
    await openExplain(port);
    expect(await screen.findByText("Could not read the selected cell: Busy. Select a single cell and try again.")).toBeTruthy();
  });

  it("opens on Explain when the ribbon asks, before or after the pane listens", async () => {
    let heard: ((view: RequestedView) => void) | null = null;
    let pending: RequestedView | null = "explain";
    const { port } = selectionPort(DEALS_CELL, {
      takeViewRequest: () => {
        const view = pending;
        pending = null;
        return view;
      },
      onViewRequest: (listener) => {
        heard = listener;
        return () => (heard = null);
      },
    });
    render(<App host={EXCEL} browserLanguage="en" port={port} />);
    expect(await screen.findByText("3000億美元")).toBeTruthy();
    await userEvent.click(screen.getByRole("tab", { name: "Home" }));
    await act(async () => heard!("explain"));
    expect(screen.getByRole("tab", { name: "Explain" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("3000億美元")).toBeTruthy();
  });
});
