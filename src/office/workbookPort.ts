/**
 * What the pane may ask of the workbook. The pane receives an implementation through props;
 * components never call Excel.run themselves, and tests pass their own port.
 */
import type { Language } from "../domain/language";
import { publishActivity } from "./activity";
import { OWNERSHIP_SETTING, parseOwnership } from "./ownership";
import { writeTables } from "./tables";
import type { WriteReport } from "./workbookWriter";

export interface WorkbookPort {
  /** Inserts the tables, or refreshes them where they exist. Publishes its progress. */
  writeTables(action: "insert" | "refresh", language: Language): Promise<WriteReport>;
  /** When the tables were last written in this workbook, if ever. */
  lastWritten(): Promise<string | null>;
}

/** Runs a write and publishes each stage, so the pane and the ribbon report the same way. */
export async function runWrite(action: "insert" | "refresh", language: Language, write = writeTables): Promise<WriteReport> {
  publishActivity({ state: "working", action });
  try {
    const report = await write(language);
    publishActivity({ state: "done", action, report, at: new Date().toISOString() });
    return report;
  } catch (error) {
    publishActivity({ state: "failed", action, error });
    throw error;
  }
}

export const excelWorkbookPort: WorkbookPort = {
  writeTables: (action, language) => runWrite(action, language),
  lastWritten: () =>
    Excel.run(async (context) => {
      const stored = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      stored.load("value");
      await context.sync();
      return stored.isNullObject ? null : (parseOwnership(stored.value)?.writtenAt ?? null);
    }),
};
