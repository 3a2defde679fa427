/**
 * An in-memory Excel host, strict like Office.js:
 * - calls are queued and run at context.sync(), in order; errors surface there;
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - proxy objects work only inside their Excel.run;
 * - sync() calls and queued operations are counted.
 * It implements the subset of the API the add-in uses, and nothing more: a call to anything
 * else is a TypeError, as on a host that lacks the API.
 */

import { FakeRequestContext } from "./excel/context";
import type { FakeWorkbook } from "./excel/model";

export { FakeWorkbook, OfficeError, formatAddress, parseAddress } from "./excel/model";
export type { Cell, ChartModel, ConditionalFormatModel, NameModel, SheetModel, TableModel } from "./excel/model";

export interface FakeExcel {
  DeleteShiftDirection: { up: "Up" };
  ChartSeriesBy: { columns: "Columns" };
  DataValidationOperator: { between: "Between"; greaterThan: "GreaterThan"; greaterThanOrEqualTo: "GreaterThanOrEqualTo" };
  DataValidationAlertStyle: { stop: "Stop" };
  ClearApplyTo: { contents: "Contents" };
  ConditionalFormatType: { colorScale: "ColorScale" };
  ConditionalFormatColorCriterionType: { lowestValue: "LowestValue"; highestValue: "HighestValue" };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden" };
  FilterOn: { values: "Values" };
  run<T>(
    options: { delayForCellEdit?: boolean } | FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
    batch?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T>;
  /** Counts Excel.run calls. */
  runs: number;
}

/** The Excel global over one workbook. */
export function createExcel(workbook: FakeWorkbook): FakeExcel {
  const excel: FakeExcel = {
    DeleteShiftDirection: { up: "Up" },
    ChartSeriesBy: { columns: "Columns" },
    DataValidationOperator: { between: "Between", greaterThan: "GreaterThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo" },
    DataValidationAlertStyle: { stop: "Stop" },
    ClearApplyTo: { contents: "Contents" },
    ConditionalFormatType: { colorScale: "ColorScale" },
    ConditionalFormatColorCriterionType: { lowestValue: "LowestValue", highestValue: "HighestValue" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden" },
    FilterOn: { values: "Values" },
    runs: 0,
    async run<T>(
      options: { delayForCellEdit?: boolean } | FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
      batch?: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T> {
      const body = typeof options === "function" ? options : batch!;
      excel.runs++;
      const reused = options instanceof FakeRequestContext ? options : null;
      reused?.reopen();
      const context = reused ?? new FakeRequestContext(workbook);
      try {
        const result = await body(context);
        // Excel.run sends what is still queued when the batch returns: one more round trip.
        if (context.hasPending()) await context.sync();
        return result;
      } finally {
        context.end();
      }
    },
  };
  return excel;
}

export type { FakeRequestContext };
