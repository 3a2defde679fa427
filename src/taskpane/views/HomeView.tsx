import { Body1, Caption1, Card, CardHeader, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { bundledCatalog } from "../../domain/dataset";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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

export function HomeView({ className }: { className?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { dataset, deals, metrics, entities } = bundledCatalog;
  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="home-dataset">
      <Body1>{t("homeIntro")}</Body1>
      <Card>
        <CardHeader header={<Subtitle2 id="home-dataset">{t("datasetHeading")}</Subtitle2>} />
        <dl className={styles.facts}>
          <dt className={styles.term}>{t("datasetVersion")}</dt>
          <dd className={styles.detail}>{dataset.version}</dd>
          <dt className={styles.term}>{t("datasetAsOf")}</dt>
          <dd className={styles.detail}>{dataset.asOf}</dd>
          <dt className={styles.term}>{t("datasetAuthor")}</dt>
          <dd className={styles.detail}>
            {dataset.article.author} · {dataset.article.platform}
          </dd>
        </dl>
        <Caption1>{t("datasetCounts", { deals: deals.length, metrics: metrics.length, entities: entities.length })}</Caption1>
      </Card>
      <Card>
        <CardHeader header={<Subtitle2>{t("functionsHeading")}</Subtitle2>} />
        <Body1>{t("functionsHint")}</Body1>
      </Card>
    </section>
  );
}
