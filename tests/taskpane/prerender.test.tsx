/**
 * @jest-environment jsdom
 */
import { execFileSync } from "node:child_process";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { hydrateRoot, type Root } from "react-dom/client";
import { prerenderedApp } from "../../src/taskpane/prerendered";
import { testPort } from "./ports";

/**
 * The prerendered Home as the build makes it (scripts/prerender.mjs), rendered with this test's
 * NODE_ENV so that development React, hydrating it here, checks every attribute and text.
 */
function prerenderedHome(): string {
  const run = `import("./scripts/prerender.mjs").then(({ prerenderHome }) => prerenderHome(process.env.NODE_ENV)).then((html) => process.stdout.write(html))`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", run], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
}

describe("the prerendered Home, hydrated by the pane's App", () => {
  let html: string;
  let root: Root | undefined;
  beforeAll(() => {
    html = prerenderedHome();
  }, 120_000);
  afterEach(() => {
    act(() => root?.unmount());
    document.body.innerHTML = "";
    jest.restoreAllMocks();
  });

  it("shows Home with its actions disabled, with no axe violation, before any script", async () => {
    document.body.innerHTML = html;
    expect(screen.getByRole("heading", { name: "Compute Alliances", level: 1 })).toBeTruthy();
    for (const name of ["Insert all tables", "Refresh"])
      expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/\d+ deals, \d+ figures/)).toBeTruthy();
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it("hydrates without a warning, enables the actions, passes axe, and Insert writes", async () => {
    document.body.innerHTML = html;
    const container = document.getElementById("root") as HTMLElement;
    const writeTables = jest.fn(() => new Promise<never>(() => undefined));
    const port = testPort({ writeTables, sheetNames: async () => ["Sheet1"] });
    const warnings = jest.spyOn(console, "error");
    await act(async () => {
      root = hydrateRoot(container, prerenderedApp(port));
    });
    const insert = screen.getByRole("button", { name: "Insert all tables" }) as HTMLButtonElement;
    await waitFor(() => expect(insert.disabled).toBe(false));
    await screen.findByRole("option", { name: "Sheet1" });
    expect(warnings).not.toHaveBeenCalled();
    expect(await axe(document.body)).toHaveNoViolations();
    await userEvent.click(insert);
    expect(writeTables).toHaveBeenCalledWith("insert", "en", {});
  });
});
