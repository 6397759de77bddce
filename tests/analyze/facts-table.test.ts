// The claim table at the end of the shared fact sheet (what a careful reader concludes about the
// two seed clinic pages), checked on the saved pages. "Accurate" and "Roughly accurate" map to
// `consistent` when the figures agree within tolerance; the explanation carries scope notes.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { PageReport, type Claim } from '../../lib/schema';
import { FIXED_NOW, parseDocument, readFixture } from '../helpers/dom';
import { field } from '../helpers/frames';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

function report(name: string): PageReport {
  const doc = parseDocument(readFixture('pages', `${name}.html`));
  return analyzePage(doc, {
    url: `https://example.test/${name}`,
    dataset: bundledDataset,
    languages: ALL_LANGUAGE_PACKS,
    now: FIXED_NOW,
  });
}

const cancerfax = report('seed--cancerfax-gene-therapy-leukemia');
const china = report('seed--advanced-medicine-china-car-t-leukemia');

function find(r: PageReport, kind: Claim['kind'], productId: string | null, quote: string): Claim {
  const found = r.claims.find(
    (c) => c.kind === kind && (productId === null || c.productId === productId) && c.text.includes(quote),
  );
  if (!found) throw new Error(`no ${kind} claim for ${productId} quoting "${quote}"`);
  return found;
}

describe('fact-sheet claim table', () => {
  it('reports validate and name the five products of page 000 and the two of page 001', () => {
    expect(PageReport.safeParse(cancerfax).success).toBe(true);
    expect(PageReport.safeParse(china).success).toBe(true);
    expect(cancerfax.products.map((p) => p.id).sort()).toEqual([
      'axicabtagene-ciloleucel',
      'ciltacabtagene-autoleucel',
      'idecabtagene-vicleucel',
      'lisocabtagene-maraleucel',
      'tisagenlecleucel',
    ]);
    expect(cancerfax.products.find((p) => p.id === 'tisagenlecleucel')?.name).toBe(
      'Kymriah (tisagenlecleucel)',
    );
    expect(china.products.map((p) => p.id).sort()).toEqual(['inaticabtagene-autoleucel', 'tisagenlecleucel']);
  });

  it('1a: Kymriah FDA-approved for r/r B-cell ALL in pediatric and young adults; response rates exceeding 80%', () => {
    expect(
      find(cancerfax, 'approval', 'tisagenlecleucel', 'FDA-approved for relapsed or refractory B-cell ALL')
        .verdict,
    ).toBe('consistent');
    expect(
      find(cancerfax, 'indication', 'tisagenlecleucel', 'FDA-approved for relapsed or refractory B-cell ALL')
        .verdict,
    ).toBe('consistent');
    const response = find(
      cancerfax,
      'response',
      'tisagenlecleucel',
      'Response rates exceeding 80% in patients who had failed',
    );
    expect(response.verdict).toBe('consistent');
    expect(response.explanation).toContain('83%');
  });

  it('1b: ">80% ORR in ALL" is an overall remission rate, said so', () => {
    const c = find(cancerfax, 'response', 'tisagenlecleucel', '>80% ORR in ALL');
    expect(c.verdict).toBe('consistent');
    expect(c.attribution).toBe('table-row');
    expect(c.explanation).toContain('overall remission');
    expect(find(cancerfax, 'indication', 'tisagenlecleucel', 'r/r DLBCL adults').verdict).toBe('consistent');
  });

  it('2: Yescarta "~73% ORR in r/r DLBCL" is within 2 points of the label 72%', () => {
    const c = find(cancerfax, 'response', 'axicabtagene-ciloleucel', '~73% ORR in r/r DLBCL');
    expect(c.verdict).toBe('consistent');
    expect(c.reference?.label).toBe('FDA label: ORR 72%, ZUMA-1, n=101');
    expect(c.compared.some((r) => r.label.startsWith('Publication: ORR 82%'))).toBe(true);
  });

  it('3: Breyanzi indications are right; the safety comparison is promotional', () => {
    for (const id of ['dlbcl', 'fl', 'cll']) {
      const c = cancerfax.claims.find(
        (x) =>
          x.kind === 'indication' &&
          x.productId === 'lisocabtagene-maraleucel' &&
          field(x, 'conditionId') === id,
      );
      expect(c?.verdict).toBe('consistent');
    }
    expect(find(cancerfax, 'marketing', null, 'favorable safety profile').verdict).toBe('unverified');
  });

  it('4: Abecma (≥4 prior lines) presented as current is the outdated 2021 label; ~73% ORR; first BCMA approval', () => {
    const lines = cancerfax.claims.find(
      (c) => c.kind === 'indication' && c.productId === 'idecabtagene-vicleucel',
    )!;
    expect(lines.verdict).toBe('differs');
    expect(lines.explanation).toContain('Outdated');
    expect(lines.explanation).toContain('4 Apr 2024');
    expect(find(cancerfax, 'response', 'idecabtagene-vicleucel', '~73% ORR').verdict).toBe('consistent');
    expect(
      find(cancerfax, 'approval', 'idecabtagene-vicleucel', 'first BCMA-targeted CAR-T approval').verdict,
    ).toBe('consistent');
  });

  it('5: Carvykti ~98% ORR and ~83% CR/sCR in CARTITUDE-1', () => {
    const orr = cancerfax.claims.filter(
      (c) =>
        c.kind === 'response' && c.productId === 'ciltacabtagene-autoleucel' && field(c, 'metric') === 'ORR',
    );
    expect(orr.length).toBeGreaterThanOrEqual(2); // table cell and key-number box
    for (const c of orr) expect(c.verdict).toBe('consistent');
    const cr = cancerfax.claims.find(
      (c) => c.productId === 'ciltacabtagene-autoleucel' && field(c, 'metric') === 'CR/sCR',
    )!;
    expect(cr.matched).toBe('~83% CR/sCR');
    expect(cr.verdict).toBe('consistent');
    expect(cr.explanation).toContain('sCR 78.4%');
  });

  it('6a: "5+ approved CAR-T products" agrees with the dataset count', () => {
    const c = cancerfax.claims.find((x) => x.ruleId === 'approval-count')!;
    expect(c.verdict).toBe('consistent');
  });

  it('7: CNCT19 for adult r/r B-ALL matches the NMPA approval despite the misspelt name', () => {
    const c = find(china, 'indication', 'inaticabtagene-autoleucel', 'adult B-cell relapsed and refractory');
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('NMPA');
    expect(china.products.find((p) => p.id === 'inaticabtagene-autoleucel')?.mentions[0]?.text).toBe(
      'Inaticabtagene Autoleuce',
    );
  });

  it('8: Kymriah approved for patients up to age 25 with B-cell precursor ALL', () => {
    const c = find(china, 'approval', 'tisagenlecleucel', 'approved for patients up to age 25');
    expect(c.verdict).toBe('consistent');
    // The age limit is the use's: judged once, on the indication claim of the same sentence.
    const use = find(china, 'indication', 'tisagenlecleucel', 'approved for patients up to age 25');
    expect(field(use, 'maxAge')).toBe(25);
    expect(use.verdict).toBe('consistent');
  });

  it('the disclaimer that the clinic "does not guarantee" anything is not flagged', () => {
    expect(
      cancerfax.claims.filter((c) => c.kind === 'marketing' && /does not guarantee/.test(c.text)),
    ).toEqual([]);
  });
});
