// The reader's language for every view below it: `t` and the language, from one provider. Without
// a provider (tests, the collection page) views speak English.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type Language, type Translate } from './i18n';

export interface I18n {
  language: Language;
  t: Translate;
}

const english: I18n = { language: 'en', t: createTranslator('en') };
const I18nContext = createContext<I18n>(english);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(
    () => (language === 'en' ? english : { language, t: createTranslator(language) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
