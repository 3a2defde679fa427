import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { Activity } from "../../office/activity";
import { classifyOfficeError, errorDetail, type OfficeFailure } from "../../office/errors";
import type { WriteNote } from "../../office/workbookWriter";
import { useI18n } from "../i18n";
import type { StringKey } from "../strings";

const NOTE_TEXT: Record<WriteNote["kind"], StringKey> = {
  sheetNameTaken: "noteSheetNameTaken",
  tableNameTaken: "noteTableNameTaken",
  tableRenamed: "noteTableRenamed",
  tableWrittenAgain: "noteTableWrittenAgain",
  tableAreaInUse: "noteTableAreaInUse",
  keyColumnRemoved: "noteKeyColumnRemoved",
  columnRemoved: "noteColumnRemoved",
};

const FAILURE_TEXT: Record<OfficeFailure, StringKey> = {
  cellEdit: "errorCellEdit",
  payloadTooLarge: "errorPayloadTooLarge",
  apiMissing: "errorApiMissing",
  busy: "errorBusy",
  unknown: "errorUnknown",
};

/** What the last insert or refresh did, or why it failed and what to do next. */
export function ActivityMessage({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  switch (activity.state) {
    case "idle":
      return null;
    case "working":
      return <Spinner size="small" labelPosition="after" label={t(activity.action === "insert" ? "inserting" : "refreshing")} />;
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("resultTitle")}</MessageBarTitle>
            <ul>
              {activity.report.tables.map((table) => (
                <li key={table.table}>{t("tableSummary", { ...table })}</li>
              ))}
              {activity.report.notes.map((note) => {
                const text = t(NOTE_TEXT[note.kind], note);
                return <li key={text}>{text}</li>;
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {t(FAILURE_TEXT[classifyOfficeError(activity.error)])} {t("errorDetail", { detail: errorDetail(activity.error) })}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
