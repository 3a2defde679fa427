import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { tableTranslator, translator, type Language, type Translate, type ViewStrings } from "./strings";

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const value = useMemo(() => ({ language, setLanguage, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside I18nProvider");
  return value;
}

/** The translate function of a lazily loaded view's own strings, in the pane's language. */
export function useViewStrings<Key extends string>(strings: ViewStrings<Key>): Translate<Key> {
  const { language } = useI18n();
  return useMemo(() => tableTranslator(strings[language]), [strings, language]);
}
