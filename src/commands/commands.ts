/**
 * Ribbon commands. They run in the shared runtime, so they call the same use cases as the
 * pane. Office.actions.associate ties each manifest <FunctionName> to its handler.
 */
import { registerCommands } from "../office/commands";

registerCommands();
