import fc from "fast-check";
import { findCircles } from "../../../src/domain/flows/circles";

/** Every elementary circle by exhaustive search, each rotated to start at its lowest node. */
function bruteForceCircles(successors: readonly (readonly number[])[]): string[] {
  const found = new Set<string>();
  const walk = (path: number[]) => {
    for (const next of successors[path[path.length - 1]]) {
      if (next === path[0]) {
        const low = path.indexOf(Math.min(...path));
        found.add([...path.slice(low), ...path.slice(0, low)].join(","));
      } else if (!path.includes(next)) walk([...path, next]);
    }
  };
  successors.forEach((_, start) => walk([start]));
  return [...found].sort();
}

const graph = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 18 })
      .map((edges) =>
        Array.from({ length: n }, (_, v) => [...new Set(edges.filter(([from]) => from === v).map(([, to]) => to))]),
      ),
  );

describe("findCircles", () => {
  it("finds exactly the circles an exhaustive search finds, each once, every leg real (2000 random graphs)", () => {
    fc.assert(
      fc.property(graph, (successors) => {
        const { circles, lengthCut, countCut } = findCircles(successors, { maxLength: 7, maxCircles: 1_000_000 });
        const listed = circles.map((c) => c.join(","));
        expect(new Set(listed).size).toBe(listed.length);
        expect([...listed].sort()).toEqual(bruteForceCircles(successors));
        for (const circle of circles) circle.forEach((v, i) => expect(successors[v]).toContain(circle[(i + 1) % circle.length]));
        expect(lengthCut).toBe(false);
        expect(countCut).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("with a length limit, lists the short circles and says exactly when a longer one exists (2000 random graphs)", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 4 }), (successors, maxLength) => {
        const all = bruteForceCircles(successors);
        const { circles, lengthCut } = findCircles(successors, { maxLength, maxCircles: 1_000_000 });
        const short = all.filter((c) => c.split(",").length <= maxLength);
        expect(circles.map((c) => c.join(",")).sort()).toEqual(short);
        expect(lengthCut).toBe(short.length < all.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("stops at the circle cap and says so", () => {
    // Every ordered pair of 6 nodes linked: 409 circles in all.
    const complete = Array.from({ length: 6 }, (_, v) => [0, 1, 2, 3, 4, 5].filter((w) => w !== v));
    const all = findCircles(complete, { maxLength: 6, maxCircles: 1_000_000 });
    expect(all.circles).toHaveLength(409);
    expect(all.countCut).toBe(false);
    const capped = findCircles(complete, { maxLength: 6, maxCircles: 100 });
    expect(capped.circles).toHaveLength(100);
    expect(capped.countCut).toBe(true);
  });

  it("counts a leg back to the same node as a circle of one leg", () => {
    expect(findCircles([[0, 1], [0]]).circles).toEqual([[0], [0, 1]]);
  });
});
