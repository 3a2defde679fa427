import { Body1, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Shown when the page is opened in a plain browser: what it is, and how to open it in Excel. */
export function OutsideExcel({ className }: { className?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={mergeClasses(styles.root, className)}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("outsideTitle")}</MessageBarTitle>
          {t("outsideBody")}
        </MessageBarBody>
      </MessageBar>
      <ol className={styles.steps}>
        <li>
          <Body1>{t("outsideStepWeb")}</Body1>
        </li>
        <li>
          <Body1>{t("outsideStepDesktop")}</Body1>
        </li>
      </ol>
    </main>
  );
}
