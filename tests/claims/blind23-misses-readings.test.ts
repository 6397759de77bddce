import { describe, expect, it } from 'vitest';
import { row } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import type { Claim } from '../../lib/schema';

// Readings drawn from the misses and wrong verdicts of blind set 23, read after its scorings (the
// set is spent). Each test failed on the engine before its reading.

const approvals = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'approval')
    .map(
      (c) =>
        `${c.productId}:${String(field(c, 'decision') ?? field(c, 'approved'))}:${field(c, 'regulator') ?? '-'}:${String(field(c, 'date') ?? '-')}:${c.verdict}`,
    );

describe('withdrawals and denials as each language words them', () => {
  it('reads "autorisé en 2013 … et retiré en 2015" as an approval and a withdrawal', () => {
    const claims = verified(
      'Deux thérapies ont quitté le marché européen : le Provenge (sipuleucel-T), autorisé en 2013 pour le cancer de la prostate et retiré en 2015.',
    );
    expect(approvals(claims)).toEqual([
      'sipuleucel-t:true:-:2013:consistent',
      'sipuleucel-t:withdrawal:-:2015:consistent',
    ]);
  });

  it('reads "ne fait l\'objet d\'aucune autorisation" as a denial, not as an approval', () => {
    const claims = verified("L'Adstiladrin ne fait l'objet d'aucune autorisation aux États-Unis.");
    expect(approvals(claims)).toEqual(['nadofaragene-firadenovec:false:FDA:-:differs']);
  });

  it('finds the subject after a clause of time: "When we last checked, none of these three …"', () => {
    const claims = verified([
      row(['Tecelra', 'FDA, August 1, 2024'], ['Product', 'Approved']),
      row(['Adstiladrin', 'FDA, December 16, 2022'], ['Product', 'Approved']),
      row(['Satri-cel', 'NMPA, June 22, 2026'], ['Product', 'Approved']),
      { text: 'When we last checked, none of these three had a Health Canada authorization.' },
    ]).filter((c) => c.kind === 'approval' && field(c, 'regulator') === 'HC');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'approved'))}:${c.verdict}`)).toEqual([
      'afamitresgene-autoleucel:false:unverified',
      'nadofaragene-firadenovec:false:unverified',
      'satricabtagene-autoleucel:false:unverified',
    ]);
  });

  it('reads "演者によれば、いずれも国内では未承認" as a denial for each product just named', () => {
    const claims = verified(
      '米国では、Tecelraが2024年8月に滑膜肉腫で、Amtagviが2024年2月に悪性黒色腫で承認されている。演者によれば、いずれも国内では未承認である。',
    ).filter((c) => c.kind === 'approval' && field(c, 'regulator') === 'PMDA');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'approved'))}`)).toEqual([
      'afamitresgene-autoleucel:false',
      'lifileucel:false',
    ]);
  });

  it('reads "could not find a record that … was registered" as no approval, unsettled', () => {
    const claims = verified('本館未能找到資料顯示Carvykti或Abecma已在香港註冊。');
    expect(approvals(claims)).toEqual([
      'ciltacabtagene-autoleucel:false:OTHER:-:unverified',
      'idecabtagene-vicleucel:false:OTHER:-:unverified',
    ]);
  });

  it('reads "審査中" as a review, not an approval', () => {
    const claims = verified(
      '米国ではanitocabtagene autoleucel（アニトセル）が審査中で、審査終了目標日は2026年12月23日とされる。',
    );
    expect(claims.filter((c) => c.kind === 'approval').map((c) => String(field(c, 'decision')))).toEqual([
      'filing',
    ]);
  });
});

