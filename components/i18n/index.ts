// The translation layer: one catalog per language, i18next for lookup, plurals (CLDR rules through
// Intl.PluralRules) and parameters, and one function, `t(key, params)`, that every view calls.
// Pure: the language comes in; nothing here reads the browser.
import i18next from 'i18next';
import { EXPLAIN_EN } from '../../lib/verify/explain/en';
import { en } from './en';
import { es } from './es';
import { explainEs } from './explain/es';
import { explainZhCN } from './explain/zh-CN';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['en', 'zh-CN', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The setting: a language, or "auto" to follow the browser. */
export type LanguageSetting = Language | 'auto';

/** Each language's own name, as its readers write it (shown in Settings whatever the current language). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文', es: 'Español' };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;
export type MessageKey = BaseKey<keyof typeof en>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type Catalog = Readonly<Record<string, string>>;

/** Verdict explanations, under `explain.<key>` (see components/explanation.ts). */
function explainCatalog(templates: Readonly<Record<string, string>>): Catalog {
  return Object.fromEntries(Object.entries(templates).map(([key, text]) => [`explain.${key}`, text]));
}

/**
 * Each language's interface text plus its verdict explanations. English explanations are the
 * engine's own templates (lib/verify/explain/en.ts), so their wording has a single source.
 */
export const CATALOGS: Record<Language, Catalog> = {
  en: { ...en, ...explainCatalog(EXPLAIN_EN) },
  'zh-CN': { ...zhCN, ...explainCatalog(explainZhCN) },
  es: { ...es, ...explainCatalog(explainEs) },
};

/**
 * The first of the browser's preferred languages we have, by language then region: "zh-TW" and
 * "zh" read Simplified Chinese (the only Chinese we have), "es-419" Spanish; English otherwise.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower === 'es' || lower.startsWith('es-')) return 'es';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  return setting === 'auto' ? pickLanguage(preferred) : setting;
}

/** A `t` for one language; keys missing there fall back to English, never to the key itself. */
export function createTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGS[l] }])),
    // Flat keys with dots ("verdict.differs"), and text with colons.
    keySeparator: false,
    nsSeparator: false,
    // React renders every string as text, so nothing is escaped twice.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return (key, params) => instance.t(key, params ?? {}) as string;
}

/**
 * A dataset date ("2017-08-30", "2021-08" or "2003") in the reader's language; other text as is.
 * English keeps the interface's "30 Aug 2017"; UTC so a date never shifts with the time zone.
 */
export function formatDate(date: string, language: Language): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(at.getTime())) return date;
  const locale = language === 'en' ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(at);
}

/** An analysis time (ISO) for "result from …", in the reader's language and the browser's zone. */
export function formatTime(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A count with the reader's digit grouping ("2,140", "2.140"). */
export function formatNumber(n: number, language: Language): string {
  return n.toLocaleString(language);
}
