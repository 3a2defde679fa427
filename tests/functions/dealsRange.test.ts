/**
 * DEALS, FLOWS, EXPOSURE, CYCLES, MONEYMAP and SKIPPED over a deals range (the workbook's
 * Deals[#All]): the dataset's own rows give today's answers in every language and column
 * order, and the analyst's rows, companies and amounts count.
 */
import fc from "fast-check";
import { bundledCatalog as catalog, bundledDataset } from "../../src/domain/dataset";
import { createCatalog } from "../../src/domain/dataset/catalog";
import type { Dataset, Deal, Entity } from "../../src/domain/dataset/schema";
import { computeCores } from "../../src/domain/formulas/cores";
import { isDomainError } from "../../src/domain/model/outcome";
import { cachedRangeReader } from "../../src/domain/flows/dealsRange";
import { flowGraph } from "../../src/domain/flows/graph";
import { LANGUAGES, type Language } from "../../src/domain/language";
import { buildWorkbookPlan } from "../../src/domain/layout/workbookPlan";
import { tableCells } from "../../src/domain/layout/plan";
import { SHEET_WORDS } from "../../src/domain/layout/labels";
import { cycles, deals as dealsFn, exposure, flows, moneymap, skipped } from "../../src/functions/functions";
import { expectExcelError } from "./excelError";

type Range = unknown[][];

/** The Deals table as Insert writes it in one language: header row, then every row's cells. */
function dealsTableRange(language: Language): Range {
  const plan = buildWorkbookPlan(catalog, { language, writtenAt: "2026-12-01T00:00:00Z", addinVersion: "0" })[0];
  const table = plan.tables[0];
  return [table.columns.map((c) => c.header), ...tableCells(table, table.row, table.col)];
}

const EN = dealsTableRange("en");
const headerIndex = (range: Range, key: string) => range[0].indexOf(SHEET_WORDS.en.headers[key]);

/** The range with its columns in another order, and two columns of the analyst's own. */
function shuffled(range: Range): Range {
  const order = range[0].map((_, i) => i).reverse();
  return range.map((row, r) => [r === 0 ? "my notes" : `note ${r}`, ...order.map((i) => row[i]), r === 0 ? "" : 42]);
}

/** An English range with rows added: each a record of the named columns. */
function withRows(range: Range, rows: readonly Record<string, unknown>[]): Range {
  const header = range[0] as string[];
  return [...range, ...rows.map((row) => header.map((h) => (h in row ? row[h] : "")))];
}

/** The range with one deal's cell set. */
function edited(range: Range, id: string, key: string, value: unknown): Range {
  const col = headerIndex(range, key);
  return range.map((row) => (row[0] === id ? row.map((cell, c) => (c === col ? value : cell)) : row));
}

const entityNames = catalog.entities.map((e) => e.name);

describe("a deals range holding the dataset's own rows gives today's answers", () => {
  describe.each(LANGUAGES)("written in %s", (language) => {
    const ranges: [string, Range][] = [
      ["as Insert writes it", dealsTableRange(language)],
      ["with its columns reversed and two more", shuffled(dealsTableRange(language))],
    ];
    describe.each(ranges)("%s", (_, range) => {
      it("EXPOSURE of every entity, each side", () => {
        for (const name of entityNames)
          for (const side of ["net", "in", "out"])
            expect([name, side, exposure(name, side, range)]).toEqual([name, side, exposure(name, side)]);
      });

      it("FLOWS of the map and of each entity with flows, each direction", () => {
        expect(flows(null, null, null, range)).toEqual(flows());
        for (const id of flowGraph(catalog).entities)
          for (const direction of ["both", "in", "out"]) {
            const name = catalog.nameOf(id);
            const today = (() => {
              try {
                return flows(name, direction);
              } catch (error) {
                return String(error);
              }
            })();
            const read = (() => {
              try {
                return flows(name, direction, null, range);
              } catch (error) {
                return String(error);
              }
            })();
            expect([name, direction, typeof read === "string" ? "error" : read]).toEqual([
              name,
              direction,
              typeof today === "string" ? "error" : today,
            ]);
          }
      });

      it("CYCLES of the map and through each entity in one", () => {
        expect(cycles(null, null, range)).toEqual(cycles());
        expect(cycles("Oracle", 0, range)).toEqual(cycles("Oracle", 0));
        expect(cycles("英偉達", 1, range)).toEqual(cycles("Nvidia"));
      });

      it("MONEYMAP, and no row skipped", () => {
        expect(moneymap(range, language)).toEqual(moneymap(undefined, language));
        expect(skipped(range)).toBe(0);
        expect(skipped(range, 1)).toBe("");
      });
    });
  });

  it("DEALS: the range's own rows, and one party's by any of its names", () => {
    expect(dealsFn(null, null, EN)).toEqual(dealsFn());
    expect(dealsFn("英偉達", 0, EN)).toEqual(dealsFn("Nvidia", 0));
    expect(dealsFn("intel", 1, EN)).toEqual(dealsFn("Intel"));
    const zh = dealsTableRange("zh-TW");
    expect(dealsFn("Oracle", 1, zh)[0]).toEqual(zh[0]);
    expect(dealsFn("Oracle", 0, zh).map((row) => row[0])).toEqual(dealsFn("Oracle", 0).map((row) => row[0]));
  });
});

