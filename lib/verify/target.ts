// Target claims against the product's targets in the dataset.
import { displayName, productReference } from './format';
import { part, textList } from './explain/part';
import type { Finding, VerifyContext } from './types';

export function verifyTarget({ claim, product, dataset }: VerifyContext<'target'>): Finding {
  const { targetId, targetAlternatives } = claim.details;
  const label = (id: string): string => {
    const t = dataset.targetsById.get(id);
    return t && t.label !== t.id ? `${t.label} (${t.id})` : (t?.label ?? id);
  };
  const name = displayName(product);
  if (product.targets.length === 0) {
    return {
      verdict: 'unverified',
      parts: [part('target.noneRecorded', { name })],
      reference: null,
      compared: [],
    };
  }
  const actual = product.targets.map(label);
  const targets = textList(actual, 'and');
  const ref = productReference(product, `${name} targets ${actual.join(' and ')}`);
  const listed = targetAlternatives !== undefined ? targetAlternatives.split('|') : [targetId];
  if (listed.length > 1) {
    // A list ("targeting CD19 and BCMA") says each product is aimed at one of them.
    const hit = listed.find((id) => product.targets.includes(id));
    const pageList = textList(listed.map(label), 'items');
    return {
      verdict: hit ? 'consistent' : 'differs',
      parts: [part(hit ? 'target.oneOfListed' : 'target.noneOfListed', { name, targets, listed: pageList })],
      reference: ref,
      compared: [ref],
    };
  }
  if (product.targets.includes(targetId)) {
    return {
      verdict: 'consistent',
      parts: [part('target.matches', { name, targets })],
      reference: ref,
      compared: [ref],
    };
  }
  return {
    verdict: 'differs',
    parts: [part('target.differs', { name, targets, target: label(targetId) })],
    reference: ref,
    compared: [ref],
  };
}
