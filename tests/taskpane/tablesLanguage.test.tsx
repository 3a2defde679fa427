/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WriteReport } from "../../src/domain/writeReport";
import { App } from "../../src/taskpane/App";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;
const REPORT: WriteReport = { writtenAt: "2026-12-01T00:00:00Z", language: "en", created: [], tables: [], notes: [], syncs: 3 };

describe("the workbook's language, from Home", () => {
  it("says the tables keep their language, and rewrites them in the pane's only when asked", async () => {
    const writeTables = jest.fn(async () => REPORT);
    const tablesRecord = async () => ({
      writtenAt: "2026-11-30T00:00:00Z",
      language: "zh-TW" as const,
      datasetVersion: "1.0.0",
      refusal: null,
      preview: [],
    });
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ tablesRecord, writeTables })} />);
    expect(await screen.findByText("The tables in this workbook are in 繁體中文; Refresh keeps that language.")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(writeTables).toHaveBeenLastCalledWith("refresh", "en", {});
    await userEvent.click(screen.getByRole("button", { name: "Rewrite the tables in English" }));
    expect(writeTables).toHaveBeenLastCalledWith("refresh", "en", { rewriteLanguage: true });
  });

  it("offers no rewrite where the tables are already in the pane's language", async () => {
    const tablesRecord = async () => ({
      writtenAt: "2026-11-30T00:00:00Z",
      language: "en" as const,
      datasetVersion: "1.0.0",
      refusal: null,
      preview: [],
    });
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ tablesRecord })} />);
    await screen.findByText(/Tables last written/);
    expect(screen.queryByRole("button", { name: /Rewrite the tables/ })).toBeNull();
  });
});
