/**
 * The dataset as compact cards: each deal or figure on a line or two, its sources and certainty
 * behind a disclosure button. Filters by kind of record, company, deal kind and status combine
 * with the search; the lists show a page at a time.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  SearchBox,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { fieldProvenance, metricValueBasis } from "../../domain/dataset/provenance";
import { useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { bundledCatalog, shownDigits, type AnyMetric } from "../../domain/dataset";
import {
  entitiesWithRecords,
  filterDataset,
  NO_FILTERS,
  sharingSentence,
  type DatasetFilters,
  type RecordKind,
} from "../../domain/dataset/filter";
import { figureInSentence } from "../../domain/dataset/highlight";
import type { Caveat, Deal, DealKind, DealStatus } from "../../domain/dataset/schema";
import { qualifiedFigure } from "../../domain/tables/formatFigure";
import type { Language } from "../../domain/language";
import { text, type FormulaPart } from "../../domain/formulas/build";
import { InsertButton } from "../components/InsertButton";
import { ItemList } from "../components/ItemList";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useInsertFormula } from "../hooks/useInsertFormula";
import { entityName as nameOf } from "../entityName";
import { useI18n, useViewStrings } from "../i18n";
import { DATASET_STRINGS } from "../strings/views/datasetView";
import type { FormulaPort } from "../ports";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  // A native select grows to its longest option; keep it to its grid cell.
  filter: { minWidth: 0, "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" } },
  summary: { display: "block", color: tokens.colorNeutralForeground2 },
  disclosure: { paddingLeft: 0, minWidth: 0 },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  source: { display: "block", color: tokens.colorNeutralForeground3 },
  inferred: { display: "block", fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  caveat: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
});

const catalog = bundledCatalog;
/** Kinds and statuses are the dataset's own words: "equity-investment" reads as "equity investment". */
const words = (id: string) => id.replace(/-/g, " ");
const KINDS = [...new Set(catalog.deals.map((d) => d.kind))].sort();
const STATUSES = [...new Set(catalog.deals.flatMap((d) => (d.status ? [d.status] : [])))].sort();
/** Cards are shown a page at a time: a 15,000-deal dataset filters at once, but renders in pages. */
const PAGE = 20;

function dealFigures(deal: Deal, language: Language): string[] {
  const figures: string[] = [];
  const figure = (value: number, unit: "USD" | "GW" | "fraction") => qualifiedFigure(value, unit, deal.qualifier, language);
  if (deal.valueUsd !== null) figures.push(figure(deal.valueUsd, "USD"));
  if (deal.capacityGw !== null) figures.push(figure(deal.capacityGw, "GW"));
  if (deal.stake !== null) figures.push(figure(deal.stake, "fraction"));
  if (deal.sharePriceUsd !== null) figures.push(`US$${deal.sharePriceUsd}`);
  return figures;
}

const dealNumbers = (deal: Deal) =>
  [deal.valueUsd, deal.capacityGw, deal.stake, deal.sharePriceUsd].flatMap((v) => (v === null ? [] : [v]));

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

