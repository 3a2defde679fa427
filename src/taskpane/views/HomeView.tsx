import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { lazy, memo, Suspense, useCallback, useEffect, useState } from "react";
import { bundledCatalog } from "../../domain/dataset";
import type { WriteAction, WriteConsent, WriteNote, WriteReport } from "../../domain/writeReport";
import { OverridesPanel, type RestoreRequest } from "../components/OverridesPanel";
import { activityNotice, noteText } from "../components/activityNotice";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useActivity } from "../hooks/useActivity";
import { useClientReady } from "../hooks/useClientReady";
import { useI18n } from "../i18n";
import type { AcceptancePort, PortablePort, TablesPort, TablesRecord } from "../ports";
import { refusalText, replaceQuestion } from "../refusalText";
import { LANGUAGE_NAMES } from "../strings";

const NO_RECORD: TablesRecord = { writtenAt: null, language: null, datasetVersion: null, refusal: null, preview: [] };

/**
 * What the workbook records after a write of its own: nothing refused, the tables up to date
 * with the bundled dataset, and the overrides the write met (it kept them) still there to restore.
 */
function recordAfter(report: WriteReport, datasetVersion: string): TablesRecord {
  const stillThere = (table: string) => (note: WriteNote) =>
    (note.kind === "override" || note.kind === "conflict" || note.kind === "keyClash") && note.table === table;
  return {
    writtenAt: report.writtenAt,
    language: report.language,
    datasetVersion,
    refusal: null,
    preview: report.tables.map((table) => ({
      key: table.key,
      table: table.table,
      added: 0,
      updated: 0,
      removed: 0,
      unchanged: table.added + table.updated + table.unchanged,
      yours: table.yours,
      notes: report.notes.filter(stillThere(table.table)),
    })),
  };
}

// Loaded after the view: they bring the dialog, which the first paint does not need.
const MakePortable = lazy(() => import(/* webpackChunkName: "make-portable" */ "../components/MakePortable"));
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm-dialog" */ "../components/ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);

// The acceptance suite's card: its code, and the suite's, load after the view.
const CheckExcel = lazy(() => import(/* webpackChunkName: "check-excel" */ "../components/CheckExcel"));

/** Check this Excel, memoized as the Make portable card is (below), for the same reason. */
const CheckExcelCard = memo(function CheckExcelCard({ port }: { port: AcceptancePort }) {
  // The runner (npm run test:excel) opens the pane with ?acceptance=full; the prerender has no location.
  const search = typeof location === "undefined" ? "" : location.search;
  return (
    <Suspense fallback={null}>
      <CheckExcel port={port} search={search} />
    </Suspense>
  );
});

/**
 * The Make portable card, memoized: in the prerendered page its markup is there before its code,
 * and an update from Home reaching it before its code has loaded would make React discard that
 * markup and render it again (a flash). Its only prop, the port, never changes.
 */
const PortableCard = memo(function PortableCard({ port }: { port: PortablePort }) {
  return (
    <Suspense fallback={null}>
      <MakePortable port={port} />
    </Suspense>
  );
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
});

