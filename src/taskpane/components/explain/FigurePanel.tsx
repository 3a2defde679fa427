/** A dataset figure's provenance: the figure and how sure it is, its sentence, and for a derived one its inputs. */
import { Badge, Body1, Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { FigureExplanation, FormulaWord } from "../../../domain/explain";
import type { FieldBasis } from "../../../domain/dataset/provenance";
import { qualifiedFigure } from "../../../domain/tables/formatFigure";
import { useI18n, useViewStrings } from "../../i18n";
import { EXPLAIN_STRINGS } from "../../strings/views/explainView";
import { Section } from "./Section";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  sentence: { display: "block", margin: 0 },
  label: { display: "block", color: tokens.colorNeutralForeground3 },
  inferred: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  caveat: { color: tokens.colorPaletteDarkOrangeForeground1 },
  words: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  inputs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const BASIS_KEY = {
  stated: "basisStated",
  derived: "basisDerived",
  inferred: "basisInferred",
  forecast: "basisForecast",
  "not-stated": "basisNotStated",
} as const satisfies Record<FieldBasis, string>;
const BASIS_COLOR = {
  stated: "success",
  derived: "brand",
  inferred: "warning",
  forecast: "warning",
  "not-stated": "informative",
} as const satisfies Record<FieldBasis, string>;

/** Links to select a derived figure's inputs, where the figure sits in a table the pane can search. */
export type SelectInput = ((id: string) => void) | null;

export function FigurePanel({ figure, onSelectInput }: { figure: FigureExplanation; onSelectInput: SelectInput }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const zh = language !== "en";
  const title = figure.record === "ai-share" ? t("aiShareTitle", { year: figure.title }) : zh ? figure.titleZh : figure.title;
  const shown =
    figure.value !== null && figure.unit !== null
      ? qualifiedFigure(figure.value, figure.unit, figure.qualifier, language, figure.significantDigits)
      : null;
  const { highlight, sourceZh } = figure;
  const inputLabel = (id: string) => {
    const input = figure.derived?.inputs.find((candidate) => candidate.id === id);
    return input ? (zh ? input.labelZh : input.label) : id;
  };
  const word = (part: FormulaWord, index: number) => {
    switch (part.kind) {
      case "input":
        return onSelectInput ? (
          <Link
            key={index}
            as="button"
            onClick={() => onSelectInput(part.id)}
            aria-label={t("selectInput", { label: inputLabel(part.id) })}
          >
            {inputLabel(part.id)}
          </Link>
        ) : (
          <span key={index}>{inputLabel(part.id)}</span>
        );
      case "number":
        return <span key={index}>{part.value.toLocaleString(language)}</span>;
      case "operator":
        return <span key={index}>{part.operator}</span>;
      case "open":
        return <span key={index}>(</span>;
      case "close":
        return <span key={index}>)</span>;
    }
  };
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {shown && <span className={styles.figure}>{shown}</span>}
      <div>
        <Badge appearance="tint" color={BASIS_COLOR[figure.basis]}>
          {t(BASIS_KEY[figure.basis])}
        </Badge>
      </div>
      {figure.overriddenBy !== null && figure.value !== null && figure.unit !== null && (
        <Body1>
          {t("overridden", {
            yours: String(figure.overriddenBy),
            dataset: qualifiedFigure(figure.value, figure.unit, figure.qualifier, language, figure.significantDigits),
          })}
        </Body1>
      )}
      {figure.why && figure.basis !== "derived" && (
        <Caption1 className={styles.inferred}>{t("inferredBecause", { reason: figure.why })}</Caption1>
      )}
      {figure.caveat && (
        <Caption1 className={styles.caveat}>{t("caveat", { text: zh ? figure.caveat.zh : figure.caveat.en })}</Caption1>
      )}
      {figure.derived && (
        <Section heading={t("derivedHeading")}>
          <Body1 as="p" className={styles.sentence}>
            {figure.derived.method}
          </Body1>
          <div className={styles.words}>{figure.derived.words.map(word)}</div>
        </Section>
      )}
      <section aria-label={t("sourceHeading")}>
        <Caption1 className={styles.label}>{t("sourceZhLabel")}</Caption1>
        <Body1 as="p" lang="zh-Hant" className={styles.sentence}>
          {highlight ? (
            <>
              {sourceZh.slice(0, highlight.start)}
              <mark className={styles.mark}>{sourceZh.slice(highlight.start, highlight.end)}</mark>
              {sourceZh.slice(highlight.end)}
            </>
          ) : (
            sourceZh
          )}
        </Body1>
        <Caption1 className={styles.label}>{t("sourceEnLabel")}</Caption1>
        <Body1 as="p" lang="en" className={styles.sentence}>
          {figure.sourceEn}
        </Body1>
      </section>
      <Caption1 className={styles.label}>{t("datasetVersion", { version: figure.datasetVersion })}</Caption1>
    </div>
  );
}
