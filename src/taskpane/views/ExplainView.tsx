/**
 * Explain: follows the selected cell and says where its number comes from and what drives it.
 * The view listens to the selection while it is open (debounced, so a drag across cells reads
 * once), reads the cell through the port, and renders the explanation the domain builds.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { bundledCatalog } from "../../domain/dataset";
import { explainCell, type Explanation } from "../../domain/explain";
import { AnalystRowPanel } from "../components/explain/AnalystRowPanel";
import { CallPanel } from "../components/explain/CallPanel";
import { FigurePanel } from "../components/explain/FigurePanel";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useViewStrings } from "../i18n";
import { errorDetail as errorText } from "../officeFailures";
import type { ExplainPort } from "../ports";
import { EXPLAIN_STRINGS } from "../strings/views/explainView";

/** A drag or arrow-key run across cells settles before the view reads. */
export const SELECTION_DEBOUNCE_MS = 150;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type State =
  | { kind: "reading" }
  | { kind: "explained"; explanation: Explanation; table: string | null }
  | { kind: "failed"; reason: string };

export default function ExplainView({ port }: { port: ExplainPort }) {
  const styles = useStyles();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const [state, setState] = useState<State>({ kind: "reading" });
  // Only the latest read may update the view: an older answer arriving late is dropped.
  const latest = useRef(0);

  const read = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const facts = await port.readSelectedCell();
      if (ticket !== latest.current) return;
      setState({ kind: "explained", explanation: explainCell(facts, bundledCatalog), table: facts.table?.name ?? null });
    } catch (error) {
      if (ticket === latest.current) setState({ kind: "failed", reason: errorText(error) });
    }
  }, [port]);

  // In the shared runtime the view stays mounted while the pane is closed: it stops following
  // the selection then, and reads afresh when the pane is shown again.
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let closed = false;
    port
      .watchPaneVisibility(setVisible)
      .then((remove) => (closed ? void remove().catch(() => undefined) : (stop = remove)))
      // A host that cannot say keeps the view following the selection, as it does while shown.
      .catch(() => undefined);
    return () => {
      closed = true;
      void stop?.().catch(() => undefined);
    };
  }, [port]);

  useEffect(() => {
    if (!visible) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | null = null;
    let closed = false;
    const tickets = latest;
    void read();
    port
      .watchSelection(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void read(), SELECTION_DEBOUNCE_MS);
      })
      .then((remove) => {
        // The view may have closed while the listener was being added: remove it at once.
        if (closed) void remove().catch(() => undefined);
        else stop = remove;
      })
      .catch((error: unknown) => setState({ kind: "failed", reason: errorText(error) }));
    return () => {
      closed = true;
      clearTimeout(timer);
      tickets.current++;
      void stop?.().catch(() => undefined);
    };
  }, [port, read, visible]);

  const select = (address: string) =>
    void port.selectAddress(address).catch((error: unknown) => setState({ kind: "failed", reason: errorText(error) }));

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {t("explainIntro")}
      </Body1>
      <NoticeBar
        notice={
          state.kind === "reading"
            ? { intent: "busy", text: t("explainReading") }
            : state.kind === "failed"
              ? { intent: "error", text: t("explainFailed", { reason: state.reason }) }
              : null
        }
      />
      {state.kind === "explained" && (
        <Panel header={<Subtitle2 as="h2">{state.explanation.address}</Subtitle2>}>
          <ExplanationBody
            explanation={state.explanation}
            onSelect={select}
            onSelectInput={
              state.table === null
                ? null
                : (id) =>
                    void port
                      .selectRecord(state.table!, id, "value")
                      .catch((error: unknown) => setState({ kind: "failed", reason: errorText(error) }))
            }
          />
        </Panel>
      )}
    </div>
  );
}

function ExplanationBody({
  explanation,
  onSelect,
  onSelectInput,
}: {
  explanation: Explanation;
  onSelect: (address: string) => void;
  onSelectInput: ((id: string) => void) | null;
}) {
  const styles = useStyles();
  const t = useViewStrings(EXPLAIN_STRINGS);
  switch (explanation.kind) {
    case "figure":
      return <FigurePanel figure={explanation.figure} onSelectInput={onSelectInput} />;
    case "call":
      return <CallPanel call={explanation.call} onSelect={onSelect} />;
    case "analystRow":
      return <AnalystRowPanel row={explanation.row} />;
    case "precedents":
      return (
        <>
          <Body1 as="p" className={styles.intro}>
            {t("precedentsIntro", { formula: explanation.formula })}
          </Body1>
          <ul className={styles.list} aria-label={t("precedentsHeading", { address: explanation.address })}>
            {explanation.precedents.map((precedent) => (
              <li key={precedent.address} className={styles.item}>
                <span>
                  <span className={styles.formula}>{precedent.address}</span>{" "}
                  <Caption1 className={styles.muted}>
                    {precedent.fromCompute ? t("precedentCompute") : t("precedentOther")}
                  </Caption1>
                </span>
                <Button size="small" onClick={() => onSelect(precedent.address)}>
                  {t("explainPrecedent", { address: precedent.address })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      );
    case "nothing":
      return <Body1 as="p">{t("explainNothing", { address: explanation.address })}</Body1>;
  }
}
