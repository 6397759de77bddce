// Which language packs a page may need, read from the page before it is analyzed (issue 14). The
// names of conditions and regulators in other languages (lib/match/multilingual/<lang>.ts) ship as
// one pack per language, which the extension injects only into pages that show signs of that
// language; Node callers pass every pack. A missed pack means missed names, so this is generous:
// every pack the page shows a sign of, anywhere in its text or markup —
//   - a script: Han → zh and ja (kanji-only names are shared), kana → ja and zh, Hangul → ko,
//     Cyrillic → ru;
//   - a declared language: `<html lang>`, any element's `lang`, `<meta http-equiv=content-language>`;
//   - for es/pt/de/fr: a run of text whose function words say so (the same detector that gives each
//     block its language, lib/normalize/language.ts), or words with the letters only that language
//     writes (ñ, ã/õ, ß/ä/ö, œ/è/ê…);
//   - Portuguese brings Spanish: the Portuguese pack lists only the names it does not share with it.
// Reads only the document it is given (no globals): the extension runs it in the page
// (entrypoints/languages.content.ts), tests and the comparison script in Node.
import { detectLanguage, primaryLanguage } from './language';
import { isPackLanguage, PACK_LANGUAGES, type PackLanguage } from './packs';

export { isPackLanguage, PACK_LANGUAGES, type PackLanguage } from './packs';

/** Text read at most, as extraction reads at most (lib/extract: 2,000,000 characters). */
const MAX_CHARS = 2_000_000;
/** Elements visited at most (extraction stops at 50,000; lang attributes are read on the way). */
const MAX_ELEMENTS = 200_000;
/** Characters per run of text given to the language detector (it reads 2,000). */
const RUN_CHARS = 2000;

/** Packs a declared language (a BCP 47 primary subtag) asks for. */
const DECLARED: Readonly<Record<string, readonly PackLanguage[]>> = {
  es: ['es'],
  ca: ['es', 'fr'],
  gl: ['es', 'pt'],
  pt: ['pt'],
  de: ['de'],
  fr: ['fr'],
  ru: ['ru'],
  uk: ['ru'],
  be: ['ru'],
  bg: ['ru'],
  sr: ['ru'],
  mk: ['ru'],
  kk: ['ru'],
  ky: ['ru'],
  tg: ['ru'],
  mn: ['ru'],
  zh: ['zh', 'ja'],
  yue: ['zh', 'ja'],
  wuu: ['zh', 'ja'],
  lzh: ['zh', 'ja'],
  cmn: ['zh', 'ja'],
  ja: ['ja', 'zh'],
  ko: ['ko'],
};

/** Scripts: Han and kana each ask for both CJK packs (kanji-only names are written alike). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, readonly PackLanguage[]]> = [
  [/[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/, ['zh', 'ja']],
  [/[\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]/, ['ja', 'zh']],
  [/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/, ['ko']],
  [/[\u0400-\u052f]/, ['ru']],
];

/**
 * Letters one Latin language writes and English does not: two different words with them are a
 * sign. Words are Latin letters, bounded on each side (no backtracking over a long unspaced string).
 */
const LETTERS: ReadonlyArray<readonly [PackLanguage, RegExp]> = [
  ['es', word('ñÑ¿¡')],
  ['pt', word('ãõÃÕ')],
  ['de', word('ßäöÄÖ')],
  ['fr', word('œŒèêëîïûÈÊË')],
];

function word(letters: string): RegExp {
  const latin = 'A-Za-z\\u00c0-\\u024f';
  return new RegExp(`[${latin}]{0,30}[${letters}][${latin}]{0,30}`, 'g');
}

/** Elements inside which text is no page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements that continue a run of text (everything else starts a new one, as a block does). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RP',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

const ELEMENT = 1;
const TEXT = 3;

/** Every pack the document shows a sign of, in PACK_LANGUAGES order. */
export function packLanguagesOf(doc: Document): PackLanguage[] {
  const found = new Set<PackLanguage>();
  const declare = (tag: string | null | undefined): void => {
    for (const part of (tag ?? '').split(',')) {
      for (const lang of DECLARED[primaryLanguage(part) ?? ''] ?? []) found.add(lang);
    }
  };
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      declare(meta.getAttribute('content'));
  }

  const runs: string[] = [];
  let run = '';
  let chars = 0;
  const flush = (): void => {
    if (/\p{L}/u.test(run)) runs.push(run);
    run = '';
  };
  let elements = 0;
  const root: Node | null = doc.documentElement;
  let node: Node | null = root;
  // Depth-first, without recursion (pages nest 20,000 deep), stopping at the budgets.
  while (node !== null && chars < MAX_CHARS && elements < MAX_ELEMENTS) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      elements++;
      declare(el.getAttribute('lang'));
      declare(el.getAttribute('xml:lang'));
      if (!INLINE.has(el.tagName.toUpperCase())) flush();
      descend = !SKIP.has(el.tagName.toUpperCase());
    } else if (node.nodeType === TEXT) {
      const text = (node as Text).data;
      chars += text.length;
      if (run.length + text.length <= RUN_CHARS) run += text;
      else {
        // A long text node is read in runs of its own, each one the detector's sample.
        flush();
        for (let i = 0; i < text.length; i += RUN_CHARS) {
          run = text.slice(i, i + RUN_CHARS);
          flush();
        }
      }
    }
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      // Leaving a block ends its run as entering one does.
      if (node !== null && node.nodeType === ELEMENT && !INLINE.has((node as Element).tagName.toUpperCase()))
        flush();
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  flush();

  for (const text of runs) {
    for (const [script, langs] of SCRIPTS) if (script.test(text)) for (const l of langs) found.add(l);
    const lang = detectLanguage(text).lang;
    if (isPackLanguage(lang)) found.add(lang);
  }
  const all = runs.join('\n');
  for (const [lang, letters] of LETTERS) {
    if (found.has(lang)) continue;
    const words = new Set<string>();
    for (const m of all.matchAll(letters)) {
      words.add(m[0].toLowerCase());
      if (words.size >= 2) break;
    }
    if (words.size >= 2) found.add(lang);
  }
  if (found.has('pt')) found.add('es');
  return PACK_LANGUAGES.filter((l) => found.has(l));
}
