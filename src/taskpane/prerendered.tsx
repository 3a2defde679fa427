/**
 * What the build prerenders into taskpane.html (Home, English, light), and when the pane may
 * hydrate that markup instead of replacing it. Shared by the build (prerender.tsx), the entry
 * point (index.tsx) and the tests, so they cannot disagree.
 */
import { App } from "./App";
import type { HostInfo, TablesPort, WorkbookPort } from "./ports";
import { languageFor, type Language } from "./strings";

export const PRERENDERED_LANGUAGE: Language = "en";
export const PRERENDERED_HOST: HostInfo = { kind: "excel", displayLanguage: "en-US", isDarkTheme: false };
/** The attribute the build sets on #root when it holds the prerendered pane. */
export const PRERENDERED_ATTRIBUTE = "data-prerendered";

/**
 * True when the pane's first render is the prerendered one: Excel with every set the add-in
 * needs, in the prerendered language and a light theme, with no write under way (the ribbon
 * can start one before the pane opens, and Home would then show it).
 */
export function rendersAsPrerendered(host: HostInfo, tables: Pick<TablesPort, "currentActivity">): boolean {
  return (
    host.kind === "excel" &&
    !host.isDarkTheme &&
    languageFor(host.displayLanguage) === PRERENDERED_LANGUAGE &&
    tables.currentActivity().state === "idle"
  );
}

/**
 * The workbook as the build sees it: there is none. Rendering reads only the current activity
 * (idle); the reads and writes run in effects, which a server render never runs.
 */
const NO_WORKBOOK = new Proxy({} as WorkbookPort, {
  get(_, member) {
    if (member === "currentActivity") return () => ({ state: "idle" });
    return () => {
      throw new Error(`The prerendered pane cannot reach the workbook (${String(member)})`);
    };
  },
});

/** The prerendered element: the same component and props as the pane's first render in Excel. */
export function prerenderedApp(port: WorkbookPort = NO_WORKBOOK) {
  return <App host={PRERENDERED_HOST} browserLanguage={PRERENDERED_LANGUAGE} port={port} />;
}
