import { createContext, useContext } from "react";
import type { WorkbookPort } from "../office/workbookPort";

/** The workbook the pane acts on, given once at start-up (or by a test). */
export const WorkbookPortContext = createContext<WorkbookPort | null>(null);

export function useWorkbookPort(): WorkbookPort {
  const port = useContext(WorkbookPortContext);
  if (!port) throw new Error("useWorkbookPort must be used inside WorkbookPortContext");
  return port;
}
