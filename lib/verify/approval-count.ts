// "Seven CAR T-cell therapies are approved by the FDA": the dataset's count of approved products
// of that kind (by that regulator when one is named). Without a regulator the dataset may not
// cover every country, so a count that does not match is unverified rather than wrong.
import type { Dataset } from '../dataset/schema';
import type { DetectedClaim } from '../claims/types';
import { REGULATOR_LABEL } from '../match/regulators';
import type { Regulator } from '../dataset/schema';
import { conditionName, displayName, formatDate } from './format';
import type { Assessment } from './types';
import { covers as conditionCovers } from '../dataset/conditions';

export function verifyApprovalCount(claim: DetectedClaim, dataset: Dataset): Assessment {
  const d = claim.details;
  const count = d['count'];
  if (typeof count !== 'number')
    return { verdict: 'unverified', explanation: 'No count to compare.', reference: null, compared: [] };
  const regulator = typeof d['regulator'] === 'string' ? (d['regulator'] as Regulator) : undefined;
  const modality = typeof d['modality'] === 'string' ? d['modality'] : undefined;
  const condition = typeof d['conditionId'] === 'string' ? d['conditionId'] : undefined;
  const approved = dataset.products.filter(
    (p) =>
      p.status === 'approved' &&
      (!modality || p.modality === modality) &&
      p.indications.some(
        (i) =>
          i.status !== 'withdrawn' &&
          (!regulator || i.regulator === regulator) &&
          (!condition || conditionCovers(dataset, condition, i.conditionId)),
      ),
  );
  const n = approved.length;
  const what = `${modality === 'car-t' ? 'CAR-T' : (modality ?? 'cell and gene therapy')} products approved${regulator ? ` by the ${REGULATOR_LABEL[regulator]}` : ''}${condition ? ` for ${conditionName(dataset, condition)}` : ''}`;
  const names = approved.map(displayName).join(', ');
  const asOf = formatDate(dataset.meta.asOf);
  const ok = d['comparator'] === '≥' ? n >= count : n === count;
  if (ok) {
    return {
      verdict: 'consistent',
      explanation: `The dataset lists ${n} ${what} as of ${asOf}: ${names}.`,
      reference: null,
      compared: [],
    };
  }
  return {
    verdict: regulator ? 'differs' : 'unverified',
    explanation: `The dataset lists ${n} ${what} as of ${asOf} (${names}); the page says ${d['comparator'] === '≥' ? 'at least ' : ''}${count}.`,
    reference: null,
    compared: [],
  };
}
