// A realistic PageReport for component tests: a clinic page about CAR-T, with real dataset ids and
// references built from the bundled dataset (so a renamed id or source breaks these tests).
import { bundledDataset } from '../../lib/dataset/bundled';
import { productById } from '../../lib/dataset/index';
import type { Claim, PageReport, Reference } from '../../lib/schema';
import type { ClaimFrame } from '../../lib/claims/types';
import { FIXED_NOW } from '../helpers/dom';

const ds = bundledDataset;

function product(id: string) {
  const p = productById(ds, id);
  if (!p) throw new Error(`fixture product ${id} is not in the bundled dataset`);
  return p;
}

export function figureRef(productId: string, figureId: string, label: string): Reference {
  const figure = product(productId).figures.find((f) => f.id === figureId);
  if (!figure) throw new Error(`fixture figure ${figureId} is not in the bundled dataset`);
  return {
    kind: 'figure',
    id: figure.id,
    productId,
    label,
    source: { url: figure.source.url, title: figure.source.title, asOf: figure.source.asOf },
    confidence: figure.confidence,
  };
}

export function indicationRef(productId: string, indicationId: string, label: string): Reference {
  const ind = product(productId).indications.find((i) => i.id === indicationId);
  const source = ind?.sources[0];
  if (!ind || !source) throw new Error(`fixture indication ${indicationId} is not in the bundled dataset`);
  return {
    kind: 'indication',
    id: ind.id,
    productId,
    label,
    source: { url: source.url, title: source.title, asOf: source.asOf },
    confidence: ind.confidence,
  };
}

function mention(text: string, block: number, start: number, via = 'brand') {
  return { text, position: { block, start, end: start + text.length }, section: 'main' as const, via };
}

type ClaimInput = Omit<Claim, 'position' | 'section' | 'compared' | 'attribution' | keyof ClaimFrame> &
  Partial<Pick<Claim, 'compared' | 'attribution'>> &
  ClaimFrame;

function claim(input: ClaimInput, block: number): Claim {
  const start = 0;
  return {
    attribution: 'sentence',
    compared: input.reference ? [input.reference] : [],
    ...input,
    position: { block, start, end: start + input.text.length },
    section: 'main',
  };
}

const KYMRIAH_LABEL = figureRef(
  'tisagenlecleucel',
  'tisagenlecleucel--eliana--cr-cri--label',
  'FDA label: overall remission 83%, ELIANA, n=63',
);
const KYMRIAH_PUB = figureRef(
  'tisagenlecleucel',
  'tisagenlecleucel--eliana--cr-cri--publication',
  'Publication: overall remission 81%, ELIANA, n=75',
);
const KYMRIAH_ALL = indicationRef(
  'tisagenlecleucel',
  'tisagenlecleucel--fda--b-all--2017',
  'FDA 2017: patients up to 25 years with B-cell ALL that is refractory or in second or later relapse',
);
const ABECMA_2024 = indicationRef(
  'idecabtagene-vicleucel',
  'idecabtagene-vicleucel--fda--multiple-myeloma--2024',
  'FDA 2024: adults with multiple myeloma after two or more prior lines',
);
const ABECMA_PUB = figureRef(
  'idecabtagene-vicleucel',
  'idecabtagene-vicleucel--karmma--orr--publication',
  'Publication: ORR 73%, KarMMa, n=128',
);
const ABECMA_LABEL = figureRef(
  'idecabtagene-vicleucel',
  'idecabtagene-vicleucel--karmma--orr--label',
  'FDA label: ORR 72%, KarMMa, n=100',
);
const INATI_NMPA = indicationRef(
  'inaticabtagene-autoleucel',
  'inaticabtagene-autoleucel--nmpa--b-all--2023',
  'NMPA 2023: adults with relapsed or refractory B-cell ALL',
);

export const KYMRIAH_SENTENCE =
  'Kymriah is FDA-approved for relapsed or refractory B-cell ALL in pediatric and young adult patients, with response rates exceeding 80%.';

