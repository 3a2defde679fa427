/**
 * What the add-in wrote outside its tables (titles, the Money map, About, scenario comparisons),
 * and what a later write may do there. The ownership record keeps, for each sheet, each block's
 * box and a fingerprint of every cell written in it (`WrittenArea`). A later write:
 * - proves a marked sheet is the add-in's by those cells: a defined name anyone can write says
 *   which sheet to look at, the cells say whether the add-in wrote there (`sheetProof`);
 * - writes a block's cell only where it is empty or still holds what the add-in wrote: an
 *   analyst's edit is kept and reported (`blockWrites`);
 * - clears the cells an old, larger layout held and the new one does not, again only where they
 *   still hold what the add-in wrote.
 * A record written before these fingerprints existed proves a sheet by the current plan's cells,
 * as a table's rows are proved by their ids without a ledger.
 */
import type { CellValue } from "../cells";
import { coercedFrom } from "./coercedText";
import { address, type Box, type CellBlock } from "./plan";
import { cellFingerprint, FINGERPRINT_WIDTH, plannedFingerprint } from "./reconcile";

/** One block as the add-in wrote it: its box, and its cells' fingerprints, row by row. */
export interface WrittenArea extends Box {
  readonly cells: string;
}

/** What a sheet holds at a zero-based cell, as read back (formulas, or constants). */
export type HeldCell = (row: number, col: number) => CellValue;

const EMPTY = cellFingerprint("");

const boxOf = (block: CellBlock): Box => ({
  row: block.row,
  col: block.col,
  height: block.cells.length,
  width: block.cells[0]?.length ?? 0,
});

/**
 * The areas a sheet's blocks make, for the record. A block's empty rows at its end (the room a
 * spill below a formula takes) are left out: the add-in writes nothing there.
 */
export function writtenAreas(blocks: readonly CellBlock[]): WrittenArea[] {
  return blocks.flatMap((block) => {
    const rows = block.cells.map((row) => row.map(plannedFingerprint).join(""));
    const blank = EMPTY.repeat(block.cells[0]?.length ?? 0);
    let height = rows.length;
    while (height > 0 && rows[height - 1] === blank) height--;
    return height === 0 ? [] : [{ ...boxOf(block), height, cells: rows.slice(0, height).join("") }];
  });
}

/** Each recorded cell the add-in wrote something into (not an empty one), with its fingerprint. */
function recordedCells(areas: readonly WrittenArea[]): { row: number; col: number; fingerprint: string }[] {
  return areas.flatMap((area) =>
    Array.from({ length: area.height * area.width }, (_, i) => ({
      row: area.row + Math.floor(i / area.width),
      col: area.col + (i % area.width),
      fingerprint: area.cells.slice(i * FINGERPRINT_WIDTH, (i + 1) * FINGERPRINT_WIDTH),
    })).filter((cell) => cell.fingerprint !== EMPTY),
  );
}

/** The boxes a write reads on an existing sheet: its blocks now, and what the record says it wrote before. */
export const boxesToRead = (blocks: readonly CellBlock[], recorded: readonly WrittenArea[] | undefined): Box[] => [
  ...blocks.filter((block) => block.cells.length > 0).map(boxOf),
  ...(recorded ?? []).map(({ row, col, height, width }) => ({ row, col, height, width })),
];

/**
 * Whether a sheet's cells say the add-in wrote there: they hold what it wrote (by the record, or
 * where the record has no fingerprints, what the plan writes) in more places than they hold
 * something else. An empty cell says neither. So a sheet of the analyst's that a name was
 * pointed at contradicts it, and one of the add-in's with a retitled heading still proves.
 */
