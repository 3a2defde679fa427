import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { errorDetail } from "../../office/errors";
import { useI18n } from "../i18n";
import { useWorkbookPort } from "../workbookPortContext";
import { ConfirmDialog } from "./ConfirmDialog";
import { Panel } from "./Panel";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  select: { minWidth: "10rem" },
});

/** Make portable: one sheet's COMPUTE formulas rewritten for a workbook without the add-in, after asking. */
export default function MakePortable() {
  const styles = useStyles();
  const { t } = useI18n();
  const port = useWorkbookPort();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  // Read again whenever the list gets focus: the analyst adds and renames sheets while the pane stays open.
  const loadSheetNames = useCallback(() => {
    port.sheetNames().then(
      (names) => {
        setSheets(names);
        setSheet((current) => (names.includes(current) ? current : names[0] || ""));
      },
      () => setSheets([]),
    );
  }, [port]);
  useEffect(loadSheetNames, [loadSheetNames]);

  const run = () => {
    setConfirming(false);
    port.makePortable(sheet).then(
      (report) =>
        setMessage({ intent: "success", text: t("portableDone", { sheet, native: report.native, values: report.values }) }),
      (error: unknown) =>
        setMessage({ intent: "error", text: `${t("portableFailed")} ${t("errorDetail", { detail: errorDetail(error) })}` }),
    );
  };

  return (
    <Panel header={<Subtitle2 as="h2">{t("portableHeading")}</Subtitle2>}>
      <Body1>{t("portableIntro")}</Body1>
      <div className={styles.row}>
        <Field label={t("portableSheet")}>
          <Select className={styles.select} value={sheet} onFocus={loadSheetNames} onChange={(_, data) => setSheet(data.value)}>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!sheet} onClick={() => setConfirming(true)}>
          {t("makePortable")}
        </Button>
      </div>
      <div aria-live="polite">
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmPortableTitle", { sheet })}
        body={t("confirmPortableBody")}
        confirmLabel={t("makePortable")}
        onConfirm={run}
        onCancel={() => setConfirming(false)}
      />
    </Panel>
  );
}
