import fc from "fast-check";
import { bundledCatalog } from "../../../src/domain/dataset";
import { createCatalog } from "../../../src/domain/dataset/catalog";
import { buildFlowGraph, catalogCircles, circlesThrough, flowGraph, mapCircles } from "../../../src/domain/flows/graph";
import type { CatalogDeal } from "../../../src/domain/dataset";
import { circleText } from "../../../src/domain/model/moneyMap";

const name = (id: string) => bundledCatalog.nameOf(id);

describe("the article's money map", () => {
  const graph = flowGraph(bundledCatalog);

  it("runs each one-way deal from payer to payee, and keeps the others as links", () => {
    const flow = graph.flows.find((f) => f.deal.id === "nvidia-openai-investment")!;
    expect([flow.from, flow.to, flow.valueUsd]).toEqual(["nvidia", "openai", 100_000_000_000]);
    expect(graph.links.map((l) => l.deal.id)).toEqual(
      bundledCatalog.deals.filter((d) => d.direction !== "one-way").map((d) => d.id),
    );
    expect(graph.entities).not.toContain("tencent");
  });

  it("finds the circle Nvidia → OpenAI → Oracle → Nvidia, its Oracle → Nvidia leg unstated", () => {
    const circles = catalogCircles(bundledCatalog);
    const article = circles.circles.find((c) => circleText(c, name) === "Nvidia → OpenAI → Oracle → Nvidia");
    expect(article).toBeDefined();
    expect(article!.legs.map((l) => l.statedUsd)).toEqual([100_000_000_000, 300_000_000_000, null]);
    expect(article!.smallestStatedUsd).toBe(100_000_000_000);
    expect(article!.unstatedLegs).toBe(1);
    expect(circles.lengthCut).toBe(false);
    expect(circles.countCut).toBe(false);
  });

  it("tells a circle from the entity asked about", () => {
    const through = circlesThrough(catalogCircles(bundledCatalog), "oracle");
    expect(through.map((c) => circleText(c, name))).toEqual(["Oracle → Nvidia → OpenAI → Oracle"]);
  });

  it("sums stated money in and out, and counts the flows without an amount", () => {
    const none = { unstatedIn: 0, unstatedOut: 0, undirected: 0 };
    expect(graph.exposureOf("oracle")).toEqual({ ...none, inUsd: 300e9, outUsd: 0, netUsd: 300e9, unstated: 1, unstatedOut: 1 });
    // Oracle's chips come in and xAI's investment goes out with no amount; the Intel partnership states US$5B but no direction.
    expect(graph.exposureOf("nvidia")).toEqual({
      inUsd: 0,
      outUsd: 100e9,
      netUsd: -100e9,
      unstated: 2,
      unstatedIn: 1,
      unstatedOut: 1,
      undirected: 1,
    });
    expect(graph.exposureOf("intel")).toMatchObject({ inUsd: 0, unstatedIn: 2, undirected: 1 });
    expect(graph.exposureOf("huawei")).toEqual({ ...none, inUsd: 0, outUsd: 0, netUsd: 0, unstated: 0 });
  });
});

describe("circles of a map", () => {
  const deal = (id: string, from: string, to: string, valueUsd: number | null, inferred = false): CatalogDeal => ({
    ...bundledCatalog.deals[0],
    id,
    from,
    to,
    parties: [from, to],
    partyNames: [from, to],
    valueUsd,
    kind: "compute-purchase",
    inferred: inferred ? { value: "from context" } : {},
  });

  it("joins parallel deals into one leg, their stated amounts added", () => {
    const graph = buildFlowGraph([deal("a", "x", "y", 5), deal("b", "x", "y", null), deal("c", "y", "x", 2, true)], ["x", "y"]);
    const [circle] = mapCircles(graph).circles;
    expect(circle.legs.map((l) => [l.from, l.to, l.statedUsd, l.flows.length])).toEqual([
      ["x", "y", 5, 2],
      ["y", "x", 2, 1],
    ]);
    expect(circle.smallestStatedUsd).toBe(2);
    expect(circle.inferred).toBe(true);
  });

  it("gives the smallest stated leg of every circle, ignoring unstated legs (500 random maps)", () => {
    const entities = ["a", "b", "c", "d", "e"];
    const deals = fc.array(
      fc.tuple(fc.constantFrom(...entities), fc.constantFrom(...entities), fc.option(fc.integer({ min: 0, max: 1000 }))),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(deals, (drawn) => {
        const graph = buildFlowGraph(
          drawn.map(([from, to, value], i) => deal(`d${i}`, from, to, value)),
          entities,
        );
        for (const circle of mapCircles(graph).circles) {
          const legTotals = circle.legs.map((l) => {
            const stated = graph.flows.filter((f) => f.from === l.from && f.to === l.to && f.valueUsd !== null);
            return stated.length === 0 ? null : stated.reduce((s, f) => s + f.valueUsd!, 0);
          });
          const stated = legTotals.filter((v): v is number => v !== null);
          expect(circle.smallestStatedUsd).toBe(stated.length === 0 ? null : Math.min(...stated));
          expect(circle.unstatedLegs).toBe(legTotals.length - stated.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("is built once per catalog", () => {
    const catalog = createCatalog(bundledCatalog.dataset);
    expect(flowGraph(catalog)).toBe(flowGraph(catalog));
    expect(catalogCircles(catalog)).toBe(catalogCircles(catalog));
  });
});
