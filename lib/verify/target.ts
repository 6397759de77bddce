// Target claims against the product's targets in the dataset.
import { byId } from './lookup';
import { displayName, productReference } from './format';
import type { Assessment, VerifyContext } from './types';

export function verifyTarget({ claim, product, dataset }: VerifyContext): Assessment {
  const targetId = claim.details['targetId'];
  if (typeof targetId !== 'string')
    return { verdict: 'unverified', explanation: 'No target to compare.', reference: null, compared: [] };
  const label = (id: string): string => {
    const t = byId(dataset.targets, id);
    return t && t.label !== t.id ? `${t.label} (${t.id})` : (t?.label ?? id);
  };
  const name = displayName(product);
  if (product.targets.length === 0) {
    return {
      verdict: 'unverified',
      explanation: `The dataset records no antigen target for ${name}.`,
      reference: null,
      compared: [],
    };
  }
  const actual = product.targets.map(label).join(' and ');
  const ref = productReference(product, `${name} targets ${actual}`);
  const listed =
    typeof claim.details['targetAlternatives'] === 'string'
      ? claim.details['targetAlternatives'].split('|')
      : [targetId];
  if (listed.length > 1) {
    // A list ("targeting CD19 and BCMA") says each product is aimed at one of them.
    const hit = listed.find((id) => product.targets.includes(id));
    if (hit) {
      return {
        verdict: 'consistent',
        explanation: `Matches the dataset: ${name} targets ${actual}, one of the targets the page lists (${listed.map(label).join(', ')}).`,
        reference: ref,
        compared: [ref],
      };
    }
    return {
      verdict: 'differs',
      explanation: `${name} targets ${actual}, none of the targets the page lists (${listed.map(label).join(', ')}).`,
      reference: ref,
      compared: [ref],
    };
  }
  if (product.targets.includes(targetId)) {
    return {
      verdict: 'consistent',
      explanation: `Matches the dataset: ${name} targets ${actual}.`,
      reference: ref,
      compared: [ref],
    };
  }
  return {
    verdict: 'differs',
    explanation: `${name} targets ${actual}, not ${label(targetId)}.`,
    reference: ref,
    compared: [ref],
  };
}
