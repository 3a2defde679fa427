import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import { bundledCatalog } from "../../domain/dataset";
import {
  AMOUNT_INPUTS,
  checkInput,
  inputText,
  isInputProblem,
  RATE_INPUTS,
  preset as presetOf,
  type InputProblem,
  type PresetKey,
  type ScenarioDefinition,
  type ScenarioInputs,
} from "../../domain/scenario/definition";
import { addScenario, deleteScenario, duplicateScenario, renameScenario, unchangedSources } from "../../domain/scenario/list";
import { INPUT_ORDER, scenarioSheetTitle } from "../../domain/scenario/plans";
import { SCENARIO_WORDS, sourceText } from "../../domain/scenario/words";
import type { Refusal } from "../../domain/stored";
import type { WriteConsent } from "../../domain/writeReport";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ItemList } from "../components/ItemList";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useI18n, useViewStrings } from "../i18n";
import { SCENARIO_INPUT_STRINGS } from "../strings/views/scenarioInputs";
import { errorDetail } from "../officeFailures";
import type { ScenariosPort } from "../ports";
import { refusalText, replaceQuestion } from "../refusalText";
import type { StringKey, Translate } from "../strings";
import type { Language } from "../../domain/language";
import type { NumberProblem } from "../../domain/numbers";
import { formatFigure } from "../../domain/tables/formatFigure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // A native select grows to its longest option; keep it to the pane's width.
  preset: { width: "100%", minWidth: 0, "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" } },
});

type InputKey = keyof (typeof SCENARIO_INPUT_STRINGS)["en"];

const BOUNDS_TEXT: Record<Extract<InputProblem, { kind: "bounds" }>["problem"], InputKey> = {
  "not-a-number": "inputNotANumber",
  "too-small": "inputTooSmall",
  "too-large": "inputTooLarge",
  "not-whole": "inputNotWhole",
};

const NUMBER_TEXT: Record<NumberProblem["kind"], InputKey> = {
  empty: "inputNotANumber",
  unreadable: "inputUnreadable",
  ambiguousComma: "inputAmbiguousComma",
  manyDecimalPoints: "inputManyDecimalPoints",
  mixedUnits: "inputMixedUnits",
  tooLarge: "inputNumberTooLarge",
};

function problemText(problem: InputProblem, v: Translate<InputKey>): string {
  if (problem.kind === "bounds") return v(BOUNDS_TEXT[problem.problem]);
  return v(NUMBER_TEXT[problem.problem.kind], problem.problem.kind === "unreadable" ? { text: problem.problem.text } : {});
}

/** What a valid input will be written as, echoed under its field as the analyst types. */
function echo(key: keyof ScenarioInputs, value: number, language: Language, v: Translate<InputKey>): string {
  if (RATE_INPUTS.includes(key)) {
    const percent = (value * 100).toLocaleString(language === "en" ? "en-US" : language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 6,
    });
    return v("echoRate", { percent: `${percent}%` });
  }
  if (!AMOUNT_INPUTS.includes(key)) return v("echoNumber", { full: String(value) });
  const full = value.toLocaleString(language === "en" ? "en-US" : language, { maximumFractionDigits: 2 });
  return v("echoAmount", { full, short: formatFigure(value, "USD", language) });
}

type Texts = Record<keyof ScenarioInputs, string>;
/** A change to the list: the work (given the analyst's consent, where it was asked), and what to say after. */
type Change = {
  work: (consent: WriteConsent) => Promise<ScenarioDefinition[]>;
  success: (list: ScenarioDefinition[]) => string;
};

const textsOf = (inputs: ScenarioInputs, language: Language): Texts =>
  Object.fromEntries(INPUT_ORDER.map((key) => [key, inputText(key, inputs[key], language)])) as Texts;

