import { useState } from "react";
import type { FunctionId, FormulaPart } from "../../domain/formulas/build";
import { placeFormula } from "../../domain/layout/formulaPlacement";
import { address } from "../../domain/layout/plan";
import type { Notice } from "../components/NoticeBar";
import { useI18n } from "../i18n";
import { classifyOfficeError, errorDetail } from "../officeFailures";
import type { FormulaPort } from "../ports";

/** Inserts a COMPUTE formula at the selection and says where it went, or why it did not. */
export function useInsertFormula(port: FormulaPort) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);

  async function insert(id: FunctionId, args: readonly FormulaPart[], selectable: number) {
    try {
      const placement = placeFormula(id, args, selectable, await port.selection());
      const cell = await port.insertFormula(placement);
      setNotice(
        cell
          ? { intent: "success", text: t("inserted", { formula: placement.formula, cell }) }
          : { intent: "warning", text: t("cellNotEmpty", { cell: address(placement.row, placement.col) }) },
      );
    } catch (error) {
      const advice = classifyOfficeError(error) === "cellEdit" ? t("errorCellEdit") : t("insertFailed");
      setNotice({ intent: "error", text: `${advice} ${t("errorDetail", { detail: errorDetail(error) })}` });
    }
  }
  return { insert, notice };
}
