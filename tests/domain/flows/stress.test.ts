/**
 * Dependence and DebtRank stress on hand-worked graphs (each value worked out by hand below, to
 * 1e-12), on the article's deals, and as properties over random graphs.
 */
import fc from "fast-check";
import { bundledCatalog as catalog, type CatalogDeal } from "../../../src/domain/dataset";
import { buildFlowGraph, flowGraph } from "../../../src/domain/flows/graph";
import { dependence, dependences, stress, type StressResult } from "../../../src/domain/flows/stress";
import type { Qualifier } from "../../../src/domain/dataset/schema";

const template = catalog.deals[0];
let next = 0;
/** A one-way deal from payer to payee; null for an amount not stated. */
function flow(from: string, to: string, valueUsd: number | null, qualifier: Qualifier = "exact"): CatalogDeal {
  return {
    ...template,
    id: `d${next++}`,
    parties: [from, to],
    partyNames: [from, to],
    direction: "one-way",
    from,
    to,
    valueUsd,
    qualifier,
    inferred: {},
  };
}
const graphOf = (...deals: CatalogDeal[]) => buildFlowGraph(deals, []);

/** Each touched entity's distress (share), loss, round, qualifier and unstated count, by name. */
const byEntity = (result: StressResult) =>
  Object.fromEntries(
    result.losses.map((l) => [
      l.entity,
      { share: l.share, loss: l.lossUsd, round: l.round, q: l.qualifier, unstated: l.unstatedIn },
    ]),
  );

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

describe("stress on hand-worked graphs", () => {
  it("a chain: A → B → C, each with another payer", () => {
    // In(B) = 10 + 30 = 40: A pays a quarter. In(C) = 5 + 15 = 20: B pays a quarter.
    const g = graphOf(flow("A", "B", 10), flow("D", "B", 30), flow("B", "C", 5), flow("E", "C", 15));
    const cascade = byEntity(stress(g, "A", "cascade"));
    close(cascade.B.share, 0.25); // round 1: 10/40 × 1
    close(cascade.B.loss, 10);
    close(cascade.C.share, 0.0625); // round 2: 5/20 × 0.25
    close(cascade.C.loss, 1.25);
    expect([cascade.B.round, cascade.C.round]).toEqual([1, 2]);
    const direct = byEntity(stress(g, "A", "direct"));
    expect(Object.keys(direct)).toEqual(["B"]);
    close(direct.B.loss, 10);
  });

  it("a circle, A → B → C → A, with a payer into A: the failed company takes nothing back, and each passes once", () => {
    const g = graphOf(flow("A", "B", 10), flow("B", "C", 10), flow("C", "A", 10), flow("X", "A", 30));
    const fromB = stress(g, "B", "cascade");
    const losses = byEntity(fromB);
    close(losses.C.share, 1); // 10/10 × 1
    close(losses.A.share, 0.25); // 10/40 × 1
    close(losses.A.loss, 10);
    expect([losses.C.round, losses.A.round]).toEqual([1, 2]);
    expect(losses.B).toBeUndefined();
    expect(fromB.rounds).toBe(3); // A passes to B, the failed one, which takes nothing
  });

  it("a star: the hub's payees lose their shares in one round", () => {
    const g = graphOf(
      flow("H", "S1", 10),
      flow("H", "S2", 20),
      flow("H", "S3", 30),
      flow("Y", "S1", 10),
      flow("Y", "S2", 10),
      flow("Y", "S3", 10),
    );
    const losses = byEntity(stress(g, "H", "cascade"));
    close(losses.S1.share, 0.5);
    close(losses.S2.share, 2 / 3);
    close(losses.S3.share, 0.75);
    expect([losses.S1.round, losses.S2.round, losses.S3.round]).toEqual([1, 1, 1]);
    expect(stress(g, "H", "cascade").losses.map((l) => l.entity)).toEqual(["S3", "S2", "S1"]);
  });

  it("a loss that reaches an entity twice: the second, a round later, adds to the first", () => {
    // In(Z) = 30 + 10 = 40; In(B) = 10 + 30 = 40.
    const g = graphOf(flow("A", "Z", 30), flow("A", "B", 10), flow("B", "Z", 10), flow("Y", "B", 30));
    const losses = byEntity(stress(g, "A", "cascade"));
    close(losses.B.share, 0.25);
    close(losses.Z.share, 0.75 + 0.25 * 0.25); // round 1: 30/40; round 2: 10/40 × 0.25
    close(losses.Z.loss, 32.5);
    expect(losses.Z.round).toBe(1);
  });

  it("unstated legs pass nothing and are counted; an entity with no stated inflows loses nothing it can count", () => {
    const g = graphOf(
      flow("A", "B", null),
      flow("A", "C", 10),
      flow("C", "D", null),
      flow("C", "E", 4, "about"),
      flow("F", "E", 4),
    );
    const losses = byEntity(stress(g, "A", "cascade"));
    expect(losses.B).toEqual({ share: 0, loss: 0, round: 1, q: "exact", unstated: 1 });
    close(losses.C.share, 1);
    expect(losses.D).toEqual({ share: 0, loss: 0, round: 2, q: "exact", unstated: 1 });
    close(losses.E.share, 0.5); // 4/8 × 1, on an "about" amount
    expect(losses.E.q).toBe("about");
  });

  it("DebtRank's impacts are relative: taking away another payer's leg can raise a loss downstream", () => {
    // i's inflows: F 10 and X 10; i pays k, whose only inflow it is.
    const before = byEntity(stress(graphOf(flow("F", "i", 10), flow("X", "i", 10), flow("i", "k", 10)), "F", "cascade"));
    const after = byEntity(stress(graphOf(flow("F", "i", 10), flow("i", "k", 10)), "F", "cascade"));
    close(before.k.loss, 5);
    close(after.k.loss, 10);
  });
});

