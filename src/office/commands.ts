/**
 * Ribbon command handlers. Each must call event.completed(), or Excel queues later clicks
 * behind it; failures are reported through the pane, never swallowed.
 */
type CommandHandler = (event: Office.AddinCommands.Event) => void;

function openPane(event: Office.AddinCommands.Event): void {
  Office.addin
    .showAsTaskpane()
    .catch((error: unknown) => console.error("Compute Alliances: could not open the task pane", error))
    .finally(() => event.completed());
}

export const COMMANDS: Record<string, CommandHandler> = {
  insertTables: openPane,
  refreshTables: openPane,
};

export function registerCommands(): void {
  Office.onReady(() => {
    for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
  });
}
