/**
 * FLOWS, EXPOSURE, CYCLES, MONEYMAP and SKIPPED: the money map (flows/graph.ts) as the
 * functions return it, over the dataset or over a deals range (flows/dealsRange.ts).
 * Names are English, amounts in US$, and an amount the article does not state is the text
 * "not stated", as in the pane.
 */
import type { Catalog, CatalogDeal } from "../dataset";
import { perCatalog } from "../dataset/perCatalog";
import { qualifierWords } from "../dataset/qualifier";
import type { CellValue } from "../cells";
import {
  buildFlowGraph,
  catalogCircles,
  circlesThrough,
  flowGraph,
  mapCircles,
  type Circle,
  type Circles,
  type FlowDirection,
  type FlowGraph,
} from "../flows/graph";
import { cachedRangeReader, SKIP_REASON_TEXT, type SkippedRow } from "../flows/dealsRange";
import type { MatrixWords } from "../layout/tableWords";
import { findEntity } from "./lookups";
import { withHeaderRow, type Row } from "../tables/tableView";
import { isDomainError, notAvailable, type Outcome } from "./outcome";

export const FLOW_DIRECTIONS = ["both", "in", "out"] as const satisfies readonly FlowDirection[];
/**
 * What EXPOSURE answers: stated US$ in, out or net; or, as their companions, how many flows in,
 * out or either way state no amount, and how many links state no direction (in no total).
 */
export const EXPOSURE_SIDES = ["net", "in", "out", "not_stated_in", "not_stated_out", "not_stated", "undirected"] as const;
export type ExposureSide = (typeof EXPOSURE_SIDES)[number];

export const NOT_STATED_TEXT = "not stated";

export const FLOW_COLUMNS = ["from", "to", "deal_id", "kind", "value_usd", "qualifier", "status", "direction"] as const;
export const CIRCLE_COLUMNS = ["circle", "legs", "smallest_leg_usd", "legs_not_stated", "inferred"] as const;

const DIRECTION_WORDS = { "one-way": "one way", "both-ways": "both ways", "not-stated": NOT_STATED_TEXT } as const;

function dealRow(deal: CatalogDeal, from: string, to: string, valueUsd: number | null): Row {
  return Object.freeze([
    from,
    to,
    deal.id,
    deal.kind,
    valueUsd ?? NOT_STATED_TEXT,
    qualifierWords("en", deal.qualifier),
    deal.status ?? NOT_STATED_TEXT,
    DIRECTION_WORDS[deal.direction],
  ]);
}

/**
 * What FLOWS, EXPOSURE, CYCLES and MONEYMAP answer from: the dataset's money map, or the one a
 * deals range makes (flows/dealsRange.ts). Each is built once, with every flow's row, so a
 * call over a large map only gathers rows.
 */
export interface MoneyMapSource {
  readonly graph: FlowGraph;
  /** Searched the first time they are asked for. */
  circles(): Circles;
  /** The name results show for an entity id. */
  nameOf(entityId: string): string;
  /** An entity's id from a name; #N/A naming the closest where none matches. */
  find(name: string): Outcome<string>;
  readonly flowRows: readonly Row[];
  readonly linkRows: readonly Row[];
  rowOf(deal: CatalogDeal): Row;
  /** The rows a deals range held that were not read (none for the dataset's). */
  readonly skipped: readonly SkippedRow[];
  /** Who tells of the flows, in messages: "the article describes" or "the deals range holds". */
  readonly teller: string;
}

/** A source over a graph: every flow's and link's row built at once. A link's first party is its "from", the others its "to". */
function moneyMapSource(
  graph: FlowGraph,
  nameOf: (entityId: string) => string,
  find: (name: string) => Outcome<string>,
  skipped: readonly SkippedRow[],
  teller: string,
): MoneyMapSource {
  const byDeal = new Map<string, Row>();
  const flowRows = graph.flows.map((f) => {
    const row = dealRow(f.deal, nameOf(f.from), nameOf(f.to), f.valueUsd);
    byDeal.set(f.deal.id, row);
    return row;
  });
  const linkRows = graph.links.map(({ deal }) => {
    const row = dealRow(deal, deal.partyNames[0], deal.partyNames.slice(1).join(", "), deal.valueUsd);
    byDeal.set(deal.id, row);
    return row;
  });
  let circles: Circles | undefined;
  return {
    graph,
    circles: () => (circles ??= mapCircles(graph)),
    nameOf,
    find,
    flowRows,
    linkRows,
    rowOf: (deal) => byDeal.get(deal.id)!,
    skipped,
    teller,
  };
}

