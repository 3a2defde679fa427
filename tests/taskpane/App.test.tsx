/**
 * @jest-environment jsdom
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { WriteReport } from "../../src/domain/writeReport";
import { currentActivity, publishActivity, subscribeActivity } from "../../src/office/activity";
import { runWrite } from "../../src/office/workbookPort";
import type { WorkbookPort } from "../../src/taskpane/ports";
import { OfficeError } from "../fakes/excel";
import { App } from "../../src/taskpane/App";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;

const report: WriteReport = {
  writtenAt: "2026-11-29T08:00:00Z",
  language: "en",
  created: [],
  tables: [{ key: "deals", table: "Deals", sheet: "Deals", added: 2, updated: 1, removed: 0, unchanged: 12, yours: 0 }],
  notes: [{ kind: "sheetNameTaken", planned: "Deals", written: "Deals (2)" }],
  syncs: 3,
};

function port(write: (language: string) => Promise<WriteReport>): WorkbookPort {
  return testPort({
    writeTables: (action, language) => runWrite(action, language, {}, () => write(language)),
    currentActivity,
    onActivity: subscribeActivity,
  });
}

beforeEach(() => publishActivity({ state: "idle" }));

describe("the task pane", () => {
  it("outside Excel, explains how to open it, with no accessibility violations", async () => {
    const { container } = render(
      <App host={{ kind: "outside-excel" }} browserLanguage="en-US" port={port(async () => report)} />,
    );
    expect(screen.getByText("Open this pane in Excel")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("in an Excel without the needed requirement sets, names them", async () => {
    const { container } = render(
      <App
        host={{ kind: "excel-too-old", missingSets: ["ExcelApi 1.8"], displayLanguage: "en-US", isDarkTheme: false }}
        browserLanguage="en"
        port={port(async () => report)}
      />,
    );
    expect(screen.getByText(/needs ExcelApi 1\.8/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("inserts the tables from the keyboard and summarises what changed", async () => {
    const write = jest.fn(async () => report);
    const { container } = render(<App host={EXCEL} browserLanguage="en" port={port(write)} />);
    // Tab order needs layout, which jsdom lacks; the Chromium tests press Tab for real.
    const insert = screen.getByRole("button", { name: "Insert all tables" });
    act(() => insert.focus());
    expect(document.activeElement).toBe(insert);
    await userEvent.keyboard("{Enter}");
    await screen.findByText("Deals: 2 added, 1 updated, 0 removed");
    expect(screen.getByText(/wrote "Deals \(2\)" instead/)).toBeTruthy();
    expect(write).toHaveBeenCalledWith("en");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows a write of several batches as it goes: the sheet, and which batch of how many", async () => {
    let finish: (report: WriteReport) => void = () => undefined;
    const batched = testPort({
      writeTables: (action, language) =>
        runWrite(action, language, {}, (_language, _consent, onProgress) => {
          onProgress({ sheet: "Deals", batch: 3, batches: 5 });
          return new Promise<WriteReport>((resolve) => (finish = resolve));
        }),
      currentActivity,
      onActivity: subscribeActivity,
    });
    const { container } = render(<App host={EXCEL} browserLanguage="en" port={batched} />);
    await userEvent.click(screen.getByRole("button", { name: "Insert all tables" }));
    await screen.findByText("Writing Deals: 3 of 5");
    expect(await axe(container)).toHaveNoViolations();
    act(() => publishActivity({ state: "working", action: "insert", progress: { sheet: null, batch: 5, batches: 5 } }));
    await screen.findByText("Recording what was written: 5 of 5");
    await act(async () => finish(report));
    await screen.findByText("Deals: 2 added, 1 updated, 0 removed");
  });

  it("when Excel fails midway, says what went wrong and what to do next", async () => {
    const failing = port(async () => {
      throw new OfficeError("GeneralException", "The host stopped responding");
    });
    render(<App host={EXCEL} browserLanguage="en" port={failing} />);
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByText("The tables were not written");
    expect(screen.getByText(/refreshing repairs a write that was cut short/)).toBeTruthy();
    expect(screen.getByText(/The host stopped responding/)).toBeTruthy();
  });

  it("while the user edits a cell, asks them to finish it", async () => {
    render(
      <App
        host={EXCEL}
        browserLanguage="en"
        port={port(async () => {
          throw new OfficeError("InvalidOperationInCellEditMode", "cell edit");
        })}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Insert all tables" }));
    await screen.findByText(/finish editing a cell/);
  });

  it("shows a ribbon command's outcome too", async () => {
    render(<App host={EXCEL} browserLanguage="en" port={port(async () => report)} />);
    act(() => publishActivity({ state: "done", action: "refresh", report, at: report.writtenAt }));
    await waitFor(() => expect(screen.getByText("Deals: 2 added, 1 updated, 0 removed")).toBeTruthy());
  });

  it("words what it noticed in the pane's language", async () => {
    render(<App host={EXCEL} browserLanguage="en" port={port(async () => report)} />);
    await userEvent.selectOptions(screen.getByLabelText("Language"), "zh-TW");
    await userEvent.click(screen.getByRole("button", { name: "插入全部表格" }));
    expect(await screen.findByText("已有名為「Deals」的工作表且不屬於本增益集：改為寫入「Deals (2)」。")).toBeTruthy();
  });

  it("switches language", async () => {
    render(<App host={EXCEL} browserLanguage="en" port={port(async () => report)} />);
    await userEvent.selectOptions(screen.getByLabelText("Language"), "zh-TW");
    expect(screen.getByRole("button", { name: "插入全部表格" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "算力聯盟" })).toBeTruthy();
  });
});