export const fullReport: PageReport = {
  version: 2,
  source: 'https://clinic.example/car-t-therapy-china',
  title: 'CAR-T Cell Therapy in China: Costs, Hospitals and Success Rates',
  analyzedAt: FIXED_NOW,
  datasetVersion: ds.meta.version,
  datasetAsOf: ds.meta.asOf,
  wordCount: 2140,
  partial: false,
  fallbackText: false,
  notes: [],
  products: [
    {
      id: 'tisagenlecleucel',
      name: 'Kymriah',
      status: 'approved',
      mentions: [
        mention('Kymriah', 3, 0),
        mention('tisagenlecleucel', 3, 9, 'inn'),
        mention('Kymriah', 7, 0),
      ],
    },
    {
      id: 'idecabtagene-vicleucel',
      name: 'Abecma',
      status: 'approved',
      mentions: [mention('Abecma', 9, 0)],
    },
    {
      id: 'inaticabtagene-autoleucel',
      name: 'Inaticabtagene autoleucel',
      status: 'approved',
      mentions: [mention('Inaticabtagene Autoleuce', 12, 0, 'fuzzy'), mention('CNCT19', 12, 26, 'code')],
    },
  ],
  targets: [{ id: 'CD19', label: 'CD19', mentions: [mention('CD19', 3, 40)] }],
  conditions: [
    { id: 'b-all', label: 'B-cell acute lymphoblastic leukaemia', mentions: [mention('B-cell ALL', 3, 60)] },
  ],
  regulators: ['FDA', 'NMPA'],
  trials: ['ELIANA', 'KarMMa'],
  claims: [
    claim(
      {
        id: 'c1',
        kind: 'response',
        ruleId: 'response',
        productId: 'tisagenlecleucel',
        text: KYMRIAH_SENTENCE,
        matched: 'response rates exceeding 80%',
        verdict: 'consistent',
        explanation:
          'Matches the FDA label: overall remission 83% in ELIANA (n=63); the publication reports 81% (n=75).',
        reference: KYMRIAH_LABEL,
        compared: [KYMRIAH_LABEL, KYMRIAH_PUB],
        details: { metric: 'CR/CRi', value: 80, comparator: '>' },
      },
      3,
    ),
    claim(
      {
        id: 'c2',
        kind: 'indication',
        ruleId: 'indication',
        productId: 'tisagenlecleucel',
        text: KYMRIAH_SENTENCE,
        matched: 'relapsed or refractory B-cell ALL',
        details: { conditionId: 'b-all', regulator: 'FDA', relapsedRefractory: true },
        verdict: 'differs',
        explanation:
          'Broader than the FDA label, which covers patients up to 25 years whose ALL is refractory or in second or later relapse; a first relapse is not covered.',
        reference: KYMRIAH_ALL,
      },
      3,
    ),
    claim(
      {
        id: 'c3',
        kind: 'approval',
        ruleId: 'approval',
        details: { approved: true, regulator: 'NMPA' },
        productId: 'tisagenlecleucel',
        text: 'Kymriah is also approved in China and available at our partner hospitals.',
        matched: 'approved in China',
        verdict: 'not-approved',
        explanation: 'No NMPA approval of tisagenlecleucel is recorded as of 11 Aug 2026.',
        reference: null,
        compared: [],
      },
      7,
    ),
    claim(
      {
        id: 'c4',
        kind: 'indication',
        ruleId: 'indication',
        details: { conditionId: 'multiple-myeloma', minPriorLines: 4, relapsedRefractory: false },
        productId: 'idecabtagene-vicleucel',
        text: 'Abecma is for multiple myeloma patients who have had four or more prior lines of therapy.',
        matched: 'four or more prior lines',
        verdict: 'differs',
        explanation: 'Outdated: since April 2024 the FDA label covers adults after two or more prior lines.',
        reference: ABECMA_2024,
      },
      9,
    ),
    claim(
      {
        id: 'c5',
        kind: 'response',
        ruleId: 'response',
        details: { metric: 'response', value: 73, comparator: '~', trial: 'KarMMa' },
        productId: 'idecabtagene-vicleucel',
        text: 'In the KarMMa trial about 73% of patients responded.',
        matched: 'about 73% of patients responded',
        verdict: 'consistent',
        explanation: 'Matches the publication: ORR 73% in KarMMa (n=128); the FDA label reports 72% (n=100).',
        reference: ABECMA_PUB,
        compared: [ABECMA_PUB, ABECMA_LABEL],
      },
      10,
    ),
    claim(
      {
        id: 'c6',
        kind: 'indication',
        ruleId: 'indication',
        details: { conditionId: 'b-all', population: 'adults', relapsedRefractory: true },
        productId: 'inaticabtagene-autoleucel',
        text: 'Inaticabtagene Autoleuce (CNCT19) is used for adult B-cell relapsed or refractory ALL.',
        matched: 'adult B-cell relapsed or refractory ALL',
        verdict: 'consistent',
        explanation:
          'Matches the NMPA approval of November 2023 for adults with relapsed or refractory B-cell ALL.',
        reference: INATI_NMPA,
      },
      12,
    ),
    claim(
      {
        id: 'c7',
        kind: 'response',
        ruleId: 'response',
        details: { metric: 'response', value: 95, comparator: '=' },
        productId: null,
        attribution: 'none',
        text: 'Our CAR-T programme has treated over 500 patients with a 95% success rate.',
        matched: '95% success rate',
        verdict: 'unverified',
        explanation: 'No product is named, so there is no trial or label figure to compare with.',
        reference: null,
        compared: [],
      },
      14,
    ),
    claim(
      {
        id: 'c8',
        kind: 'marketing',
        ruleId: 'marketing',
        details: { phrase: 'guaranteed' },
        productId: null,
        attribution: 'none',
        text: 'Guaranteed remission with no side effects.',
        matched: 'Guaranteed remission',
        verdict: 'unverified',
        explanation: 'No treatment can guarantee remission; every CAR-T label lists serious side effects.',
        reference: null,
        compared: [],
      },
      15,
    ),
  ],
};

/** Same page, nothing found. */
export const emptyReport: PageReport = {
  ...fullReport,
  source: 'https://news.example/weather',
  title: 'Weather today',
  products: [],
  targets: [],
  conditions: [],
  regulators: [],
  trials: [],
  claims: [],
};

/** A page cut short by the size budget. */
export const partialReport: PageReport = {
  ...fullReport,
  partial: true,
  notes: ['Stopped after 200,000 characters (of about 1,400,000); the rest of the page was not read.'],
};
