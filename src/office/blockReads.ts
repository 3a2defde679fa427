/**
 * Reads of a table's formulas and number formats that fit Excel on the web's 5 MB response:
 * loaded with the rest of a round trip where the estimate fits what is left of the budget,
 * otherwise read afterwards in row blocks, one round trip each. The estimate comes from the
 * plan's rows for the rows the add-in wrote, so that a read the size of the bundled dataset
 * stays in its one round trip, and from a generous size per cell for the analyst's rows, whose
 * text nobody knows before reading it. Where a block's answer is still too large for one
 * response (Excel on the web refuses it: ResponsePayloadSizeLimitExceeded), it is read again
 * in halves.
 */
import { plannedFormat, type TablePlan } from "../domain/layout/plan";
import { payloadBytes, rowBlocks } from "../domain/payload";

/** Excel on the web's refusal of a response over 5 MB: what was asked is to be asked in smaller parts. */
export const isResponseTooLarge = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";

/** A range's formulas and number formats, once read. */
export interface CellsRead {
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
}

/** What is left of one round trip's response budget, and the reads put off to later round trips. */
export class ReadBudget {
  private left: number;
  private readonly later: ((context: Excel.RequestContext) => Promise<number>)[] = [];

  constructor(readonly budget: number) {
    this.left = budget;
  }

  /** Takes what else this round trip reads (a setting, say) off what is left of its budget. */
  reserve(bytes: number): void {
    this.left = Math.max(0, this.left - bytes);
  }

  /**
   * Queues the formulas and number formats of `rows` rows, cut from a range by `rangeOf(from,
   * count)`: in this round trip where `expectedRows` of them fit what is left, otherwise in row
   * blocks after it, once `rows()` (known after this round trip) says how many there are.
   */
  cells(
    rangeOf: (from: number, count: number) => Excel.Range,
    rows: () => number,
    expectedRows: number,
    rowBytes: (row: number) => number,
  ): CellsRead {
    let bytes = 0;
    for (let row = 0; row < expectedRows; row++) bytes += rowBytes(row);
    const cells = { formulas: [] as unknown[][], numberFormat: [] as unknown[][] };
    if (bytes <= this.left) {
      this.left -= bytes;
      // The expected rows now; rows beyond them (known once this round trip is back) in blocks after.
      const head = rangeOf(0, expectedRows).load("formulas,numberFormat");
      this.later.push((context) => this.readBlocks(context, rangeOf, expectedRows, rows(), rowBytes, cells));
      const cut = (read: unknown[][], tail: unknown[][]) => [...read, ...tail].slice(0, rows());
      return {
        get formulas() {
          return cut(head.formulas, cells.formulas);
        },
        get numberFormat() {
          return cut(head.numberFormat, cells.numberFormat);
        },
      };
    }
    this.later.push((context) => this.readBlocks(context, rangeOf, 0, rows(), rowBytes, cells));
    return cells;
  }

  /** Reads rows [first, last) in blocks that each fit one response by the estimate, halving a block Excel refuses. */
  private async readBlocks(
    context: Excel.RequestContext,
    rangeOf: (from: number, count: number) => Excel.Range,
    first: number,
    last: number,
    rowBytes: (row: number) => number,
    cells: { formulas: unknown[][]; numberFormat: unknown[][] },
  ): Promise<number> {
    const blocks = rowBlocks(
      Array.from({ length: Math.max(0, last - first) }, (_, i) => rowBytes(first + i)),
      this.budget,
    ).map(({ from, count }) => ({ from: first + from, count }));
    let syncs = 0;
    while (blocks.length > 0) {
      const { from, count } = blocks.shift()!;
      const block = rangeOf(from, count).load("formulas,numberFormat");
      syncs++;
      try {
        // One round trip per block, on purpose: each block is as much as one response may carry.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isResponseTooLarge(error) || count === 1) throw error;
        const half = Math.ceil(count / 2);
        blocks.unshift({ from, count: half }, { from: from + half, count: count - half });
        continue;
      }
      cells.formulas.push(...block.formulas);
      cells.numberFormat.push(...block.numberFormat);
    }
    return syncs;
  }

  /** Makes the reads put off; returns the round trips they took. */
  async readLater(context: Excel.RequestContext): Promise<number> {
    let syncs = 0;
    for (const read of this.later) syncs += await read(context);
    return syncs;
  }
}

/** What an analyst's cell is taken to weigh in a response before it is read: a paragraph of text and its format. */
export const ANALYST_CELL_BYTES = 300;

/**
 * Each row's estimated size in a response: for the first `written` rows, the add-in's, from
 * that row of the plan (formulas and number formats as JSON, with a quarter more for edits);
 * for the rest, the analyst's, ANALYST_CELL_BYTES for each of the table's `columns`. Rows are
 * measured one by one, not from a sample: a table's rows differ in size (the derived figures
 * at the end of Metrics carry every input's sentence), and a block of the larger ones must
 * still fit. Each is measured once, when first asked for.
 */
export function readRowBytes(plan: TablePlan, written = Infinity, columns = plan.columns.length): (row: number) => number {
  const measured: number[] = [];
  const planned = (index: number) => {
    const row = plan.rows[index];
    const formats = plan.columns.map((_, c) => plannedFormat(plan, row, c));
    return Math.ceil(1.25 * (payloadBytes(row.cells) + payloadBytes(formats)));
  };
  const analyst = columns * ANALYST_CELL_BYTES;
  return (row) => {
    if (row >= written || row >= plan.rows.length) return analyst;
    return (measured[row] ??= planned(row));
  };
}
