/**
 * Property tests over what Excel can pass: every call returns a finite value (or a matrix of
 * them) or throws a CustomFunctions.Error #VALUE!/#N/A with a message, nothing else.
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { cumulativeNetBurn } from "../../src/domain/model/runway";
import { FakeCustomFunctionError } from "../fakes/customFunctions";

const RUNS = 10_000;

const scalar = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    1e308,
    -1e308,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
    2016,
    2025,
    2030.5,
    0.05,
    -0.999999,
    2 ** 53 + 2,
  ),
  fc.double(),
  fc.integer({ min: 1900, max: 2200 }),
  fc.string(),
  fc.constantFrom(
    "",
    "logistic",
    "linear",
    "hold",
    "en",
    "zh",
    "nvidia",
    "英偉達",
    "openai-oracle-compute",
    "xai-funding",
    "revenue",
    "2025-H1",
    "value_usd",
    "stake",
    "Oracle",
    "甲骨文",
    "in",
    "out",
    "net",
    "both",
  ),
  fc.boolean(),
  fc.constant(null),
);
/** A range laid out as the Deals table (its header row, some columns shuffled away), with rows of anything. */
const dealsRange = fc
  .tuple(
    fc.shuffledSubarray(["id", "parties", "payer", "payee", "value_usd", "kind", "direction", "qualifier", "status", "付款方"], {
      minLength: 4,
    }),
    fc.array(
      fc.array(fc.oneof(scalar, fc.constantFrom("Nvidia", "CoreWeave", "英偉達", "Oracle, OpenAI")), {
        minLength: 10,
        maxLength: 10,
      }),
      {
        maxLength: 6,
      },
    ),
  )
  .map(([header, rows]) => [header, ...rows.map((row) => row.slice(0, header.length))]);
const excelArgument = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: dealsRange },
);

function isFiniteCell(value: unknown): boolean {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function checkOutcome(call: () => unknown): boolean {
  try {
    const result = call();
    if (Array.isArray(result)) return result.length > 0 && result.every((row) => Array.isArray(row) && row.every(isFiniteCell));
    return isFiniteCell(result);
  } catch (error) {
    return error instanceof FakeCustomFunctionError && ["#VALUE!", "#N/A"].includes(error.code) && error.message.length > 0;
  }
}

const arities: Record<string, number> = {
  runway: 5,
  burn: 3,
  aishare: 2,
  aishares: 4,
  deal: 2,
  deals: 3,
  metric: 3,
  metrics: 2,
  source: 2,
  flows: 4,
  exposure: 3,
  cycles: 3,
  moneymap: 2,
  skipped: 2,
  dependence: 4,
  stress: 4,
};

describe.each(Object.entries(arities))("COMPUTE.%s over anything Excel can pass", (name, arity) => {
  const fn = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[name];

  it(`returns finite values or a #VALUE!/#N/A error with a message (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(excelArgument, { minLength: 0, maxLength: arity }), (args) => checkOutcome(() => fn(...args))),
      { numRuns: RUNS },
    );
  });
});

describe("COMPUTE.RUNWAY over plausible finance inputs", () => {
  it("returns a runway that spends exactly the cash, or #N/A (10000 runs)", () => {
    const money = fc.double({ min: 1, max: 1e13, noNaN: true });
    const rate = fc.double({ min: -0.5, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(money, money, rate, fc.oneof(fc.constant(0), money), rate, (cash, burn, g, revenue, r) => {
        try {
          const months = functions.runway(cash, burn, g, revenue, r);
          const inputs = { cash, monthlyBurn: burn, burnGrowth: g, monthlyRevenue: revenue, revenueGrowth: r };
          const spent = cumulativeNetBurn(inputs, months);
          // Where burn and revenue nearly cancel, the net is the difference of two large sums:
          // judge the error against the larger flow, as any floating-point answer must be.
          const grossBurn = cumulativeNetBurn({ ...inputs, monthlyRevenue: 0 }, months);
          return months >= 0 && months <= 1200 && Math.abs(spent - cash) <= 1e-9 * Math.max(cash, grossBurn);
        } catch (error) {
          return error instanceof FakeCustomFunctionError && error.code === "#N/A";
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("COMPUTE.RUNWAY's fast path for plain cash and burn", () => {
  /** The value, or the error's code and message: what a cell would show. */
  function shown(call: () => unknown): unknown {
    try {
      return call();
    } catch (error) {
      return error instanceof FakeCustomFunctionError ? [error.code, error.message] : error;
    }
  }

  it(`answers as the full argument path does (${RUNS} runs)`, () => {
    // A zero growth rate sends the same call down the full path: read by spec, closed form, checked.
    fc.assert(
      fc.property(excelArgument, excelArgument, (cash, burn) => {
        expect(shown(() => functions.runway(cash, burn))).toEqual(shown(() => functions.runway(cash, burn, 0)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    [0, 1],
    [-0, 1],
    [1e-300, 1e300],
    [1200, 1],
    [1201, 1],
    [1, Infinity],
    [Infinity, 1],
    [1, NaN],
    [-1, 1],
    [1, 0],
    [5e-324, 5e-324],
  ])("RUNWAY(%p, %p) equals the full path's answer", (cash, burn) => {
    const fast = shown(() => functions.runway(cash, burn));
    expect(fast).toEqual(shown(() => functions.runway(cash, burn, 0)));
    expect(Object.is(fast, -0)).toBe(false);
  });
});
