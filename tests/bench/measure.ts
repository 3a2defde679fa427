/** Timing helpers for npm run bench. Figures are medians of several rounds, run side by side. */
export interface Measurement {
  name: string;
  nsPerCall: number;
}

let sink = 0;
/** Keeps results alive so the optimiser cannot drop the work being timed. */
export function consume(value: unknown): void {
  sink += typeof value === "number" ? value : 1;
}
export const sinkValue = () => sink;

export function measure(name: string, calls: number, body: (i: number) => void, rounds = 7): Measurement {
  for (let i = 0; i < Math.min(calls, 10_000); i++) body(i); // warm up the JIT
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) body(i);
    samples.push(Number(process.hrtime.bigint() - start) / calls);
  }
  return { name, nsPerCall: median(samples) };
}

/** Nanoseconds one call of `body` takes; for work that can only be done once per input. */
export function timeOnce(body: () => unknown): number {
  const start = process.hrtime.bigint();
  consume(body());
  return Number(process.hrtime.bigint() - start);
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Collects garbage left by earlier work, so that a single timing does not pay for it (needs node --expose-gc). */
export function settleHeap(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("run the benchmarks with node --expose-gc (npm run bench does)");
  collect();
}

/** One line of the report: a name, a time, and what to read it against. */
export function reportLine(name: string, ns: number, note = ""): string {
  return `  ${name.padEnd(40)} ${formatNs(ns).padStart(10)}${note && ` (${note})`}`;
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/**
 * The cost of `candidate` relative to `baseline`, timed in alternating rounds so that both see
 * the same machine load; the median of the per-round ratios.
 */
export function ratio(calls: number, baseline: (i: number) => void, candidate: (i: number) => void, rounds = 15): number {
  // Two separate loops, not one shared timer: each call site then sees one function and the
  // engine can inline both alike.
  const timeBaseline = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) baseline(i);
    return Number(process.hrtime.bigint() - start);
  };
  const timeCandidate = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) candidate(i);
    return Number(process.hrtime.bigint() - start);
  };
  timeBaseline();
  timeCandidate();
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) ratios.push(timeCandidate() / timeBaseline());
  return median(ratios);
}
