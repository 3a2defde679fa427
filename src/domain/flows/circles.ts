/**
 * Every elementary directed circle of a graph, up to a length limit: the search behind
 * COMPUTE.CYCLES and the money map. Nodes are 0..n-1; a circle is listed once, starting at its
 * lowest node.
 *
 * The search is Johnson's idea without its blocking lists, which do not hold under a length
 * limit: from each start s, a depth-first walk over nodes above s, pruned by each node's
 * distance back to s, so that every path it extends can still close within the limit. Two
 * limits keep it bounded on dense graphs, where circles grow exponentially with length: the
 * length limit, and a cap on how many circles are listed. The result says when either cut
 * anything, and the length check is exact: it is set only when a longer circle exists.
 */

export interface CircleLimits {
  /** The most legs a circle may have. */
  readonly maxLength: number;
  /** The most circles listed; the search stops at this many. */
  readonly maxCircles: number;
}

export const DEFAULT_CIRCLE_LIMITS: CircleLimits = { maxLength: 6, maxCircles: 5_000 };

export interface CircleSearch {
  /** Each circle as its nodes in order, the lowest first; the leg back to it is implied. */
  readonly circles: readonly (readonly number[])[];
  /** A circle longer than maxLength exists, and is not listed. */
  readonly lengthCut: boolean;
  /** The search stopped at maxCircles; more circles exist. */
  readonly countCut: boolean;
}

/** `successors[v]` lists the nodes v has a leg to, each once. */
export function findCircles(
  successors: readonly (readonly number[])[],
  limits: CircleLimits = DEFAULT_CIRCLE_LIMITS,
): CircleSearch {
  const n = successors.length;
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  successors.forEach((next, v) => next.forEach((w) => predecessors[w].push(v)));

  const circles: number[][] = [];
  let lengthCut = false;
  let countCut = false;
  // Legs from each node back to the current start, within nodes at or above it; -1 where it cannot get back.
  const distance = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const path: number[] = [];
  const queue = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  let seenStamp = 0;

  // The nodes the last search reached: only they are reset, so that a sparse graph of many
  // small parts costs each start its own part, not the whole graph.
  const reached = new Int32Array(n);
  let reachedCount = 0;

  /** Reverse breadth-first search from `start` over nodes ≥ start. */
  function measureDistances(start: number): void {
    for (let i = 0; i < reachedCount; i++) distance[reached[i]] = -1;
    distance[start] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const v = queue[head++];
      for (const u of predecessors[v])
        if (u >= start && distance[u] < 0) {
          distance[u] = distance[v] + 1;
          queue[tail++] = u;
        }
    }
    reached.set(queue.subarray(0, tail));
    reachedCount = tail;
  }

  /** Whether `from` gets back to `start` without touching the current path: then a longer circle exists. */
  function returnsAvoidingPath(from: number, start: number): boolean {
    seenStamp++;
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    seen[from] = seenStamp;
    while (head < tail) {
      const v = queue[head++];
      for (const w of successors[v]) {
        if (w === start) return true;
        if (w > start && onPath[w] === 0 && seen[w] !== seenStamp) {
          seen[w] = seenStamp;
          queue[tail++] = w;
        }
      }
    }
    return false;
  }

  /** Extends the path ending at v, which has `legs` legs so far; false once the count cap is hit. */
  function extend(start: number, v: number, legs: number): boolean {
    for (const w of successors[v]) {
      if (w < start) continue;
      if (w === start) {
        if (circles.length === limits.maxCircles) {
          countCut = true;
          return false;
        }
        circles.push(path.slice());
        continue;
      }
      if (onPath[w] === 1 || distance[w] < 0) continue;
      if (legs + 1 + distance[w] > limits.maxLength) {
        if (!lengthCut && returnsAvoidingPath(w, start)) lengthCut = true;
        continue;
      }
      onPath[w] = 1;
      path.push(w);
      const goOn = extend(start, w, legs + 1);
      path.pop();
      onPath[w] = 0;
      if (!goOn) return false;
    }
    return true;
  }

  for (let start = 0; start < n && !countCut; start++) {
    measureDistances(start);
    onPath[start] = 1;
    path.push(start);
    extend(start, start, 0);
    path.pop();
    onPath[start] = 0;
  }
  return { circles, lengthCut, countCut };
}
