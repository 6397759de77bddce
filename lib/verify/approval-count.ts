// "Seven CAR T-cell therapies are approved by the FDA": the dataset's count of approved products
// of that kind (by that regulator when one is named). Without a regulator the dataset may not
// cover every country, so a count that does not match is unverified rather than wrong.
import type { DatasetIndex } from '../match/dataset-index';
import type { DetectedClaim } from '../claims/types';
import type { Regulator } from '../dataset/schema';
import { displayName } from './format';
import { regulatorParam } from './explain/facts';
import { date, nest, part, textList } from './explain/part';
import type { Finding } from './types';
import { conditionName } from './lookup';
import { covers as conditionCovers } from '../dataset/conditions';

const MODALITIES = new Set(['car-t', 'tcr-t', 'til', 'oncolytic-virus'] as const);
type CountedModality = typeof MODALITIES extends Set<infer M> ? M : never;
const isCounted = (m: string | undefined): m is CountedModality => MODALITIES.has(m as CountedModality);

export function verifyApprovalCount(claim: DetectedClaim, dataset: DatasetIndex): Finding {
  const d = claim.details;
  const count = d['count'];
  if (typeof count !== 'number')
    return { verdict: 'unverified', parts: [part('count.none')], reference: null, compared: [] };
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
  const kind = nest(part(isCounted(modality) ? `modality.${modality}` : 'modality.any'));
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
  const ok = d['comparator'] === '≥' ? n >= count : n === count;
  if (ok) {
    return {
      verdict: 'consistent',
      parts: [part('count.matches', { count: n, what, asOf, names })],
      reference: null,
      compared: [],
    };
  }
  const pageCount = d['comparator'] === '≥' ? nest(part('count.atLeast', { count })) : count;
  return {
    verdict: regulator ? 'differs' : 'unverified',
    parts: [part('count.differs', { count: n, what, asOf, names, pageCount })],
    reference: null,
    compared: [],
  };
}
