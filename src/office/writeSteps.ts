/**
 * The apply step of a write as a list of steps, each a few Office.js calls with their estimated
 * size, packed into batches that each fit one request (domain/payload.ts). A whole-range write
 * is cut into row blocks first, so that no step is over the budget. Steps run in order and each
 * batch is synced before the next is queued: a write cut short leaves the earlier batches done.
 */
import { CALL_BYTES, packBatches, payloadBytes, rowBlocks } from "../domain/payload";
import type { WriteProgress } from "../domain/writeReport";

interface Step {
  readonly sheet: string | null;
  readonly bytes: number;
  readonly run: () => void;
}

export class WriteSteps {
  private readonly steps: Step[] = [];

  constructor(readonly budget: number) {}

  /** `calls` Office.js calls, queued by `run`, that send `payload` between them. */
  add(sheet: string | null, run: () => void, calls = 1, payload?: unknown): void {
    this.steps.push({ sheet, run, bytes: calls * CALL_BYTES + (payload === undefined ? 0 : payloadBytes(payload)) });
  }

  /**
   * A write of `grids` (rows of the same height, such as values and their number formats), cut
   * into row blocks that each fit the budget; `write(from, count)` queues one block's `calls` calls.
   */
  rows(
    sheet: string,
    grids: readonly (readonly (readonly unknown[])[])[],
    write: (from: number, count: number) => void,
    calls = grids.length,
  ): void {
    const height = grids[0]?.length ?? 0;
    const rowBytes = Array.from({ length: height }, (_, r) => grids.reduce((sum, grid) => sum + payloadBytes(grid[r]) + 1, 0));
    // Blocks of a quarter of the budget pack into fuller batches than blocks of all of it.
    for (const { from, count } of rowBlocks(rowBytes, this.budget / 4 - calls * CALL_BYTES)) {
      const bytes = calls * CALL_BYTES + rowBytes.slice(from, from + count).reduce((a, b) => a + b, 0);
      this.steps.push({ sheet, bytes, run: () => write(from, count) });
    }
  }

  /**
   * Runs the steps batch by batch: each batch with calculation suspended, synced before the next
   * is queued. Reports progress where there is more than one batch. Returns the syncs made.
   */
  async apply(context: Excel.RequestContext, onProgress?: (progress: WriteProgress) => void): Promise<number> {
    const batches = packBatches(this.steps, this.budget);
    for (const [index, batch] of batches.entries()) {
      const sheet = batch.find((step) => step.sheet !== null)?.sheet ?? null;
      if (batches.length > 1) onProgress?.({ sheet, batch: index + 1, batches: batches.length });
      context.application.suspendApiCalculationUntilNextSync();
      for (const step of batch) step.run();
      // One round trip per batch, on purpose: each batch is as much as one request may carry.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return batches.length;
  }
}
