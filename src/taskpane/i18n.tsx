import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { hasStrings, loadStrings, tableTranslator, translator, type Language, type Translate, type ViewStrings } from "./strings";

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The pane's language. A language whose strings are not loaded yet is fetched first: the pane
 * keeps showing the current one until then (index.tsx loads the starting language before the
 * first render, so only a switch ever waits).
 */
export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setShown] = useState<Language | null>(hasStrings(initial) ? initial : null);
  const [failed, setFailed] = useState<string | null>(null);
  const show = useCallback((next: Language) => {
    loadStrings(next).then(
      () => setShown(next),
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  useEffect(() => {
    if (language === null) show(initial);
  }, [language, initial, show]);
  const value = useMemo(() => language && { language, setLanguage: show, t: translator(language) }, [language, show]);
  // Screen readers pick their voice from the page's language: taskpane.html starts as English.
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  // Only a test renders before its language is loaded; the pane loads it first.
  if (failed) return <p role="alert">{failed}</p>;
  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
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
