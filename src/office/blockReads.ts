/**
 * Reads of a table's formulas and number formats that fit Excel on the web's 5 MB response:
 * loaded with the rest of a round trip where the estimate fits what is left of the budget,
 * otherwise read afterwards in row blocks, one round trip each. The estimate comes from the
 * plan's rows, so that a read the size of the bundled dataset stays in its one round trip.
 */
import { plannedFormat, type PlannedRow, type TablePlan } from "../domain/layout/plan";
import { payloadBytes, rowBlocks } from "../domain/payload";

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
    bytesPerRow: number,
  ): CellsRead {
    const bytes = expectedRows * bytesPerRow;
    if (bytes <= this.left) {
      this.left -= bytes;
      const range = rangeOf(0, expectedRows).load("formulas,numberFormat");
      return {
        get formulas() {
          return range.formulas;
        },
        get numberFormat() {
          return range.numberFormat;
        },
      };
    }
    const cells = { formulas: [] as unknown[][], numberFormat: [] as unknown[][] };
    this.later.push(async (context) => {
      const blocks = rowBlocks(Array<number>(rows()).fill(bytesPerRow), this.budget);
      for (const { from, count } of blocks) {
        const block = rangeOf(from, count).load("formulas,numberFormat");
        // One round trip per block, on purpose: each block is as much as one response may carry.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        cells.formulas.push(...block.formulas);
        cells.numberFormat.push(...block.numberFormat);
      }
      return blocks.length;
    });
    return cells;
  }

  /** Makes the reads put off; returns the round trips they took. */
  async readLater(context: Excel.RequestContext): Promise<number> {
    let syncs = 0;
    for (const read of this.later) syncs += await read(context);
    return syncs;
  }
}

/**
 * A row's estimated size in a response, from the plan's rows: formulas and number formats as
 * JSON, with a quarter more for the analyst's longer text.
 */
export function readBytesPerRow(plan: TablePlan): number {
  const sample = plan.rows.slice(0, 50);
  const formats = (row: PlannedRow) => plan.columns.map((_, c) => plannedFormat(plan, row, c));
  const bytes = sample.reduce((sum, row) => sum + payloadBytes(row.cells) + payloadBytes(formats(row)), 0);
  return Math.ceil((1.25 * bytes) / Math.max(1, sample.length));
}
