/**
 * The pane's other workflows in this Excel: a scenario sheet whose outputs recalculate, Make
 * portable leaving the same values with no COMPUTE, and Explain reading three kinds of cell.
 */
import type { CellValue } from "../../domain/cells";
import { bundledCatalog } from "../../domain/dataset";
import { explainCell } from "../../domain/explain";
import { computeCores } from "../../domain/formulas/cores";
import { isDomainError } from "../../domain/model/outcome";
import { presetInputs, type ScenarioDefinition } from "../../domain/scenario/definition";
import { addScenario, deleteScenario, duplicateScenario } from "../../domain/scenario/list";
import { scenarioName } from "../../domain/scenario/plans";
import { address } from "../../domain/layout/plan";
import { calculatedValues, readTable, writeFormulas } from "../excel";
import { dealsColumns, quotedSheet, rowOfKey } from "./tables";
import { formulaOfCall } from "./functions";
import { firstOf, sameValue, shown, tableOf, verdict, type Check, type SuiteRun } from "./check";

const cores = computeCores(bundledCatalog);

/** A defined name's cell, read or typed into. */
function nameCell(name: string, value?: CellValue): Promise<CellValue> {
  return Excel.run(async (context) => {
    const range = context.workbook.names.getItem(name).getRange();
    if (value !== undefined) range.values = [[value]];
    range.load("values");
    await context.sync();
    return range.values[0][0] as CellValue;
  });
}

/** Polls a name's cell until it has calculated (a custom function shows #BUSY! meanwhile). */
async function calculatedName(name: string, attempt = 0): Promise<CellValue> {
  const value = await nameCell(name);
  if (value !== "#BUSY!" || attempt > 120) return value;
  await new Promise((resolve) => setTimeout(resolve, 250));
  return calculatedName(name, attempt + 1);
}

const expectedRunway = (cash: number, burn: number) => {
  const result = cores.RUNWAY([cash, burn]);
  return isDomainError(result) ? result.message : (result as CellValue);
};

const SCENARIO_CHECK: Check = {
  id: "scenario-lifecycle",
  title: "A scenario sheet recalculates when an input changes, and can be duplicated and deleted",
  covers: "Scenario sheets whose formulas stay live",
  mode: "full",
  run: async (run) => {
    const inputs = presetInputs(bundledCatalog, "xai");
    const { list, added } = addScenario((await run.port.scenarios()).definitions, "Acceptance", inputs);
    await run.port.saveScenarios(list, run.language);
    const runway = scenarioName(added.id, "Runway");
    const before = await calculatedName(runway);
    await nameCell(scenarioName(added.id, "Cash"), inputs.cash * 2);
    const after = await calculatedName(runway);
    const edited = await run.port.currentInputs(added);
    const copied = duplicateScenario(list, "Acceptance copy", edited);
    await run.port.saveScenarios(copied.list, run.language);
    const copyRunway = await calculatedName(scenarioName(copied.added.id, "Runway"));
    let remaining: ScenarioDefinition[] = copied.list;
    for (const id of [copied.added.id, added.id]) {
      remaining = deleteScenario(remaining, id);
      await run.port.deleteScenario(id, remaining, run.language);
    }
    const left = (await run.port.scenarios()).definitions.length;
    const wanted = [expectedRunway(inputs.cash, inputs.monthlyBurn), expectedRunway(inputs.cash * 2, inputs.monthlyBurn)];
    return verdict(
      sameValue(wanted[0], before) && sameValue(wanted[1], after) && sameValue(wanted[1], copyRunway) && left === 0,
      `runway ${shown(wanted[0])}, then ${shown(wanted[1])} with twice the cash, the copy the same, none left`,
      `${shown(before)}, then ${shown(after)}, copy ${shown(copyRunway)}, ${left} left`,
    );
  },
};

const PORTABLE_CALLS = [
  { id: "RUNWAY", args: [20000000000, 1000000000, 0.02] },
  { id: "BURN", args: [20000000000, 20] },
  { id: "AISHARE", args: [2024] },
] as const;

const PORTABLE_CHECK: Check = {
  id: "make-portable",
  title: "Make portable gives the same values with no COMPUTE left",
  covers: "Make portable, for a workbook without the add-in",
  mode: "full",
  run: async (run) => {
    const addresses = PORTABLE_CALLS.map((_, index) => `C${index + 1}`);
    await writeFormulas(
      run.scratchSheet,
      PORTABLE_CALLS.map((call, index) => ({ address: addresses[index], formula: formulaOfCall(call) })),
    );
    const before = await calculatedValues(run.scratchSheet, addresses);
    await run.port.makePortable(run.scratchSheet, run.language);
    const formulas = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(run.scratchSheet).getRange(`C1:C${addresses.length}`).load("formulas");
      await context.sync();
      return range.formulas.map((row) => String(row[0]));
    });
    const after = await calculatedValues(run.scratchSheet, addresses);
    const differences = addresses.flatMap((address, i) => [
      ...(formulas[i].toUpperCase().includes("COMPUTE.") ? [`${address} still ${formulas[i]}`] : []),
      ...(sameValue(before[i], after[i]) ? [] : [`${address} ${shown(after[i])}, was ${shown(before[i])}`]),
    ]);
    return verdict(
      differences.length === 0,
      `${before.map(shown).join(", ")} with no COMPUTE`,
      differences.length === 0 ? `${after.map(shown).join(", ")}` : firstOf(differences),
    );
  },
};

/** Selects a cell, then reads and explains it as the Explain view does. */
async function explained(run: SuiteRun, address: string) {
  await run.port.selectAddress(address);
  return explainCell(await run.port.readSelectedCell(), bundledCatalog);
}

const EXPLAIN_CHECK: Check = {
  id: "explain",
  title: "Explain reads a table cell, a RUNWAY cell and a plain formula",
  covers: "Explain a cell",
  mode: "full",
  requires: ["insert-objects"],
  run: async (run) => {
    const deals = tableOf(run, "deals");
    const { idColumn, valueColumn, row } = dealsColumns(run);
    const seen = await readTable(deals.table);
    const figure = address(seen.rowIndex + 1 + rowOfKey(seen, idColumn, row.id), seen.columnIndex + valueColumn);
    await writeFormulas(run.scratchSheet, [
      { address: "E1", formula: formulaOfCall({ id: "RUNWAY", args: [20000000000, 1000000000] }) },
      { address: "E2", formula: "=E1*2" },
    ]);
    const scratch = quotedSheet(run.scratchSheet);
    const kinds = [
      (await explained(run, `${quotedSheet(seen.sheet)}!${figure}`)).kind,
      (await explained(run, `${scratch}!E1`)).kind,
      (await explained(run, `${scratch}!E2`)).kind,
    ];
    const wanted = ["figure", "call", "precedents"];
    return verdict(kinds.join() === wanted.join(), wanted.join(", "), kinds.join(", "));
  },
};

export const WORKFLOW_CHECKS: readonly Check[] = [SCENARIO_CHECK, PORTABLE_CHECK, EXPLAIN_CHECK];
