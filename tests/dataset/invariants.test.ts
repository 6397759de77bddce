// checkInvariants must catch each rule it claims to enforce: every case breaks one rule in a small
// valid dataset and expects the matching message, so a rule that silently stops working fails here.
import { describe, expect, it } from 'vitest';
import { checkInvariants, partialDateRange } from '../../lib/dataset/invariants';
import type { Dataset, Figure, Indication, LabelEvent, Product } from '../../lib/dataset/schema';

const source = { url: 'https://example.org/label', title: 'Example label', asOf: '2024-01-01' };

function indication(over: Partial<Indication> = {}): Indication {
  return {
    id: 'alpha-cel--fda--lbcl--2020',
    regulator: 'FDA',
    conditionId: 'lbcl',
    includesConditions: ['dlbcl'],
    population: { group: 'adults', minAge: 18, text: 'adults' },
    line: { minPriorLines: 2, requirements: [], text: 'after two lines' },
    date: '2020-05-01',
    approvalType: 'regular',
    status: 'active',
    labelQuote: 'adult patients with relapsed LBCL',
    sources: [source],
    confidence: 'confirmed',
    ...over,
  };
}

function event(over: Partial<LabelEvent> = {}): LabelEvent {
  return {
    id: 'alpha-cel--fda--approval--2020',
    date: '2020-05-01',
    regulator: 'FDA',
    kind: 'approval',
    indicationId: 'alpha-cel--fda--lbcl--2020',
    text: 'FDA approval for relapsed LBCL',
    sources: [source],
    confidence: 'confirmed',
    ...over,
  };
}

function figure(over: Partial<Figure> = {}): Figure {
  return {
    id: 'alpha-cel--trial-a--orr--label',
    trial: 'TRIAL-A',
    conditionId: 'lbcl',
    metric: 'ORR',
    value: 70,
    unit: '%',
    ci: [60, 80],
    n: 100,
    kind: 'label',
    source,
    confidence: 'confirmed',
    ...over,
  };
}

function product(over: Partial<Product> = {}): Product {
  return {
    id: 'alpha-cel',
    status: 'approved',
    names: {
      brands: [{ name: 'Alphana' }],
      inn: 'alpha cel',
      abbreviations: ['a-cel'],
      codes: ['AX-1'],
      chinese: [],
      other: [],
      localNames: [],
      formerNames: [],
    },
    manufacturer: 'Example Bio',
    modality: 'car-t',
    autologous: true,
    geneModified: true,
    targets: ['CD19'],
    summary: 'A test product.',
    indications: [indication()],
    regulatorCoverage: { FDA: 'complete' },
    events: [event()],
    designations: [],
    boxedWarning: [],
    figures: [figure()],
    sources: [],
    notes: [],
    ...over,
  };
}

function dataset(over: Partial<Dataset> = {}): Dataset {
  return {
    meta: {
      version: '1.0.0',
      asOf: '2025-01-01',
      description: 'test',
      completeClasses: [],
      completeApprovalLists: [],
    },
    targets: [{ id: 'CD19', label: 'CD19', aliases: [] }],
    conditions: [
      {
        id: 'b-nhl',
        name: 'B-NHL',
        category: 'hematologic',
        synonyms: ['B-cell lymphoma'],
        abbreviations: ['B-NHL'],
      },
      {
        id: 'lbcl',
        name: 'LBCL',
        parent: 'b-nhl',
        category: 'hematologic',
        synonyms: ['large B-cell lymphoma'],
        abbreviations: ['LBCL'],
      },
      {
        id: 'dlbcl',
        name: 'DLBCL',
        parent: 'lbcl',
        category: 'hematologic',
        synonyms: [],
        abbreviations: ['DLBCL'],
      },
    ],
    products: [product()],
    ...over,
  };
}

const withProduct = (over: Partial<Product>) => dataset({ products: [product(over)] });
const second = product({
  id: 'beta-cel',
  names: {
    brands: [{ name: 'Betana' }],
    inn: 'beta cel',
    abbreviations: [],
    codes: [],
    chinese: [],
    other: [],
    localNames: [],
    formerNames: [],
  },
  indications: [indication({ id: 'beta-cel--fda--lbcl--2020' })],
  events: [event({ id: 'beta-cel--fda--approval--2020', indicationId: 'beta-cel--fda--lbcl--2020' })],
  figures: [],
});