describe("the analyst's rows", () => {
  const coreWeave = withRows(EN, [
    { id: "my-oracle-coreweave", payer: "Oracle", payee: "CoreWeave", value_usd: 12e9, kind: "compute-purchase" },
    { id: "my-coreweave-nvidia", payer: " coreweave ", payee: "NVIDIA", value_usd: 6e9, kind: "chip-supply" },
  ]);

  it("a company the dataset does not know is an entity of its own, named as first written, matched without regard to case or spaces", () => {
    expect(exposure("CoreWeave", "in", coreWeave)).toBe(12e9);
    expect(exposure("COREWEAVE ", "out", coreWeave)).toBe(6e9);
    expect(exposure("Nvidia", "in", coreWeave)).toBe(6e9);
    expect(flows("coreweave", "both", 0, coreWeave)).toEqual([
      ["Oracle", "CoreWeave", "my-oracle-coreweave", "compute-purchase", 12e9, "exact", "not stated", "one way"],
      ["CoreWeave", "Nvidia", "my-coreweave-nvidia", "chip-supply", 6e9, "exact", "not stated", "one way"],
    ]);
  });

  it("closes a new circle, told from where the money enters, with its smallest stated leg", () => {
    const rows = cycles(null, 0, coreWeave);
    expect(rows).toContainEqual(["Nvidia → OpenAI → Oracle → CoreWeave → Nvidia", 4, 6e9, 0, false]);
    // Today's circle is still there, its Oracle → Nvidia leg still unstated.
    expect(rows).toContainEqual(["Nvidia → OpenAI → Oracle → Nvidia", 3, 100e9, 1, true]);
    expect(cycles("CoreWeave", 0, coreWeave)[0][0]).toBe("CoreWeave → Nvidia → OpenAI → Oracle → CoreWeave");
    expectExcelError(() => cycles("CoreWeave"), "#N/A", /^no company or body named "CoreWeave"/);
  });

  it("an amount the analyst gives where the article states none changes the circle's smallest leg", () => {
    const estimated = edited(EN, "oracle-nvidia-chips", "value_usd", 40e9);
    expect(cycles(null, 0, estimated)).toContainEqual(["Nvidia → OpenAI → Oracle → Nvidia", 3, 40e9, 0, true]);
    expect(exposure("Oracle", "out", estimated)).toBe(40e9);
    expect(exposure("Nvidia", "net", estimated)).toBe(40e9 - 100e9);
    // The direction is still the dataset's inference (甲骨文與英偉達歷來保持密切合作): the circle stays inferred.
    const theirsToo = edited(
      edited(estimated, "oracle-nvidia-chips", "payer", "Oracle"),
      "oracle-nvidia-chips",
      "payee",
      "Broadcom",
    );
    // Paying someone else instead opens the circle.
    expectExcelError(() => cycles(null, 0, theirsToo), "#N/A", /^the deals form no circle/);
  });

  it("names in Chinese and aliases are the dataset's entities; results show the name as first written", () => {
    const chinese = withRows(EN, [{ id: "my-xai-oracle", payer: "xAI", payee: "甲骨文", value_usd: 1e9 }]);
    expect(exposure("Oracle", "in", chinese)).toBe(300e9 + 1e9);
    const firstInChinese = withRows([EN[0]], [{ id: "x", payer: "輝達", payee: "開放人工智能", value_usd: 2e9 }]);
    // 開放人工智能 is no alias of OpenAI: a name of its own.
    expect(flows(null, null, 0, firstInChinese)[0].slice(0, 2)).toEqual(["輝達", "開放人工智能"]);
    expect(exposure("Nvidia", "out", firstInChinese)).toBe(2e9);
  });

  it("an empty value is not stated; a row that cannot be read is skipped, counted and named", () => {
    const messy = withRows(EN, [
      { id: "my-unstated", payer: "Oracle", payee: "CoreWeave" },
      { id: "my-text-value", payer: "Oracle", payee: "CoreWeave", value_usd: "lots" },
      { id: "my-half", payer: "Oracle" },
      { id: "my-nobody", value_usd: 5 },
      { id: "", payee: "CoreWeave", value_usd: 1 },
      { id: "my-negative", payer: "Oracle", payee: "CoreWeave", value_usd: -3 },
    ]);
    expect(skipped(messy)).toBe(5);
    const last = EN.length;
    expect(skipped(messy, 1)).toBe(
      [
        `row ${last + 2} (my-text-value): value_usd is not a number of US dollars`,
        `row ${last + 3} (my-half): a payer without a payee`,
        `row ${last + 4} (my-nobody): no parties, payer or payee`,
        `row ${last + 5}: a payee without a payer`,
        `row ${last + 6} (my-negative): value_usd is not a number of US dollars`,
      ].join("; "),
    );
    expect(flows("CoreWeave", "in", 0, messy)).toEqual([
      ["Oracle", "CoreWeave", "my-unstated", "", "not stated", "", "not stated", "one way"],
    ]);
    expect(exposure("CoreWeave", "in", messy)).toBe(0);
    // Blank rows are no rows: nothing to skip.
    expect(skipped([...EN, EN[0].map(() => "")])).toBe(0);
  });

  it("a row with parties and neither payer nor payee is a link, both ways where its direction says so", () => {
    const linked = withRows(EN, [{ id: "my-link", parties: "CoreWeave、微軟", direction: "雙向", value_usd: 3e9 }]);
    expect(flows("Microsoft", "both", 0, linked)).toEqual([
      ["CoreWeave", "微軟", "my-link", "", 3e9, "exact", "not stated", "both ways"],
    ]);
    expect(exposure("Microsoft", "in", linked)).toBe(0);
  });

  it("MONEYMAP gains a row and a column for the analyst's company, and its totals equal EXPOSURE", () => {
    const matrix = moneymap(coreWeave);
    const names = matrix[0].slice(1, -3) as string[];
    expect(names).toContain("CoreWeave");
    const row = matrix.find((r) => r[0] === "CoreWeave")!;
    expect(row[1 + names.indexOf("Nvidia")]).toBe(6e9);
    const n = names.length;
    for (const [i, name] of names.entries()) {
      expect(matrix[1 + i][n + 1]).toBe(exposure(name, "out", coreWeave));
      expect(matrix[1 + i][n + 2]).toBe(exposure(name, "not_stated_out", coreWeave));
      expect(matrix[1 + i][n + 3]).toBe(exposure(name, "net", coreWeave));
      expect(matrix[n + 1][1 + i]).toBe(exposure(name, "in", coreWeave));
      expect(matrix[n + 2][1 + i]).toBe(exposure(name, "not_stated_in", coreWeave));
    }
    expect(moneymap(coreWeave, "zh-TW")[0][0]).toBe(SHEET_WORDS["zh-TW"].moneyMap.corner);
  });
});