export function sheetProof(blocks: readonly CellBlock[], recorded: readonly WrittenArea[] | undefined, held: HeldCell) {
  let agree = 0;
  let disagree = 0;
  const count = (matches: boolean) => (matches ? agree++ : disagree++);
  if (recorded) {
    for (const cell of recordedCells(recorded)) {
      const now = held(cell.row, cell.col);
      if (now !== "") count(cellFingerprint(now) === cell.fingerprint);
    }
  } else {
    for (const block of blocks)
      block.cells.forEach((cells, r) =>
        cells.forEach((planned, c) => {
          const now = held(block.row + r, block.col + c);
          if (planned !== "" && now !== "") count(cellFingerprint(now) === plannedFingerprint(planned));
        }),
      );
  }
  return { agree, disagree, proved: agree >= disagree };
}

/** A block as written: null leaves a cell as it is. */
export interface BlockWrite {
  readonly block: CellBlock;
  readonly cells: readonly (readonly (CellValue | null)[])[];
}

export interface AreaWrites {
  readonly blocks: readonly BlockWrite[];
  /** Cells an earlier layout held that this one does not, still as the add-in wrote them: emptied. */
  readonly cleared: readonly { readonly row: number; readonly col: number }[];
  /** Cells the add-in wrote that hold something else now: the analyst's, kept. A1 addresses. */
  readonly kept: readonly string[];
  /** The record of this write's areas. */
  readonly areas: readonly WrittenArea[];
}

/**
 * The writes of a sheet's blocks. Without a record of what the add-in wrote (a sheet written
 * before these fingerprints, proved by its content), every cell is written as before. With one,
 * a cell is written where it is empty or holds what the add-in wrote there; a cell planned empty
 * is left as it is (a spill may fill it); what the old layout wrote outside the new one is
 * cleared where it is unchanged.
 */
export function blockWrites(
  blocks: readonly CellBlock[],
  recorded: readonly WrittenArea[] | undefined,
  held: HeldCell,
): AreaWrites {
  const areas = writtenAreas(blocks);
  if (!recorded) return { blocks: blocks.map((block) => ({ block, cells: block.cells })), cleared: [], kept: [], areas };
  const wrote = new Map(recordedCells(recorded).map((cell) => [`${cell.row},${cell.col}`, cell.fingerprint]));
  const kept: string[] = [];
  const planned = new Set<string>();
  const writes = blocks.map((block): BlockWrite => {
    const cells = block.cells.map((row, r) =>
      row.map((cell, c) => {
        const [at, col] = [block.row + r, block.col + c];
        planned.add(`${at},${col}`);
        const now = held(at, col);
        const before = wrote.get(`${at},${col}`);
        if (cell === "") {
          // Planned empty: emptied where the add-in wrote something before and it is unchanged.
          if (now === "" || before === undefined) return null;
          if (cellFingerprint(now) === before) return "";
          kept.push(address(at, col));
          return null;
        }
        if (now === "" || cellFingerprint(now) === plannedFingerprint(cell)) return cell;
        if (before !== undefined && cellFingerprint(now) === before) return cell;
        // What Excel made of the same text written into a General cell (coercedText.ts): the add-in's.
        if (before === plannedFingerprint(cell) && coercedFrom(cell, now)) return cell;
        // Something the add-in did not write, or no longer as it wrote it: the analyst's.
        kept.push(address(at, col));
        return null;
      }),
    );
    return { block, cells };
  });
  const cleared: { row: number; col: number }[] = [];
  for (const [key, fingerprint] of wrote) {
    if (planned.has(key)) continue;
    const [row, col] = key.split(",").map(Number);
    const now = held(row, col);
    if (now === "") continue;
    if (cellFingerprint(now) === fingerprint) cleared.push({ row, col });
    else kept.push(address(row, col));
  }
  return { blocks: writes, cleared, kept, areas };
}

/** What a sheet holds in the boxes read, as one look-up; a cell outside them reads as empty. */
export function heldIn(boxes: readonly Box[], grids: readonly (readonly (readonly CellValue[])[])[]): HeldCell {
  const cells = new Map<string, CellValue>();
  boxes.forEach((box, i) =>
    grids[i].forEach((row, r) => row.forEach((cell, c) => cells.set(`${box.row + r},${box.col + c}`, cell))),
  );
  return (row, col) => cells.get(`${row},${col}`) ?? "";
}
