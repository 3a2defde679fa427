/**
 * Explains one cell from what the adapter read of it (facts.ts): a dataset figure in one of the
 * add-in's tables, a COMPUTE call anywhere, a formula that reads such cells, or nothing from
 * the dataset at all. Pure: the same facts give the same explanation.
 */
import type { CellValue } from "../cells";
import type { Catalog } from "../dataset";
import { perCatalog } from "../dataset/perCatalog";
import { FUNCTION_IDS, NAMESPACE, type FunctionId } from "../formulas/build";
import { computeCores, parameterNames, readArguments, type ComputeCores } from "../formulas/cores";
import { CellError, evaluateNode, type Evaluated, type FormulaScope } from "../formulas/evaluate";
import { parseComputeCall } from "../formulas/computeCall";
import { formulaText } from "../formulas/formulaText";
import { callsCompute, childNodes, computeFunctionOf, parseFormula, type FormulaNode } from "../formulas/parse";
import { findDeal, findMetric } from "../model/lookups";
import { catalogMoneyMap, rangeMoneyMap } from "../model/moneyMap";
import { dependences, stress } from "../flows/stress";
import { EXCEL_ERROR_TEXT, isDomainError } from "../model/outcome";
import { aiShareDetail } from "./aiShareDetail";
import { referenceKey, type CellFacts } from "./facts";
import { analystRowInTable, figureInTable, figureOf } from "./figure";
import { burnDetail, runwayDetail } from "./runwayDetail";
import type { ArgumentExplanation, CallDetail, CallExplanation, Explanation, Precedent } from "./types";

const coresOf = perCatalog(computeCores);
const isFunctionId = (id: string): id is FunctionId => (FUNCTION_IDS as readonly string[]).includes(id);

/** The first COMPUTE call in a tree, outermost first: =COMPUTE.AISHARE(2030)*2 explains its AISHARE. */
function firstComputeCall(node: FormulaNode): Extract<FormulaNode, { kind: "call" }> | null {
  if (node.kind === "call" && computeFunctionOf(node, NAMESPACE) !== null) return node;
  for (const child of childNodes(node)) {
    const found = firstComputeCall(child);
    if (found) return found;
  }
  return null;
}

/** Evaluates arguments over what the adapter read; anything it did not read is unknown. */
function scopeOf(facts: CellFacts, cores: ComputeCores): FormulaScope {
  const unread = (what: string): never => {
    throw new Error(`${what} was not read`);
  };
  const read = (key: string): CellValue | CellValue[][] => {
    const found = facts.references.get(key) ?? unread(key);
    const rows = found.values.map((row) => [...row]);
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  };
  const scalar = (value: CellValue | CellValue[][]) => (Array.isArray(value) ? unread("a range in arithmetic") : value);
  return {
    cell: (address) => scalar(read(referenceKey({ kind: "reference", sheet: null, address }, facts.sheet)!)),
    name: (name) => scalar(read(referenceKey({ kind: "name", name }, facts.sheet)!)),
    reference: (sheet, address) => read(referenceKey({ kind: "reference", sheet, address }, facts.sheet)!),
    tableColumn: () => unread("a table column"),
    wholeTable: (table) => read(referenceKey({ kind: "structured", table, specifier: "#All" }, facts.sheet)!) as CellValue[][],
    cores,
  };
}

/** What a cell shows for an error value, as Office.js gives it: "#VALUE!", "#N/A", "#DIV/0!"… */
const ERROR_TEXT = /^#(?:[A-Z0-9/]+[!?]|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!)$/;

function argumentOf(node: FormulaNode | undefined, name: string, facts: CellFacts, scope: FormulaScope) {
  if (!node) return { shown: { name, text: "", value: null, reference: null }, raw: null as unknown, known: true };
  let evaluated: Evaluated | undefined;
  try {
    evaluated = evaluateNode(node, scope, formulaText(node));
  } catch {
    evaluated = undefined;
  }
  const key = referenceKey(node, facts.sheet);
  const reference = key === null ? null : (facts.references.get(key)?.address ?? null);
  // A range read whole (Deals[#All]) shows its size.
  const value: CellValue | null =
    evaluated === undefined
      ? null
      : Array.isArray(evaluated)
        ? `${evaluated.length}×${evaluated[0]?.length ?? 0}`
        : evaluated instanceof CellError
          ? evaluated.code
          : evaluated;
  const shown: ArgumentExplanation = { name, text: formulaText(node), value, reference };
  // An empty argument (f(1,,2)) reaches the function as nothing, as Excel passes it.
  const raw = evaluated === "" ? null : evaluated instanceof CellError ? evaluated.code : evaluated;
  return { shown, raw, known: evaluated !== undefined };
}

