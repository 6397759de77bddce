// What a product is aimed at: "a BCMA-directed CAR-T", "Abecma, a CD19 CAR-T", "anti-CD19",
// a table's Target column. Only tied to a product named in the same sentence or table row: a
// target mentioned in passing says nothing about the page's product.
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { hitsOf, isGeneralStatement } from '../sentence-tools';

const AFTER = /^\s*-?\s*(?:directed|targeted|targeting|specific|redirected|CAR[- ]?T?\b|chimeric|TCR\b|T[- ]cell receptor|CAR-T cell|CAR T[- ]cell|(?:cell )?(?:therapy|therapies|option|product|treatment|construct|binder)s?\b)/i;
const BEFORE = /(?:anti|targeting|targets|target|targeted (?:at|against|to)|go(?:es)? after|attach(?:es)? to (?:a |the )?(?:protein |antigen |marker |molecule )?(?:called |named |known as )?|se dirigen? contra|dirigid[oa]s? contra|靶向|针对|directed (?:against|at|to)|aimed at|recogni[sz]es?|recogni[sz]ing|binds?(?: to)?|binding)\s*-?\s*$/i;

const DENIAL = /\b(?:do|does|did|can|will|would)\s*(?:not|n't)\b|\bcannot\b|\bnever\b/i;
const PRONOUN_START = /^\s*(?:it|its|this (?:product|therapy|drug|treatment|CAR-?T)|the (?:product|therapy|drug|treatment))\b/i;

export const targetRule: ClaimRule = {
  id: 'target',
  kind: 'target',
  description: 'The antigen a product is said to target.',
  detect(s: SentenceContext): RawClaim[] {
    // A table with a Target column says what each row targets there; elsewhere in the row a
    // target is a comparison ("safer than earlier CD19 CAR-T").
    if (s.role !== 'target' && s.rowCells?.some((c) => c.role === 'target')) return [];
    const out: RawClaim[] = [];
    const seen = new Set<string>();
    for (const t of hitsOf(s, 'target')) {
      if (seen.has(t.id)) continue;
      const inTargetColumn = s.role === 'target';
      const stated = inTargetColumn || AFTER.test(s.text.slice(t.to, t.to + 24)) || BEFORE.test(s.text.slice(Math.max(0, t.at - 50), t.at));
      if (!stated) continue;
      seen.add(t.id);
      // "It uses a humanised CD19-directed CAR" (the product of the sentences before); "Your T cells
      // are modified to attach to CD19" on a one-product page. A denial is no claim of a target.
      const scope = PRONOUN_START.test(s.text) ? 'section' : DENIAL.test(s.text) || isGeneralStatement(s) ? 'row' : 'page';
      out.push({ start: t.at, end: t.to, scope, requiresProduct: true, distributive: true, details: { targetId: t.id } });
    }
    return out;
  },
};