describe("a deals range that cannot be read", () => {
  it.each([
    [
      "no payer or payee column",
      [
        ["id", "parties", "value_usd"],
        ["a", "X, Y", 1],
      ],
      /missing: payer, payee$/,
    ],
    ["a header row only", [EN[0]], /^deals must be a range with a header row/],
    [
      "nothing like a table",
      [
        ["hello", "world"],
        [1, 2],
      ],
      /missing: id, parties, payer, payee, value_usd$/,
    ],
  ])("%s gives #VALUE! naming what is missing", (_, range, message) => {
    expectExcelError(() => exposure("Oracle", "in", range), "#VALUE!", message);
    expectExcelError(() => cycles(null, null, range), "#VALUE!", message);
    expectExcelError(() => flows(null, null, null, range), "#VALUE!", message);
    expectExcelError(() => moneymap(range), "#VALUE!", message);
    expectExcelError(() => skipped(range), "#VALUE!", message);
  });

  it("a single cell is not a range", () => {
    expectExcelError(
      () => exposure("Oracle", "in", [["x"]]),
      "#VALUE!",
      /^deals must be a range with a header row .*; got a 1×1 range$/,
    );
    expectExcelError(() => skipped(null as never), "#VALUE!", /^deals must be .*; got nothing$/);
  });
});

