/**
 * The analyst's deals: a range with a header row (the workbook's Deals[#All], or any range laid
 * out like it) read into deals the money map understands, so that FLOWS, EXPOSURE, CYCLES and
 * the rest answer from the analyst's rows as well as the article's.
 *
 * - Columns are found by header, in any of the three languages and in any order (HEADER_TO_KEY);
 *   other columns are ignored.
 * - A row with a payer and a payee is a flow; a row with parties and neither is a link. An empty
 *   value is "not stated". A value that is not a number, or a payer without a payee, is skipped
 *   and counted, with the reason.
 * - A name the dataset knows is matched through its aliases (英偉達, NVIDIA and Nvidia are one);
 *   results show the name as the range first writes it. A name the dataset does not know is an
 *   entity of its own, matched without regard to case, width or surrounding spaces.
 * - A row whose id is a dataset deal keeps that deal's inferred fields where the row still says
 *   what the dataset says; any other row is the analyst's, and taken as stated.
 */
import type { Catalog, CatalogDeal } from "../dataset";
import { normaliseName } from "../dataset/catalog";
import { QUALIFIER_WORDS } from "../dataset/qualifier";
import type { Deal, DealKind, Qualifier } from "../dataset/schema";
import { DIRECTION_WORDS, HEADER_TO_KEY } from "../layout/tableWords";
import { invalidArgument, isDomainError, type Outcome } from "../model/outcome";

/** The columns a deals range must have, by key. */
export const REQUIRED_DEAL_COLUMNS = ["id", "parties", "payer", "payee", "value_usd"] as const;
/** Every column read: those it must have, then those it may have. */
export const READ_DEAL_COLUMNS = [...REQUIRED_DEAL_COLUMNS, "direction", "kind", "qualifier", "status"] as const;
type RangeColumn = (typeof READ_DEAL_COLUMNS)[number];

/** Why a row was not read. */
export type SkipReason = "value-not-number" | "payer-without-payee" | "payee-without-payer" | "no-parties";

/** The reasons in the functions' words (English, as their other messages). */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  "value-not-number": "value_usd is not a number of US dollars",
  "payer-without-payee": "a payer without a payee",
  "payee-without-payer": "a payee without a payer",
  "no-parties": "no parties, payer or payee",
};

/** A row that was not read, and why: its 1-based row in the range (the header is row 1) and its id. */
export interface SkippedRow {
  readonly row: number;
  readonly id: string;
  readonly reason: SkipReason;
}

/** How a row of the range relates to the article. */
export type RowOrigin = "article" | "overridden" | "analyst";

export interface RangeDeals {
  /** The rows as deals; parties are entity keys (a dataset id, or the analyst's name's key). */
  readonly deals: readonly CatalogDeal[];
  /** Every entity key, the dataset's first in its order, then the analyst's in order of appearance. */
  readonly entityOrder: readonly string[];
  /** The name results show for an entity key: as the range first writes it. */
  nameOf(key: string): string;
  /** The key of a name: through the dataset's aliases, or the analyst's own; undefined where the range never names it. */
  keyOf(name: string): string | undefined;
  /** Each deal's origin, by deal id. */
  originOf(dealId: string): RowOrigin;
  readonly skipped: readonly SkippedRow[];
  /** The range's header row and its body rows that hold anything, as given: DEALS returns them. */
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Each body row's parties as entity keys (for DEALS' party filter), in `rows` order. */
  readonly partiesOfRow: readonly (readonly string[])[];
}

const QUALIFIER_BY_WORD = new Map<string, Qualifier>(
  Object.values(QUALIFIER_WORDS).flatMap((words) =>
    Object.entries(words).map(([code, word]) => [word.toLowerCase(), code as Qualifier] as const),
  ),
);
const BOTH_WAYS_WORDS = new Set(Object.values(DIRECTION_WORDS).map((words) => words["both-ways"].toLowerCase()));
/** Separators between parties: the Deals table's ", " and what Chinese text writes. */
const PARTY_SEPARATOR = /\s*[,，、;；]\s*/;
/** Keys of names the dataset does not know, apart from every dataset id. */
const ANALYST_KEY_PREFIX = "~";

