// A verdict's explanation in the reader's language. Today the engine gives English text
// (`claim.explanation`), shown as is. When it gives structured parts ({ key, params }), each part
// is one translated template: `explanationText` is the single place that changes (see README,
// "Languages").
import type { Claim } from '../lib/schema';
import type { MessageParams, Translate } from './i18n';

export interface ExplanationPart {
  key: string;
  params?: MessageParams;
}

/** Translated templates, joined as sentences; a key missing from every catalog shows nothing. */
export function translateParts(parts: readonly ExplanationPart[], t: Translate): string {
  return parts
    .map((p) => (t as (key: string, params?: MessageParams) => string)(`explain.${p.key}`, p.params))
    .filter((s) => s !== '' && !s.startsWith('explain.'))
    .join(' ');
}

export function explanationText(claim: Pick<Claim, 'explanation'>, _t: Translate): string {
  return claim.explanation;
}
