/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { ViewTabs } from "../../src/taskpane/components/ViewTabs";

const TABS = [
  { id: "home", label: "Home" },
  { id: "dataset", label: "Dataset" },
  { id: "map", label: "Map" },
] as const;

function Tabs() {
  const [selected, setSelected] = useState<(typeof TABS)[number]["id"]>("home");
  return (
    <nav aria-label="Views">
      <ViewTabs tabs={TABS} selected={selected} onSelect={setSelected} />
    </nav>
  );
}

describe("the view tabs", () => {
  it("keep one tab in the Tab order, move focus with the arrow keys, Home and End, and open a tab on Enter", async () => {
    render(<Tabs />);
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(tab("Home").getAttribute("aria-selected")).toBe("true");
    expect(TABS.map(({ label }) => tab(label).tabIndex)).toEqual([0, -1, -1]);

    await userEvent.tab();
    expect(document.activeElement).toBe(tab("Home"));
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tab("Dataset"));
    expect(tab("Dataset").getAttribute("aria-selected")).toBe("false");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(document.activeElement).toBe(tab("Map"));
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(tab("Home"));
    await userEvent.keyboard("{End}{Enter}");
    expect(tab("Map").getAttribute("aria-selected")).toBe("true");
    expect(TABS.map(({ label }) => tab(label).tabIndex)).toEqual([-1, -1, 0]);
    expect(await axe(document.body)).toHaveNoViolations();
  });
});
