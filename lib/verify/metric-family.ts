// Which dataset metrics a page's wording may be compared with. Like with like: an ORR is not a
// CR rate. Loose pairs are allowed but named in the explanation (a page calling an ALL overall
// remission rate "ORR" is comparing the right number under the wrong name).
import type { Metric } from '../dataset/schema';
import type { PageMetric } from '../claims/metrics';
import type { ExplainKey } from './explain/en';

export interface MetricMatch {
  metric: Metric;
  /** Only for figures measured in ALL (where "response" means CR/CRi remission). */
  allOnly?: boolean;
  /** Said in the explanation when this pairing is used (a sentence of explain/en.ts). */
  note?: Extract<ExplainKey, `note.${string}`>;
}

export const METRIC_FAMILY: Readonly<Record<PageMetric, readonly MetricMatch[]>> = {
  ORR: [{ metric: 'ORR' }, { metric: 'CR/CRi', allOnly: true, note: 'note.allOrr' }],
  response: [
    { metric: 'ORR' },
    { metric: 'CR/CRi', allOnly: true, note: 'note.allResponse' },
    { metric: 'DRR' },
  ],
  'CR/CRi': [{ metric: 'CR/CRi' }],
  // Bare "remission" ("缓解", "Remission") is a response for many pages about lymphoma and myeloma
  // ("约72%的患者获得缓解"): either reading may be the page's.
  remission: [{ metric: 'CR/CRi' }, { metric: 'CR' }, { metric: 'ORR', note: 'note.remissionAsResponse' }],
  'complete remission': [
    { metric: 'CR' },
    { metric: 'CR/CRi', allOnly: true, note: 'note.overallRemission' },
  ],
  CR: [
    { metric: 'CR' },
    { metric: 'CR/CRi', allOnly: true, note: 'note.overallRemission' },
    { metric: 'CR/sCR', note: 'note.crScr' },
    { metric: '≥CR', note: 'note.atLeastCr' },
  ],
  sCR: [{ metric: 'sCR' }],
  'CR/sCR': [{ metric: 'CR/sCR' }, { metric: '≥CR' }, { metric: 'sCR', note: 'note.scrOnly' }],
  '≥CR': [{ metric: '≥CR' }, { metric: 'CR/sCR' }],
  DRR: [{ metric: 'DRR' }],
  // CRi alone is never a dataset figure; response.ts derives it from CR/CRi minus CR of one analysis.
  CRi: [],
  'median PFS': [{ metric: 'median PFS' }],
  'median EFS': [{ metric: 'median EFS' }],
  'median OS': [{ metric: 'median OS' }],
  'median DoR': [{ metric: 'median DoR' }],
  HR: [{ metric: 'HR' }],
  'EFS rate': [{ metric: 'EFS rate' }],
  'PFS rate': [{ metric: 'PFS rate' }],
  'OS rate': [{ metric: 'OS rate' }],
  // No dataset metric: compared with what the figures' notes say (response.ts).
  'MRD-negative': [],
  durable: [],
};

export function isPageMetric(v: unknown): v is PageMetric {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(METRIC_FAMILY, v);
}