export function HomeView({
  tables,
  portable,
  acceptance,
  className,
}: {
  tables: TablesPort;
  portable: PortablePort;
  acceptance: AcceptancePort;
  className?: string;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const activity = useActivity(tables);
  const [record, setRecord] = useState<TablesRecord>(NO_RECORD);
  const [confirming, setConfirming] = useState<{ action: WriteAction; choices: WriteConsent } | null>(null);
  const { dataset, deals, metrics, entities } = bundledCatalog;

  const readRecord = useCallback(() => {
    // Only a convenience: if the workbook cannot be read, the line says "not yet".
    tables.tablesRecord().then(setRecord, () => setRecord(NO_RECORD));
  }, [tables]);
  useEffect(readRecord, [readRecord]);
  // A write finished while the view is shown (from here or the ribbon) wrote a record of its
  // own: take it from the report instead of reading again. One that finished before the view
  // was shown is in what readRecord reads.
  const [shownWith] = useState(activity);
  useEffect(() => {
    if (activity !== shownWith && activity.state === "done") setRecord(recordAfter(activity.report, dataset.version));
  }, [activity, shownWith, dataset.version]);

  const write = (action: WriteAction, consent: WriteConsent = {}) => {
    // The outcome, failure included, reaches the analyst through useActivity.
    tables.writeTables(action, language, consent).catch(() => undefined);
  };
  // A record the add-in refused is replaced only after asking.
  const ask = (action: WriteAction, choices: WriteConsent = {}) =>
    record.refusal ? setConfirming({ action, choices }) : write(action, choices);
  const ready = useClientReady();
  // The actions wait while a write runs, and in the prerendered page until its scripts run.
  const actionsDisabled = activity.state === "working" || !ready;
  const restore = (request: RestoreRequest) =>
    ask("refresh", {
      restore:
        request === "all"
          ? Object.fromEntries(record.preview.map((table) => [table.key, "all" as const]))
          : { [request.tableKey]: [{ key: request.key, column: request.column }] },
    });
  const update =
    record.datasetVersion && record.datasetVersion !== dataset.version
      ? [
          t("datasetUpdate", { available: dataset.version, current: record.datasetVersion }),
          ...record.preview
            .filter((table) => table.added + table.updated + table.removed > 0)
            .map(({ table, added, updated, removed }) => t("previewLine", { table, added, updated, removed })),
          ...record.preview.flatMap((table) =>
            table.notes.filter((note) => note.kind === "keyClash").map((note) => noteText(note, t, language)),
          ),
        ]
      : null;

  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="home-dataset">
      <Body1>{t("homeIntro")}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={actionsDisabled} onClick={() => ask("insert")}>
          {t("insertAll")}
        </Button>
        <Button disabled={actionsDisabled} onClick={() => ask("refresh")}>
          {t("refresh")}
        </Button>
      </div>
      {record.language && record.language !== language && (
        <div className={styles.actions}>
          <Body1>{t("tablesLanguage", { language: LANGUAGE_NAMES[record.language] })}</Body1>
          <Button disabled={actionsDisabled} onClick={() => ask("refresh", { rewriteLanguage: true })}>
            {t("rewriteTables", { language: LANGUAGE_NAMES[language] })}
          </Button>
        </div>
      )}
      {record.refusal && <NoticeBar notice={{ intent: "warning", text: refusalText(record.refusal, t) }} />}
      {update && <NoticeBar notice={{ intent: "info", title: update[0], items: update.slice(1) }} />}
      <NoticeBar notice={activityNotice(activity, t, language)} />
      {record.refusal && confirming && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t("confirmReplaceTitle")}
            body={replaceQuestion(record.refusal, t)}
            confirmLabel={t("replaceAndContinue")}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              setConfirming(null);
              write(confirming.action, { ...confirming.choices, replaceRefused: true });
            }}
          />
        </Suspense>
      )}
      <OverridesPanel tables={record.preview} disabled={actionsDisabled} onRestore={restore} />
      <Panel header={<Subtitle2 id="home-dataset">{t("datasetHeading")}</Subtitle2>}>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t("datasetVersion")}</dt>
          <dd className={styles.detail}>{dataset.version}</dd>
          <dt className={styles.term}>{t("datasetAsOf")}</dt>
          <dd className={styles.detail}>
            {dataset.inferred.asOf
              ? t("datasetAsOfInferred", { date: dataset.asOf, reason: dataset.inferred.asOf })
              : dataset.asOf}
          </dd>
          <dt className={styles.term}>{t("datasetAuthor")}</dt>
          <dd className={styles.detail}>
            {dataset.article.author} · {dataset.article.platform}
          </dd>
          <dt className={styles.term}>{t("lastWritten")}</dt>
          <dd className={styles.detail}>
            {record.writtenAt ? new Date(record.writtenAt).toLocaleString(language) : t("neverWritten")}
          </dd>
        </dl>
        <Caption1>{t("datasetCounts", { deals: deals.length, metrics: metrics.length, entities: entities.length })}</Caption1>
      </Panel>
      <Panel header={<Subtitle2>{t("functionsHeading")}</Subtitle2>}>
        <Body1>{t("functionsHint")}</Body1>
      </Panel>
      <PortableCard port={portable} />
      <CheckExcelCard port={acceptance} />
    </section>
  );
}