describe('checkInvariants', () => {
  it('accepts a valid dataset', () => {
    expect(checkInvariants(dataset())).toEqual([]);
  });

  const cases: [string, Dataset, RegExp][] = [
    [
      'duplicate product id',
      dataset({
        products: [
          product(),
          product({
            names: { ...second.names },
            indications: [],
            status: 'investigational',
            sources: [source],
            figures: [],
          }),
        ],
      }),
      /product id "alpha-cel" is used twice/,
    ],
    [
      'name shared by two products (case-insensitive)',
      dataset({ products: [product(), { ...second, names: { ...second.names, codes: ['ax-1'] } }] }),
      /name "ax-1" is used by both "alpha-cel" and "beta-cel"/,
    ],
    [
      'duplicate indication id',
      dataset({ products: [product(), { ...second, indications: [indication()] }] }),
      /indication id "alpha-cel--fda--lbcl--2020" is used twice/,
    ],
    [
      'duplicate figure id',
      withProduct({ figures: [figure(), figure()] }),
      /figure id "alpha-cel--trial-a--orr--label" is used twice/,
    ],
    [
      'indication without a source',
      withProduct({ indications: [indication({ sources: [] })] }),
      /has no source/,
    ],
    [
      'impossible calendar date',
      withProduct({ indications: [indication({ date: '2021-02-30', id: 'alpha-cel--fda--lbcl--2021' })] }),
      /"2021-02-30" is not a calendar date/,
    ],
    [
      'date after the as-of date',
      withProduct({ indications: [indication({ date: '2026-03', id: 'alpha-cel--fda--lbcl--2026' })] }),
      /"2026-03" is after the dataset as-of date/,
    ],
    [
      'source date after the as-of date',
      withProduct({ figures: [figure({ source: { ...source, asOf: '2030' } })] }),
      /source https:\/\/example.org\/label: "2030" is after/,
    ],
    [
      'approved product without an active indication',
      withProduct({ indications: [indication({ status: 'withdrawn' })] }),
      /approved but has no active indication/,
    ],
    [
      'investigational product with an active indication',
      withProduct({ status: 'investigational', sources: [source] }),
      /investigational but has active indications/,
    ],
    [
      'investigational product without a status source',
      withProduct({ status: 'investigational', indications: [] }),
      /investigational but has no source/,
    ],
    ['unknown target', withProduct({ targets: ['CD22'] }), /target "CD22" is not in targets/],
    [
      'target id that is not HGNC-shaped',
      dataset({
        targets: [
          { id: 'CD19', label: 'CD19', aliases: [] },
          { id: 'Bcma', label: 'BCMA', aliases: [] },
        ],
      }),
      /target "Bcma" is not an HGNC-shaped symbol/,
    ],
    [
      'unknown indication condition',
      withProduct({ indications: [indication({ conditionId: 'fl', id: 'alpha-cel--fda--fl--2020' })] }),
      /condition "fl" does not exist/,
    ],
    [
      'unknown included condition',
      withProduct({ indications: [indication({ includesConditions: ['pmbcl'] })] }),
      /condition "pmbcl" does not exist/,
    ],
    [
      'unknown figure condition',
      withProduct({ figures: [figure({ conditionId: 'mcl' })] }),
      /figure "alpha-cel--trial-a--orr--label": condition "mcl" does not exist/,
    ],
    [
      'unknown parent',
      dataset({
        conditions: [
          ...dataset().conditions,
          { id: 'fl', name: 'FL', parent: 'inhl', category: 'hematologic', synonyms: [], abbreviations: [] },
        ],
      }),
      /condition "fl": parent "inhl" does not exist/,
    ],
    [
      'parent cycle',
      dataset({
        conditions: dataset().conditions.map((c) => (c.id === 'b-nhl' ? { ...c, parent: 'dlbcl' } : c)),
      }),
      /parent chain has a cycle/,
    ],
    [
      'lowercase abbreviation',
      dataset({
        conditions: dataset().conditions.map((c) =>
          c.id === 'lbcl' ? { ...c, abbreviations: ['lbcl'] } : c,
        ),
      }),
      /abbreviation "lbcl" has no capital letter/,
    ],
    [
      'synonym shared by two conditions',
      dataset({
        conditions: dataset().conditions.map((c) =>
          c.id === 'dlbcl' ? { ...c, synonyms: ['Large B-cell lymphoma'] } : c,
        ),
      }),
      /synonym "large b-cell lymphoma" belongs to two conditions/,
    ],
    [
      'supersedes a missing indication',
      withProduct({ indications: [indication({ supersedes: 'alpha-cel--fda--lbcl--2018' })] }),
      /supersedes "alpha-cel--fda--lbcl--2018", which is not an indication of alpha-cel/,
    ],
    [
      'supersedes an indication that is still active',
      withProduct({
        indications: [
          indication(),
          indication({
            id: 'alpha-cel--fda--lbcl--2022',
            date: '2022',
            supersedes: 'alpha-cel--fda--lbcl--2020',
          }),
        ],
      }),
      /which is still active/,
    ],
    [
      "supersedes another product's indication",
      dataset({
        products: [
          product({ indications: [indication({ supersedes: 'beta-cel--fda--lbcl--2020' })] }),
          {
            ...second,
            indications: [
              indication({ id: 'beta-cel--fda--lbcl--2020', status: 'superseded' }),
              indication({ id: 'beta-cel--fda--lbcl--2021', date: '2021' }),
            ],
          },
        ],
      }),
      /not an indication of alpha-cel/,
    ],
    [
      'indication id not following the convention',
      withProduct({ indications: [indication({ id: 'alpha-cel--ema--lbcl--2020' })] }),
      /id should start with "alpha-cel--fda--lbcl--2020"/,
    ],
    [
      'figure id not following the convention',
      withProduct({ figures: [figure({ id: 'alpha-cel--trial-a--orr--publication' })] }),
      /should end with "--label"/,
    ],
    [
      'unconfirmed without a note',
      withProduct({ indications: [indication({ confidence: 'unconfirmed' })] }),
      /unconfirmed without a note/,
    ],
    [
      'percentage out of range',
      withProduct({ figures: [figure({ value: 120, ci: undefined })] }),
      /percentage 120 is out of range/,
    ],
    [
      'value outside its CI',
      withProduct({ figures: [figure({ value: 90 })] }),
      /value 90 lies outside its CI/,
    ],
    [
      'event without a source',
      withProduct({ events: [event({ sources: [] })] }),
      /event "alpha-cel--fda--approval--2020": has no source/,
    ],
    [
      'event with an impossible date',
      withProduct({ events: [event({ date: '2020-02-31' })] }),
      /event "alpha-cel--fda--approval--2020": "2020-02-31" is not a calendar date/,
    ],
    [
      'events out of date order',
      withProduct({
        events: [
          event(),
          event({ id: 'alpha-cel--fda--label-update--2019', kind: 'label-update', date: '2019-01-01' }),
        ],
      }),
      /events are not in date order/,
    ],
    [
      'approval event without its indication',
      withProduct({ events: [event({ indicationId: undefined })] }),
      /a "approval" event must name its indication/,
    ],
    [
      'event naming an indication the product does not have',
      withProduct({ events: [event({ indicationId: 'alpha-cel--fda--fl--2020' })] }),
      /indication "alpha-cel--fda--fl--2020" is not an indication of alpha-cel/,
    ],
    [
      'approval event dated differently from its indication',
      withProduct({ events: [event({ date: '2020-06-01' })] }),
      /dated 2020-06-01, but indication "alpha-cel--fda--lbcl--2020" is dated 2020-05-01/,
    ],
    [
      'active indication that no event puts on the label',
      withProduct({ events: [] }),
      /indication "alpha-cel--fda--lbcl--2020": active, but no event puts it on the label/,
    ],
    [
      'withdrawn indication still on the label the events give',
      withProduct({ indications: [indication({ status: 'withdrawn' })] }),
      /events leave "alpha-cel--fda--lbcl--2020" on the FDA label, but it is not active/,
    ],
    [
      'conversion to regular approval of an indication still marked accelerated',
      withProduct({
        indications: [indication({ approvalType: 'accelerated' })],
        events: [
          event(),
          event({
            id: 'alpha-cel--fda--converted-to-regular--2022',
            kind: 'converted-to-regular',
            date: '2022',
          }),
        ],
      }),
      /converts "alpha-cel--fda--lbcl--2020" to regular approval, but its approvalType is "accelerated"/,
    ],
    [
      'a designation in place of an approval (designations are never approvals)',
      withProduct({
        indications: [],
        events: [],
        designations: [
          {
            id: 'alpha-cel--fda--breakthrough--2019',
            regulator: 'FDA',
            kind: 'breakthrough',
            date: '2019',
            text: 'Breakthrough therapy designation',
            sources: [source],
            confidence: 'confirmed',
          },
        ],
      }),
      /approved but has no active indication/,
    ],
    [
      'regulator with decisions but no coverage flag',
      withProduct({ regulatorCoverage: {} }),
      /has FDA decisions but no regulatorCoverage flag for FDA/,
    ],
    [
      'coverage flag for the OTHER bucket',
      withProduct({ regulatorCoverage: { FDA: 'complete', OTHER: 'partial' } }),
      /OTHER groups several regulators/,
    ],
    [
      'boxed-warning item no event names',
      withProduct({ boxedWarning: ['hepatotoxicity'] }),
      /boxed-warning item "hepatotoxicity" is not named by any FDA/,
    ],
    [
      'local name written in another script than its language',
      withProduct({ names: { ...product().names, localNames: [{ name: 'Alphana', lang: 'ru' }] } }),
      /local name "Alphana" is not written in ru script/,
    ],
    [
      'local name shared by two products',
      dataset({
        products: [
          product({ names: { ...product().names, localNames: [{ name: 'アルファナ', lang: 'ja' }] } }),
          { ...second, names: { ...second.names, localNames: [{ name: 'アルファナ', lang: 'ja' }] } },
        ],
      }),
      /name "アルファナ" is used by both "alpha-cel" and "beta-cel"/,
    ],
  ];

  it.each(cases)('reports %s', (_, ds, message) => {
    const problems = checkInvariants(ds);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('checkInvariants on label history', () => {
  it('accepts a widened label, a withdrawal and a future action date', () => {
    const old = indication({
      status: 'superseded',
      line: { minPriorLines: 4, requirements: [], text: 'four lines' },
    });
    const wide = indication({
      id: 'alpha-cel--fda--lbcl--2023',
      date: '2023-01-01',
      supersedes: old.id,
      line: { minPriorLines: 2, requirements: [], text: 'two lines' },
    });
    const eu = indication({
      id: 'alpha-cel--ema--lbcl--2021',
      regulator: 'EMA',
      date: '2021-01',
      status: 'withdrawn',
    });
    const ds = withProduct({
      indications: [old, wide, eu],
      regulatorCoverage: { FDA: 'complete', EMA: 'complete' },
      events: [
        event(),
        event({
          id: 'alpha-cel--ema--approval--2021',
          regulator: 'EMA',
          date: '2021-01',
          indicationId: eu.id,
        }),
        event({
          id: 'alpha-cel--ema--withdrawal--2022',
          regulator: 'EMA',
          kind: 'withdrawal',
          date: '2022',
          indicationId: eu.id,
        }),
        event({
          id: 'alpha-cel--fda--indication-widened--2023',
          kind: 'indication-widened',
          date: '2023-01-01',
          indicationId: wide.id,
        }),
      ],
      designations: [
        {
          id: 'alpha-cel--fda--action-date--2030',
          regulator: 'FDA',
          kind: 'action-date',
          date: '2030-01-01',
          text: 'PDUFA date for a new indication',
          sources: [source],
          confidence: 'confirmed',
        },
      ],
    });
    expect(checkInvariants(ds)).toEqual([]);
  });
});

describe('partialDateRange', () => {
  it('expands partial dates to their first and last day', () => {
    expect(partialDateRange('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(partialDateRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateRange('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(partialDateRange('2017-08-30')).toEqual({ first: '2017-08-30', last: '2017-08-30' });
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2024-13', '2024-00-10', '2024-04-31', '24-01-01', 'soon'])
      expect(partialDateRange(bad), bad).toBeUndefined();
  });
});