describe('uses denied, and whose clause a denial or a place belongs to', () => {
  it('reads "has no indication in the second line" as a denial, never as a match', () => {
    for (const text of [
      'Kymriah has no indication in the second line.',
      'O Kymriah não tem indicação em segunda linha: o ensaio BELINDA não mostrou benefício.',
    ]) {
      const claims = verified(text).filter((c) => c.kind === 'indication');
      expect(claims.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:unverified']);
    }
  });

  it('gives a Korean denial to the product of its own clause', () => {
    const claims = verified(
      '국내 허가도 이에 맞게 예스카타주만 2차 치료에 쓰이고, 킴리아주는 2차 치료에 허가되지 않았습니다.',
    ).filter((c) => c.kind === 'indication');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'approved') ?? true)}`)).toEqual([
      'axicabtagene-ciloleucel:true',
      'tisagenlecleucel:false',
    ]);
  });

  it('lends no regulator of another product\'s clause to one a country owns ("中國的安柯瑞")', () => {
    const claims = verified(
      'Imlygic為溶瘤病毒，2015年10月獲美國FDA核准；中國的安柯瑞（H101）則為腺病毒，2005年核准。',
    );
    expect(approvals(claims).filter((a) => a.startsWith('h101'))).toEqual(['h101:true:-:2005:consistent']);
  });

  it('reads a Japanese "国内承認" column as the PMDA\'s, and its year.month dates', () => {
    const claims = verified([
      row(
        ['アベクマ', 'BCMA', '2022.01', '多発性骨髄腫（前治療3ライン以上）'],
        ['製品名', '標的抗原', '国内承認', '主な効能・効果'],
      ),
    ]);
    expect(approvals(claims)).toEqual(['idecabtagene-vicleucel:true:PMDA:2022-01:consistent']);
    // The uses cell tells the label of January 2022, superseded in Japan since.
    const use = claims.find((c) => c.kind === 'indication');
    expect(`${field(use!, 'regulator')}:${use!.verdict}`).toBe('PMDA:differs');
  });
});

describe('dates in table cells and Portuguese wording', () => {
  const header = ['Produit', 'AMM européenne', 'Indications (UE)'];

  it("reads each dated use of a uses cell as that use's approval", () => {
    const claims = verified([
      row(
        [
          'Breyanzi (lisocabtagène maraleucel)',
          '2022',
          'LDGCB dès la 2e ligne ; lymphome du manteau depuis novembre 2025',
        ],
        header,
      ),
    ]);
    expect(approvals(claims)).toContain('lisocabtagene-maraleucel:true:EMA:2025-11:consistent');
  });

  it('reads "août 2018, puis octobre 2022 en 2e ligne" as two decisions', () => {
    const claims = verified([
      row(
        ['Yescarta (axicabtagène ciloleucel)', 'août 2018, puis octobre 2022 en 2e ligne', 'LDGCB'],
        header,
      ),
    ]);
    expect(approvals(claims)).toEqual([
      'axicabtagene-ciloleucel:true:EMA:2018-08:consistent',
      'axicabtagene-ciloleucel:true:EMA:2022-10:consistent',
    ]);
  });

  it('reads the Spanish and Portuguese names of survival measures', () => {
    const claims = verified([
      row(['Abecma', 'KarMMa-3', 'SLP 13.3 vs. 4.4 meses'], ['Producto', 'Estudio', 'Dato']),
      { text: 'No ensaio ZUMA-7, a mediana da sobrevivência livre de eventos do Yescarta foi de 8,3 meses.' },
    ]).filter((c) => c.kind === 'response');
    expect(
      claims.map((c) => `${c.productId}:${field(c, 'metric')}:${field(c, 'value')}:${c.verdict}`),
    ).toEqual([
      'idecabtagene-vicleucel:median PFS:13.3:consistent',
      'axicabtagene-ciloleucel:median EFS:8.3:consistent',
    ]);
  });

  it('reads "dirigida ao antigénio CD19" and "tem AIM … desde outubro de 2022"', () => {
    const claims = verified(
      'O Yescarta é uma terapêutica com células CAR-T dirigida ao antigénio CD19. O Yescarta tem AIM para a mesma situação desde outubro de 2022.',
    );
    expect(claims.filter((c) => c.kind === 'target').map((c) => field(c, 'targetId'))).toEqual(['CD19']);
    expect(approvals(claims)).toEqual(['axicabtagene-ciloleucel:true:-:2022-10:consistent']);
  });
});

describe('figures in words and the measure each figure names', () => {
  const responses = (text: string, lang?: string): string[] =>
    verified(text)
      .filter((c) => c.kind === 'response')
      .map((c) => `${field(c, 'metric')}:${Math.round(Number(field(c, 'value')))}:${c.verdict}${lang ?? ''}`);

  it('reads "one person in three" and "un patient sur trois a répondu"', () => {
    expect(
      responses(
        'Amtagvi (lifileucel) is a TIL therapy; roughly one person in three responded in its main trial.',
      ),
    ).toEqual(['response:33:consistent']);
    expect(responses("Amtagvi : dans son essai principal, près d'un patient sur trois a répondu.")).toEqual([
      'response:33:consistent',
    ]);
  });

  it('reads tumours shrinking as a response and the cancer gone on the scans as a complete response', () => {
    expect(
      responses(
        '海外の臨床試験では、ブレヤンジを投与された大細胞型B細胞リンパ腫の患者の約7割で腫瘍が縮小し、半数余りでがんが画像上消えた。',
      ),
    ).toEqual(['response:70:consistent', 'CR:50:consistent']);
  });

  it('reads a Korean risk "74% 낮췄다" as a hazard ratio', () => {
    const claims = verified(
      '카빅티주는 CARTITUDE-4 연구에서 질병 진행이나 사망 위험을 74% 낮췄다고 합니다.',
    ).filter((c) => c.kind === 'response');
    expect(claims.map((c) => `${field(c, 'metric')}:${field(c, 'value')}:${c.verdict}`)).toEqual([
      'HR:0.26:consistent',
    ]);
  });
});

describe('targets as Chinese pages word them, and one step per product', () => {
  it('reads "辨識" and a tumour expressing the antigen as the target', () => {
    const targets = (text: string) =>
      verified(text)
        .filter((c) => c.kind === 'target')
        .map((c) => `${field(c, 'targetId')}:${c.verdict}`);
    expect(
      targets('詳解：Tecelra是經基因改造的自體T細胞，需病人具HLA-A*02型別，辨識腫瘤細胞呈現的NY-ESO-1抗原。'),
    ).toEqual(['CTAG1B:differs']);
    expect(targets('Tecelra：2024年8月获FDA加速批准，用于肿瘤表达MAGE-A4的滑膜肉瘤成人患者。')).toEqual([
      'MAGEA4:consistent',
    ]);
  });

  it("reads each product's own approval and withdrawal in one sentence", () => {
    const claims = verified(
      'La Unión ya ha retirado dos terapias celulares: Provenge (sipuleucel-T), autorizado en 2013 y retirado en 2015, y Zalmoxis, con autorización condicional desde agosto de 2016 hasta su retirada en octubre de 2019.',
    );
    expect(approvals(claims)).toEqual([
      'sipuleucel-t:true:-:2013:consistent',
      'sipuleucel-t:withdrawal:-:2015:consistent',
      'nalotimagene-carmaleucel:true:-:2016-08:consistent',
      'nalotimagene-carmaleucel:withdrawal:-:2019-10:consistent',
    ]);
  });
});

describe('Portuguese months, decisions in brackets and records not found', () => {
  it('reads "novembro" and the bracketed decision of an approvals cell, with its own use', () => {
    const claims = verified([
      row(
        [
          'Breyanzi (lisocabtagene maraleucel)',
          '2022 (LCM: novembro de 2025)',
          'LDGCB; linfoma de células do manto',
        ],
        ['Medicamento', 'AIM na UE', 'Indicações'],
      ),
    ]).filter((c) => c.kind === 'approval');
    expect(
      claims.map((c) => `${String(field(c, 'date'))}:${String(field(c, 'conditionId') ?? '-')}:${c.verdict}`),
    ).toEqual(['2022:-:consistent', '2025-11:mcl:consistent']);
  });

  it('reads "26 ou mais anos" as the lower age limit', () => {
    const claims = verified(
      'Julho de 2025: autorização europeia do Aucatzyl para adultos com 26 ou mais anos com LLA de células B em recaída ou refratária.',
    ).filter((c) => c.kind === 'indication');
    expect(claims.map((c) => `${String(field(c, 'minAge'))}:${c.verdict}`)).toEqual(['26:consistent']);
  });

  it('reads "não localizamos registro" and "no encontramos registro" as no record found', () => {
    expect(approvals(verified('Abecma: não localizamos registro na Anvisa.'))).toEqual([
      'idecabtagene-vicleucel:false:ANVISA:-:unverified',
    ]);
    expect(approvals(verified('Abecma: no encontramos registro en Cofepris.'))).toEqual([
      'idecabtagene-vicleucel:false:OTHER:-:unverified',
    ]);
  });
});

describe('timelines and uses not yet possible at home', () => {
  it('pairs each step of an arrow timeline with its own date', () => {
    const claims = verified(
      '국내 허가 순서는 2021년 3월 킴리아 → 2023년 3월 카빅티 → 2025년 8월 예스카타 → 2026년 4월 림카토입니다.',
    );
    expect(approvals(claims)).toEqual([
      'tisagenlecleucel:true:MFDS:2021-03:consistent',
      'ciltacabtagene-autoleucel:true:MFDS:2023-03:consistent',
      'axicabtagene-ciloleucel:true:MFDS:2025-08:consistent',
      'anbalcabtagene-autoleucel:true:MFDS:2026-04:consistent',
    ]);
  });

  it('reads "국내에서는 아직 쓸 수 없어요" and "国内ではまだ使えません" as not approved at home', () => {
    expect(approvals(verified('satri-cel은 국내에서는 아직 쓸 수 없어요.'))).toEqual([
      'satricabtagene-autoleucel:false:MFDS:-:unverified',
    ]);
    expect(approvals(verified('satri-celは国内ではまだ使えません。'))).toEqual([
      'satricabtagene-autoleucel:false:PMDA:-:unverified',
    ]);
  });
});

describe('authorities the dataset does not track, named by their place in Chinese', () => {
  it('matches a Hong Kong or Macao approval with the record that names the place', () => {
    const claims = verified(
      '2025年11月，內地研發、以BCMA為標靶的伊基奧侖賽經「1+」機制獲批在港註冊。伊基奥仑赛2025年3月在澳门获批。',
    );
    expect(approvals(claims)).toEqual([
      'equecabtagene-autoleucel:true:OTHER:2025-11:consistent',
      'equecabtagene-autoleucel:true:OTHER:2025-03:consistent',
    ]);
  });

  it('keeps a named tracked place for the approvals, and Hong Kong for the denial past the contrast', () => {
    const claims = verified(
      '若病人已成年，美國另有Tecartus（2021年10月）及Aucatzyl（2024年11月）獲批用於成人B細胞急性淋巴細胞白血病，但兩者都未見在香港註冊。',
    );
    expect(approvals(claims).filter((a) => a.includes(':true:'))).toEqual([
      'brexucabtagene-autoleucel:true:FDA:2021-10:consistent',
      'obecabtagene-autoleucel:true:FDA:2024-11:consistent',
    ]);
  });
});
