import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n";

/** "Insert formula" (or `label`, where a card offers several), announced with what it inserts. */
export function InsertButton({ name, label, onInsert }: { name: string; label?: string; onInsert: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="small" aria-label={t("insertFormulaFor", { name })} onClick={onInsert}>
      {label ?? t("insertFormula")}
    </Button>
  );
}
