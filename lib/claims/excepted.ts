// A product the sentence sets apart from what it says of the others: "all listed are authorised by
// the European Commission except X", "todos … salvo X", "sauf X", "außer X", "кроме X", "除X外",
// "Xを除き", "X를 제외하고". The claim is not about X (nor may it fall back to the section's product).
import type { Hit } from '../match/types';

/** The exception word right before the name (an article or an opening quote may sit between). */
const EXCEPT_BEFORE =
  /(?<![\p{L}])(?:except(?:\s+for)?|excepting|apart\s+from|other\s+than|save\s+for|salvo|excepto|a\s+excepción\s+de(?:l)?|exceto|com\s+exceção\s+d[eoa]s?|à\s+exceção\s+d[eoa]s?|sauf|hormis|excepté|à\s+l['’]exception\s+d[eu]s?|au(?:ß|ss)er|ausgenommen|mit\s+Ausnahme\s+(?:von|des|der)|кроме|за\s+исключением)\s*(?:(?:the|el|la|los|las|o|a|os|as|le|les|l['’]|der|die|das|den|dem|von)\s+)?[«"“„(]?\s*$|除(?:了)?\s*$/iu;

/** The exception written after the name: "除X外", "X以外", "Xを除き", "X를 제외하고", "X 빼고". */
const EXCEPT_AFTER =
  /^\s*(?:[)）」』"”»]\s*)?(?:以外|之外|外[，,、]|を除(?:き|く|いて|けば)|(?:을|를)?\s*제외(?:하고|한|하면)|(?:을|를)?\s*빼고)/u;

/**
 * A sentence that opens on the exception ("Except for X, all …", "除X外，其余…") or whose subject is
 * a whole class set apart from X ("All products except X target BCMA", "Alle Produkte außer X …"): it
 * covers what follows.
 */
const OPENS_ON_EXCEPTION =
  /^\s*(?:[\p{L}]+\s+){0,1}$|^\s*(?:all|every|each|todos|todas|tous|toutes|alle|все|всех)(?![\p{L}])[^,;.:，。；]{0,40}$/iu;

/** The name's own aside between commas right after it: "Except for Kymriah, which the FDA approved in 2017, all …". */
const OWN_ASIDE = /^\s*[,，][^,，;；.。]*[,，]/u;

/** What the sentence says of one set-apart name, read once per sentence (exceptionsIn). */
export interface Exception {
  hit: Hit;
  /** Where the name's own aside between commas ends ("salvo X, autorizado por la AEMPS,"), or its end. */
  ownUntil: number;
  /** Whether the exception opens the sentence, so it covers words after the name too. */
  opens: boolean;
}

/** The names `hits` the sentence (from `sentenceStart`) sets apart by an exception word, each read once. */
export function exceptionsIn(text: string, hits: readonly Hit[], sentenceStart: number): Exception[] {
  const out: Exception[] = [];
  for (const hit of hits) {
    const before = text.slice(Math.max(sentenceStart, hit.nStart - 40), hit.nStart);
    const m = EXCEPT_BEFORE.exec(before);
    if (m === null && !EXCEPT_AFTER.test(text.slice(hit.nEnd, hit.nEnd + 12))) continue;
    const wordAt = m !== null ? hit.nStart - before.length + m.index : hit.nStart;
    const aside = OWN_ASIDE.exec(text.slice(hit.nEnd));
    out.push({
      hit,
      ownUntil: hit.nEnd + (aside ? aside[0].length : 0),
      opens: OPENS_ON_EXCEPTION.test(text.slice(sentenceStart, wordAt)),
    });
  }
  return out;
}

/**
 * Whether `hit` is a name the sentence sets apart from the claim whose words start at `at`: the
 * exception follows the claim's words ("… approved by the EC except X"), or opens the sentence before
 * them ("Except for X, all are approved"). Words after the excepted name that are its own ("salvo X,
 * autorizado por la AEMPS") stay X's.
 */
export function excepted(exceptions: readonly Exception[], hit: Hit, at: number): boolean {
  const e = exceptions.find((x) => x.hit === hit);
  if (!e) return false;
  if (at < hit.nStart) return true;
  if (at < e.ownUntil) return false;
  // The claim comes after the name and its aside: only an exception that opens the sentence covers it.
  return e.opens;
}
