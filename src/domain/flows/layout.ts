/**
 * Where the Map view draws the money map: entities on a circle, in the dataset's order, and
 * each flow as a gently bent arrow, so that flows both ways between two entities stay apart.
 * Deterministic and dependency-free: a few dozen nodes need no force layout, and the same
 * map always looks the same.
 */
import type { Flow, FlowGraph, Link } from "./graph";

export interface PlacedNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The direction from the centre, in degrees: the name runs outward along it. */
  readonly angle: number;
}

export interface PlacedEdge {
  /** An SVG path from payer to payee (or between a link's first two parties). */
  readonly path: string;
  /** Stroke width in px: 1.5 for an unstated amount, up to 8 for the largest. */
  readonly width: number;
  readonly dashed: boolean;
  readonly directed: boolean;
  /** Its direction or amount was read from context: the view marks it. */
  readonly inferred: boolean;
  /** Where the mark goes: the middle of the path. */
  readonly middle: { readonly x: number; readonly y: number };
  /** The arrowhead's corners (SVG polygon points), its tip at the payee's edge; "" for a link. */
  readonly arrow: string;
}

export interface MapLayout {
  readonly size: number;
  readonly nodeRadius: number;
  readonly nodes: readonly PlacedNode[];
  /** One per flow, in the graph's order. */
  readonly flows: readonly PlacedEdge[];
  /** One per pair of parties of each link. */
  readonly links: readonly PlacedEdge[];
}

const MIN_WIDTH = 1.5;
const MAX_WIDTH = 8;
const BEND = 0.12;

/** Width by the square root of the amount, so that a US$300B flow does not drown a US$5B one. */
function widthOf(valueUsd: number | null, largest: number): number {
  if (valueUsd === null || largest <= 0) return MIN_WIDTH;
  return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(valueUsd / largest);
}

const round = (n: number) => Math.round(n * 10) / 10;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A step near a third of the ring that visits every place once (coprime with the count). */
function spreadingStride(count: number): number {
  if (count < 5) return 1;
  let stride = Math.round(count / 3);
  while (gcd(stride, count) !== 1) stride++;
  return stride;
}

/** The entities with flows, then the parties of links only, each once. */
export function mapEntities(graph: FlowGraph): string[] {
  return [...new Set([...graph.entities, ...graph.links.flatMap((link) => link.deal.parties)])];
}

/** `labelRoom` is the space kept around the ring for the names, which run outward from each node. */
export function layoutMap(graph: FlowGraph, size: number, labelRoom: number): MapLayout {
  const entities = mapEntities(graph);
  const count = entities.length;
  const ring = size / 2 - labelRoom;
  const nodeRadius = Math.max(4, Math.min(14, (Math.PI * ring) / Math.max(1, count) / 3));
  const centre = size / 2;
  const stride = spreadingStride(count);
  const nodes = entities.map((id, i): PlacedNode => {
    // Start at the top and go clockwise, every stride-th place: entities next to each other in
    // the dataset, which often deal with each other, land apart, and their flows cross the ring.
    const angle = -Math.PI / 2 + (2 * Math.PI * ((i * stride) % Math.max(1, count))) / Math.max(1, count);
    return {
      id,
      x: round(centre + ring * Math.cos(angle)),
      y: round(centre + ring * Math.sin(angle)),
      angle: round((angle * 180) / Math.PI),
    };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const largest = Math.max(0, ...graph.flows.map((f) => f.valueUsd ?? 0));

  /** A path between two nodes' edges, bent to its left so that the reverse flow bends the other way. */
  function path(from: PlacedNode, to: PlacedNode, arrowLength: number): Pick<PlacedEdge, "path" | "middle" | "arrow"> {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / length, dy / length];
    const start = { x: from.x + ux * nodeRadius, y: from.y + uy * nodeRadius };
    // Bent to its left, so that the reverse flow bends the other way.
    const control = { x: (from.x + to.x) / 2 + uy * length * BEND, y: (from.y + to.y) / 2 - ux * length * BEND };
    // The curve arrives from its control point: the arrow's tip is where that line meets the
    // payee's edge, and the curve ends an arrow's length before it.
    const cx = to.x - control.x;
    const cy = to.y - control.y;
    const towards = Math.hypot(cx, cy) || 1;
    const [ax, ay] = [cx / towards, cy / towards];
    const tip = { x: to.x - ax * nodeRadius, y: to.y - ay * nodeRadius };
    const end = { x: tip.x - ax * arrowLength, y: tip.y - ay * arrowLength };
    const half = arrowLength * 0.6;
    const arrow =
      arrowLength === 0
        ? ""
        : [tip, { x: end.x - ay * half, y: end.y + ax * half }, { x: end.x + ay * half, y: end.y - ax * half }]
            .map((p) => `${round(p.x)},${round(p.y)}`)
            .join(" ");
    return {
      path: `M${round(start.x)},${round(start.y)} Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`,
      // A quadratic curve's point at t = ½.
      middle: { x: round((start.x + 2 * control.x + end.x) / 4), y: round((start.y + 2 * control.y + end.y) / 4) },
      arrow,
    };
  }

  const flows = graph.flows.map((flow: Flow): PlacedEdge => {
    const width = widthOf(flow.valueUsd, largest);
    return {
      // The arrowhead grows with the line, but never below what the eye picks out.
      ...path(at.get(flow.from)!, at.get(flow.to)!, Math.max(8, width * 2)),
      width,
      dashed: flow.valueUsd === null,
      directed: true,
      inferred: flow.inferred,
    };
  });
  const links = graph.links.flatMap(({ deal }: Link): PlacedEdge[] => {
    const parties = [...new Set(deal.parties)].map((p) => at.get(p)!);
    return parties.flatMap((a, i) =>
      parties.slice(i + 1).map((b) => ({ ...path(a, b, 0), width: MIN_WIDTH, dashed: true, directed: false, inferred: false })),
    );
  });
  return { size, nodeRadius, nodes, flows, links };
}
