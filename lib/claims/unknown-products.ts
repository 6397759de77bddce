// Names shaped like a medicine that the dataset does not hold: "Kebilidi (eladocagene
// exuparvovec-tneq)", "Ryoncil®", "伊基奥仑赛注射液" before its Chinese name is recorded. A sentence
// naming one is about that medicine, so it must not inherit the section's or the page's product.
import type { SentenceContext } from './types';

// A development code: a capital, letters, then two or more digits ("ARI0002h", "CT041", "GC012F")
// or a hyphen and three or more ("JNJ-4528", "BMS-986393"; a trial's "ZUMA-12" has fewer), unless
// it is a trial register's number, a gene or antigen, a fiscal year or a disease code.
const CODE =
  /\b(?!(?:NCT|CTR|ChiCTR|ISRCTN|EUCTR|JRCT|CD|CLDN|MUC|HLA|HPV|TP|IDH|NPM|BRCA|FLT|HER|IL|COVID|ICD|ISO|FY|SARS|ECOG|EORTC)[-\d])[A-Z][A-Za-z]{1,5}(?:\d{2,6}[A-Za-z]?|-\d{3,8})\b(?![-.]\d)/g;

// A company's product named by its class, and a name in quotation brackets: enough to keep the section's
// product off the sentence, too loose to take a claim from a known product named before them (a
// company's "Kite's CAR-T therapy" in apposition, a journal's 《柳叶刀》).
const POSSESSIVE = /\b[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?['’]s\s+(?:[A-Z0-9][\w.-]*\s+){0,2}CAR[- ]?T\b/g;
const QUOTED = /[「『《〈][\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,12}[」』》〉]/g;

const SHAPES: readonly RegExp[] = [
  // A brand followed by its generic name in brackets: "Kebilidi (eladocagene exuparvovec-tneq)".
  /\b[A-Z][\w-]{2,}(?:®|™)?\s*\(\s*[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}(?:-[a-z]{4})?\s*\)/g,
  // US suffixed generic names: "remestemcel-L-rknd", "acellular tissue engineered vessel-tyod".
  /\b[a-z]{3,}(?:cel|vec|gene|mab|cept|ase|tide|vessel)(?:-[A-Z])?-[a-z]{4}\b/g,
  // A company's product named by its class: "Legend Bio's BCMA CAR-T", "Arcellx’s CAR-T".
  POSSESSIVE,
  // A trademark sign on a capitalized word: "Ryoncil®".
  /\b[A-Z][\w-]{2,}\s?(?:®|™)/g,
  // A short generic name, a stem and "-cel" or "-vec", in Latin or Cyrillic letters, that no product hit
  // covers: a short form of a medicine the dataset does not hold, or one the matcher cannot read ("Обе-цел").
  /(?<![\p{L}-])\p{L}{3,8}-(?:cel|vec|цел|сел|век)(?![\p{L}])/giu,
  // Chinese generic names of CAR-T products (…仑赛) and injections (…注射液).
  /[\u4e00-\u9fff]{2,8}(?:仑赛|注射液)/g,
  // Japanese generic names ending in -leucel / -vec written in katakana.
  /[\u30a0-\u30ff]{3,}(?:ユーセル|ベック)/g,
  // Korean short generic names ending in -cel ("인아티셀", "아니토셀") before a particle or a break.
  /[\uac00-\ud7af]{2,6}셀(?=[은는이가을를의과와도]?(?:[^\uac00-\ud7af]|$))/g,
  // Korean generic names by their INN stems, however the syllables before them are spelled:
  // -leucel (류셀, 루셀), -cabtagene (캅타젠), -repvec (렙벡, 레프벡), -turev (투렙, 투레브).
  /[\uac00-\ud7af]{1,8}(?:류셀|루셀|캅타젠|렙벡|레프벡|투렙|투레브)/g,
  // A Korean name after the class it belongs to, as a topic or subject: "보조 치료제 잘모시스는", "신약 오캣질이"
  // (three syllables or more: the class's own two-syllable nouns, 개발, 시장, 가격, are no names).
  // Not the class's own nouns and their compounds (후보물질, 허가신청, 개발사, 건강보험, 급여화).
  /(?<=(?:치료제|신약|의약품)\s)(?!(?:후보|허가|신청|개발|임상|건강|보험|급여|시장|가격|연구|사용|투여|처방|중에서|가운데|분야))[\uac00-\ud7af]{3,6}(?=[은는이가](?:[^\uac00-\ud7af]|$))/g,
  // A Korean brand's injection name with its generic name in brackets: "림카토주(안발캅타젠오토류셀)".
  // The bracket holds a generic name ("…류셀", "…캅타젠" or Latin), not a state's or a date ("캘리포니아주(California)").
  /[\uac00-\ud7af]{2,6}주(?=\s?[(（]\s*(?:[\uac00-\ud7af]{1,10}(?:류셀|루셀|캅타젠|렙벡|투렙)|[a-z]{4,}\s[a-z]{4,}))/g,
  // A brand in Japanese or Chinese quotation brackets after a therapy word or a company:
  // "TIL療法「アムタグビ」", "米アムジェンの「イムリジック」", "药明巨诺的《倍诺达》".
  QUOTED,
  CODE,
];

/** A medicine-shaped name no product hit covers; `strong` unless only a company's or quoted shape. */
export interface UnknownSpan {
  start: number;
  end: number;
  strong: boolean;
}

/** Where the sentence names medicine-shaped names that no product hit covers (sentence offsets). */
export function unknownProductSpans(s: SentenceContext): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  for (const re of SHAPES) {
    const strong = re !== POSSESSIVE && re !== QUOTED;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = m.index;
      const end = start + m[0].length;
      // A code inside any name the dataset knows (a product, trial or target) is that name's.
      const known = s.hits.some((h) => (h.kind === 'product' || re === CODE) && h.at < end && start < h.to);
      if (!known) out.push({ start, end, strong });
    }
  }
  return out;
}

/** Whether the sentence names a medicine-shaped name that no product hit covers. */
export function namesUnknownProduct(s: SentenceContext): boolean {
  return unknownProductSpans(s).length > 0;
}

/** A maker after a name: "큐로셀이 개발한", "큐로셀의", "X社が開発した", "developed by": the name is a company's. */
const DEVELOPER_AFTER =
  /^\s*[)）]?\s*(?:(?:이|가|의|社|社が|が|は)\s*)?(?:개발|제조|만든|생산|연구|開発|製造|研发|研發|开发|開發|developed|made|manufactured)/u;

