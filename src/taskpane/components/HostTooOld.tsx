import { makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

/** Shown when Excel lacks a requirement set the add-in needs, instead of failing later. */
export function HostTooOld({ missingSets, className }: { missingSets: string[]; className?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={mergeClasses(styles.root, className)}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("missingSetTitle")}</MessageBarTitle>
          {t("missingSetBody", { sets: missingSets.join(", ") })}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
