import { Select } from "@fluentui/react-components";
import { useClientReady } from "../hooks/useClientReady";
import { useI18n } from "../i18n";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../strings";

/** A native select: narrow, keyboard- and screen-reader-friendly, and light on the bundle. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  const ready = useClientReady();
  return (
    <Select
      className={className}
      aria-label={t("languageLabel")}
      size="small"
      disabled={!ready}
      value={language}
      onChange={(_, data) => setLanguage(data.value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </Select>
  );
}
