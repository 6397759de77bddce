// Therapy context: claims are only read on text about cancer cell or gene therapy. A page that names
// a product or target the dataset knows qualifies as a whole. A page that names none qualifies only
// through therapy words, and then only its blocks that (or whose headings) use therapy or cancer
// words. Software blogs that "guarantee" uptime, novels with a "cure" and
// news with "better than" never get there.
import type { PreparedBlock } from '../normalize/prepare';
import type { MatchResult } from '../match/types';

/** Cell- and gene-therapy words, in the languages pages use (stems where words inflect). */
const THERAPY_WORDS = [
  String.raw`\bcar[\s-]t(?:s|\b)`, // CAR-T, CAR T, Car-T (never "Carthage" or a shopping cart)
  String.raw`\bchimeric antigen receptor`,
  String.raw`\bTCR[\s-]?T\b`,
  String.raw`\bT[\s-]cell receptor`,
  String.raw`\btumou?r[\s-]infiltrating lymphocyte`,
  String.raw`\bTILs?\b`,
  String.raw`\boncolytic`,
  String.raw`\bgene therap`,
  String.raw`\bcell(?:ular)? (?:therap|immunotherap)`,
  String.raw`\bterapia (?:celular|génica|genica|gênica|CAR)`,
  String.raw`\bthérapie (?:cellulaire|génique)`,
  String.raw`\b(?:Zell|Gen)therapie`,
  String.raw`клеточн\S* терап`,
  String.raw`генн\S* терап`,
  '细胞(?:治疗|疗法|免疫)',
  '基因治疗',
  '溶瘤',
  '細胞療法',
  '遺伝子治療',
  '細胞治療',
  '유전자 ?치료',
  '세포 ?치료',
];

/** Cancer words beyond the dataset's condition names (those arrive as condition hits). */
const CANCER_WORDS = [
  String.raw`\bcancers?\b`,
  String.raw`\btumou?rs?\b`,
  String.raw`\boncolog`,
  String.raw`\bleuk(?:a)?emi`,
  String.raw`\blymphom`,
  String.raw`\bmyelom`,
  String.raw`\bmalignan`,
  String.raw`\bcarcinom`,
  String.raw`\bsarcom`,
  String.raw`\bmelanom`,
  String.raw`\bcáncer`,
  String.raw`\bcâncer`,
  String.raw`\bKrebs`,
  // JavaScript's \b is ASCII-only: Cyrillic words are bounded by hand.
  String.raw`(?:^|[^а-яё])рак`,
  'лейк',
  'лимфом',
  'миелом',
  '癌',
  '肿瘤',
  '腫瘍',
  '白血病',
  '淋巴瘤',
  'リンパ腫',
  '骨髄腫',
  '骨髓瘤',
  '암',
  '백혈병',
  '림프종',
];

/** "CART", "CART19" only in capitals; lower case they are ordinary words. */
const THERAPY_CASED = /\bCART(?:\d+|s)?\b/;
const THERAPY_ANY_CASE = new RegExp(THERAPY_WORDS.join('|'), 'i');
const THERAPY = { test: (text: string): boolean => THERAPY_ANY_CASE.test(text) || THERAPY_CASED.test(text) };
const CANCER = new RegExp(CANCER_WORDS.join('|'), 'i');

export interface TherapyContext {
  /** Whether claims may be read in this block (by its index in `blocks`). */
  allows(blockIndex: number): boolean;
}

/**
 * `namesProduct` reads the text match does not see as hits (headings, table headers), so a table
 * under "YESCARTA (N=180)" counts as naming a product.
 */
export function therapyContext(
  blocks: readonly PreparedBlock[],
  matches: MatchResult,
  namesProduct: (text: string) => boolean,
): TherapyContext {
  const conditions = new Set<number>();
  let named = false;
  for (const h of matches.hits) {
    if (h.kind === 'product' || h.kind === 'target') named = true;
    else if (h.kind === 'condition') conditions.add(h.block);
  }
  // A page naming a product or target is about therapy throughout: its tables, stat cards and
  // list items attribute to that product without repeating any word of context.
  if (named || blocks.some((b) => [...b.block.headings, ...(b.block.header ?? [])].some(namesProduct)))
    return { allows: () => true };
  if (!blocks.some((b) => THERAPY.test(b.text))) return { allows: () => false };
  const headingWords = new Map<string, boolean>();
  const headingsSay = (headings: readonly string[]): boolean => {
    const key = headings.join('\u0000');
    let v = headingWords.get(key);
    if (v === undefined) {
      v = headings.some((h) => THERAPY.test(h) || CANCER.test(h));
      headingWords.set(key, v);
    }
    return v;
  };
  const allowed = new Set<number>();
  for (const b of blocks) {
    if (
      conditions.has(b.index) ||
      THERAPY.test(b.text) ||
      CANCER.test(b.text) ||
      headingsSay(b.block.headings)
    )
      allowed.add(b.index);
  }
  return { allows: (i) => allowed.has(i) };
}
