// Explanation parts to text, for any language: a locale says how to fill one template, write a
// date or a number, and join a list; this walks the parts. The engine's English explanation is
// this walk with ENGLISH; the interface walks the same parts with its translated catalogs.
import { EXPLAIN_EN, type ExplainKey } from './en';
import type { ExplanationJoin, ExplanationParam, ExplanationPart } from '../../explanation-types';

export interface ExplainLocale {
  /** `key`'s template with its parameters filled in; undefined when this language lacks the key. */
  text(key: string, params: Record<string, string>): string | undefined;
  date(iso: string): string;
  number(n: number): string;
  join(items: readonly string[], how: ExplanationJoin): string;
}

/** The parts as text, or undefined when a template is missing (the caller then falls back). */
export function renderParts(
  parts: readonly ExplanationPart[],
  locale: ExplainLocale,
  how: ExplanationJoin = 'sentences',
): string | undefined {
  const texts: string[] = [];
  for (const p of parts) {
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(p.params)) {
      const text = renderParam(value, locale);
      if (text === undefined) return undefined;
      params[name] = text;
    }
    const text = locale.text(p.key, params);
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return locale.join(texts, how);
}

function renderParam(value: ExplanationParam, locale: ExplainLocale): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return locale.number(value);
  if ('date' in value) return locale.date(value.date);
  return renderParts(value.parts, locale, value.join);
}

/** `{{name}}` placeholders, the i18next syntax the interface's catalogs use. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A dataset date in English: "2017-08-30" → "30 Aug 2017"; "2021-08" → "Aug 2021"; "2003" → "2003". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

const ENGLISH_JOIN: Readonly<Record<Exclude<ExplanationJoin, 'and'>, string>> = {
  sentences: ' ',
  clauses: '; ',
  items: ', ',
  fields: ', ',
};

/** English as the engine has always written it: dates "30 Aug 2017", lists "A, B and C". */
/**
 * Regulators English names without an article ("approved by Health Canada", "Swissmedic first
 * approved it"); the templates say "the {{regulator}}" for the others ("the FDA"). The article stays
 * where it belongs to the noun after the name: "the Health Canada approval of …".
 */
const ARTICLE_BEFORE_PROPER_NAME =
  /\b([Tt]he) (Health Canada|Swissmedic)\b(?! (?:approvals?|labels?|records?|decisions?|withdrawal))/g;

export const ENGLISH: ExplainLocale = {
  text: (key, params) =>
    Object.prototype.hasOwnProperty.call(EXPLAIN_EN, key)
      ? fill(EXPLAIN_EN[key as ExplainKey], params).replace(ARTICLE_BEFORE_PROPER_NAME, '$2')
      : undefined,
  date: formatDate,
  number: String,
  join: (items, how) =>
    how !== 'and' || items.length < 2
      ? items.join(how === 'and' ? '' : ENGLISH_JOIN[how])
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

/** The English explanation of the parts (every key is in en.ts: `part` checks it). */
export function renderEnglish(parts: readonly ExplanationPart[]): string {
  const text = renderParts(parts, ENGLISH);
  if (text === undefined)
    throw new Error(`explanation key missing from en.ts: ${parts.map((p) => p.key).join(', ')}`);
  return text;
}
