/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { Refusal } from "../../src/domain/stored";
import type { WriteReport } from "../../src/domain/writeReport";
import { App } from "../../src/taskpane/App";
import { OPENAI } from "../support/scenarios";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;
const REPORT: WriteReport = { writtenAt: "2026-12-01T00:00:00Z", language: "en", created: [], tables: [], notes: [], syncs: 2 };

describe("a workbook whose stored records were refused", () => {
  it("Home says the table record was ignored, and Insert asks before replacing it", async () => {
    const refusal: Refusal = { record: "ownership", reason: "unknownVersion", ignored: 1 };
    const writeTables = jest.fn(async () => REPORT);
    const { container } = render(
      <App
        host={EXCEL}
        browserLanguage="en"
        port={testPort({
          tablesRecord: async () => ({ writtenAt: null, language: null, datasetVersion: null, refusal, preview: [] }),
          writeTables,
        })}
      />,
    );
    expect(await screen.findByText(/record of the add-in's tables was written by a newer version/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(screen.getByRole("button", { name: "Insert all tables" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("Replace the stored record?")).toBeTruthy();
    expect(writeTables).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    expect(writeTables).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    const again = await screen.findByRole("dialog", { hidden: true });
    await userEvent.click(within(again).getByRole("button", { name: "Replace and continue", hidden: true }));
    expect(writeTables).toHaveBeenCalledWith("refresh", "en", { replaceRefused: true });
  });

  it("Scenarios lists what it could trust, says how many entries were ignored, and asks before saving", async () => {
    const refusal: Refusal = { record: "scenarios", reason: "malformed", ignored: 2 };
    const saveScenarios = jest.fn(async () => REPORT);
    render(
      <App
        host={EXCEL}
        browserLanguage="en"
        port={testPort({ scenarios: async () => ({ definitions: [OPENAI], refusal }), saveScenarios })}
      />,
    );
    await userEvent.click(screen.getByRole("tab", { name: "Scenarios" }));
    expect(
      await screen.findByText(/scenario list was made by another tool or another version of this add-in; entries ignored: 2/),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open OpenAI" })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/the ignored entries \(2\) will be gone/)).toBeTruthy();
    expect(saveScenarios).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Replace and continue", hidden: true }));
    expect(await screen.findByText(/^Created Scenario xAI/)).toBeTruthy();
    expect(saveScenarios).toHaveBeenCalledWith([OPENAI, expect.objectContaining({ id: "xAI" })], "en", { replaceRefused: true });
    // Replaced: the warning goes, and the next change does not ask again.
    expect(screen.queryByText(/entries ignored/)).toBeNull();
  });

  it("a ribbon refresh stopped by a refused record says how to go on", async () => {
    const { RefusedRecordError } = await import("../../src/domain/stored");
    const error = new RefusedRecordError({ record: "ownership", reason: "malformed", ignored: 1 });
    render(
      <App
        host={EXCEL}
        browserLanguage="en"
        port={testPort({ currentActivity: () => ({ state: "failed", action: "refresh", error }) })}
      />,
    );
    expect(await screen.findByText(/it is not replaced without asking. Open the pane and run the action there/)).toBeTruthy();
  });
});