describe("dependence", () => {
  const g = graphOf(flow("P", "A", 30), flow("Q", "A", 10), flow("R", "A", null), flow("A", "P", 5));
  it("is each payer's share of the stated money in, the unstated counted apart", () => {
    close(dependence(g, "A", "P", "in").share!, 0.75);
    close(dependence(g, "A", "Q", "in").share!, 0.25);
    expect(dependence(g, "A", "R", "in")).toMatchObject({ share: 0, statedUsd: 0, unstated: 1, unstatedTotal: 1 });
    expect(dependence(g, "A", "P", "out").share).toBe(1);
    expect(dependences(g, "A", "in").map((d) => d.counterparty)).toEqual(["P", "Q", "R"]);
    expect(dependence(g, "P", "A", "in").share).toBe(1);
    expect(dependence(g, "Q", "A", "in").share).toBeNull();
  });
});

describe("stress on the article's deals", () => {
  const graph = flowGraph(catalog);
  it("from Nvidia, the cascade reaches OpenAI and then Oracle; the direct method stops at OpenAI", () => {
    const cascade = stress(graph, "nvidia", "cascade").losses;
    expect(cascade.filter((l) => l.share > 0).map((l) => [l.entity, l.round])).toEqual([
      ["openai", 1],
      ["oracle", 2],
    ]);
    const direct = stress(graph, "nvidia", "direct").losses;
    expect(direct.filter((l) => l.share > 0).map((l) => l.entity)).toEqual(["openai"]);
  });
  it("Oracle's stated money in all comes from OpenAI", () => {
    expect(dependence(graph, "oracle", "openai", "in").share).toBe(1);
  });
});

describe("stress properties over random graphs", () => {
  const names = ["a", "b", "c", "d", "e", "f"];
  const graphArb = fc
    .array(
      fc.record({
        from: fc.integer({ min: 0, max: 5 }),
        to: fc.integer({ min: 0, max: 5 }),
        value: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 14 },
    )
    .map((edges) => graphOf(...edges.filter((e) => e.from !== e.to).map((e) => flow(names[e.from], names[e.to], e.value))));

  it("distress stays within [0, 1], each entity passes distress once, and the cascade loses at least what the direct method does", () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 0, max: 5 }), (graph, failedIndex) => {
        const failed = names[failedIndex];
        const cascade = stress(graph, failed, "cascade");
        const direct = stress(graph, failed, "direct");
        const passes = new Map<string, Set<number>>();
        for (const loss of cascade.losses) {
          expect(loss.share).toBeGreaterThanOrEqual(0);
          expect(loss.share).toBeLessThanOrEqual(1);
          for (const source of loss.from) passes.set(source.entity, (passes.get(source.entity) ?? new Set()).add(source.round));
        }
        for (const rounds of passes.values()) expect(rounds.size).toBe(1);
        for (const loss of direct.losses) {
          const more = cascade.losses.find((l) => l.entity === loss.entity)!;
          expect(more.lossUsd).toBeGreaterThanOrEqual(loss.lossUsd - 1e-9);
        }
        expect(cascade.rounds).toBeLessThanOrEqual(names.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});
