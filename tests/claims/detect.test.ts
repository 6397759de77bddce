import { describe, expect, it } from 'vitest';
import { claimsOf, row } from './helpers';
import { field } from '../helpers/frames';

const brief = (c: { kind: string; productId: string | null; attribution: string }) =>
  `${c.kind}:${c.productId}:${c.attribution}`;

describe('claim detection and attribution', () => {
  it('numbers claims c1, c2… in reading order and quotes the page', () => {
    const claims = claimsOf([
      { text: 'Kymriah was approved by the FDA in August 2017.' },
      { text: 'In ELIANA, 83% of patients achieved overall remission.' },
    ]);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, k) => `c${k + 1}`));
    expect(claims[0]).toMatchObject({
      kind: 'approval',
      productId: 'tisagenlecleucel',
      attribution: 'sentence',
      text: 'Kymriah was approved by the FDA in August 2017.',
    });
    const response = claims.find((c) => c.kind === 'response')!;
    // The second sentence names no product: the one named before it in the section carries over.
    expect(brief(response)).toBe('response:tisagenlecleucel:section');
    expect(response.position.block).toBe(1);
    expect(
      'In ELIANA, 83% of patients achieved overall remission.'.slice(
        response.position.start,
        response.position.end,
      ),
    ).toBe(response.matched);
  });

  it("attributes table cells to the row's product and quotes the whole row", () => {
    const header = ['Product', 'Target', 'Indication', 'Key Response Data'];
    const claims = claimsOf([
      row(
        ['Idecabtagene vicleucel (Abecma)', 'BCMA', 'r/r multiple myeloma (≥4 prior lines)', '~73% ORR'],
        header,
      ),
    ]);
    expect(claims.map(brief)).toEqual([
      'target:idecabtagene-vicleucel:table-row',
      'indication:idecabtagene-vicleucel:table-row',
      'response:idecabtagene-vicleucel:table-row',
    ]);
    expect(claims[0]!.text).toBe(
      'Idecabtagene vicleucel (Abecma) | BCMA | r/r multiple myeloma (≥4 prior lines) | ~73% ORR',
    );
  });

  it('reads a transposed table whose header names the products', () => {
    const header = ['', 'Abecma (ide-cel)', 'Carvykti (cilta-cel)'];
    const claims = claimsOf([
      row(['Target', 'BCMA', 'BCMA'], header),
      row(['Stringent complete response', '28%', '78.4%'], header),
    ]);
    expect(claims.map((c) => `${brief(c)}:${c.matched}`)).toEqual([
      'target:idecabtagene-vicleucel:table-row:BCMA',
      'target:ciltacabtagene-autoleucel:table-row:BCMA',
      'response:idecabtagene-vicleucel:table-row:28%',
      'response:ciltacabtagene-autoleucel:table-row:78.4%',
    ]);
    expect(field(claims[2]!, 'metric')).toBe('sCR');
  });

  it('splits a sentence naming two products by proximity', () => {
    const claims = claimsOf([{ text: 'Yescarta (axi-cel) had 83% ORR in ZUMA-1 vs Breyanzi at 73%.' }]);
    expect(claims.filter((c) => c.kind === 'response').map((c) => [c.productId, field(c, 'value')])).toEqual([
      ['axicabtagene-ciloleucel', 83],
      ['lisocabtagene-maraleucel', 73],
    ]);
  });

  it('applies a claim to every product of a list, and "Both" to the products just named', () => {
    const claims = claimsOf([
      {
        text: 'Tecartus (brexucabtagene autoleucel) and Aucatzyl (obecabtagene autoleucel) are approved only for adults 18 and older.',
      },
      { text: 'Yescarta and Breyanzi are options. Both target CD19.' },
    ]);
    expect(claims.filter((c) => c.kind === 'indication').map((c) => c.productId)).toEqual([
      'brexucabtagene-autoleucel',
      'obecabtagene-autoleucel',
    ]);
    expect(claims.filter((c) => c.kind === 'target').map((c) => c.productId)).toEqual([
      'axicabtagene-ciloleucel',
      'lisocabtagene-maraleucel',
    ]);
  });

  it('reads a dated use in a list as its approval by the regulator its lead-in or heading names', () => {
    const claims = claimsOf([
      { text: 'ブレヤンジは2021年3月に国内で承認された。' },
      { text: '米国ではその後、次の適応が追加されました。' },
      { kind: 'list-item', text: '濾胞性リンパ腫（2024年5月）' },
      { kind: 'list-item', text: 'マントル細胞リンパ腫（2024年5月）' },
    ]).filter((c) => c.kind === 'approval' && c.text.includes('（'));
    expect(
      claims.map((c) => [c.productId, field(c, 'conditionId'), field(c, 'date'), field(c, 'regulator')]),
    ).toEqual([
      ['lisocabtagene-maraleucel', 'fl', '2024-05', 'FDA'],
      ['lisocabtagene-maraleucel', 'mcl', '2024-05', 'FDA'],
    ]);
  });

  it('applies a claim to each product of a list joined in any language, "both A and B" included', () => {
    const targetsOf = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.kind === 'target')
        .map((c) => c.productId);
    expect(
      targetsOf('アベクマもカービクティも、骨髄腫細胞の表面にあるBCMAという目印を狙うCAR-T細胞療法です。'),
    ).toEqual(['idecabtagene-vicleucel', 'ciltacabtagene-autoleucel']);
    // "против белка CD19": the protein's name in the genitive.
    expect(targetsOf('Кимрая и Йескарта направлены против белка CD19 на поверхности В-клеток.')).toEqual([
      'tisagenlecleucel',
      'axicabtagene-ciloleucel',
    ]);
  });

  it('reads a counted plural subject in each language, even when the sentence names a product after it', () => {
    const targetsOf = (first: string, second: string) =>
      claimsOf([{ text: first }, { text: second }])
        .filter((c) => c.kind === 'target')
        .map((c) => `${c.productId}:${field(c, 'targetId')}`);
    expect(
      targetsOf(
        'Kymriah a été autorisé en 2018, suivi de Yescarta en 2019.',
        'Ces deux produits ciblent la protéine CD19.',
      ),
    ).toEqual(['tisagenlecleucel:CD19', 'axicabtagene-ciloleucel:CD19']);
    // Three products named before; the sentence names Carvykti only for its own clause.
    expect(
      targetsOf(
        'Kymriah, Yescarta und Breyanzi sind in der Schweiz zugelassen.',
        'Alle drei Lymphom-Produkte richten sich gegen CD19, Carvykti gegen BCMA.',
      ),
    ).toEqual([
      'tisagenlecleucel:CD19',
      'axicabtagene-ciloleucel:CD19',
      'lisocabtagene-maraleucel:CD19',
      'ciltacabtagene-autoleucel:TNFRSF17',
    ]);
    expect(targetsOf('奕凯达和倍诺达怎么选？', '两款都是CD19 CAR-T，倍诺达是药明巨诺的。')).toEqual([
      'axicabtagene-ciloleucel:CD19',
      'relmacabtagene-autoleucel:CD19',
    ]);
    // A count the page has not yet named that many products for: the products it names next.
    expect(
      targetsOf(
        'Alle drei in Deutschland eingesetzten Präparate richten sich gegen das Merkmal CD19.',
        'Kymriah, Yescarta und Breyanzi werden in Zentren gegeben.',
      ),
    ).toEqual(['tisagenlecleucel:CD19', 'axicabtagene-ciloleucel:CD19', 'lisocabtagene-maraleucel:CD19']);
    // …or the products in apposition to it.
    expect(
      targetsOf('Yescarta est autorisé.', 'Les deux CAR-T anti-BCMA, Carvykti et Abecma, sont autorisés.'),
    ).toEqual(['ciltacabtagene-autoleucel:TNFRSF17', 'idecabtagene-vicleucel:TNFRSF17']);
    // A numbered line of therapy is no counted subject.
    expect(
      targetsOf('Kymriah und Yescarta sind zugelassen.', 'Zwei Therapielinien vorher: CD19 wird geprüft.'),
    ).not.toContain('tisagenlecleucel:CD19');
  });

  it("uses the heading naming one product, a list lead-in, and the page's only product", () => {
    const byHeading = claimsOf([
      { kind: 'heading', text: 'Tisagenlecleucel (Kymriah) - Approved' },
      {
        text: 'Response rates exceeding 80% in patients who had failed multiple prior lines.',
        headings: ['Tisagenlecleucel (Kymriah) - Approved'],
      },
    ]);
    expect(brief(byHeading.find((c) => c.kind === 'response')!)).toBe('response:tisagenlecleucel:section');

    const byLeadIn = claimsOf([
      { text: 'Inaticabtagene Autoleuce(CNCT19)' },
      {
        kind: 'list-item',
        text: 'the treatment of adult B-cell relapsed and refractory acute lymphoblastic leukemia (B-ALL).',
      },
    ]);
    expect(byLeadIn.map(brief)).toContain('indication:inaticabtagene-autoleucel:section');

    const byPage = claimsOf([
      { kind: 'heading', text: 'About Carvykti' },
      { kind: 'heading', text: 'Results' },
      { text: 'About 97% of patients responded.' },
    ]);
    expect(brief(byPage.find((c) => c.kind === 'response')!)).toBe('response:ciltacabtagene-autoleucel:page');
  });

  it('drops approval and target claims that no product can be tied to', () => {
    const claims = claimsOf([
      { text: 'Kymriah is one option.' },
      { kind: 'heading', text: 'Who this is for' },
      { text: 'Gene therapy for leukemia reached approval faster than anything else.' },
      { text: 'Multiple FDA-approved CAR-T products target CD19 and BCMA.' },
    ]);
    expect(claims.filter((c) => c.kind === 'approval').map(brief)).toEqual([]);
    expect(claims.filter((c) => c.kind === 'target')).toEqual([]);
  });

  it('finds nothing in pages about something else', () => {
    expect(claimsOf([{ text: 'Cancer season: a good week to rest. Your lucky number is 7.' }])).toEqual([]);
    expect(
      claimsOf([
        { text: 'Casgevy is approved for sickle cell disease; 94% of patients were free of crises.' },
      ]).filter((c) => c.productId !== null),
    ).toEqual([]);
  });
});
