// Plurals of French, Spanish and Portuguese condition names, made from the singular the packs list:
// pages write "les tumeurs de vessie …", "linfomas difusos …", "leucemias agudas" as often as the
// singular, and a pack would otherwise have to list each by hand. The head noun and the adjectives
// agreeing with it (up to the first preposition, article or capital) take the plural; the words
// after stay ("tumeur de vessie n'infiltrant pas le muscle" → "tumeurs de vessie n'infiltrant …").
import type { ConditionNames } from './types';

type Romance = 'fr' | 'es' | 'pt';

/** Where agreement stops: prepositions, articles, conjunctions, elided forms. */
const STOP =
  /^(?:de|du|des|d['’]\p{L}*|à|au|aux|en|la|le|les|l['’]\p{L}*|n['’]\p{L}*|non|et|ou|pas|del|da|do|dos|das|el|los|las|con|sin|y|o|e|não|no|na|com|sem|a|que|qui|ne)$/iu;

function pluralWord(word: string, lang: Romance): string {
  if (/[sxz]$/iu.test(word)) return word;
  if (/[aeiouáéíóúâêôãõàèìòù]$/iu.test(word))
    return lang === 'fr' && /eau$/iu.test(word) ? `${word}x` : `${word}s`;
  if (lang === 'fr') return /al$/iu.test(word) ? `${word.slice(0, -2)}aux` : `${word}s`;
  if (lang === 'pt' && /l$/iu.test(word)) return `${word.slice(0, -1)}is`;
  if (lang === 'pt' && /m$/iu.test(word)) return `${word.slice(0, -1)}ns`;
  return `${word}es`;
}

/** The plural of one name, or undefined where it has none (an abbreviation, a name in capitals). */
export function pluralName(name: string, lang: Romance): string | undefined {
  const words = name.split(' ');
  if (!/^\p{Ll}/u.test(words[0] ?? '')) return undefined;
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (STOP.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
    words[k] = pluralWord(w, lang);
  }
  const plural = words.join(' ');
  return k > 0 && plural !== name ? plural : undefined;
}

/** The names with their plurals added. */
export function withPlurals(names: ConditionNames, lang: Romance): ConditionNames {
  const out: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(names)) {
    const all = new Set(list);
    for (const name of list) {
      const plural = pluralName(name, lang);
      if (plural) all.add(plural);
    }
    out[id] = [...all];
  }
  return out;
}