/**
 * The unknown names that stand apart from every known product, by the shapes strong enough to take a
 * claim from one: not one in brackets right after a product's name, its other spelling
 * ("브레얀지(리소캅타젠마라류셀)"), nor the rest of a product's name after its first word ("アニトカブタゲン
 * オートルユーセル").
 */
export function unknownProductsApart(
  s: SentenceContext,
  spans: readonly UnknownSpan[] = unknownProductSpans(s),
): UnknownSpan[] {
  const products = s.hits.filter((h) => h.kind === 'product');
  const text = s.text;
  return spans.filter((u) => {
    if (!u.strong) return false;
    // Inside a bracket opened right after a product's name ("「テカルタス」（一般名ブレキスカブタゲン …）").
    const open = Math.max(text.lastIndexOf('(', u.start), text.lastIndexOf('（', u.start));
    const inProductBracket =
      open >= 0 &&
      !/[)）]/u.test(text.slice(open, u.start)) &&
      products.some((p) => p.to <= open && open - p.to <= 3);
    return (
      !inProductBracket &&
      // Nor the rest of a product's name after its first word.
      !products.some((p) => p.to <= u.start && /^[\s・·]{0,2}$/u.test(text.slice(p.to, u.start))) &&
      // Nor a name whose bracket holds a known product's ("에퀘셀(eque-cel)").
      !products.some((p) => p.at >= u.end && /^\s*[(（][^()（）]{0,8}$/u.test(text.slice(u.end, p.at))) &&
      !DEVELOPER_AFTER.test(text.slice(u.end, u.end + 12))
    );
  });
}