const isBlank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const textOf = (cell: unknown) => (isBlank(cell) ? "" : String(cell).trim());

/** The column of each key the header names; #VALUE! listing what is missing. */
function columnsOf(header: readonly unknown[]): Outcome<Partial<Record<RangeColumn, number>>> {
  const found: Partial<Record<RangeColumn, number>> = {};
  header.forEach((cell, index) => {
    const key = HEADER_TO_KEY.get(textOf(cell)) ?? HEADER_TO_KEY.get(textOf(cell).toLowerCase());
    if (key !== undefined && !(key in found)) found[key as RangeColumn] = index;
  });
  const missing = REQUIRED_DEAL_COLUMNS.filter((key) => found[key] === undefined);
  if (missing.length > 0)
    return invalidArgument(
      `deals must be a range with a header row holding the Deals table's columns (such as Deals[#All]); missing: ${missing.join(", ")}`,
    );
  return found;
}

/** Reads a deals range: #VALUE! where its header lacks a needed column. */
export function readDealsRange(catalog: Catalog, range: readonly (readonly unknown[])[]): Outcome<RangeDeals> {
  const header = range[0] ?? [];
  const columns = columnsOf(header);
  if (isDomainError(columns)) return columns;
  const at = (row: readonly unknown[], key: RangeColumn) => {
    const index = columns[key];
    return index === undefined ? undefined : row[index];
  };

  const names = new Map<string, string>();
  const analystKeys: string[] = [];
  const keyOfName = new Map<string, string>();
  /** The key of a name written in the range, registering it (and the name shown) at first sight. */
  const register = (written: string): string => {
    const normalised = normaliseName(written);
    let key = keyOfName.get(normalised);
    if (key === undefined) {
      key = catalog.entity(written)?.id ?? `${ANALYST_KEY_PREFIX}${normalised}`;
      keyOfName.set(normalised, key);
      if (key.startsWith(ANALYST_KEY_PREFIX) && !names.has(key)) analystKeys.push(key);
    }
    if (!names.has(key)) names.set(key, written);
    return key;
  };

  const deals: CatalogDeal[] = [];
  const origins = new Map<string, RowOrigin>();
  const skipped: SkippedRow[] = [];
  const rows: (readonly unknown[])[] = [];
  const partiesOfRow: string[][] = [];
  const usedIds = new Set<string>();
  for (let r = 1; r < range.length; r++) {
    const row = range[r];
    if (row.every(isBlank)) continue;
    const id = textOf(at(row, "id"));
    const skip = (reason: SkipReason) => skipped.push({ row: r + 1, id, reason });
    const payer = textOf(at(row, "payer"));
    const payee = textOf(at(row, "payee"));
    const partyNames = textOf(at(row, "parties"))
      .split(PARTY_SEPARATOR)
      .filter((name) => name !== "");
    const value = at(row, "value_usd");
    if (!isBlank(value) && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
      skip("value-not-number");
      continue;
    }
    if ((payer === "") !== (payee === "")) {
      skip(payer === "" ? "payee-without-payer" : "payer-without-payee");
      continue;
    }
    if (payer === "" && partyNames.length === 0) {
      skip("no-parties");
      continue;
    }
    // Two rows with one id are two deals: the second is told apart by its row.
    const dealId = id !== "" && !usedIds.has(id) ? id : `${id || "row"}@${r + 1}`;
    usedIds.add(dealId);
    rows.push(row);

    const oneWay = payer !== "";
    const parties = [...new Set([...partyNames, ...(oneWay ? [payer, payee] : [])].map(register))];
    partiesOfRow.push(parties);
    const from = oneWay ? register(payer) : null;
    const to = oneWay ? register(payee) : null;
    const valueUsd = typeof value === "number" ? value : null;
    const qualifierWord = textOf(at(row, "qualifier")).toLowerCase();
    const status = textOf(at(row, "status"));
    const article = catalog.deal(dealId);
    const readDeal: Deal = {
      id: dealId,
      title: article?.title ?? dealId,
      titleZh: article?.titleZh ?? dealId,
      parties,
      direction: oneWay
        ? "one-way"
        : BOTH_WAYS_WORDS.has(textOf(at(row, "direction")).toLowerCase())
          ? "both-ways"
          : "not-stated",
      from,
      to,
      kind: (textOf(at(row, "kind")) || article?.kind || "") as DealKind,
      valueUsd,
      capacityGw: null,
      stake: null,
      sharePriceUsd: null,
      // A written qualifier may qualify a figure this reader does not take (a stake, GW); with none, only an amount has one.
      qualifier: QUALIFIER_BY_WORD.get(qualifierWord) ?? (valueUsd === null ? null : "exact"),
      date: null,
      timing: null,
      status: (status || null) as Deal["status"],
      condition: null,
      inferred: {},
      caveat: null,
      scope: article?.scope ?? "core",
      source: article?.source ?? "",
      sourceEn: article?.sourceEn ?? "",
    };
    if (article) {
      // What the row still says as the dataset does keeps the dataset's reasons; what the
      // analyst changed is theirs, and stated.
      const sameDirection = article.direction === readDeal.direction && article.from === from && article.to === to;
      const sameValue = article.valueUsd === valueUsd;
      const inferred: Deal["inferred"] = {
        ...(sameDirection && article.inferred.direction !== undefined ? { direction: article.inferred.direction } : {}),
        ...(sameValue && article.inferred.value !== undefined ? { value: article.inferred.value } : {}),
        ...(article.inferred.status !== undefined && readDeal.status === article.status
          ? { status: article.inferred.status }
          : {}),
        ...(article.inferred.kind !== undefined && readDeal.kind === article.kind ? { kind: article.inferred.kind } : {}),
      };
      readDeal.inferred = inferred;
      origins.set(dealId, sameDirection && sameValue ? "article" : "overridden");
    } else origins.set(dealId, "analyst");
    deals.push({ partyNames: parties.map((key) => names.get(key)!), ...readDeal });
  }

  return {
    deals,
    entityOrder: [...catalog.entities.map((e) => e.id), ...analystKeys],
    nameOf: (key) => names.get(key) ?? catalog.nameOf(key),
    keyOf: (name) => {
      const normalised = normaliseName(name);
      return keyOfName.get(normalised) ?? catalog.entity(name)?.id;
    },
    originOf: (dealId) => origins.get(dealId) ?? "analyst",
    skipped,
    header,
    rows,
    partiesOfRow,
  };
}

