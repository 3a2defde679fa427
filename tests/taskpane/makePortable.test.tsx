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
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Make Model portable?")).toBeTruthy();
    expect(makePortable).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Make portable" }));
    expect(await screen.findByText("Model: 2 formulas rewritten as native formulas, 1 replaced by their values.")).toBeTruthy();
    expect(makePortable).toHaveBeenCalledWith("Model");
  });

  it("changes nothing when the analyst cancels", async () => {
    const makePortable = jest.fn(async () => ({ native: 0, values: 0 }));
    render(<App host={EXCEL} browserLanguage="en" port={testPort({ sheetNames: async () => ["Model"], makePortable })} />);
    await screen.findByRole("option", { name: "Model" });
    await userEvent.click(screen.getByRole("button", { name: "Make portable" }));
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel" }));
    expect(makePortable).not.toHaveBeenCalled();
  });
});
