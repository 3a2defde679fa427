import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
// The ribbon's FunctionFile is this page (shared runtime): register the commands with it.
import "../commands/commands";
import { waitForHost } from "../office/host";
import { excelWorkbookPort } from "../office/workbookPort";
import { App } from "./App";
import { PRERENDERED_ATTRIBUTE, rendersAsPrerendered } from "./prerendered";
import { languageFor, loadStrings } from "./strings";

/**
 * Wait for Office once, then take over the prerendered Home (taskpane.html): hydrate it where
 * the pane's first render is the same markup, or replace it where it is not (outside Excel, an
 * Excel too old, another language, a dark theme). The pane never calls Office.onReady again.
 */
async function start(container: HTMLElement): Promise<void> {
  const host = await waitForHost();
  // The starting language's strings before the first render, so the pane never shows another.
  await loadStrings(languageFor(host.kind === "outside-excel" ? navigator.language : host.displayLanguage));
  const app = <App host={host} browserLanguage={navigator.language} port={excelWorkbookPort} />;
  if (container.hasAttribute(PRERENDERED_ATTRIBUTE) && rendersAsPrerendered(host, excelWorkbookPort)) {
    hydrateRoot(container, app);
    return;
  }
  // The prerendered markup, and the theme style it carries, go; the other render takes its place
  // in the same task, so no frame paints the page empty between the two.
  container.replaceChildren();
  container.removeAttribute(PRERENDERED_ATTRIBUTE);
  const root = createRoot(container);
  flushSync(() => root.render(app));
}

const root = document.getElementById("root");
if (!root) throw new Error("taskpane.html has no #root element");
start(root).catch((error: unknown) => {
  // The pane could not start at all: say so in place of the (disabled) prerendered Home.
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `Compute Alliances could not start: ${error instanceof Error ? error.message : String(error)}. Close the pane and open it again from the Compute tab.`;
  root.replaceChildren(message);
  throw error;
});
