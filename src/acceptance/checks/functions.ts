/**
 * Every custom function calculates in this Excel: formulas with known answers are written on the
 * suite's scratch sheet, and the values Excel shows once it has calculated are compared with
 * what the same cores compute here. Read-only: the scratch sheet is the suite's own.
 */
import type { CellValue } from "../../domain/cells";
import { bundledCatalog } from "../../domain/dataset";
import { computeCall, num, text, type FunctionId } from "../../domain/formulas/build";
import { computeCores } from "../../domain/formulas/cores";
import { EXCEL_ERROR_TEXT, isDomainError } from "../../domain/model/outcome";
import { calculatedValues, errorDetail, spillSizes, writeFormulas } from "../excel";
import { firstOf, sameValue, shown, verdict, type Check, type SuiteRun, type Verdict } from "./check";

type Argument = number | string;

interface KnownCall {
  readonly id: FunctionId;
  readonly args: readonly Argument[];
  /** Where the analyst's guide states the answer, it is given here rather than computed. */
  readonly stated?: CellValue;
}

const cores = computeCores(bundledCatalog);
const firstDeal = bundledCatalog.deals[0];
const firstMetric = bundledCatalog.metrics[0];
const party = firstDeal.partyNames[0];

export const formulaOfCall = (call: KnownCall) =>
  computeCall(
    call.id,
    call.args.map((arg) => (typeof arg === "number" ? num(arg) : text(arg))),
  );

/** What Excel should show for a call: the top-left value of a spill, an error's code. */
function expectedOf(call: KnownCall): { value: CellValue; size: { rows: number; columns: number } | null } {
  if (call.stated !== undefined) return { value: call.stated, size: null };
  const result = cores[call.id](call.args);
  if (isDomainError(result)) return { value: EXCEL_ERROR_TEXT[result.code], size: null };
  if (!Array.isArray(result)) return { value: result, size: null };
  return { value: result[0]?.[0] ?? "", size: { rows: result.length, columns: result[0]?.length ?? 0 } };
}

/** Room below each call for its spill: the dataset's longest table is well under this. */
const ROWS_PER_CALL = 200;

/** The calls of one check, each in its own cell of column A. */
async function calculate(run: SuiteRun, calls: readonly KnownCall[], firstRow: number) {
  const placed = calls.map((call, index) => ({
    call,
    address: `A${firstRow + index * ROWS_PER_CALL}`,
    formula: formulaOfCall(call),
  }));
  await writeFormulas(run.scratchSheet, placed);
  const values = await calculatedValues(
    run.scratchSheet,
    placed.map((p) => p.address),
  );
  const sizes = await spillSizes(
    run.scratchSheet,
    placed.map((p) => p.address),
  );
  return placed.map((p, index) => ({ ...p, value: values[index], size: sizes[index] }));
}

/**
 * @param errors whether an error is the answer: a look-up or spill that the add-in itself
 *   answers with an error would make the comparison pass for nothing.
 */
function compare(results: Awaited<ReturnType<typeof calculate>>, withSizes: boolean, errors = false): Verdict {
  const differences: string[] = [];
  for (const { call, formula, value, size } of results) {
    const expected = expectedOf(call);
    if (!errors && typeof expected.value === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(expected.value))
      differences.push(`${formula} is expected to answer, not ${expected.value}`);
    if (!sameValue(expected.value, value)) differences.push(`${formula} showed ${shown(value)}, not ${shown(expected.value)}`);
    if (withSizes && expected.size && size && (size.rows !== expected.size.rows || size.columns !== expected.size.columns))
      differences.push(`${formula} spilled ${size.rows}×${size.columns}, not ${expected.size.rows}×${expected.size.columns}`);
    if (withSizes && expected.size && size === null && results.length > 0 && value !== "#SPILL!")
      differences.push(`${formula} did not spill`);
  }
  const expected = results.map(({ call }) => `${call.id}=${shown(expectedOf(call).value)}`).join(", ");
  return verdict(differences.length === 0, expected, firstOf(differences));
}

const functionCheck = (id: string, title: string, calls: readonly KnownCall[], firstRow: number, spills = false): Check => ({
  id,
  title,
  covers: "custom functions calculate in Excel",
  mode: "read-only",
  run: async (run) => compare(await calculate(run, calls, firstRow), spills),
});

export const FUNCTION_CHECKS: readonly Check[] = [
  functionCheck(
    "functions-known-answers",
    "RUNWAY and AISHARE give the guide's answers",
    [
      // The article: US$20B of funding at US$1B a month lasts 20 months.
      { id: "RUNWAY", args: [20000000000, 1000000000], stated: 20 },
      // Halfway between 2023 (19.6%) and 2024 (23.4%).
      { id: "AISHARE", args: [2023.5], stated: 0.215 },
      { id: "BURN", args: [20000000000, 20] },
    ],
    1,
  ),
  functionCheck(
    "functions-lookups",
    "DEAL, METRIC and SOURCE read the dataset",
    [
      { id: "DEAL", args: [firstDeal.id] },
      { id: "DEAL", args: [firstDeal.id, "payer"] },
      { id: "METRIC", args: [firstMetric.entityName, firstMetric.metric, firstMetric.period] },
      { id: "SOURCE", args: [firstDeal.id] },
      { id: "SOURCE", args: [firstDeal.id, "en"] },
      { id: "EXPOSURE", args: [party] },
    ],
    2001,
  ),
  functionCheck(
    "functions-spills",
    "DEALS, METRICS, AISHARES, FLOWS and CYCLES spill at their sizes",
    [
      { id: "DEALS", args: [] },
      { id: "DEALS", args: [party] },
      { id: "METRICS", args: [] },
      { id: "AISHARES", args: [2016, 2025] },
      { id: "FLOWS", args: [] },
      { id: "CYCLES", args: [] },
    ],
    4001,
    true,
  ),
  {
    id: "functions-bad-argument",
    title: "A bad argument gives #VALUE! with a message naming it",
    covers: "bad input gets a clear error",
    mode: "read-only",
    run: async (run) => {
      const call: KnownCall = { id: "RUNWAY", args: ["twenty billion", 1000000000] };
      const [result] = await calculate(run, [call], 6001);
      const expected = expectedOf(call).value;
      const detail = await errorDetail(run.scratchSheet, result.address);
      const message =
        detail === undefined
          ? "message not exposed (no ExcelApi 1.16)"
          : detail === null
            ? "message not exposed by valuesAsJson"
            : detail;
      // Where the host hands the message back, it must name the argument.
      const named = typeof detail !== "string" || detail.includes("cash");
      return verdict(
        result.value === expected && named,
        `${expected}, message naming "cash"`,
        `${shown(result.value)}, ${message}`,
      );
    },
  },
];
