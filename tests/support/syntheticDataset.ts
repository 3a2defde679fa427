/**
 * Datasets 10× and 1000× the bundled one, with the same shape, for benchmarks and for tests
 * that prove a cost does not grow with the data. Copy n of every record gets the suffix -sN
 * on its id (and on the ids it refers to), so references still resolve within each copy.
 */
import type { Dataset } from "../../src/domain/dataset/schema";

export function scaledDataset(base: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const copies = Array.from({ length: factor }, (_, n) => n);
  const id = (value: string, n: number) => (n === 0 ? value : `${value}-s${n}`);
  const name = (value: string, n: number) => (n === 0 ? value : `${value} ${n}`);
  const renameFormula = (formula: string, n: number) =>
    formula.replace(/\{([a-z0-9-]+)\}/g, (_, ref: string) => `{${id(ref, n)}}`);
  // Figures vary by copy so that look-ups cannot pass by returning the first copy.
  const scale = (value: number, n: number) => value * (1 + n / factor);

  return {
    ...base,
    version: `${base.version.split(".").slice(0, 2).join(".")}.${factor}`,
    entities: copies.flatMap((n) =>
      base.entities.map((e) => ({
        ...e,
        id: id(e.id, n),
        name: name(e.name, n),
        nameZh: name(e.nameZh, n),
        aliases: e.aliases.map((a) => name(a, n)),
      })),
    ),
    deals: copies.flatMap((n) =>
      base.deals.map((d) => ({
        ...d,
        id: id(d.id, n),
        parties: d.parties.map((p) => id(p, n)),
        from: d.from && id(d.from, n),
        to: d.to && id(d.to, n),
        valueUsd: d.valueUsd === null ? null : scale(d.valueUsd, n),
      })),
    ),
    metrics: copies.flatMap((n) =>
      base.metrics.map((m) => ({ ...m, id: id(m.id, n), entity: id(m.entity, n), value: scale(m.value, n) })),
    ),
    derivedMetrics: copies.flatMap((n) =>
      base.derivedMetrics.map((m) => ({ ...m, id: id(m.id, n), entity: id(m.entity, n), formula: renameFormula(m.formula, n) })),
    ),
    events: copies.flatMap((n) => base.events.map((e) => ({ ...e, id: id(e.id, n), entities: e.entities.map((x) => id(x, n)) }))),
  };
}