function detailOf(catalog: Catalog, cores: ComputeCores, fn: FunctionId, raw: readonly unknown[]): CallDetail | null {
  const names = parameterNames(fn);
  switch (fn) {
    case "RUNWAY":
      return runwayDetail(cores, names, raw);
    case "BURN":
      return burnDetail(cores, names, raw);
    case "AISHARE":
      return aiShareDetail(catalog, cores, raw);
    case "METRIC": {
      const [entity, metric, period] = readArguments("METRIC", raw);
      const found = findMetric(catalog, entity, metric, period);
      return isDomainError(found)
        ? null
        : { kind: "figure", figure: figureOf(catalog, { type: "metric", record: found }, "value", null) };
    }
    case "DEAL": {
      const [id, field] = readArguments("DEAL", raw);
      const deal = findDeal(catalog, id);
      return isDomainError(deal)
        ? null
        : { kind: "figure", figure: figureOf(catalog, { type: "deal", record: deal }, field, null) };
    }
    case "STRESS": {
      const [failed, method, , deals] = readArguments("STRESS", raw);
      const map = deals === undefined ? catalogMoneyMap(catalog) : rangeMoneyMap(catalog)(deals);
      const id = isDomainError(map) ? map : map.find(failed);
      if (isDomainError(map) || isDomainError(id)) return null;
      const { losses } = stress(map.graph, id, method);
      return {
        kind: "stress",
        failed: map.nameOf(id),
        method,
        steps: losses
          .flatMap((loss) =>
            loss.from.map((step) => ({
              round: step.round,
              from: map.nameOf(step.entity),
              to: map.nameOf(loss.entity),
              lossUsd: step.lossUsd,
            })),
          )
          .sort((a, b) => a.round - b.round || b.lossUsd - a.lossUsd),
        unstated: losses.filter((loss) => loss.share === 0).map((loss) => ({ round: loss.round, to: map.nameOf(loss.entity) })),
      };
    }
    case "DEPENDENCE": {
      const [entity, , direction, deals] = readArguments("DEPENDENCE", raw);
      const map = deals === undefined ? catalogMoneyMap(catalog) : rangeMoneyMap(catalog)(deals);
      const id = isDomainError(map) ? map : map.find(entity);
      if (isDomainError(map) || isDomainError(id)) return null;
      return {
        kind: "dependence",
        entity: map.nameOf(id),
        direction,
        parts: dependences(map.graph, id, direction).map(({ counterparty, dependence: d }) => ({
          counterparty: map.nameOf(counterparty),
          share: d.share,
          statedUsd: d.statedUsd,
          unstated: d.unstated,
        })),
      };
    }
    case "SOURCE": {
      const found = catalog.sourced(readArguments("SOURCE", raw)[0]);
      return found ? { kind: "figure", figure: figureOf(catalog, found, "source", null) } : null;
    }
    default:
      return null;
  }
}

function explainCall(catalog: Catalog, facts: CellFacts, fn: FunctionId, args: readonly FormulaNode[]): CallExplanation {
  const cores = coresOf(catalog);
  const scope = scopeOf(facts, cores);
  const names = parameterNames(fn);
  const read = Array.from({ length: Math.max(names.length, args.length) }, (_, i) =>
    argumentOf(args[i], names[i] ?? `argument ${i + 1}`, facts, scope),
  );
  const base = { fn, formula: facts.formula ?? "", args: read.map((arg) => arg.shown) };
  if (read.some((arg) => !arg.known)) return { ...base, error: null, result: null, detail: null };
  const raw = read.map((arg) => arg.raw);
  // An argument that shows an error passes it on, as Excel does, without calling the function.
  const erring = read.find((arg) => typeof arg.raw === "string" && ERROR_TEXT.test(arg.raw));
  if (erring) {
    const code = erring.raw as string;
    return {
      ...base,
      error: {
        code: code === "#N/A" ? "#N/A" : "#VALUE!",
        message: `${erring.shown.name} shows ${code}`,
        argument: erring.shown.name,
      },
      result: null,
      detail: null,
    };
  }
  const result = cores[fn](raw);
  if (isDomainError(result)) {
    const argument = names.find((name) => result.message.startsWith(`${name} `)) ?? null;
    return {
      ...base,
      error: { code: EXCEL_ERROR_TEXT[result.code], message: result.message, argument },
      result: null,
      detail: null,
    };
  }
  // A one-cell spill (DEPENDENCE of one counterparty) is its one value.
  const single = Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
  return { ...base, error: null, result: Array.isArray(single) ? null : single, detail: detailOf(catalog, cores, fn, raw) };
}

function precedentsOf(facts: CellFacts): Precedent[] {
  const read = [...facts.references.values()];
  const addresses = facts.precedents ?? read.map((reference) => reference.address);
  return addresses.map((address) => {
    const found = read.find((reference) => reference.address.toLowerCase() === address.toLowerCase());
    const cell = found && found.formulas.length === 1 && found.formulas[0].length === 1 ? found.formulas[0][0] : null;
    const formula = typeof cell === "string" && cell.startsWith("=") ? cell : null;
    const parsed = formula === null ? null : parseFormula(formula);
    return { address, formula, fromCompute: parsed !== null && parsed.ok && callsCompute(parsed.node, NAMESPACE) };
  });
}

export function explainCell(facts: CellFacts, catalog: Catalog): Explanation {
  const { address } = facts;
  if (facts.table) {
    const figure = figureInTable(catalog, facts.table, facts.value, facts.formula !== null);
    if (figure) return { kind: "figure", address, figure };
    const row = analystRowInTable(catalog, facts.table);
    if (row) return { kind: "analystRow", address, row };
  }
  const call = parseComputeCall(facts.formula, NAMESPACE);
  if (call.ok) {
    if (isFunctionId(call.id)) return { kind: "call", address, call: explainCall(catalog, facts, call.id, call.args) };
  } else if (call.reason === "compute-inside") {
    const parsed = parseFormula(facts.formula!);
    const inner = parsed.ok ? firstComputeCall(parsed.node) : null;
    const id = inner ? computeFunctionOf(inner, NAMESPACE) : null;
    if (inner && id !== null && isFunctionId(id))
      return { kind: "call", address, call: explainCall(catalog, facts, id, inner.args) };
  } else if (call.reason === "not-compute") {
    const precedents = precedentsOf(facts);
    if (precedents.some((precedent) => precedent.fromCompute))
      return { kind: "precedents", address, formula: facts.formula!, precedents };
  }
  return { kind: "nothing", address };
}
