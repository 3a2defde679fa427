import { Select, useId } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../strings";

/** A native select: narrow, keyboard- and screen-reader-friendly, and light on the bundle. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  const id = useId("language");
  return (
    <div className={className}>
      <label htmlFor={id} hidden>
        {t("languageLabel")}
      </label>
      <Select id={id} size="small" value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </div>
  );
}
