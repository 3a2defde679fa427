/** One Excel.run of the fake host: its queue of calls, its proxies' validity, its counters. */
import { payloadBytes } from "../../../src/domain/payload";
import { OfficeError, type FakeWorkbook } from "./model";
import { WorkbookProxy } from "./workbook";

type Operation = () => void;

/** Excel on the web refuses a request, or a response, over 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What each queued call adds to a request on its own: its object path, method and ids. */
const CALL_BYTES = 120;

/** One Excel.run: its queue, its proxies' validity, and its counters. */
export class FakeRequestContext {
  private queue: Operation[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  private alive = true;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => void model.calculationSuspensions++),
    };
  }

  /** Queues a call; `payload` is what it sends (values, formats, a setting's value), counted toward the request's size. */
  enqueue(operation: Operation, payload?: unknown): void {
    this.assertAlive();
    this.queue.push(operation);
    this.requestBytes += CALL_BYTES + (payload === undefined ? 0 : payloadBytes(payload));
  }

  /** Counts what a load sends back toward the response's size. */
  respond(value: unknown): void {
    this.responseBytes += payloadBytes(value);
  }

  assertAlive(): void {
    if (!this.alive) throw new OfficeError("InvalidObjectPath", "This object was created in an Excel.run that has ended");
  }

  async sync(): Promise<void> {
    this.assertAlive();
    this.model.syncCount++;
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.model.requestSizes.push(requestBytes);
    // The web host refuses the whole request: nothing of it runs.
    if (requestBytes > PAYLOAD_LIMIT_BYTES)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes; the limit is 5 MB`);
    const failure = this.model.failAtSync?.sync === this.model.syncCount ? this.model.failAtSync : null;
    const cutAt = failure ? Math.floor(queue.length * failure.ran) : null;
    const cut = () => {
      this.model.failAtSync = null;
      return new OfficeError("GeneralException", "The host stopped responding during the batch (injected failure)");
    };
    for (const [index, operation] of queue.entries()) {
      if (index === cutAt) throw cut();
      if (this.model.failAfterOperations !== null && this.model.operationCount >= this.model.failAfterOperations) {
        this.model.failAfterOperations = null;
        throw new OfficeError("GeneralException", "The host stopped responding (injected failure)");
      }
      this.model.operationCount++;
      operation();
    }
    if (cutAt !== null) throw cut();
    this.model.responseSizes.push(this.responseBytes);
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES)
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response is ${this.responseBytes} bytes; the limit is 5 MB`);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  end(): void {
    this.alive = false;
  }

  /** Excel.run(context, batch): a later batch over an earlier run's objects, such as an event handler to remove. */
  reopen(): void {
    this.alive = true;
  }
}
