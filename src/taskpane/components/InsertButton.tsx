import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n";

/** "Insert formula", announced with what it inserts. */
export function InsertButton({ name, onInsert }: { name: string; onInsert: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="small" aria-label={t("insertFormulaFor", { name })} onClick={onInsert}>
      {t("insertFormula")}
    </Button>
  );
}
