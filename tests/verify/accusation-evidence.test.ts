// `differs` and `not-approved` need positive evidence about the product the statement names.
// Each case is a reading that used to accuse a product the statement was not about.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const accusing = (specs: Parameters<typeof verified>[0]) =>
  verified(specs)
    .filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved')
    .map((c) => `${c.kind} ${c.productId}: ${c.matched}`);

describe('accusations need the product named in the statement', () => {
  it('does not accuse the page product of what a sentence about therapy in general says', () => {
    const c = verified([
      { kind: 'heading', text: 'Carvykti for myeloma' },
      { text: 'Carvykti is a BCMA-directed CAR-T.', headings: ['Carvykti for myeloma'] },
      {
        text: 'CAR T-cell therapy shows overall response rates of 40% in heavily pretreated myeloma.',
        headings: ['Carvykti for myeloma'],
      },
    ]).find((x) => x.kind === 'response');
    expect(c).toMatchObject({ productId: null, verdict: 'unverified' });
  });

  it('does not hand a sentence about a medicine the dataset lacks to the product before it', () => {
    expect(
      accusing([
        {
          text: 'The FDA approved Aucatzyl (obecabtagene autoleucel) on November 8, 2024 for adults with B-ALL.',
        },
        {
          text: 'Mesoblast received approval of Ryoncil (remestemcel-L-rknd) for steroid-refractory acute GVHD in pediatric patients on December 18, 2024.',
        },
      ]),
    ).toEqual([]);
  });

  it("reports, without asserting, a conflict inferred only from the page's dominant product", () => {
    const c = verified([
      { text: 'Aucatzyl (obecabtagene autoleucel) is a CD19 CAR-T from Autolus.' },
      { text: 'Aucatzyl was approved for adults with B-ALL.' },
      { kind: 'heading', text: 'Regulatory timeline' },
      { text: 'Approval came on 20 December 2024.', headings: ['Regulatory timeline'] },
    ]).find((x) => x.kind === 'approval' && x.attribution === 'page');
    expect(c?.verdict).toBe('unverified');
    expect(c?.explanation).toContain('does not name');
  });

  it('still accuses through a pronoun that refers to the product just named', () => {
    expect(
      accusing([
        { kind: 'heading', text: 'Yescarta' },
        { text: 'Yescarta is a CD19-directed CAR-T.', headings: ['Yescarta'] },
        { text: 'It produced an ORR of 92% in large B-cell lymphoma in ZUMA-1.', headings: ['Yescarta'] },
      ]),
    ).toEqual(['response axicabtagene-ciloleucel: ORR of 92%']);
  });

  it('reads "targeting CD19 and BCMA" after a list of products as one of those targets each', () => {
    expect(
      accusing(
        'China has approved Yescarta (axicabtagene ciloleucel), Carteyva (relmacabtagene autoleucel), Fucaso (equecabtagene autoleucel) and others targeting CD19 and BCMA.',
      ),
    ).toEqual([]);
    expect(accusing('Fucaso and Carvykti both target CD19 and CD22.')).toHaveLength(2);
  });

  it('takes the subject after a fronted phrase ("After NexCAR19, Var-cel was approved …")', () => {
    const claims = verified('After NexCAR19, Var-cel (Qartemi) was approved in early 2025.').filter(
      (c) => c.kind === 'approval',
    );
    expect(claims.map((c) => c.productId)).toEqual(['varnimcabtagene-autoleucel']);
  });

  it('reads no approved use in a trial description or an IND "for" a disease', () => {
    expect(
      accusing(
        'iMMagine-3 is a phase 3, randomized controlled trial designed to compare anito-cel with standard care in patients with relapsed multiple myeloma.',
      ),
    ).toEqual([]);
    expect(
      accusing(
        'CNCT19, a CD19-targeted CAR-T therapy, has previously earned IND approvals for R/R B-cell non-Hodgkin lymphoma.',
      ),
    ).toEqual([]);
  });
});
