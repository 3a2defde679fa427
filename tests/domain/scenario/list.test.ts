import { presetInputs } from "../../../src/domain/scenario/definition";
import { bundledCatalog } from "../../../src/domain/dataset";
import { addScenario, deleteScenario, duplicateScenario, renameScenario } from "../../../src/domain/scenario/list";

const inputs = presetInputs(bundledCatalog, "xai");

describe("the scenario list", () => {
  it("adds under a fresh, name-safe id, trimming the name, and leaves the old list as it was", () => {
    const first = addScenario([], " xAI base ", inputs);
    expect(first.added).toEqual({ id: "xAIbase", name: "xAI base", inputs });
    const second = addScenario(first.list, "xAI base", inputs);
    expect(second.added.id).toBe("xAIbase2");
    expect(second.list.map((d) => d.id)).toEqual(["xAIbase", "xAIbase2"]);
    expect(first.list).toHaveLength(1);
  });

  it("duplicates with the inputs given, renames by id and deletes by id", () => {
    const { list } = addScenario([], "xAI", inputs);
    const edited = { ...inputs, cash: 1 };
    const { list: two, added } = duplicateScenario(list, "Copy of xAI", edited);
    expect(added).toEqual({ id: "CopyofxAI", name: "Copy of xAI", inputs: edited });
    expect(renameScenario(two, "xAI", "  Base ").map((d) => d.name)).toEqual(["Base", "Copy of xAI"]);
    expect(renameScenario(two, "nothing", "Base")).toEqual(two);
    expect(deleteScenario(two, "xAI").map((d) => d.id)).toEqual(["CopyofxAI"]);
  });
});