describe("reading a range once", () => {
  it("50 calls over the same cells, each with its own copy, build the map once; a changed cell builds it again", () => {
    let builds = 0;
    const read = cachedRangeReader(catalog, (deals) => {
      builds++;
      return deals;
    });
    const copy = () => EN.map((row) => [...row]);
    for (let i = 0; i < 50; i++) read(copy());
    expect(builds).toBe(1);
    const changed = edited(EN, "openai-oracle-compute", "value_usd", 1);
    read(changed);
    expect(builds).toBe(2);
    // Both are kept: going back to the first builds nothing.
    read(copy());
    expect(builds).toBe(2);
    // The cores answer from the changed cells.
    const cores = computeCores(createCatalog(bundledDataset));
    expect(cores.EXPOSURE(["Oracle", "in", copy()])).toBe(300e9);
    expect(cores.EXPOSURE(["Oracle", "in", changed])).toBe(1);
  });
});

/** Random deals as the analyst might type them, and the same deals as a dataset of their own. */
describe("property: random deal tables through the range give what the same deals give as a dataset", () => {
  const known = ["Nvidia", "OpenAI", "Oracle", "Intel", "xAI"];
  const fresh = ["CoreWeave", "Lambda", "Crusoe"];
  const names = [...known, ...fresh];
  const kinds = ["compute-purchase", "equity-investment", "chip-supply"] as const;
  const dealArb = fc.record({
    from: fc.integer({ min: 0, max: names.length - 1 }),
    to: fc.integer({ min: 0, max: names.length - 1 }),
    value: fc.option(
      fc.integer({ min: 1, max: 500 }).map((b) => b * 1e9),
      { nil: null },
    ),
    kind: fc.constantFrom(...kinds),
    link: fc.boolean(),
  });

  /** The deals as a dataset: the bundled entities, the new companies added in order of appearance. */
  function asDataset(
    rows: readonly { id: string; from: string; to: string; value: number | null; kind: string; link: boolean }[],
  ) {
    const template = bundledDataset.entities[0];
    const idOf = (name: string) => catalog.entity(name)?.id ?? `new-${name.toLowerCase()}`;
    const added: Entity[] = [];
    for (const row of rows)
      for (const name of [row.from, row.to])
        if (!catalog.entity(name) && !added.some((e) => e.name === name))
          added.push({ ...template, id: idOf(name), name, nameZh: name, aliases: [], people: [] } as Entity);
    const dealTemplate = bundledDataset.deals[0];
    const deals: Deal[] = rows.map((row) => ({
      ...dealTemplate,
      id: row.id,
      parties: [idOf(row.from), idOf(row.to)],
      direction: row.link ? "not-stated" : "one-way",
      from: row.link ? null : idOf(row.from),
      to: row.link ? null : idOf(row.to),
      kind: row.kind as Deal["kind"],
      valueUsd: row.value,
      qualifier: row.value === null ? null : "exact",
      status: null,
      inferred: {},
    }));
    return { ...bundledDataset, entities: [...bundledDataset.entities, ...added], deals } as Dataset;
  }

  it("in EXPOSURE, FLOWS and CYCLES", () => {
    fc.assert(
      fc.property(fc.array(dealArb, { minLength: 1, maxLength: 12 }), (drawn) => {
        const rows = drawn
          .filter((d) => d.from !== d.to)
          .map((d, i) => ({ id: `d${i}`, from: names[d.from], to: names[d.to], value: d.value, kind: d.kind, link: d.link }));
        fc.pre(rows.length > 0);
        const range = withRows(
          [EN[0]],
          rows.map((row) => ({
            id: row.id,
            parties: `${row.from}, ${row.to}`,
            payer: row.link ? "" : row.from,
            payee: row.link ? "" : row.to,
            value_usd: row.value ?? "",
            kind: row.kind,
          })),
        );
        const direct = computeCores(createCatalog(asDataset(rows)));
        const viaRange = computeCores(catalog);
        const answer = (result: unknown) => (isDomainError(result) ? result.code : result);
        for (const name of names)
          for (const side of ["net", "in", "out"])
            expect(answer(viaRange.EXPOSURE([name, side, range]))).toEqual(answer(direct.EXPOSURE([name, side])));
        expect(answer(viaRange.FLOWS([null, null, null, range]))).toEqual(answer(direct.FLOWS([])));
        expect(answer(viaRange.CYCLES([null, null, range]))).toEqual(answer(direct.CYCLES([])));
        expect(answer(viaRange.MONEYMAP([range]))).toEqual(answer(direct.MONEYMAP([])));
      }),
      { numRuns: 150 },
    );
  });
});
