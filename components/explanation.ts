// A verdict's explanation in the reader's language. The engine gives each claim its explanation
// as template parts ({ key, params }, lib/verify/explain/) and as English text rendered from them.
// Here the same parts are rendered with the reader's catalog (`explain.<key>`), dates, numbers and
// list punctuation. Reports saved before parts existed, or a part whose key this language lacks
// (a newer engine), show the engine's English text whole rather than a mix of languages.
import type { Claim } from '../lib/schema';
import { ENGLISH, renderParts, type ExplainLocale } from '../lib/verify/explain/render';
import type { ExplanationJoin, ExplanationPart } from '../lib/explanation-types';
import { CATALOGS, formatDate, type Language, type MessageParams, type Translate } from './i18n';

export type { ExplanationPart };

/** How each language joins sentences and lists ("and" lists use Intl.ListFormat). */
const JOINS: Readonly<Record<Exclude<Language, 'en'>, Record<Exclude<ExplanationJoin, 'and'>, string>>> = {
  'zh-CN': { sentences: '', clauses: '；', items: '、', fields: '，' },
  es: { sentences: ' ', clauses: '; ', items: ', ', fields: ', ' },
};

const locales = new WeakMap<Translate, ExplainLocale>();

function localeFor(t: Translate, language: Language): ExplainLocale {
  let locale = locales.get(t);
  if (locale) return locale;
  const catalog = CATALOGS[language];
  const translate = t as unknown as (key: string, options: { replace: MessageParams }) => string;
  // Values go in `replace`, so a parameter named like an i18next option (count, context) is only text.
  const text = (key: string, params: Record<string, string>): string | undefined =>
    Object.prototype.hasOwnProperty.call(catalog, `explain.${key}`)
      ? translate(`explain.${key}`, { replace: params })
      : undefined;
  if (language === 'en') {
    // English dates and lists exactly as the engine writes them ("30 Aug 2017", "A, B and C").
    locale = { ...ENGLISH, text };
  } else {
    const numbers = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 });
    const and = new Intl.ListFormat(language, { type: 'conjunction' });
    const joins = JOINS[language];
    locale = {
      text,
      date: (iso) => formatDate(iso, language),
      number: (n) => numbers.format(n),
      join: (items, how) => (how === 'and' ? and.format(items) : items.join(joins[how])),
    };
  }
  locales.set(t, locale);
  return locale;
}

/** The parts in the reader's language, or undefined when one of their keys is not in its catalog. */
export function translateParts(
  parts: readonly ExplanationPart[],
  t: Translate,
  language: Language,
): string | undefined {
  return renderParts(parts, localeFor(t, language));
}

export function explanationText(
  claim: Pick<Claim, 'explanation' | 'explanationParts'>,
  t: Translate,
  language: Language,
): string {
  const parts = claim.explanationParts;
  if (!parts || parts.length === 0) return claim.explanation;
  return translateParts(parts, t, language) ?? claim.explanation;
}
