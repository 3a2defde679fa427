import type { Language } from "../../domain/language";
import type { Activity, WriteNote } from "../../domain/writeReport";
import type { Translate } from "../strings";
import { classifyOfficeError, errorDetail, type OfficeFailure } from "../officeFailures";
import type { StringKey } from "../strings";
import type { Notice } from "./NoticeBar";

const NOTE_TEXT: Record<WriteNote["kind"], StringKey> = {
  sheetNameTaken: "noteSheetNameTaken",
  tableNameTaken: "noteTableNameTaken",
  tableRenamed: "noteTableRenamed",
  tableWrittenAgain: "noteTableWrittenAgain",
  tableAreaInUse: "noteTableAreaInUse",
  keyColumnRemoved: "noteKeyColumnRemoved",
  columnRemoved: "noteColumnRemoved",
  columnAdded: "noteColumnAdded",
  override: "noteOverride",
  conflict: "noteConflict",
  keyClash: "noteKeyClash",
  markerIgnored: "noteMarkerIgnored",
  cellsKept: "noteCellsKept",
  messageKept: "noteMessageKept",
};

const FAILURE_TEXT: Record<OfficeFailure, StringKey> = {
  cellEdit: "errorCellEdit",
  payloadTooLarge: "errorPayloadTooLarge",
  apiMissing: "errorApiMissing",
  busy: "errorBusy",
  refusedRecord: "errorRefusedRecord",
  unknown: "errorUnknown",
};

/** A failed action in the pane's words: what went wrong, what to do, and the host's own detail. */
export function failureText(error: unknown, t: Translate): string {
  return `${t(FAILURE_TEXT[classifyOfficeError(error)])} ${t("errorDetail", { detail: errorDetail(error) })}`;
}

/** A note's values as the pane shows them: numbers in the pane's language, the rest as text. */
export function noteValues(note: WriteNote, language: Language): Record<string, string | number> {
  const shown = (value: unknown) => (typeof value === "number" ? new Intl.NumberFormat(language).format(value) : String(value));
  return Object.fromEntries(Object.entries(note).map(([key, value]) => [key, shown(value)]));
}

/** One note of a write, in the pane's words. */
export const noteText = (note: WriteNote, t: Translate, language: Language) =>
  t(NOTE_TEXT[note.kind], noteValues(note, language));

/** What the last insert or refresh did, or why it failed and what to do next. */
export function activityNotice(activity: Activity, t: Translate, language: Language): Notice | null {
  switch (activity.state) {
    case "idle":
      return null;
    case "working":
      if (activity.progress) {
        const { sheet, batch, batches } = activity.progress;
        return {
          intent: "busy",
          text: t(sheet === null ? "writingRecord" : "writingBatch", { sheet: sheet ?? "", batch, batches }),
        };
      }
      return { intent: "busy", text: t(activity.action === "insert" ? "inserting" : "refreshing") };
    case "done":
      return {
        intent: "success",
        title: t("resultTitle"),
        items: [
          ...activity.report.tables.map((table) => t(table.yours > 0 ? "tableSummaryYours" : "tableSummary", { ...table })),
          ...activity.report.notes.map((note) => noteText(note, t, language)),
        ],
      };
    case "failed":
      return { intent: "error", title: t("errorTitle"), text: failureText(activity.error, t) };
  }
}
