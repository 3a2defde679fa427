/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { testPort } from "./ports";

const EXCEL = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false } as const;

describe("Make portable, from Home", () => {
  it("asks first, then reports what it rewrote", async () => {
    const makePortable = jest.fn(async () => ({ native: 2, values: 1 }));
    render(
      <App host={EXCEL} browserLanguage="en" port={testPort({ sheetNames: async () => ["Deals", "Model"], makePortable })} />,
    );
    const sheet = await screen.findByRole("combobox", { name: "Sheet" });
    await screen.findByRole("option", { name: "Model" });
    await userEvent.selectOptions(sheet, "Model");
    await userEvent.click(screen.getByRole("button", { name: "Make portable" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("Make Model portable?")).toBeTruthy();
    expect(makePortable).not.toHaveBeenCalled();
    // In jsdom, Fluent's focus manager can leave the dialog marked aria-hidden for a moment: look past it.
    await userEvent.click(within(dialog).getByRole("button", { name: "Make portable", hidden: true }));
    expect(await screen.findByText("Model: 2 formulas rewritten as native formulas, 1 replaced by their values.")).toBeTruthy();
    expect(makePortable).toHaveBeenCalledWith("Model", "en");
  });

  it("changes nothing when the analyst cancels", async () => {
    const makePortable = jest.fn(async () => ({ native: 0, values: 0 }));
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ sheetNames: async () => ["Model"], makePortable })} />);
    await screen.findByRole("option", { name: "Model" });
    await userEvent.click(screen.getByRole("button", { name: "Make portable" }));
    await userEvent.click(
      within(await screen.findByRole("dialog", { hidden: true })).getByRole("button", { name: "Cancel", hidden: true }),
    );
    expect(makePortable).not.toHaveBeenCalled();
  });

  it("lists the workbook's sheets afresh when the list gets focus", async () => {
    const names = ["Deals"];
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ sheetNames: async () => [...names] })} />);
    const sheet = await screen.findByRole("combobox", { name: "Sheet" });
    await screen.findByRole("option", { name: "Deals" });
    names.splice(0, 1, "Model", "Deals 2");
    await userEvent.click(sheet);
    await screen.findByRole("option", { name: "Model" });
    expect(screen.queryByRole("option", { name: "Deals" })).toBeNull();
    // The chosen sheet was renamed away: the first sheet is chosen instead.
    expect((sheet as HTMLSelectElement).value).toBe("Model");
  });
});
