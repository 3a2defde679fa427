/**
 * Proxy objects as Office.js has them: calls are queued and run at sync; load() names the
 * properties a later sync fills in, and reading one that was not loaded throws.
 */
import type { FakeRequestContext } from "./context";
import { clone, OfficeError } from "./model";

/** Base for proxies: load() records which properties a later sync fills in. */
export abstract class Proxy<Model> {
  private loaded = new Map<string, unknown>();
  private target: Model | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly locate: () => Model,
  ) {}

  /** The model object, found when the queue runs (not when the proxy was made). */
  protected resolve(): Model {
    this.target ??= this.locate();
    return this.target;
  }

  protected abstract read(property: string, model: Model): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new TypeError("The add-in loads named properties only (a bare load() pulls everything)");
    this.context.enqueue(() => {
      const model = this.resolve();
      for (const name of names) {
        const value = clone(this.read(name, model));
        this.context.respond(value);
        this.loaded.set(name, value);
      }
    });
    return this;
  }

  protected loadedValue(property: string): unknown {
    this.context.assertAlive();
    if (!this.loaded.has(property)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Load it and call context.sync() first.`,
      );
    }
    return this.loaded.get(property);
  }

  /** Queues a change; `payload` is the data it sends, which counts toward the request's size. */
  protected write(operation: (model: Model) => void, payload?: unknown): void {
    this.context.enqueue(() => operation(this.resolve()), payload);
  }
}

/** A collection loaded as "items/a,items/b": each item is a plain snapshot of those properties. */
function snapshotItems<T>(items: T[], fields: string[], read: (item: T, field: string) => unknown) {
  return items.map((item) => Object.fromEntries(fields.map((f) => [f, read(item, f)])));
}

export class CollectionProxy<T> extends Proxy<T[]> {
  constructor(
    context: FakeRequestContext,
    locate: () => T[],
    private readonly readItem: (item: T, field: string) => unknown,
  ) {
    super(context, locate);
  }
  protected read(property: string, items: T[]): unknown {
    const fields = property.startsWith("items/") ? [property.slice(6)] : null;
    if (!fields) throw new TypeError(`Load collection items as "items/<property>", not ${property}`);
    return snapshotItems(items, fields, this.readItem);
  }
  override load(properties: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    for (const name of names) super.load(name);
    this.fields = names.map((n) => n.slice(6));
    return this;
  }
  private fields: string[] = [];
  /** Each item as Office.js hands it back: a loaded path such as "series/count" as a nested object. */
  get items(): Record<string, unknown>[] {
    const columns = this.fields.map((f) => this.loadedValue(`items/${f}`) as Record<string, unknown>[]);
    return (columns[0] ?? []).map((_, i) => {
      const item: Record<string, unknown> = {};
      for (const [f, column] of this.fields.map((field, n) => [field, columns[n]] as const)) {
        const path = f.split("/");
        let at = item;
        for (const step of path.slice(0, -1)) at = (at[step] ??= {}) as Record<string, unknown>;
        at[path[path.length - 1]] = column[i][f];
      }
      return item;
    });
  }
}
