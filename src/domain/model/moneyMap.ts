/**
 * FLOWS, EXPOSURE and CYCLES: the money map (flows/graph.ts) as the functions return it.
 * Names are English, amounts in US$, and an amount the article does not state is the text
 * "not stated", as in the pane.
 */
import type { Catalog, CatalogDeal } from "../dataset";
import { perCatalog } from "../dataset/perCatalog";
import { QUALIFIER_WORDS } from "../dataset/qualifier";
import type { CellValue } from "../cells";
import { catalogCircles, circlesThrough, flowGraph, type Circle, type FlowDirection } from "../flows/graph";
import { findEntity } from "./lookups";
import { withHeaderRow, type Row } from "../tables/tableView";
import { isDomainError, notAvailable, type Outcome } from "./outcome";

export const FLOW_DIRECTIONS = ["both", "in", "out"] as const satisfies readonly FlowDirection[];
export const EXPOSURE_SIDES = ["net", "in", "out"] as const;
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
    QUALIFIER_WORDS.en[deal.qualifier],
    deal.status ?? NOT_STATED_TEXT,
    DIRECTION_WORDS[deal.direction],
  ]);
}

/**
 * Every flow's and link's row, built once per catalog as the Deals rows are: FLOWS over a large
 * dataset then only gathers rows. A link's first party is its "from", the others its "to".
 */
const flowRows = perCatalog((catalog: Catalog) => {
  const graph = flowGraph(catalog);
  const byDeal = new Map<string, Row>();
  const flows = graph.flows.map((f) => {
    const row = dealRow(f.deal, catalog.nameOf(f.from), catalog.nameOf(f.to), f.valueUsd);
    byDeal.set(f.deal.id, row);
    return row;
  });
  const links = graph.links.map(({ deal }) => {
    const row = dealRow(deal, deal.partyNames[0], deal.partyNames.slice(1).join(", "), deal.valueUsd);
    byDeal.set(deal.id, row);
    return row;
  });
  return { graph, flows, links, of: (deal: CatalogDeal) => byDeal.get(deal.id)! };
});

/** Builds the map and the rows FLOWS gathers when the functions load, as prepareLookups does for the tables. */
export function prepareMoneyMap(catalog: Catalog): void {
  flowRows(catalog);
}

/**
 * The flows of the map, or of one entity, one row each: payer, payee, deal, kind, stated US$,
 * qualifier, status, direction. With direction "both", links without one direction come after
 * the flows, the first party as "from" and the others as "to".
 */
export function flowsTable(
  catalog: Catalog,
  entityName: string | undefined,
  direction: FlowDirection,
  headers: boolean,
): Outcome<CellValue[][]> {
  const { graph, flows, links, of } = flowRows(catalog);
  let entity: string | undefined;
  if (entityName !== undefined) {
    const found = findEntity(catalog, entityName);
    if (isDomainError(found)) return found;
    entity = found;
  }
  const listed: readonly Row[] =
    entity === undefined
      ? [...flows, ...(direction === "both" ? links : [])]
      : [
          ...graph.flowsOf(entity, direction).map((f) => of(f.deal)),
          ...(direction === "both" ? graph.linksOf(entity).map((l) => of(l.deal)) : []),
        ];
  if (listed.length === 0)
    return notAvailable(
      entity === undefined
        ? "the dataset has no money flows"
        : `the article describes no money flow ${direction === "both" ? "involving" : direction === "in" ? "into" : "out of"} "${entityName}"`,
    );
  // Rows are shared and frozen; the spill gets its own outer array.
  return withHeaderRow(FLOW_COLUMNS, listed, headers);
}

/** Stated US$ into an entity, out of it, or in minus out (net). */
export function exposureValue(catalog: Catalog, entityName: string, side: ExposureSide): Outcome<number> {
  const entity = findEntity(catalog, entityName);
  if (isDomainError(entity)) return entity;
  const exposure = flowGraph(catalog).exposureOf(entity);
  return side === "net" ? exposure.netUsd : side === "in" ? exposure.inUsd : exposure.outUsd;
}

/** A circle as analysts read it: "Nvidia → OpenAI → Oracle → Nvidia". */
export const circleText = (circle: Circle, nameOf: (id: string) => string) =>
  [...circle.entities, circle.entities[0]].map(nameOf).join(" → ");

/** The circles of the map, or those through one entity, told from it. */
export function cyclesTable(catalog: Catalog, entityName: string | undefined, headers: boolean): Outcome<CellValue[][]> {
  const circles = catalogCircles(catalog);
  let listed: readonly Circle[] = circles.circles;
  if (entityName !== undefined) {
    const entity = findEntity(catalog, entityName);
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
    circleText(c, catalog.nameOf),
    c.legs.length,
    c.smallestStatedUsd ?? NOT_STATED_TEXT,
    c.unstatedLegs,
    c.inferred,
  ]);
  return withHeaderRow(CIRCLE_COLUMNS, rows, headers);
}
