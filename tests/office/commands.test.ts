import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/office/commands";
import { takeViewRequest } from "../../src/office/paneRequests";
import { installExcel } from "./support";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("ribbon commands", () => {
  it("has a handler for every ExecuteFunction in the manifest, and no other", () => {
    const named = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(named).toEqual(Object.keys(COMMANDS).sort());
  });

  it("Explain opens the pane on the Explain view and completes", async () => {
    installExcel();
    const office = (globalThis as unknown as { Office: { addin: { shown: number } } }).Office;
    const completed = new Promise<void>((resolve) => COMMANDS.explainSelection({ completed: resolve } as never));
    await completed;
    expect(office.addin.shown).toBe(1);
    expect(takeViewRequest()).toBe("explain");
    expect(takeViewRequest()).toBeNull();
  });
});