export default function ScenariosView({ port, className }: { port: ScenariosPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const v = useViewStrings(SCENARIO_INPUT_STRINGS);
  const words = SCENARIO_WORDS[language];
  const [list, setList] = useState<ScenarioDefinition[]>([]);
  const [preset, setPreset] = useState<PresetKey>("xai");
  const [name, setName] = useState("xAI");
  const [texts, setTexts] = useState<Texts>(() => textsOf(presetOf(bundledCatalog, "xai").inputs, language));
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<Notice | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<ScenarioDefinition | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<Change | null>(null);

  useEffect(() => {
    port.scenarios().then(
      (stored) => {
        setList(stored.definitions);
        setRefusal(stored.refusal);
      },
      (error: unknown) => setStatus({ intent: "error", text: `${t("scenarioFailed")} ${errorDetail(error)}` }),
    );
  }, [port, t]);

  const checked = INPUT_ORDER.map((key) => [key, checkInput(key, texts[key], language)] as const);
  const problems: Partial<Record<keyof ScenarioInputs, string>> = Object.fromEntries(
    checked.flatMap(([key, result]) => (isInputProblem(result) ? [[key, problemText(result, v)]] : [])),
  );
  const echoes = Object.fromEntries(
    checked.flatMap(([key, result]) => (isInputProblem(result) ? [] : [[key, echo(key, result, language, v)]])),
  ) as Partial<Record<keyof ScenarioInputs, string>>;
  const nameProblem = name.trim() === "" ? t("nameRequired") : null;
  // Where each input comes from while it is as the preset gave it; once edited, it is the analyst's.
  const given = presetOf(bundledCatalog, preset);
  const typed = Object.fromEntries(checked.map(([key, result]) => [key, isInputProblem(result) ? Number.NaN : result]));
  const sources = unchangedSources(given, typed as unknown as ScenarioInputs);

  const perform = async (change: Change, consent: WriteConsent) => {
    setStatus({ intent: "busy", text: t("creatingScenario") });
    try {
      const next = await change.work(consent);
      setList(next);
      // The stored list is now the one shown: nothing in it is ignored any more.
      setRefusal(null);
      setStatus({ intent: "success", text: change.success(next) });
    } catch (error) {
      setStatus({ intent: "error", text: `${t("scenarioFailed")} ${t("errorDetail", { detail: errorDetail(error) })}` });
    }
  };
  // A stored list the add-in refused in part is replaced only after asking.
  const run = (work: Change["work"], success: Change["success"]) =>
    refusal ? setPending({ work, success }) : perform({ work, success }, {});

  const create = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (nameProblem || Object.keys(problems).length > 0) return;
    const inputs = Object.fromEntries(checked) as unknown as ScenarioInputs;
    const { list: next, added } = addScenario(list, name, inputs, sources);
    void run(
      async (consent) => {
        await port.saveScenarios(next, language, consent);
        return next;
      },
      () => t("scenarioCreated", { sheet: scenarioSheetTitle(added.name, language) }),
    );
  };

  const duplicate = (original: ScenarioDefinition) =>
    run(
      async (consent) => {
        const { list: next } = duplicateScenario(list, t("copyOf", { name: original.name }), await port.currentInputs(original));
        await port.saveScenarios(next, language, consent);
        return next;
      },
      (next) => t("scenarioCreated", { sheet: scenarioSheetTitle(next[next.length - 1].name, language) }),
    );

  const choosePreset = (key: PresetKey) => {
    setPreset(key);
    setTexts(textsOf(presetOf(bundledCatalog, key).inputs, language));
    setName(key === "xai" ? "xAI" : key === "openai" ? "OpenAI" : "");
  };

  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabScenarios")}>
      <Body1>{t("scenariosIntro")}</Body1>
      <form className={styles.form} onSubmit={create} noValidate>
        <Field label={t("presetLabel")}>
          <Select className={styles.preset} value={preset} onChange={(_, data) => choosePreset(data.value as PresetKey)}>
            <option value="xai">{t("presetXai")}</option>
            <option value="openai">{t("presetOpenai")}</option>
            <option value="blank">{t("presetBlank")}</option>
          </Select>
        </Field>
        <Field
          label={t("scenarioNameLabel")}
          validationState={touched && nameProblem ? "error" : "none"}
          validationMessage={touched ? nameProblem : null}
        >
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        {INPUT_ORDER.map((key) => (
          <Field
            key={key}
            label={RATE_INPUTS.includes(key) ? `${words.inputLabels[key]}${v("percentSuffix")}` : words.inputLabels[key]}
            validationState={problems[key] && (touched || texts[key].trim() !== "") ? "error" : "none"}
            validationMessage={problems[key] && (touched || texts[key].trim() !== "") ? problems[key] : null}
            hint={[echoes[key], sourceText(sources[key], language, bundledCatalog)].filter(Boolean).join(" · ")}
          >
            <Input inputMode="decimal" value={texts[key]} onChange={(_, data) => setTexts({ ...texts, [key]: data.value })} />
          </Field>
        ))}
        <div>
          <Button type="submit" appearance="primary" disabled={status?.intent === "busy"}>
            {t("createScenario")}
          </Button>
        </div>
      </form>
      {refusal && <NoticeBar notice={{ intent: "warning", text: refusalText(refusal, t) }} />}
      <NoticeBar notice={status} />
      <Subtitle2 as="h2">{t("savedScenarios")}</Subtitle2>
      {list.length === 0 && <Body1>{t("noScenarios")}</Body1>}
      <ItemList>
        {list.map((definition) => {
          const label = (action: StringKey) => t("scenarioActionFor", { action: t(action), name: definition.name });
          return (
            <li key={definition.id}>
              <Panel header={<Text weight="semibold">{definition.name}</Text>}>
                {renaming?.id === definition.id ? (
                  <form
                    className={styles.actions}
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (renaming.name.trim() === "") return;
                      setRenaming(null);
                      void run(
                        async (consent) => {
                          await port.renameScenario(list, definition.id, renaming.name.trim(), language, consent);
                          return renameScenario(list, definition.id, renaming.name);
                        },
                        () => t("scenarioRenamed", { sheet: scenarioSheetTitle(renaming.name.trim(), language) }),
                      );
                    }}
                  >
                    <Input
                      aria-label={label("renameScenario")}
                      value={renaming.name}
                      onChange={(_, data) => setRenaming({ ...renaming, name: data.value })}
                    />
                    <Button type="submit" size="small">
                      {t("save")}
                    </Button>
                    <Button size="small" onClick={() => setRenaming(null)}>
                      {t("cancel")}
                    </Button>
                  </form>
                ) : (
                  <div className={styles.actions}>
                    <Button size="small" aria-label={label("openScenario")} onClick={() => void port.openScenario(definition.id)}>
                      {t("openScenario")}
                    </Button>
                    <Button size="small" aria-label={label("duplicateScenario")} onClick={() => void duplicate(definition)}>
                      {t("duplicateScenario")}
                    </Button>
                    <Button
                      size="small"
                      aria-label={label("renameScenario")}
                      onClick={() => setRenaming({ id: definition.id, name: definition.name })}
                    >
                      {t("renameScenario")}
                    </Button>
                    <Button size="small" aria-label={label("deleteScenario")} onClick={() => setDeleting(definition)}>
                      {t("deleteScenario")}
                    </Button>
                  </div>
                )}
              </Panel>
            </li>
          );
        })}
      </ItemList>
      {refusal && (
        <ConfirmDialog
          open={pending !== null}
          title={t("confirmReplaceTitle")}
          body={replaceQuestion(refusal, t)}
          confirmLabel={t("replaceAndContinue")}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const change = pending!;
            setPending(null);
            void perform(change, { replaceRefused: true });
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t("confirmDeleteTitle", { name: deleting?.name ?? "" })}
        body={t("confirmDeleteBody")}
        confirmLabel={t("deleteScenario")}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting!;
          setDeleting(null);
          const remaining = deleteScenario(list, target.id);
          void run(
            async (consent) => {
              await port.deleteScenario(target.id, remaining, language, consent);
              return remaining;
            },
            () => t("scenarioDeleted", { name: target.name }),
          );
        }}
      />
    </section>
  );
}
