/** One Excel.run of the fake host: its queue of calls, its proxies' validity, its counters. */
import { OfficeError, type FakeWorkbook } from "./model";
import { WorkbookProxy } from "./workbook";

type Operation = () => void;

/** One Excel.run: its queue, its proxies' validity, and its counters. */
export class FakeRequestContext {
  private queue: Operation[] = [];
  private alive = true;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => void model.calculationSuspensions++),
    };
  }

  enqueue(operation: Operation): void {
    this.assertAlive();
    this.queue.push(operation);
  }

  assertAlive(): void {
    if (!this.alive) throw new OfficeError("InvalidObjectPath", "This object was created in an Excel.run that has ended");
  }

  async sync(): Promise<void> {
    this.assertAlive();
    this.model.syncCount++;
    const queue = this.queue;
    this.queue = [];
    for (const operation of queue) {
      if (this.model.failAfterOperations !== null && this.model.operationCount >= this.model.failAfterOperations) {
        this.model.failAfterOperations = null;
        throw new OfficeError("GeneralException", "The host stopped responding (injected failure)");
      }
      this.model.operationCount++;
      operation();
    }
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  end(): void {
    this.alive = false;
  }
}
