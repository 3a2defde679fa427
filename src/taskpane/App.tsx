import {
  Body1,
  FluentProvider,
  makeStyles,
  Spinner,
  Title3,
  tokens,
  useIsomorphicLayoutEffect,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { HostTooOld } from "./components/HostTooOld";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { OutsideExcel } from "./components/OutsideExcel";
import { ViewTabs } from "./components/ViewTabs";
import { I18nProvider, useI18n } from "./i18n";
import type { HostInfo, WorkbookPort } from "./ports";
import { languageFor } from "./strings";
import { HomeView } from "./views/HomeView";

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  heading: { margin: 0 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
  main: { padding: tokens.spacingHorizontalL },
  // The tabs stay in reach while a long list scrolls: the list keeps its place when left.
  nav: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2 },
});

// The views other than Home load on first use, keeping the pane's first paint small.
const DatasetView = lazy(() => import(/* webpackChunkName: "dataset-view" */ "./views/DatasetView"));
const FunctionsView = lazy(() => import(/* webpackChunkName: "functions-view" */ "./views/FunctionsView"));
const ScenariosView = lazy(() => import(/* webpackChunkName: "scenarios-view" */ "./views/ScenariosView"));
const MapView = lazy(() => import(/* webpackChunkName: "map-view" */ "./views/MapView"));
const ExplainView = lazy(() => import(/* webpackChunkName: "explain-view" */ "./views/ExplainView"));

const VIEWS = ["home", "dataset", "map", "functions", "scenarios", "explain"] as const;
type ViewId = (typeof VIEWS)[number];
const TAB_LABELS = {
  home: "tabHome",
  dataset: "tabDataset",
  map: "tabMap",
  functions: "tabFunctions",
  scenarios: "tabScenarios",
  explain: "tabExplain",
} as const satisfies Record<ViewId, string>;
/**
 * Views that stay mounted, hidden, once opened: a long list keeps its filters, its expanded cards
 * and (with the saved scroll) its place. The others open afresh, reading the workbook again.
 */
const KEPT: readonly ViewId[] = ["dataset", "map"];

function Shell({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [view, setView] = useState<ViewId>("home");
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(new Set());
  const scrolls = useRef<Partial<Record<ViewId, number>>>({});
  const choose = useCallback((next: ViewId) => {
    setView((was) => {
      scrolls.current[was] = window.scrollY;
      return next;
    });
    setOpened((was) => new Set(was).add(next));
  }, []);
  // The ribbon's Explain opens the pane on that view, whether the pane was open or not.
  useEffect(() => {
    const requested = port.takeViewRequest();
    if (requested) choose(requested);
    return port.onViewRequest((next) => {
      port.takeViewRequest();
      choose(next);
    });
  }, [port, choose]);
  // Before paint, so a view comes back where it was left, without a jump. (Isomorphic: the
  // build's prerender has no layout, and React would warn of a layout effect there.)
  useIsomorphicLayoutEffect(() => {
    window.scrollTo(0, scrolls.current[view] ?? 0);
  }, [view]);
  const kept = (id: ViewId, element: JSX.Element) =>
    KEPT.includes(id) ? opened.has(id) && <div hidden={view !== id}>{element}</div> : view === id && element;
  return (
    <>
      <header className={styles.header}>
        <div>
          <Title3 as="h1" block className={styles.heading}>
            {t("appTitle")}
          </Title3>
          <Body1 as="p" block className={styles.subtitle}>
            {t("appSubtitle")}
          </Body1>
        </div>
        <LanguageSwitch />
      </header>
      <nav aria-label={t("navLabel")} className={styles.nav}>
        {/* In a pane too narrow for every tab, the tabs wrap rather than hide. */}
        <ViewTabs tabs={VIEWS.map((id) => ({ id, label: t(TAB_LABELS[id]) }))} selected={view} onSelect={choose} />
      </nav>
      <main className={styles.main}>
        <Suspense fallback={<Spinner label={t("loadingView")} />}>
          {kept("home", <HomeView tables={port} portable={port} acceptance={port} />)}
          {kept("dataset", <DatasetView port={port} />)}
          {kept("map", <MapView port={port} />)}
          {kept("functions", <FunctionsView port={port} />)}
          {kept("scenarios", <ScenariosView port={port} />)}
          {kept("explain", <ExplainView port={port} />)}
        </Suspense>
      </main>
    </>
  );
}

function Body({ host, port }: { host: HostInfo; port: WorkbookPort }) {
  switch (host.kind) {
    case "outside-excel":
      return <OutsideExcel />;
    case "excel-too-old":
      return <HostTooOld missingSets={host.missingSets} />;
    case "excel":
      return <Shell port={port} />;
  }
}

export function App({ host, browserLanguage, port }: { host: HostInfo; browserLanguage: string; port: WorkbookPort }) {
  const styles = useStyles();
  const displayLanguage = host.kind === "outside-excel" ? browserLanguage : host.displayLanguage;
  const dark = host.kind !== "outside-excel" && host.isDarkTheme;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <I18nProvider initial={languageFor(displayLanguage)}>
        <Body host={host} port={port} />
      </I18nProvider>
    </FluentProvider>
  );
}
