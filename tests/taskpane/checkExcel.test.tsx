/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { summarise, type CheckResult } from "../../src/acceptance/report";
import { App } from "../../src/taskpane/App";
import CheckExcel, { requestedSuite } from "../../src/taskpane/components/CheckExcel";
import { I18nProvider } from "../../src/taskpane/i18n";
import type { AcceptancePort } from "../../src/taskpane/ports";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;

const result = (id: string, status: CheckResult["status"]): CheckResult => ({
  id,
  title: `Check ${id}`,
  covers: null,
  status,
  expected: `what ${id} expects`,
  actual: `what Excel held for ${id}`,
});

const report = (results: CheckResult[]) =>
  summarise({
    mode: "read-only",
    addinVersion: "0.1.0",
    datasetVersion: "1.1.0",
    startedAt: "2026-12-03T08:00:00Z",
    finishedAt: "2026-12-03T08:00:01Z",
    host: { host: "Excel", platform: "PC", version: "16.0.19000", sets: [] },
    results,
  });

describe("Check this Excel, from Home", () => {
  it("runs the quick check, lists each check as it ends, and says what a failed one expected", async () => {
    const checks = [result("host", "passed"), result("functions", "failed")];
    const runAcceptance = jest.fn<ReturnType<AcceptancePort["runAcceptance"]>, Parameters<AcceptancePort["runAcceptance"]>>(
      async (_mode, _language, onResult) => {
        checks.forEach((check, index) => onResult?.(check, index, checks.length));
        return { kind: "report", report: report(checks) };
      },
    );
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ runAcceptance })} />);
    await userEvent.click(await screen.findByRole("button", { name: "Quick check" }));
    expect(runAcceptance).toHaveBeenCalledWith("read-only", "en", expect.any(Function));
    expect(await screen.findByText("1 checks failed. Copy the report and send it to support.")).toBeTruthy();
    expect(screen.getByText("failed: Check functions")).toBeTruthy();
    expect(screen.getByText("Expected: what functions expects")).toBeTruthy();
    expect(screen.getByText("Excel held: what Excel held for functions")).toBeTruthy();
    // A passed check shows no detail.
    expect(screen.queryByText("Expected: what host expects")).toBeNull();
    const text = (screen.getByRole("textbox", { name: "The report, to send to support" }) as HTMLTextAreaElement).value;
    expect(text).toContain("FAIL  functions");
    expect(text).toMatch(/1 passed, 1 failed, 0 skipped$/);
  });

  it("says why the full check will not run in a workbook that holds something, and how to run it", async () => {
    const runAcceptance = jest.fn(async () => ({ kind: "not-blank" as const, sheets: 3, sheetsInUse: ["Model"] }));
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ runAcceptance })} />);
    await userEvent.click(await screen.findByRole("button", { name: "Full check" }));
    expect(
      await screen.findByText(
        /runs only in a blank workbook: one empty sheet\. Sheets in this workbook: 3; holding data: Model\. Open a new blank workbook/,
      ),
    ).toBeTruthy();
  });

  it("runs the suite the page was opened for, and posts the outcome with its text to the runner", async () => {
    const posted: { url: string; body: Record<string, unknown> }[] = [];
    const fetchMock = jest.fn(async (url: string, init: { body: string }) => {
      posted.push({ url, body: JSON.parse(init.body) });
      return new Response(null, { status: 204 });
    });
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    const runAcceptance = jest.fn(async () => ({ kind: "report" as const, report: report([result("host", "passed")]) }));
    render(
      <I18nProvider initial="en">
        <CheckExcel port={{ runAcceptance }} search="?acceptance=full" />
      </I18nProvider>,
    );
    expect(await screen.findByText("Every check passed on Excel 16.0.19000 (PC).")).toBeTruthy();
    expect(runAcceptance).toHaveBeenCalledTimes(1);
    expect(runAcceptance).toHaveBeenCalledWith("full", "en", expect.any(Function));
    expect(posted).toHaveLength(1);
    expect(posted[0].url).toBe("/acceptance/results");
    expect(posted[0].body).toMatchObject({ kind: "report", report: { passed: 1, failed: 0 } });
    expect(posted[0].body.text).toMatch(/1 passed, 0 failed, 0 skipped$/);
  });

  it("reads the suite asked for from the page's query, and nothing else", () => {
    expect(requestedSuite("?acceptance=full")).toBe("full");
    expect(requestedSuite("?x=1&acceptance=read-only")).toBe("read-only");
    expect(requestedSuite("?acceptance=everything")).toBeNull();
    expect(requestedSuite("")).toBeNull();
  });
});
