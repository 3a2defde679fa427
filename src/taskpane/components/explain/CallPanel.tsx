/** A COMPUTE call explained: its arguments as read, its error or result, and what the function did. */
import { Body1, Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { AiShareDetail, CallExplanation, DependenceDetail, RunwayDetail, StressDetail } from "../../../domain/explain";
import type { CellValue } from "../../../domain/cells";
import type { MetricUnit } from "../../../domain/dataset/schema";
import { formatFigure } from "../../../domain/tables/formatFigure";
import type { Language } from "../../../domain/language";
import { useI18n, useViewStrings } from "../../i18n";
import { EXPLAIN_STRINGS } from "../../strings/views/explainView";
import { AiShareChart, CashChart, Tornado } from "./charts";
import { FigurePanel } from "./FigurePanel";
import { Section } from "./Section";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
  value: { whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  paragraph: { margin: 0 },
});

/** How a parameter's value reads: money in US$ (or 億美元), rates as percentages, months as months. */
const PARAMETER_UNITS: Readonly<Record<string, MetricUnit>> = {
  cash: "USD",
  monthly_burn: "USD",
  monthly_revenue: "USD",
  burn_growth: "fraction",
  revenue_growth: "fraction",
  months: "months",
};

function shownValue(value: CellValue, parameter: string, language: Language): string {
  const unit = PARAMETER_UNITS[parameter];
  // Years read as years: 2030, not 2,030.
  if (typeof value === "number" && /year$/.test(parameter)) return String(value);
  if (typeof value === "number") return unit ? formatFigure(value, unit, language) : value.toLocaleString(language);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value === "" ? '""' : value;
}

function RunwayPanel({ detail }: { detail: RunwayDetail }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const usd = (value: number) => formatFigure(value, "USD", language);
  const rate = (value: number) => formatFigure(value, "fraction", language);
  const months = (value: number) => formatFigure(value, "months", language);
  const words = {
    cash: usd(detail.cash),
    burn: usd(detail.monthlyBurn),
    growth: rate(detail.burnGrowth),
    revenue: usd(detail.monthlyRevenue),
    revenueGrowth: rate(detail.revenueGrowth),
    months: months(detail.months),
  };
  const sentence =
    detail.fn === "BURN"
      ? t(detail.form === "constant" ? "burnConstant" : "burnGrowing", words)
      : t(
          detail.form === "constant" ? "runwayConstant" : detail.form === "growing" ? "runwayGrowing" : "runwayWithRevenue",
          words,
        );
  const resultFormat = (value: number | null) =>
    value === null ? t("noResult") : detail.fn === "BURN" ? usd(value) : months(value);
  return (
    <>
      <Section heading={t("arithmeticHeading")}>
        <Body1 as="p" className={styles.paragraph}>
          {sentence}
        </Body1>
      </Section>
      <Section heading={t("cashChartHeading")}>
        <CashChart
          detail={detail}
          label={t("cashChartLabel", { start: usd(detail.cash), months: months(detail.months) })}
          endLabel={months(detail.months)}
        />
      </Section>
      <Section heading={t("tornadoHeading")}>
        <Tornado
          rows={detail.sensitivity}
          caption={t("tornadoCaption", { fn: detail.fn })}
          headers={{ input: t("tornadoInput"), low: t("tornadoLow"), high: t("tornadoHigh") }}
          format={resultFormat}
        />
      </Section>
    </>
  );
}

function AiSharePanel({ detail }: { detail: AiShareDetail }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const share = (value: number) => formatFigure(value, "fraction", language);
  const statusWord = { actual: t("statusActual"), preliminary: t("statusPreliminary"), forecast: t("statusForecast") };
  const { placement } = detail;
  let sentence: string;
  switch (placement.kind) {
    case "exact":
      sentence = t("aiShareExact", { year: detail.year, share: share(detail.share), status: statusWord[placement.point.status] });
      break;
    case "interpolated":
      sentence = t("aiShareInterpolated", {
        leftYear: placement.left.year,
        leftShare: share(placement.left.share),
        rightYear: placement.right.year,
        rightShare: share(placement.right.share),
      });
      break;
    case "extrapolated": {
      const values = { fromYear: placement.from.year, share: share(placement.from.share) };
      const parameter = placement.parameter ?? 0;
      sentence =
        placement.method === "logistic"
          ? t("aiShareLogistic", { ...values, parameter: parameter.toLocaleString(language, { maximumFractionDigits: 4 }) })
          : placement.method === "linear"
            ? t("aiShareLinear", {
                ...values,
                parameter: (parameter * 100).toLocaleString(language, { maximumFractionDigits: 2 }),
              })
            : t("aiShareHold", values);
    }
  }
  const first = detail.series[0].year;
  const last = Math.max(detail.series[detail.series.length - 1].year, detail.year);
  return (
    <Section heading={t("arithmeticHeading")}>
      <Body1 as="p" className={styles.paragraph}>
        {sentence}
      </Body1>
      <AiShareChart
        detail={detail}
        label={t("aiShareChartLabel", { first, last, year: detail.year, share: share(detail.share) })}
      />
    </Section>
  );
}