/** The dataset's money map, built once per catalog; its circles are the catalog's own. */
export const catalogMoneyMap = perCatalog((catalog: Catalog): MoneyMapSource => {
  const source = moneyMapSource(
    flowGraph(catalog),
    catalog.nameOf,
    (name) => findEntity(catalog, name),
    [],
    "the article describes",
  );
  return { ...source, circles: () => catalogCircles(catalog) };
});

/** The money map of a deals range, by the range's content: the last few are kept (dealsRange.ts). */
export const rangeMoneyMap = perCatalog((catalog: Catalog) =>
  cachedRangeReader(catalog, (read): MoneyMapSource => {
    const find = (name: string): Outcome<string> =>
      read.keyOf(name) ??
      notAvailable(
        `no company or body named "${name}" in the dataset or the deals range; closest ids: ${catalog.closestIds(name, "entity").join(", ")}`,
      );
    return moneyMapSource(buildFlowGraph(read.deals, read.entityOrder), read.nameOf, find, read.skipped, "the deals range holds");
  }),
);

/**
 * The flows of the map, or of one entity, one row each: payer, payee, deal, kind, stated US$,
 * qualifier, status, direction. With direction "both", links without one direction come after
 * the flows, the first party as "from" and the others as "to".
 */
export function flowsTable(
  source: MoneyMapSource,
  entityName: string | undefined,
  direction: FlowDirection,
  headers: boolean,
): Outcome<CellValue[][]> {
  const { graph } = source;
  let entity: string | undefined;
  if (entityName !== undefined) {
    const found = source.find(entityName);
    if (isDomainError(found)) return found;
    entity = found;
  }
  const listed: readonly Row[] =
    entity === undefined
      ? [...source.flowRows, ...(direction === "both" ? source.linkRows : [])]
      : [
          ...graph.flowsOf(entity, direction).map((f) => source.rowOf(f.deal)),
          ...(direction === "both" ? graph.linksOf(entity).map((l) => source.rowOf(l.deal)) : []),
        ];
  if (listed.length === 0)
    return notAvailable(
      entity === undefined
        ? `${source.teller} no money flows`
        : `${source.teller} no money flow ${direction === "both" ? "involving" : direction === "in" ? "into" : "out of"} "${entityName}"`,
    );
  // Rows are shared and frozen; the spill gets its own outer array.
  return withHeaderRow(FLOW_COLUMNS, listed, headers);
}

/** Stated US$ into an entity, out of it, or in minus out (net); or a companion count (EXPOSURE_SIDES). */
export function exposureValue(source: MoneyMapSource, entityName: string, side: ExposureSide): Outcome<number> {
  const entity = source.find(entityName);
  if (isDomainError(entity)) return entity;
  const exposure = source.graph.exposureOf(entity);
  switch (side) {
    case "net":
      return exposure.netUsd;
    case "in":
      return exposure.inUsd;
    case "out":
      return exposure.outUsd;
    case "not_stated_in":
      return exposure.unstatedIn;
    case "not_stated_out":
      return exposure.unstatedOut;
    case "not_stated":
      return exposure.unstatedIn + exposure.unstatedOut;
    case "undirected":
      return exposure.undirected;
  }
}

/** A circle as analysts read it: "Nvidia → OpenAI → Oracle → Nvidia". */
export const circleText = (circle: Circle, nameOf: (id: string) => string) =>
  [...circle.entities, circle.entities[0]].map(nameOf).join(" → ");

