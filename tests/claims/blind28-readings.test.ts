import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms, false reassurance and misses of blind set 28 after its second
// scoring (the set is spent).

/** The products each target claim of the text is given, by target. */
function targets(text: string | Array<{ text: string }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of verified(text)) {
    if (c.kind !== 'target') continue;
    expect(c.verdict).toBe('consistent');
    const id = field(c, 'targetId') as string;
    (out[id] ??= []).push(c.productId ?? '');
  }
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

describe('targets named for products, compared with products, counted back', () => {
  it('reads "CD19 pour Kymriah, Yescarta … et BCMA pour Abecma et Carvykti" as each list\'s target', () => {
    expect(
      targets(
        'Les médicaments CAR-T autorisés visent surtout deux antigènes : CD19 pour Kymriah, Yescarta, Tecartus, Breyanzi et Aucatzyl, et BCMA pour Abecma et Carvykti.',
      ),
    ).toEqual({
      CD19: [
        'axicabtagene-ciloleucel',
        'brexucabtagene-autoleucel',
        'lisocabtagene-maraleucel',
        'obecabtagene-autoleucel',
        'tisagenlecleucel',
      ],
      TNFRSF17: ['ciltacabtagene-autoleucel', 'idecabtagene-vicleucel'],
    });
  });

  it('gives the target to the products compared after it ("comme le Kymriah et le Yescarta")', () => {
    expect(targets('Le Tecartus et le Breyanzi visent le CD19, comme le Kymriah et le Yescarta.')).toEqual({
      CD19: [
        'axicabtagene-ciloleucel',
        'brexucabtagene-autoleucel',
        'lisocabtagene-maraleucel',
        'tisagenlecleucel',
      ],
    });
  });

  it('reads a clause opening with "どちらも" as both products the sentence named before it', () => {
    expect(
      targets(
        '国内ではアベクマが2022年1月、カービクティが2022年9月に承認されており、どちらもBCMAを標的とします。',
      ),
    ).toEqual({ TNFRSF17: ['ciltacabtagene-autoleucel', 'idecabtagene-vicleucel'] });
  });

  it('reads "3製品とも標的はCD19です" as the target of the three products named before', () => {
    expect(
      targets([
        { text: '国内ではキムリア、イエスカルタ、ブレヤンジが承認されています。3製品とも標的はCD19です。' },
      ]),
    ).toEqual({ CD19: ['axicabtagene-ciloleucel', 'lisocabtagene-maraleucel', 'tisagenlecleucel'] });
  });

  it('reads "찾아요" (seeks out) as the verb two objects share', () => {
    expect(targets('킴리아·예스카타는 B세포의 CD19를, 카빅티는 골수종 세포의 BCMA를 찾아요.')).toEqual({
      CD19: ['axicabtagene-ciloleucel', 'tisagenlecleucel'],
      TNFRSF17: ['ciltacabtagene-autoleucel'],
    });
  });

  it('reads "мишень препарата — CD19" as the product\'s target', () => {
    expect(targets('Утжефра — отечественный препарат; мишень препарата — CD19.')).toEqual({
      CD19: ['utzhefra'],
    });
  });

  it('reads the target after "правильно —" and not the one it corrects', () => {
    const claims = verified('Для идекабтагена виклейцела (Abecma) указана мишень CD19; правильно — BCMA.');
    expect(accusing(claims)).toEqual([]);
    expect(targets('Для идекабтагена виклейцела (Abecma) указана мишень CD19; правильно — BCMA.')).toEqual({
      TNFRSF17: ['idecabtagene-vicleucel'],
    });
  });
});

describe('dates, denials and history', () => {
  it('pairs two products with two dates in order ("April 1 and June 24, 2022")', () => {
    const claims = verified(
      'In large B-cell lymphoma, Yescarta and Breyanzi were approved for second line on April 1 and June 24, 2022.',
    ).filter((c) => c.kind === 'approval');
    expect(accusing(claims)).toEqual([]);
    expect(claims.map((c) => [c.productId, field(c, 'date')]).sort()).toEqual([
      ['axicabtagene-ciloleucel', '2022-04-01'],
      ['lisocabtagene-maraleucel', '2022-06-24'],
    ]);
  });

  it('reads "сведений о регистрации мы не нашли" as no record of a registration found', () => {
    const claims = verified(
      'Называть препарат «Утжефра» «зарегистрированным», как в аннотации, преждевременно: сведений о регистрации мы не нашли.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(claims.find((c) => c.kind === 'approval' && field(c, 'approved') === false)).toBeDefined();
  });

  it('reads "Первое одобрение FDA касалось …" as the first label, history', () => {
    const claims = verified(
      'Первое одобрение FDA для Abecma касалось пациентов после четырёх и более линий; с апреля 2024 г. в США показание расширено до пациентов после двух и более линий.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('leaves children said to be left out ("子どもは対象外") out of the use\'s patients', () => {
    const claims = verified(
      '米国で2024年11月に承認されたAucatzyl（オベカブタゲン オートルユーセル）は大人の急性リンパ性白血病が対象で、子どもは対象外です。',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it("reads a bracket of place and date after the approval word as that clause's regulator", () => {
    const claims = verified(
      "Oui pour l'Aucatzyl, approuvé par la FDA le 8 novembre 2024 pour les adultes atteints de LAL-B, et pour le satri-cel, premier CAR-T autorisé pour une tumeur solide (Chine, juin 2026).",
    );
    // The decision; the ranking after the comma is a claim of its own.
    const satri = claims.find(
      (c) =>
        c.kind === 'approval' &&
        c.productId === 'satricabtagene-autoleucel' &&
        field(c, 'rank') === undefined,
    );
    expect(satri && [field(satri, 'regulator'), satri.verdict]).toEqual(['NMPA', 'consistent']);
  });

  it('reads an approval that came "through" a designation (지정을 거쳐) as the approval', () => {
    const claims = verified('2025년 8월 13일에는 예스카타주가 신속처리 대상 지정을 거쳐 허가됐다.');
    const approval = claims.find((c) => c.kind === 'approval' && field(c, 'approved') === true);
    expect(approval?.verdict).toBe('consistent');
  });

  it('reads "同年3月に…が続きました" (followed in March of the same year) as an approval', () => {
    const claims = verified(
      '国内では2019年3月にキムリアが承認され、2021年1月にイエスカルタ、同年3月にブレヤンジが続きました。',
    );
    const breyanzi = claims.find((c) => c.kind === 'approval' && c.productId === 'lisocabtagene-maraleucel');
    // The part after "、" is read alone, so the claim carries no date of its own; it is Breyanzi's.
    expect(breyanzi?.verdict).toBe('consistent');
  });
});

describe('figures', () => {
  it('gives a metric joined to the next figure by a dash to that figure ("строгого полного ответа — 78,4 %")', () => {
    const claims = verified(
      'По материалам FDA частота общего ответа на цилтакабтаген в CARTITUDE-1 составила 97,9 %, строгого полного ответа — 78,4 %, а не 100 %.',
    ).filter((c) => c.kind === 'response');
    expect(accusing(claims)).toEqual([]);
    expect(claims.map((c) => [field(c, 'metric'), field(c, 'value')])).toEqual([
      ['ORR', 97.9],
      ['sCR', 78.4],
    ]);
  });
});
