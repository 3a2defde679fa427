import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { TableKey } from "../../domain/layout/labels";
import type { TablePreview, WriteNote } from "../../domain/writeReport";
import { useI18n } from "../i18n";
import { ItemList } from "./ItemList";
import { noteText, noteValues } from "./activityNotice";
import { Panel } from "./Panel";

// The dialog loads when the analyst first asks to restore, not with the pane.
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm-dialog" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);

type Override = Extract<WriteNote, { kind: "override" | "conflict" }> & { tableKey: TableKey };
/** What to restore: one override, or all of them. */
export type RestoreRequest = { tableKey: TableKey; key: string; column: string } | "all";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The analyst's own values in managed cells, as the last refresh or the preview found them, each restorable after asking. */
export function OverridesPanel({
  tables,
  disabled,
  onRestore,
  className,
}: {
  tables: readonly TablePreview[];
  disabled: boolean;
  onRestore: (request: RestoreRequest) => void;
  className?: string;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [asking, setAsking] = useState<Override | "all" | null>(null);
  const overrides: Override[] = tables.flatMap((table) =>
    table.notes.flatMap((note) =>
      note.kind === "override" || note.kind === "conflict" ? [{ ...note, tableKey: table.key }] : [],
    ),
  );
  if (overrides.length === 0) return null;
  return (
    <Panel className={className} header={<Subtitle2 as="h2">{t("overridesHeading")}</Subtitle2>}>
      <Caption1>{t("overridesIntro")}</Caption1>
      <ItemList>
        {overrides.map((override) => (
          <li key={`${override.tableKey}\t${override.key}\t${override.column}`} className={styles.item}>
            <Body1>{noteText(override, t, language)}</Body1>
            <Button
              size="small"
              disabled={disabled}
              aria-label={t("restoreOneFor", { column: override.column, key: override.key })}
              onClick={() => setAsking(override)}
            >
              {t("restoreOne")}
            </Button>
          </li>
        ))}
      </ItemList>
      {overrides.length > 1 && (
        <div className={styles.actions}>
          <Button disabled={disabled} onClick={() => setAsking("all")}>
            {t("restoreAll")}
          </Button>
        </div>
      )}
      {asking && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t("confirmRestoreTitle")}
            body={
              asking === "all"
                ? t("confirmRestoreAll", { count: overrides.length })
                : t("confirmRestoreOne", noteValues(asking, language))
            }
            confirmLabel={t("restoreOne")}
            onCancel={() => setAsking(null)}
            onConfirm={() => {
              setAsking(null);
              onRestore(asking === "all" ? "all" : { tableKey: asking.tableKey, key: asking.key, column: asking.column });
            }}
          />
        </Suspense>
      )}
    </Panel>
  );
}