/** The circles of the map, or those through one entity, told from it. */
export function cyclesTable(source: MoneyMapSource, entityName: string | undefined, headers: boolean): Outcome<CellValue[][]> {
  const circles = source.circles();
  let listed: readonly Circle[] = circles.circles;
  if (entityName !== undefined) {
    const entity = source.find(entityName);
    if (isDomainError(entity)) return entity;
    listed = circlesThrough(circles, entity);
  }
  if (listed.length === 0)
    return notAvailable(
      entityName === undefined
        ? `the deals form no circle of up to ${circles.maxLength} legs`
        : `no circle of up to ${circles.maxLength} legs passes through "${entityName}"`,
    );
  const rows = listed.map((c): CellValue[] => [
    circleText(c, source.nameOf),
    c.legs.length,
    c.smallestStatedUsd ?? NOT_STATED_TEXT,
    c.unstatedLegs,
    c.inferred,
  ]);
  return withHeaderRow(CIRCLE_COLUMNS, rows, headers);
}

/** The most entities the matrix shows: beyond a few dozen it no longer reads as a map. */
export const MAX_MAPPED_ENTITIES = 30;

/**
 * The entities a matrix shows, in the map's order: all with a flow, or, where there are more
 * than MAX_MAPPED_ENTITIES, those with the most stated money in and out.
 */
export function mappedEntities(graph: FlowGraph): readonly string[] {
  if (graph.entities.length <= MAX_MAPPED_ENTITIES) return graph.entities;
  const moved = (id: string) => graph.exposureOf(id).inUsd + graph.exposureOf(id).outUsd;
  const kept = new Set([...graph.entities].sort((a, b) => moved(b) - moved(a)).slice(0, MAX_MAPPED_ENTITIES));
  return graph.entities.filter((id) => kept.has(id));
}

/**
 * The money map as a matrix: payer in rows, payee in columns, each cell the stated US$ from one
 * to the other (0 where nothing flows, "not stated" where money flows with no amount); each
 * row's total out, its count of flows out with no amount, and net (in minus out); then a row of
 * totals in and a row of counts of flows in with no amount. Totals and counts take every flow
 * of the entity, as EXPOSURE does, not only those within the matrix.
 */
export function moneyMapMatrix(source: MoneyMapSource, words: MatrixWords): Outcome<CellValue[][]> {
  const { graph } = source;
  const entities = mappedEntities(graph);
  if (entities.length === 0) return notAvailable(`${source.teller} no money flows`);
  const column = new Map(entities.map((id, i) => [id, i]));
  const body = entities.map((payer): CellValue[] => {
    const cells: CellValue[] = entities.map(() => 0);
    for (const flow of graph.flowsOf(payer, "out")) {
      const j = column.get(flow.to);
      if (j === undefined) continue;
      // Money flows, but the article gives no amount: never a bare 0.
      if (flow.valueUsd === null) cells[j] = cells[j] === 0 ? words.notStated : cells[j];
      else cells[j] = (typeof cells[j] === "number" ? cells[j] : 0) + flow.valueUsd;
    }
    const exposure = graph.exposureOf(payer);
    return [source.nameOf(payer), ...cells, exposure.outUsd, exposure.unstatedOut, exposure.netUsd];
  });
  return [
    [words.corner, ...entities.map(source.nameOf), words.totalOut, words.notStatedOut, words.net],
    ...body,
    [words.totalIn, ...entities.map((id) => graph.exposureOf(id).inUsd), "", "", ""],
    [words.notStatedIn, ...entities.map((id) => graph.exposureOf(id).unstatedIn), "", "", ""],
  ];
}

/** At most this many skipped rows are named in SKIPPED's list; the rest are counted. */
const LISTED_SKIPS = 10;

/** The rows of a deals range that were not read: how many, or which and why, in one text. */
export function skippedRows(source: MoneyMapSource, list: boolean): CellValue {
  const { skipped } = source;
  if (!list) return skipped.length;
  const named = skipped
    .slice(0, LISTED_SKIPS)
    .map((s) => `row ${s.row}${s.id === "" ? "" : ` (${s.id})`}: ${SKIP_REASON_TEXT[s.reason]}`)
    .join("; ");
  return skipped.length > LISTED_SKIPS ? `${named}; and ${skipped.length - LISTED_SKIPS} more` : named;
}
