import { Body1, Caption1, makeStyles, mergeClasses, SearchBox, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { bundledCatalog, type AnyMetric } from "../../domain/dataset";
import type { Deal } from "../../domain/dataset/schema";
import { searchDataset } from "../../domain/dataset/search";
import { qualifiedFigure } from "../../domain/tables/formatFigure";
import type { Caveat } from "../../domain/dataset/schema";
import type { Language } from "../../domain/language";
import { text, type FormulaPart } from "../../domain/formulas/build";
import { InsertButton } from "../components/InsertButton";
import { ItemList } from "../components/ItemList";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useInsertFormula } from "../hooks/useInsertFormula";
import { useI18n } from "../i18n";
import type { FormulaPort } from "../ports";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  value: { fontWeight: tokens.fontWeightSemibold },
  source: { display: "block", color: tokens.colorNeutralForeground3 },
  inferred: { display: "block", fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  caveat: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
});

const catalog = bundledCatalog;
const nameOf = (id: string, language: Language) => {
  const entity = catalog.entity(id);
  return entity ? (language === "en" ? entity.name : entity.nameZh) : id;
};

function dealFigures(deal: Deal, language: Language): string[] {
  const figures: string[] = [];
  const figure = (value: number, unit: "USD" | "GW" | "fraction") => qualifiedFigure(value, unit, deal.qualifier, language);
  if (deal.valueUsd !== null) figures.push(figure(deal.valueUsd, "USD"));
  if (deal.capacityGw !== null) figures.push(figure(deal.capacityGw, "GW"));
  if (deal.stake !== null) figures.push(figure(deal.stake, "fraction"));
  if (deal.sharePriceUsd !== null) figures.push(`US$${deal.sharePriceUsd}`);
  return figures;
}

/** What the record took from context, and where the article is not to be taken at its word. */
function Certainty({ inferred, caveat }: { inferred: Readonly<Record<string, string | undefined>>; caveat: Caveat | null }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const reasons = Object.entries(inferred).filter(([, why]) => why !== undefined);
  return (
    <>
      {reasons.length > 0 && (
        <Caption1 className={styles.inferred}>
          {t("inferredNote", { reasons: reasons.map(([field, why]) => `${field}: ${why}`).join("; ") })}
        </Caption1>
      )}
      {caveat && (
        <Caption1 className={styles.caveat} role="note">
          {t("caveatNote", { text: language === "en" ? caveat.en : caveat.zh })}
        </Caption1>
      )}
    </>
  );
}

function Sources({ zh, en }: { zh: string; en: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      <Caption1 className={styles.source} lang="zh-Hant">
        {t("sourceZh")}
        {zh}
      </Caption1>
      <Caption1 className={styles.source} lang="en">
        {t("sourceEn")}
        {en}
      </Caption1>
    </>
  );
}

/** One group of results under its heading, with how many there are; nothing when it is empty. */
function ResultGroup<T>({
  id,
  heading,
  items,
  render,
}: {
  id: string;
  heading: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {heading} ({items.length})
      </Subtitle2>
      <ItemList>{items.map(render)}</ItemList>
    </section>
  );
}

export default function DatasetView({ port, className }: { port: FormulaPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchDataset(catalog, deferred), [deferred]);
  const { insert, notice } = useInsertFormula(port);

  const metricArgs = (metric: AnyMetric): FormulaPart[] => {
    const args = [text(metric.entityName), text(metric.metric)];
    if (catalog.metricPeriods(metric.entity, metric.metric).length > 1) args.push(text(metric.period));
    return args;
  };

  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabDataset")}>
      <SearchBox
        aria-label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <NoticeBar notice={notice} sticky />
      {results.deals.length + results.metrics.length === 0 && <Body1>{t("noMatches")}</Body1>}
      <ResultGroup
        id="dataset-deals"
        heading={t("dealsHeading")}
        items={results.deals}
        render={(deal) => {
          const title = language === "en" ? deal.title : deal.titleZh;
          const figures = dealFigures(deal, language);
          return (
            <li key={deal.id}>
              <Panel
                header={<Text weight="semibold">{title}</Text>}
                description={<Caption1>{deal.parties.map((p) => nameOf(p, language)).join(" · ")}</Caption1>}
                action={<InsertButton name={title} onInsert={() => insert("DEAL", [text(deal.id)], 0)} />}
              >
                <Body1 className={styles.value}>
                  {figures.length > 0 ? figures.join(" · ") : t("notStated")}
                  {deal.condition === "if-fully-exercised" && ` (${t("ifFullyExercised")})`}
                </Body1>
                <Certainty inferred={deal.inferred} caveat={deal.caveat} />
                <Sources zh={deal.source} en={deal.sourceEn} />
              </Panel>
            </li>
          );
        }}
      />
      <ResultGroup
        id="dataset-figures"
        heading={t("figuresHeading")}
        items={results.metrics}
        render={(metric) => {
          const label = `${nameOf(metric.entity, language)}: ${language === "en" ? metric.label : metric.labelZh} (${metric.period})`;
          return (
            <li key={metric.id}>
              <Panel
                header={<Text weight="semibold">{label}</Text>}
                action={<InsertButton name={label} onInsert={() => insert("METRIC", metricArgs(metric), 0)} />}
              >
                <Body1 className={styles.value}>{qualifiedFigure(metric.value, metric.unit, metric.qualifier, language)}</Body1>
                {metric.basis === "derived" && <Caption1>{t("derivedFrom", { method: metric.method })}</Caption1>}
                <Certainty inferred={metric.inferred} caveat={metric.caveat} />
                <Sources zh={metric.source} en={metric.sourceEn} />
              </Panel>
            </li>
          );
        }}
      />
    </section>
  );
}