/** The article's sentence and its translation, the figure marked where the sentence writes it. */
function Sources({ zh, en, figures }: { zh: string; en: string; figures: readonly number[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const marked = figureInSentence(zh, figures);
  return (
    <>
      <Caption1 className={styles.source} lang="zh-Hant">
        {t("sourceZh")}
        {marked ? (
          <>
            {zh.slice(0, marked.start)}
            <mark className={styles.mark}>{zh.slice(marked.start, marked.end)}</mark>
            {zh.slice(marked.end)}
          </>
        ) : (
          zh
        )}
      </Caption1>
      <Caption1 className={styles.source} lang="en">
        {t("sourceEn")}
        {en}
      </Caption1>
    </>
  );
}

/** A card with its summary, and its sources and certainty behind a disclosure button. */
function Card({
  id,
  title,
  summary,
  action,
  expanded,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  action: ReactNode;
  expanded: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const v = useViewStrings(DATASET_STRINGS);
  const detailsId = `details-${id}`;
  return (
    <li>
      <Panel header={<Text weight="semibold">{title}</Text>} description={summary} action={action}>
        <div>
          <Button
            size="small"
            appearance="transparent"
            className={styles.disclosure}
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={v(expanded ? "hideSourceFor" : "showSourceFor", { name: title })}
            onClick={onToggle}
          >
            {expanded ? `▾ ${v("hideSource")}` : `▸ ${v("showSource")}`}
          </Button>
        </div>
        {expanded && (
          <div id={detailsId} className={styles.details}>
            {children}
          </div>
        )}
      </Panel>
    </li>
  );
}

/** One group of results under its heading (with its counts); nothing when it is empty. */
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
        {heading}
      </Subtitle2>
      <ItemList>{items.map(render)}</ItemList>
    </section>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.filter}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {options.map(([optionValue, optionText]) => (
          <option key={optionValue} value={optionValue}>
            {optionText}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export default function DatasetView({ port, className }: { port: FormulaPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const v = useViewStrings(DATASET_STRINGS);
  const [filters, setFilters] = useState<DatasetFilters>(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const results = useMemo(() => filterDataset(catalog, deferred, language), [deferred, language]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const { insert, notice } = useInsertFormula(port);
  const sharing = sharingSentence(catalog);

  const set = (patch: Partial<DatasetFilters>) => {
    setFilters((was) => ({ ...was, ...patch }));
    setShown(PAGE);
  };
  const toggle = (id: string) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const titleOf = (id: string) => {
    const deal = catalog.deal(id);
    return deal ? (language === "en" ? deal.title : deal.titleZh) : id;
  };
  const metricArgs = (metric: AnyMetric): FormulaPart[] => {
    const args = [text(metric.entityName), text(metric.metric)];
    if (catalog.metricPeriods(metric.entity, metric.metric).length > 1) args.push(text(metric.period));
    return args;
  };
  const deals = results.deals.slice(0, shown);
  const metrics = results.metrics.slice(0, Math.max(0, shown - deals.length));
  const hidden = results.deals.length + results.metrics.length - deals.length - metrics.length;

  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabDataset")}>
      <SearchBox
        aria-label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={filters.query}
        onChange={(_, data) => set({ query: data.value })}
      />
      <div className={styles.filters}>
        <FilterSelect
          label={v("filterShow")}
          value={filters.show}
          onChange={(value) => set({ show: value as RecordKind })}
          options={[
            ["all", v("showAll")],
            ["deals", t("dealsHeading")],
            ["figures", t("figuresHeading")],
          ]}
        />
        <FilterSelect
          label={v("filterCompany")}
          value={filters.entity ?? ""}
          onChange={(value) => set({ entity: value === "" ? null : value })}
          options={[["", v("anyCompany")], ...entitiesWithRecords(catalog).map((id) => [id, nameOf(id, language)] as const)]}
        />
        <FilterSelect
          label={v("filterKind")}
          value={filters.kind ?? ""}
          onChange={(value) => set({ kind: value === "" ? null : (value as DealKind) })}
          options={[["", v("anyKind")], ...KINDS.map((kind) => [kind, words(kind)] as const)]}
        />
        <FilterSelect
          label={v("filterStatus")}
          value={filters.status ?? ""}
          onChange={(value) => set({ status: value === "" ? null : (value as DealStatus) })}
          options={[["", v("anyStatus")], ...STATUSES.map((status) => [status, words(status)] as const)]}
        />
      </div>
      <NoticeBar notice={notice} sticky />
      {results.deals.length + results.metrics.length === 0 && <Body1>{t("noMatches")}</Body1>}
      <ResultGroup
        id="dataset-deals"
        heading={v("countOf", { what: t("dealsHeading"), shown: results.deals.length, total: results.totalDeals })}
        items={deals}
        render={(deal) => {
          const title = language === "en" ? deal.title : deal.titleZh;
          const figures = dealFigures(deal, language);
          const others = sharing.get(deal.id) ?? [];
          // A date or status read from context says so where it is shown, not only behind Source.
          const marked = (column: "date" | "status", value: string) =>
            fieldProvenance({ type: "deal", record: deal }, column).basis === "inferred"
              ? v("readFromContext", { value })
              : value;
          const summary = [
            deal.parties.map((p) => nameOf(p, language)).join(", "),
            figures.length > 0 ? figures.join(", ") : t("notStated"),
            deal.condition === "if-fully-exercised" ? t("ifFullyExercised") : "",
            deal.date ? marked("date", deal.date) : "",
            deal.status ? marked("status", words(deal.status)) : "",
          ].filter(Boolean);
          return (
            <Card
              key={deal.id}
              id={deal.id}
              title={title}
              summary={<Caption1 className={styles.summary}>{summary.join(" · ")}</Caption1>}
              action={<InsertButton name={title} onInsert={() => insert("DEAL", [text(deal.id)], 0)} />}
              expanded={expanded.has(deal.id)}
              onToggle={() => toggle(deal.id)}
            >
              <Certainty inferred={deal.inferred} caveat={deal.caveat} />
              {others.length > 0 && <Caption1 block>{v("sharesSentence", { titles: others.map(titleOf).join("; ") })}</Caption1>}
              <Sources zh={deal.source} en={deal.sourceEn} figures={dealNumbers(deal)} />
            </Card>
          );
        }}
      />
      <ResultGroup
        id="dataset-figures"
        heading={v("countOf", { what: t("figuresHeading"), shown: results.metrics.length, total: results.totalMetrics })}
        items={metrics}
        render={(metric) => {
          const label = `${nameOf(metric.entity, language)}: ${language === "en" ? metric.label : metric.labelZh} (${metric.period})`;
          return (
            <Card
              key={metric.id}
              id={metric.id}
              title={label}
              summary={
                <Caption1 className={styles.summary}>
                  {qualifiedFigure(metric.value, metric.unit, metric.qualifier, language, shownDigits(metric))}
                  {metric.basis === "derived" && ` · ${t("derivedFrom", { method: metric.method })}`}
                  {metricValueBasis(metric) === "forecast" && ` · ${v("forecastFigure")}`}
                  {metricValueBasis(metric) === "inferred" && ` · ${v("inferredFigure")}`}
                </Caption1>
              }
              action={<InsertButton name={label} onInsert={() => insert("METRIC", metricArgs(metric), 0)} />}
              expanded={expanded.has(metric.id)}
              onToggle={() => toggle(metric.id)}
            >
              <Certainty inferred={metric.inferred} caveat={metric.caveat} />
              <Sources zh={metric.source} en={metric.sourceEn} figures={metric.basis === "stated" ? [metric.value] : []} />
            </Card>
          );
        }}
      />
      {hidden > 0 && (
        <div>
          <Button onClick={() => setShown((was) => was + PAGE)}>{v("showMore", { count: Math.min(PAGE, hidden) })}</Button>
        </div>
      )}
    </section>
  );
}
