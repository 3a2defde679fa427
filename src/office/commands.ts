/**
 * Ribbon command handlers. They run the same use case as the pane, publish its outcome for the
 * pane, and open the pane so the analyst sees it. Each calls event.completed(), or Excel queues
 * later clicks behind it.
 */
import { languageFor } from "../domain/language";
import type { WriteAction } from "../domain/writeReport";
import { requestView } from "./paneRequests";
import { runWrite } from "./workbookPort";

type CommandEvent = Office.AddinCommands.Event;

function writeCommand(action: WriteAction) {
  return (event: CommandEvent): void => {
    const language = languageFor(Office.context.displayLanguage);
    // The outcome, success or failure, is published for the pane, which the command opens.
    runWrite(action, language)
      .catch(() => undefined)
      .then(() => Office.addin.showAsTaskpane())
      .catch(() => undefined)
      .finally(() => event.completed());
  };
}

/** Opens the pane on its Explain view, which follows the selected cell. */
function explainSelection(event: CommandEvent): void {
  requestView("explain");
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    .finally(() => event.completed());
}

export const COMMANDS: Record<string, (event: CommandEvent) => void> = {
  insertTables: writeCommand("insert"),
  refreshTables: writeCommand("refresh"),
  explainSelection,
};

export function registerCommands(): void {
  Office.onReady(() => {
    for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
  });
}
