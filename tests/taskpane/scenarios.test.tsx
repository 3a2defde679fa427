/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { excelWorkbookPort } from "../../src/office/workbookPort";
import { App } from "../../src/taskpane/App";
import { installExcel } from "../office/support";
import { SCENARIO_CELLS } from "../../src/domain/scenario/plans";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;

// The real port and use cases, over the in-memory Excel host.
async function openScenarios() {
  const { workbook } = installExcel();
  const view = render(<App host={EXCEL} browserLanguage="en" port={excelWorkbookPort} />);
  await userEvent.click(screen.getByRole("tab", { name: "Scenarios" }));
  await screen.findByRole("button", { name: "Create scenario sheet" });
  return { workbook, ...view };
}

describe("Scenarios view", () => {
  it("creates the xAI preset as a live sheet, and lists it", async () => {
    const { workbook, container } = await openScenarios();
    await userEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    await screen.findByText("Created Scenario xAI, and updated the comparison and the AI share outlook.");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Scenario xAI", "Scenarios", "AI share outlook"]);
    expect(screen.getByRole("button", { name: "Open xAI" })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("refuses a negative cash or text in a number input, saying why, and writes nothing", async () => {
    const { workbook } = await openScenarios();
    const cash = screen.getByRole("textbox", { name: "Cash (US$)" });
    await userEvent.clear(cash);
    await userEvent.type(cash, "-5");
    const burn = screen.getByRole("textbox", { name: "Monthly burn (US$)" });
    await userEvent.clear(burn);
    await userEvent.type(burn, "a lot");
    await userEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    expect(screen.getByText(/This value is too small/)).toBeTruthy();
    expect(
      screen.getByText('Cannot read "a" in a number. Write it as 20B, US$20 billion, 20,000,000,000 or 200億美元.'),
    ).toBeTruthy();
    expect(workbook.sheets).toEqual([]);
  });

  it("reads numbers as analysts write them, echoes what will be written, and writes it", async () => {
    const { workbook, container } = await openScenarios();
    const cash = screen.getByRole("textbox", { name: "Cash (US$)" });
    // The preset's input cites its figure; once edited, it is the analyst's.
    expect(screen.getByText(/^= US\$20,000,000,000 \(US\$20B\) · From the article: .+ \(xai-funding\)$/)).toBeTruthy();
    await userEvent.clear(cash);
    await userEvent.type(cash, "30B");
    expect(screen.getByText("= US$30,000,000,000 (US$30B) · Yours")).toBeTruthy();
    const growth = screen.getByRole("textbox", { name: "Burn growth per month (%)" });
    await userEvent.clear(growth);
    await userEvent.type(growth, "2%");
    expect(screen.getByText("= 2.00% a month · Yours")).toBeTruthy();
    expect(screen.getByText("= 0.00% a month · Assumption: 0: the article gives no growth rate")).toBeTruthy();
    await userEvent.clear(cash);
    await userEvent.type(cash, "2,5");
    expect(screen.getByText(/^This comma could be a decimal point/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.clear(cash);
    await userEvent.type(cash, "US$30 billion");
    await userEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    await screen.findByText(/^Created Scenario xAI/);
    const sheet = workbook.sheets.find((s) => s.name === "Scenario xAI")!;
    const values = [...sheet.cells.values()].map((cell) => cell.value);
    expect(values).toContain(30e9);
    expect(values).toContain(0.02);
    // The sheet says where each input comes from.
    expect(values).toContain("Yours");
    expect(values).toEqual(expect.arrayContaining([expect.stringMatching(/^From the article: .+ \(xai-monthly-burn\)$/)]));
  });

  it("duplicates with the inputs as edited on the sheet, renames, and deletes after asking", async () => {
    const { workbook } = await openScenarios();
    await userEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    await screen.findByText(/^Created Scenario xAI/);
    const cash = SCENARIO_CELLS.input("cash");
    workbook.setCell(workbook.sheetByName("Scenario xAI")!, cash.row, cash.col, { value: 30e9 });

    await userEvent.click(screen.getByRole("button", { name: "Duplicate xAI" }));
    await screen.findByText(/^Created Scenario xAI copy/);
    expect(workbook.cell(workbook.sheetByName("Scenario xAI copy")!, cash.row, cash.col).value).toBe(30e9);

    await userEvent.click(screen.getByRole("button", { name: "Rename xAI copy" }));
    const newName = screen.getByRole("textbox", { name: "Rename xAI copy" });
    await userEvent.clear(newName);
    await userEvent.type(newName, "richer");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText(/^Renamed the scenario; its sheet is now Scenario richer/);
    expect(workbook.sheetByName("Scenario richer")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Delete richer" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("Delete richer?")).toBeTruthy();
    // In jsdom, Fluent's focus manager can leave the dialog marked aria-hidden for a moment: look past it.
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete", hidden: true }));
    await screen.findByText("Deleted richer; the comparison was rebuilt.");
    await waitFor(() => expect(workbook.sheets.map((s) => s.name)).toEqual(["Scenario xAI", "Scenarios", "AI share outlook"]));
  });
});
