/** A row the analyst added to the Deals table: theirs, not the article's, and how the money-map functions read it. */
import { Badge, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalystRowExplanation } from "../../../domain/explain";
import { formatFigure } from "../../../domain/tables/formatFigure";
import { useI18n, useViewStrings } from "../../i18n";
import { EXPLAIN_STRINGS } from "../../strings/views/explainView";
import { SKIP_REASON_STRINGS } from "../../strings/views/skipReasons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  reading: { margin: 0, overflowWrap: "anywhere" },
});

export function AnalystRowPanel({ row }: { row: AnalystRowExplanation }) {
  const styles = useStyles();
  const { language } = useI18n();
  const t = useViewStrings(EXPLAIN_STRINGS);
  const reason = useViewStrings(SKIP_REASON_STRINGS);
  const { reading } = row;
  const read =
    reading.kind === "flow"
      ? t("yourRowFlow", {
          from: reading.from,
          to: reading.to,
          amount: reading.valueUsd === null ? t("yourRowNotStated") : formatFigure(reading.valueUsd, "USD", language),
        })
      : reading.kind === "link"
        ? t("yourRowLink", { parties: reading.parties.join(language === "en" ? ", " : "、") })
        : t("yourRowSkipped", { reason: reason(reading.reason) });
  return (
    <div className={styles.root}>
      <Badge appearance="tint" color="informative">
        {t("yourRowBadge")}
      </Badge>
      <Body1 as="p" className={styles.reading}>
        {t("yourRowIntro", { id: row.id, table: row.table })}
      </Body1>
      <Body1 as="p" className={styles.reading} data-testid="analyst-row-reading">
        {read}
      </Body1>
    </div>
  );
}
