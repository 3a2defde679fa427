import { bundledCatalog } from "../../../src/domain/dataset";
import { flowGraph } from "../../../src/domain/flows/graph";
import { layoutMap, mapEntities } from "../../../src/domain/flows/layout";

const graph = flowGraph(bundledCatalog);
const SIZE = 420;
const ROOM = 112;
const layout = layoutMap(graph, SIZE, ROOM);

describe("the Map view's layout", () => {
  it("places every entity of a flow or a link once, on a ring that leaves room for the names", () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(mapEntities(graph));
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(layout.nodes.length);
    for (const node of layout.nodes) {
      const fromCentre = Math.hypot(node.x - SIZE / 2, node.y - SIZE / 2);
      expect(fromCentre).toBeCloseTo(SIZE / 2 - ROOM, 0);
    }
    // No two nodes overlap.
    for (const a of layout.nodes)
      for (const b of layout.nodes) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * layout.nodeRadius);
  });

  it("draws each flow as wide as its amount, the unstated ones dashed and thinnest", () => {
    const widths = graph.flows.map((f, i) => [f.valueUsd, layout.flows[i].width, layout.flows[i].dashed] as const);
    const oracle = widths[graph.flows.findIndex((f) => f.deal.id === "openai-oracle-compute")];
    const nvidia = widths[graph.flows.findIndex((f) => f.deal.id === "nvidia-openai-investment")];
    expect(oracle[1]).toBe(8);
    expect(nvidia[1]).toBeGreaterThan(1.5);
    expect(nvidia[1]).toBeLessThan(8);
    for (const [value, width, dashed] of widths) expect([dashed, width === 1.5]).toEqual([value === null, value === null]);
  });

  it("ends each arrow at its payee's edge", () => {
    graph.flows.forEach((flow, i) => {
      const payee = layout.nodes.find((n) => n.id === flow.to)!;
      const [tipX, tipY] = layout.flows[i].arrow.split(" ")[0].split(",").map(Number);
      expect(Math.hypot(tipX - payee.x, tipY - payee.y)).toBeCloseTo(layout.nodeRadius, 0);
    });
  });

  it("draws a link between every pair of its parties, without an arrow", () => {
    const pairs = graph.links.reduce(
      (sum, { deal }) => sum + (new Set(deal.parties).size * (new Set(deal.parties).size - 1)) / 2,
      0,
    );
    expect(layout.links).toHaveLength(pairs);
    expect(layout.links.every((l) => l.arrow === "" && !l.directed)).toBe(true);
  });
});