/** How many read ranges are kept: a sheet seldom passes more than a few different ones. */
const CACHED_RANGES = 4;

/** Whether two ranges hold the same cells. */
function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c] && !(isBlank(x[c]) && isBlank(y[c]))) return false;
  }
  return true;
}

/**
 * A reader that keeps what it built from the last few ranges. Excel calls each cell's function
 * separately, each time with the whole range: a sheet of 50 calls over one Deals table builds
 * the deals, the graph and its circles once, and each later call only compares the cells.
 * `derive` builds what the callers need from the deals (the money map), also kept.
 */
export function cachedRangeReader<T>(
  catalog: Catalog,
  derive: (deals: RangeDeals) => T,
): (range: readonly (readonly unknown[])[]) => Outcome<T> {
  const entries: { range: readonly (readonly unknown[])[]; built: Outcome<T> }[] = [];
  return (range) => {
    const index = entries.findIndex((entry) => sameCells(entry.range, range));
    if (index >= 0) {
      const [entry] = entries.splice(index, 1);
      entries.unshift(entry);
      return entry.built;
    }
    const read = readDealsRange(catalog, range);
    const built = isDomainError(read) ? read : derive(read);
    // Keep a copy: the caller's array may be reused.
    entries.unshift({ range: range.map((row) => row.slice()), built });
    if (entries.length > CACHED_RANGES) entries.pop();
    return built;
  };
}
