import { Body1, Button, Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { errorDetail } from "../officeFailures";
import type { PortablePort } from "../ports";
import { ConfirmDialog } from "./ConfirmDialog";
import { NoticeBar, type Notice } from "./NoticeBar";
import { Panel } from "./Panel";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  select: { minWidth: "10rem" },
});

/** Make portable: one sheet's COMPUTE formulas rewritten for a workbook without the add-in, after asking. */
export default function MakePortable({ port, className }: { port: PortablePort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

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
    port.makePortable(sheet, language).then(
      (report) =>
        setNotice({ intent: "success", text: t("portableDone", { sheet, native: report.native, values: report.values }) }),
      (error: unknown) =>
        setNotice({ intent: "error", text: `${t("portableFailed")} ${t("errorDetail", { detail: errorDetail(error) })}` }),
    );
  };

  return (
    <Panel className={className} header={<Subtitle2 as="h2">{t("portableHeading")}</Subtitle2>}>
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
      <NoticeBar notice={notice} />
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
