/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { bundledDataset } from "../../src/domain/dataset";
import type { TablePreview, WriteReport } from "../../src/domain/writeReport";
import { App } from "../../src/taskpane/App";
import type { TablesRecord } from "../../src/taskpane/ports";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;
const REPORT: WriteReport = { writtenAt: "2026-12-01T00:00:00Z", language: "en", created: [], tables: [], notes: [], syncs: 3 };
const DEALS: TablePreview = {
  key: "deals",
  table: "Deals",
  added: 1,
  updated: 0,
  removed: 1,
  unchanged: 14,
  yours: 0,
  notes: [
    { kind: "override", table: "Deals", key: "nvidia-openai-investment", column: "value_usd", yours: 1e10, dataset: 1e11 },
    { kind: "conflict", table: "Deals", key: "openai-oracle-compute", column: "value_usd", yours: 2e11, dataset: 3.5e11 },
  ],
};
const record = (overrides: Partial<TablesRecord> = {}): TablesRecord => ({
  writtenAt: "2026-11-30T00:00:00Z",
  language: "en",
  datasetVersion: bundledDataset.version,
  refusal: null,
  preview: [DEALS],
  ...overrides,
});

describe("Home and the analyst's values in the dataset's cells", () => {
  it("lists overrides and conflicts with both values, and restores one after asking", async () => {
    const writeTables = jest.fn(async () => REPORT);
    const { container } = render(
      <App host={EXCEL} browserLanguage="en" port={testPort({ tablesRecord: async () => record(), writeTables })} />,
    );
    expect(
      await screen.findByText(
        "value_usd of nvidia-openai-investment in Deals: yours 10,000,000,000; the dataset's 100,000,000,000. Yours was kept.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /value_usd of openai-oracle-compute in Deals: yours 200,000,000,000; the dataset's has changed to 350,000,000,000/,
      ),
    ).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(
      screen.getByRole("button", { name: "Restore the dataset's value of value_usd for nvidia-openai-investment" }),
    );
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/goes back to the dataset's 100,000,000,000; your 10,000,000,000 is replaced/)).toBeTruthy();
    expect(writeTables).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Restore", hidden: true }));
    expect(writeTables).toHaveBeenCalledWith("refresh", "en", {
      restore: { deals: [{ key: "nvidia-openai-investment", column: "value_usd" }] },
    });
  });

  it("restores all after asking, and nothing when the analyst cancels", async () => {
    const writeTables = jest.fn(async () => REPORT);
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ tablesRecord: async () => record(), writeTables })} />);
    await userEvent.click(await screen.findByRole("button", { name: "Restore all" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("All 2 of your values in the dataset's cells go back to the dataset's values.")).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    expect(writeTables).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Restore all" }));
    await userEvent.click(
      within(await screen.findByRole("dialog", { hidden: true })).getByRole("button", { name: "Restore", hidden: true }),
    );
    expect(writeTables).toHaveBeenCalledWith("refresh", "en", { restore: { deals: "all" } });
  });

  it("says when the bundled dataset is newer than the tables', with what a refresh would do", async () => {
    const clash = { kind: "keyClash", table: "Deals", key: "openai-oracle-expansion" } as const;
    const preview = [{ ...DEALS, notes: [...DEALS.notes, clash] }];
    render(
      <App
        host={EXCEL}
        browserLanguage="en"
        port={testPort({ tablesRecord: async () => record({ datasetVersion: "0.9.0", preview }) })}
      />,
    );
    expect(await screen.findByText(`Dataset ${bundledDataset.version} is available; these tables are from 0.9.0.`)).toBeTruthy();
    expect(screen.getByText("Deals: a refresh would add 1, update 0 and remove 1 rows.")).toBeTruthy();
    expect(
      screen.getByText(/A row of yours in Deals has the id openai-oracle-expansion, which the dataset now uses too/),
    ).toBeTruthy();
  });

  it("says nothing of an update when the tables are from the bundled dataset", async () => {
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ tablesRecord: async () => record({ preview: [] }) })} />);
    await screen.findByText(/Tables last written/);
    expect(screen.queryByText(/is available; these tables are from/)).toBeNull();
    expect(screen.queryByText("Your values in the dataset's cells")).toBeNull();
  });
});
