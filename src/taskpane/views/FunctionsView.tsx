import { Body1, Caption1, Link, makeStyles, mergeClasses, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { NAMESPACE } from "../../domain/formulas/build";
import { FUNCTION_EXAMPLES } from "../../domain/layout/functionExamples";
import { InsertButton } from "../components/InsertButton";
import { ItemList } from "../components/ItemList";
import { NoticeBar } from "../components/NoticeBar";
import { loadFunctionMetadata, type FunctionMetadata } from "../functionMetadata";
import { useInsertFormula } from "../hooks/useInsertFormula";
import { Panel } from "../components/Panel";
import { useI18n } from "../i18n";
import type { FormulaPort } from "../ports";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  parameters: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The analysts' guide to the functions, served beside the pane (build/guidePages.js renders docs/guide/). */
const GUIDE_URL = "guide/functions.html";

type Loaded = { state: "loading" } | { state: "failed" } | { state: "ready"; functions: FunctionMetadata[] };

export default function FunctionsView({ port, className }: { port: FormulaPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const { insert, notice } = useInsertFormula(port);

  useEffect(() => {
    let current = true;
    setLoaded({ state: "loading" });
    loadFunctionMetadata(language).then(
      (functions) => current && setLoaded({ state: "ready", functions }),
      () => current && setLoaded({ state: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [language]);

  if (loaded.state === "loading") return <Spinner label={t("loadingView")} />;
  if (loaded.state === "failed")
    return <NoticeBar className={className} notice={{ intent: "error", text: t("functionsLoadFailed") }} />;
  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabFunctions")}>
      <Body1>{t("functionsIntro")}</Body1>
      <Link href={GUIDE_URL} target="_blank" rel="noopener">
        {t("functionsGuide")}
      </Link>
      <NoticeBar notice={notice} sticky />
      <ItemList>
        {FUNCTION_EXAMPLES.map((example) => {
          const fn = loaded.functions.find((f) => f.id === example.id);
          if (!fn) return null;
          return (
            <li key={example.id}>
              <Panel
                header={
                  <Text weight="semibold" className={styles.code}>
                    {example.signature}
                  </Text>
                }
                action={
                  <InsertButton
                    name={`${NAMESPACE}.${fn.name}`}
                    onInsert={() => insert(example.id, example.args, example.selectable)}
                  />
                }
              >
                <Body1>{fn.description}</Body1>
                <Caption1>{t("parameters")}</Caption1>
                <ul className={styles.parameters}>
                  {fn.parameters.map((parameter) => (
                    <li key={parameter.name}>
                      <Caption1>
                        <code>{parameter.name}</code>
                        {parameter.optional ? ` (${t("optionalParameter")})` : ""}: {parameter.description}
                      </Caption1>
                    </li>
                  ))}
                </ul>
                <Caption1>
                  {t("example")}: <code className={styles.code}>={example.example}</code>
                </Caption1>
              </Panel>
            </li>
          );
        })}
      </ItemList>
    </section>
  );
}
