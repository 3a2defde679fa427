import { createRoot } from "react-dom/client";
// The ribbon's FunctionFile is this page (shared runtime): register the commands with it.
import "../commands/commands";
import { waitForHost } from "../office/host";
import { excelWorkbookPort } from "../office/workbookPort";
import { App } from "./App";
import { languageFor, loadStrings } from "./strings";

/** Wait for Office once, then render; the pane never calls Office.onReady again. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const host = await waitForHost();
  // The starting language's strings before the first render, so the pane never shows another.
  await loadStrings(languageFor(host.kind === "outside-excel" ? navigator.language : host.displayLanguage));
  createRoot(container).render(<App host={host} browserLanguage={navigator.language} port={excelWorkbookPort} />);
}

start().catch((error: unknown) => {
  // The pane could not start at all: say so on the page rather than leave it blank.
  const boot = document.getElementById("boot");
  if (boot) boot.textContent = `Compute Alliances could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
