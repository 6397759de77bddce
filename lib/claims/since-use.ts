// "Since <date>" beside a use dates the approval of that use: "since April 2024 it can be used after
// …", "desde 2022 en segunda línea", "seit 2024 kann es … eingesetzt werden", "с октября 2022 г. …
// можно применять", "2023年12月から…使える". English is here; each language's markers of "since" (where
// they are not "seit", "depuis", "desde": a Russian "с" before the date, a Japanese "から", a Korean
// "부터" or a Chinese "起" after it) and its verbs of use come with its pack (LanguagePack.since),
// compiled once per analysis into the dataset index. Read by the approval rule.

import type { SinceWords } from '../match/dataset-index';
import type { SinceNames } from '../match/multilingual/types';

/**
 * English verbs of use that "since <date>" dates, and "in this indication" (the use the text before
 * named: "approved in this indication since 2023" dates that use, not the product's entry). Not approval words ("approved since 2018"): those are
 * the approval rule's own triggers, and "since" a date beside them is the regulator's first approval.
 */
const ENGLISH_USE = String.raw`\b(?:(?:can|could|may)\s+(?:also\s+)?be\s+(?:used|given|prescribed|offered)|(?:is|are|has been|have been)\s+(?:also\s+)?(?:available|indicated|used)|used|(?:in|for)\s+(?:this|that|the\s+same)\s+(?:indication|setting))\b`;

export function sinceWordsOf(packs: readonly SinceNames[]): SinceWords {
  const markers = packs.flatMap((p) => p.marker ?? []);
  return {
    markers: new RegExp(markers.length > 0 ? markers.join('|') : '(?!)', 'giu'),
    uses: new RegExp([ENGLISH_USE, ...packs.flatMap((p) => p.use ?? [])].join('|'), 'iu'),
  };
}
