// "Seven CAR T-cell therapies are approved by the FDA": the dataset's count of approved products
// of that kind (by that regulator when one is named). Without a regulator the dataset may not
// cover every country, so a count that does not match is unverified rather than wrong.
import type { DatasetIndex } from '../match/dataset-index';
import type { DetectedClaimOf } from '../claims/types';
import { displayName } from './format';
import { regulatorParam } from './explain/facts';
import { date, nest, part, textList } from './explain/part';
import type { Finding } from './types';
import { conditionName } from './lookup';
import { covers as conditionCovers } from '../dataset/conditions';

export function verifyApprovalCount(
  claim: DetectedClaimOf<'approval-count'>,
  dataset: DatasetIndex,
): Finding {
  const { count, comparator, regulator, modality, conditionId: condition } = claim.details;
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
  const kind = nest(part(modality ? `modality.${modality}` : 'modality.any'));
  const what = nest(
    regulator
      ? condition
        ? part('count.approvedByFor', {
            modality: kind,
            regulator: regulatorParam(regulator),
            condition: conditionName(dataset, condition),
          })
        : part('count.approvedBy', { modality: kind, regulator: regulatorParam(regulator) })
      : condition
        ? part('count.approvedFor', { modality: kind, condition: conditionName(dataset, condition) })
        : part('count.approved', { modality: kind }),
  );
  const names = textList(approved.map(displayName), 'items');
  const asOf = date(dataset.meta.asOf);
  const ok = comparator === '≥' ? n >= count : n === count;
  if (ok) {
    return {
      verdict: 'consistent',
      parts: [part('count.matches', { count: n, what, asOf, names })],
      reference: null,
      compared: [],
    };
  }
  const pageCount = comparator === '≥' ? nest(part('count.atLeast', { count })) : count;
  return {
    verdict: regulator ? 'differs' : 'unverified',
    parts: [part('count.differs', { count: n, what, asOf, names, pageCount })],
    reference: null,
    compared: [],
  };
}
