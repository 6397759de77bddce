// Every language pack, for callers that analyze pages of any language without a browser to inject
// them one by one: the CLI, the evaluation, the benchmark, tests and the collection page's file
// analysis. The content script never imports this file (its packs are injected per page).
import type { LanguagePack } from './types';
import { PACK as de } from './de';
import { PACK as es } from './es';
import { PACK as fr } from './fr';
import { PACK as ja } from './ja';
import { PACK as ko } from './ko';
import { PACK as pt } from './pt';
import { PACK as ru } from './ru';
import { PACK as zh } from './zh';

export const ALL_LANGUAGE_PACKS: readonly LanguagePack[] = [es, pt, de, fr, ru, zh, ja, ko];
