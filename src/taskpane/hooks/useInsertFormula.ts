import { useState } from "react";
import { placeFormula } from "../../domain/layout/formulaPlacement";
import { address } from "../../domain/layout/plan";
import { classifyOfficeError, errorDetail } from "../../office/errors";
import { useI18n } from "../i18n";
import { useWorkbookPort } from "../workbookPortContext";

export type InsertMessage = { intent: "success" | "warning" | "error"; text: string } | null;

/** Inserts a formula at the selection and says where it went, or why it did not. */
export function useInsertFormula() {
  const port = useWorkbookPort();
  const { t } = useI18n();
  const [message, setMessage] = useState<InsertMessage>(null);

  async function insert(name: string, args: readonly string[], selectable: number) {
    try {
      const placement = placeFormula(name, args, selectable, await port.selection());
      const cell = await port.insertFormula(placement);
      setMessage(
        cell
          ? { intent: "success", text: t("inserted", { formula: placement.formula, cell }) }
          : { intent: "warning", text: t("cellNotEmpty", { cell: address(placement.row, placement.col) }) },
      );
    } catch (error) {
      const advice = classifyOfficeError(error) === "cellEdit" ? t("errorCellEdit") : t("insertFailed");
      setMessage({ intent: "error", text: `${advice} ${t("errorDetail", { detail: errorDetail(error) })}` });
    }
  }
  return { insert, message };
}