export function CallPanel({ call, onSelect }: { call: CallExplanation; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const { detail, error } = call;
  const resultUnit =
    call.fn === "RUNWAY" ? "months" : call.fn === "BURN" ? "monthly_burn" : call.fn === "AISHARE" ? "burn_growth" : "";
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{t("callHeading")}</Subtitle2>
      <code className={styles.formula}>{call.formula}</code>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t("argumentColumn")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("writtenColumn")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("valueColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {call.args.map((arg) => (
            <tr key={arg.name}>
              <th scope="row" className={mergeClasses(styles.cell, styles.code)}>
                {arg.name}
              </th>
              <td className={mergeClasses(styles.cell, styles.code)}>
                {arg.reference ? (
                  <Link as="button" onClick={() => onSelect(arg.reference!)}>
                    {arg.text}
                  </Link>
                ) : (
                  arg.text
                )}
              </td>
              <td className={mergeClasses(styles.cell, styles.value)}>
                {arg.text === "" ? (
                  <span className={styles.muted}>{t("omitted")}</span>
                ) : arg.value === null ? (
                  <span className={styles.muted}>{t("notRead")}</span>
                ) : (
                  shownValue(arg.value, arg.name, language)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {error.argument
              ? t("argumentError", { argument: error.argument, fn: call.fn, code: error.code, message: error.message })
              : t("callError", { fn: call.fn, code: error.code, message: error.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      {call.result !== null && <Body1 as="p">{t("result", { value: shownValue(call.result, resultUnit, language) })}</Body1>}
      {detail?.kind === "runway" && <RunwayPanel detail={detail} />}
      {detail?.kind === "aishare" && <AiSharePanel detail={detail} />}
      {detail?.kind === "figure" && <FigurePanel figure={detail.figure} onSelectInput={null} />}
      {detail?.kind === "stress" && <StressPanel detail={detail} />}
      {detail?.kind === "dependence" && <DependencePanel detail={detail} />}
    </div>
  );
}

/** STRESS's chain, round by round: who lost what from whom. */
function StressPanel({ detail }: { detail: StressDetail }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const lines = [
    ...detail.steps.map((step) => ({
      round: step.round,
      text: t("stressStep", { ...step, loss: formatFigure(step.lossUsd, "USD", language) }),
    })),
    ...detail.unstated.map((step) => ({ round: step.round, text: t("stressUnstated", step) })),
  ].sort((a, b) => a.round - b.round);
  return (
    <Section heading={t("stressHeading", { failed: detail.failed })}>
      <Body1 as="p" className={styles.paragraph}>
        {t("stressAssumption")}
      </Body1>
      <ol className={styles.paragraph}>
        {lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ol>
    </Section>
  );
}

/** DEPENDENCE's parts: each counterparty's share, and the flows that state no amount. */
function DependencePanel({ detail }: { detail: DependenceDetail }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const way = t(detail.direction === "in" ? "dependenceIn" : "dependenceOut");
  return (
    <Section heading={t("dependenceHeading", { entity: detail.entity, way })}>
      <ul className={styles.paragraph}>
        {detail.parts.map((part) => (
          <li key={part.counterparty}>
            {part.statedUsd === 0 && part.unstated > 0
              ? t("dependenceUnstated", { counterparty: part.counterparty, count: part.unstated })
              : t("dependencePart", {
                  counterparty: part.counterparty,
                  share: formatFigure(part.share ?? 0, "fraction", language),
                  amount: formatFigure(part.statedUsd, "USD", language),
                })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
