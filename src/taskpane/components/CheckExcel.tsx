import { Body1, Button, Caption1, Field, makeStyles, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { reportPassed, reportText, type AcceptanceReport, type CheckResult, type SuiteMode } from "../../acceptance/report";
import { useI18n, useViewStrings } from "../i18n";
import { errorDetail } from "../officeFailures";
import type { AcceptanceOutcome, AcceptancePort } from "../ports";
import { CHECK_EXCEL_STRINGS } from "../strings/views/checkExcel";
import { NoticeBar, type Notice } from "./NoticeBar";
import { Panel } from "./Panel";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Where the runner (npm run test:excel) waits for the report, on the page's own origin. */
export const RESULTS_ENDPOINT = "/acceptance/results";

/** The suite the page was opened to run (…/taskpane.html?acceptance=full), if any. */
export function requestedSuite(search: string): SuiteMode | null {
  const value = new URLSearchParams(search).get("acceptance");
  return value === "full" || value === "read-only" ? value : null;
}

/** Hands the outcome to the runner's endpoint, with the report's text for its console; the pane shows it either way. */
function postOutcome(outcome: AcceptanceOutcome | { kind: "error"; message: string }): void {
  const body = outcome.kind === "report" ? { ...outcome, text: reportText(outcome.report) } : outcome;
  void fetch(RESULTS_ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => undefined);
}

type State =
  | { kind: "idle" }
  | { kind: "running"; results: CheckResult[]; total: number }
  | { kind: "done"; report: AcceptanceReport }
  | { kind: "not-blank"; sheets: number; sheetsInUse: readonly string[] }
  | { kind: "failed"; detail: string };

/** Check this Excel: runs the acceptance suite here and shows each check as it ends. */
export default function CheckExcel({ port, search = "" }: { port: AcceptancePort; search?: string }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(CHECK_EXCEL_STRINGS);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [copied, setCopied] = useState<Notice | null>(null);
  const started = useRef(false);

  const run = (mode: SuiteMode, report = false) => {
    setCopied(null);
    setState({ kind: "running", results: [], total: 0 });
    port
      .runAcceptance(mode, language, (result, _index, total) =>
        setState((current) => ({
          kind: "running",
          results: [...(current.kind === "running" ? current.results : []), result],
          total,
        })),
      )
      .then(
        (outcome) => {
          if (report) postOutcome(outcome);
          setState(
            outcome.kind === "report"
              ? { kind: "done", report: outcome.report }
              : { kind: "not-blank", sheets: outcome.sheets, sheetsInUse: outcome.sheetsInUse },
          );
        },
        (error: unknown) => {
          if (report) postOutcome({ kind: "error", message: errorDetail(error) });
          setState({ kind: "failed", detail: errorDetail(error) });
        },
      );
  };

  // Opened by the runner with ?acceptance=…: run once, and post the report back.
  useEffect(() => {
    const requested = requestedSuite(search);
    if (requested && !started.current) {
      started.current = true;
      run(requested, true);
    }
  });

  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied({ intent: "success", text: t("checkCopied") }),
      () => setCopied({ intent: "warning", text: t("checkCopyFailed") }),
    );

  const results = state.kind === "running" ? state.results : state.kind === "done" ? state.report.results : [];
  const statusWord = (result: CheckResult) =>
    t(result.status === "passed" ? "checkPassed" : result.status === "failed" ? "checkFailed" : "checkSkipped");
  const running = state.kind === "running";

  return (
    <Panel header={<Subtitle2 as="h2">{t("checkHeading")}</Subtitle2>}>
      <Body1>{t("checkIntro")}</Body1>
      <div className={styles.actions}>
        <Button disabled={running} onClick={() => run("read-only")}>
          {t("checkQuick")}
        </Button>
        <Button disabled={running} onClick={() => run("full")}>
          {t("checkFull")}
        </Button>
      </div>
      {running && (
        <Caption1 role="status">{t("checkRunning", { done: state.results.length, total: state.total || "…" })}</Caption1>
      )}
      {state.kind === "not-blank" && (
        <NoticeBar
          notice={{
            intent: "warning",
            text: t("checkNotBlank", { sheets: state.sheets, inUse: state.sheetsInUse.join(", ") || t("checkNone") }),
          }}
        />
      )}
      {state.kind === "failed" && <NoticeBar notice={{ intent: "error", text: t("checkError", { detail: state.detail }) }} />}
      {state.kind === "done" && (
        <NoticeBar
          notice={
            reportPassed(state.report)
              ? {
                  intent: "success",
                  text: t("checkAllPassed", {
                    host: state.report.host?.host ?? "Excel",
                    version: state.report.host?.version ?? "",
                    platform: state.report.host?.platform ?? "",
                  }),
                }
              : { intent: "error", text: t("checkSomeFailed", { failed: state.report.failed }) }
          }
        />
      )}
      {results.length > 0 && (
        <ol className={styles.list} aria-label={t("checkHeading")}>
          {results.map((result) => (
            <li key={result.id} className={result.status === "failed" ? styles.failed : undefined}>
              <Body1>
                {statusWord(result)}: {result.title}
              </Body1>
              {result.status !== "passed" && (
                <>
                  <Caption1 className={styles.detail}>{t("checkExpected", { text: result.expected })}</Caption1>
                  <Caption1 className={styles.detail}>{t("checkActual", { text: result.actual })}</Caption1>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {state.kind === "done" && (
        <>
          <Caption1>
            {t("checkSummary", { passed: state.report.passed, failed: state.report.failed, skipped: state.report.skipped })}
          </Caption1>
          <div className={styles.actions}>
            <Button onClick={() => copy(reportText(state.report))}>{t("checkCopyText")}</Button>
            <Button onClick={() => copy(JSON.stringify(state.report, null, 2))}>{t("checkCopyJson")}</Button>
          </div>
          {copied && <NoticeBar notice={copied} />}
          <Field label={t("checkReportLabel")}>
            <Textarea readOnly resize="vertical" value={reportText(state.report)} />
          </Field>
        </>
      )}
    </Panel>
  );
}
