import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses, false alarms and false reassurance of blind set 39 after its
// scorings (the set is spent), each a reading of a kind of sentence rather than of one: a product
// the sentence sets apart ("except", "salvo", "除…外"), a Korean or Japanese ranking that describes
// the name after it, a dated decision the use beside it is told as of, an age group another
// regulator approved, a comparison arm in brackets, a country that qualifies products rather than
// approving them, "this indication" denied, a metric after "and" that opens the next pair, the share
// without the outcome, a first of its kind in a country, a date in the approval word's own clause, an
// approval word describing the label, a ranking limited by a "de" phrase, a figure whose measure the
// clause before gave, and names listed with a dated one before their verb. The sentences are this
// repository's own.

const of = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  claims.filter((c) => c.kind === kind && (productId === undefined || c.productId === productId));

describe('a product the sentence sets apart', () => {
  it('gives "approved by the European Commission except X" no claim about X', () => {
    const claims = verified('All products listed are approved by the European Commission except NexCAR19.');
    expect(of(claims, 'approval', 'actalycabtagene-autoleucel')).toEqual([]);
  });

  it('keeps what the words after the excepted name say of it ("salvo X, autorizado por la AEMPS")', () => {
    const claims = verified(
      'Todos están autorizados por la Comisión Europea salvo ARI-0001, autorizado por la AEMPS.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval', 'varnimcabtagene-autoleucel').map((c) => field(c, 'regulator'))).toEqual([
      'OTHER',
    ]);
  });

  it('reads a sentence that opens on the exception ("Except for X, …", "除X外，…")', () => {
    expect(
      of(verified('Except for Kymriah, all of these products are approved for adults only.'), 'approval'),
    ).toEqual([]);
    expect(of(verified('除奕凯达外，其余产品均未在中国获批。'), 'approval')).toEqual([]);
  });

  it('still reads a product named before "except" ("Kymriah is approved everywhere except in Russia")', () => {
    const claims = verified('Kymriah is approved by the FDA, except for adults over 25 with ALL.');
    expect(of(claims, 'approval', 'tisagenlecleucel').map((c) => field(c, 'regulator'))).toEqual(['FDA']);
  });
});

describe('a ranking that describes the name after it', () => {
  it('gives "…, 국내 기업이 개발한 첫 CAR-T인 X가" to X, not to the product listed before it', () => {
    const claims = verified(
      '이후 다발골수종 치료제 카빅티주, 림프종 치료제 예스카타주, 국내 기업이 개발한 첫 CAR-T인 림카토주가 차례로 허가되었음.',
    );
    const ranked = of(claims, 'approval').filter((c) => field(c, 'rank') === 'first');
    expect(ranked.map((c) => c.productId)).toEqual(['anbalcabtagene-autoleucel']);
  });
});

describe('a dated decision the use beside it is told as of', () => {
  it('checks "approved by the European Commission in July 2025 for adults from 18" against that decision', () => {
    const claims = verified(
      'Aucatzyl (obecabtagene autoleucel) foi aprovado pela Comissão Europeia em julho de 2025 para adultos a partir dos 18 anos com LLA-B recidivante ou refratária.',
    );
    const use = of(claims, 'indication', 'obecabtagene-autoleucel');
    // The EU's decision is from 26; the FDA's from 18: a wrong detail of a real approval.
    expect(use.map((c) => c.verdict)).toEqual(['differs']);
  });

  it('keeps a use nobody approved for that age group not-approved', () => {
    const claims = verified(
      'Tecartus se autorizó en 2021 en Estados Unidos para niños con leucemia linfoblástica.',
    );
    expect(of(claims, 'indication', 'brexucabtagene-autoleucel').map((c) => c.verdict)).toEqual([
      'not-approved',
    ]);
  });

  it('still calls a row’s first label beside today’s use outdated', () => {
    const claims = verified([
      row(
        [
          'Abecma (idecabtagene vicleucel)',
          'BCMA',
          '08/2021, bedingt',
          'Multiples Myelom nach ≥ 3 Vortherapien',
        ],
        ['Produkt', 'Ziel', 'EU-Zulassung', 'Indikation'],
      ),
    ]);
    expect(of(claims, 'indication', 'idecabtagene-vicleucel').map((c) => c.verdict)).toEqual(['differs']);
  });

  it('points to no decision where the statement dates several ("US Nov 2024, UK Apr 2025, EU Jul 2025")', () => {
    const claims = verified([
      row(
        [
          'Aucatzyl',
          'CD19',
          '米国 2024年11月、英国 2025年4月、EU 2025年7月',
          '成人の再発・難治性B細胞性急性リンパ芽球性白血病',
        ],
        ['製品', '標的', '承認', '適応'],
      ),
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a comparison arm in brackets', () => {
  it('reads "13.3개월로 표준요법(4.4개월)보다" as one figure with its comparison arm', () => {
    const claims = verified(
      '아베크마는 3상 KarMMa-3에서 무진행 생존기간 중앙값 13.3개월로 표준요법(4.4개월)보다 길었습니다.',
    );
    const figures = of(claims, 'response');
    expect(figures.map((c) => [field(c, 'value'), field(c, 'comparatorValue'), c.verdict])).toEqual([
      [13.3, 4.4, 'consistent'],
    ]);
  });
});

describe('a country that qualifies products', () => {
  it('does not take "美國產品" for the FDA', () => {
    const claims = verified(
      '印度的NexCAR19在2023年10月獲CDSCO核准，第二個本土產品Qartemi也在2025年初獲准，價格只有美國產品的幾分之一。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      of(claims, 'approval', 'varnimcabtagene-autoleucel').map((c) => field(c, 'regulator')),
    ).not.toContain('FDA');
  });
});

describe('"this indication" denied', () => {
  it('reads "в России это показание не зарегистрировано" as a denial of the use named before', () => {
    const claims = verified(
      'За рубежом Кимрая зарегистрирована также при фолликулярной лимфоме (FDA, май 2022 года); в России это показание не зарегистрировано.',
    );
    expect(accusing(claims)).toEqual([]);
    const denied = of(claims, 'approval').filter((c) => field(c, 'approved') === false);
    expect(denied.map((c) => [field(c, 'regulator'), field(c, 'conditionId')])).toEqual([['RU_MOH', 'fl']]);
  });
});

describe('a metric after "and" that opens the next pair', () => {
  it('reads "the overall response rate was 91% and the complete remission rate 65%" as ORR 91 and CR 65', () => {
    const claims = verified(
      'In ZUMA-2, the overall response rate for Tecartus was 91% and the complete remission rate 65%.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => [field(c, 'metric'), field(c, 'value')])).toEqual([
      ['ORR', 91],
      ['complete remission', 65],
    ]);
  });

  it('reads the French "…était de 91 % et la rémission complète de 65 %" the same way', () => {
    const claims = verified(
      "Dans l'étude ZUMA-2, le taux de réponse global de Tecartus était de 91 % et la rémission complète de 65 %.",
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => field(c, 'value'))).toEqual([91, 65]);
  });
});

describe('the share without the outcome', () => {
  it('leaves "…, ein Drittel nicht" unread', () => {
    const claims = verified(
      'In ZUMA-7 hatten etwa zwei Drittel der Behandelten mit Yescarta eine komplette Remission, ein Drittel nicht.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => field(c, 'value'))).toEqual([66.7]);
  });
});

describe('a first of its kind in a country', () => {
  it('dates the product’s entry there ("2019, premier CAR-T autorisé au Canada")', () => {
    const claims = verified([
      row(
        [
          'Kymriah (tisagenlecleucel)',
          'CD19',
          '2019, premier CAR-T autorisé au Canada',
          'LAL-B de 3 à 25 ans',
        ],
        ['Produit', 'Cible', 'Autorisation', 'Indications'],
      ),
    ]);
    const dated = of(claims, 'approval').filter((c) => field(c, 'date') === '2019');
    // Health Canada authorised it on 6 Sep 2018.
    expect(dated.map((c) => [field(c, 'first'), c.verdict])).toEqual([[true, 'differs']]);
  });
});

describe('a date in the approval word’s own clause', () => {
  it('settles "Kymriah於2020年獲食藥處核准，2022年4月起納入健保" against the MFDS record', () => {
    const claims = verified('韓國：Kymriah於2020年獲食藥處核准，2022年4月起納入健保。');
    const approval = of(claims, 'approval', 'tisagenlecleucel').filter((c) => field(c, 'approved') === true);
    expect(approval.map((c) => [field(c, 'regulator'), field(c, 'date'), c.verdict])).toEqual([
      ['MFDS', '2020', 'differs'],
    ]);
    // The coverage is a payer's decision of its own, which no record holds.
    const paid = of(claims, 'approval').filter((c) => field(c, 'decision') === 'reimbursement');
    expect(paid.map((c) => [field(c, 'date'), c.verdict])).toEqual([['2022-04', 'unverified']]);
  });
});

describe('an approval word describing the label', () => {
  it('reads no approval in "…, con restricción a la indicación autorizada" nor in "reimbursed since"', () => {
    const funded = verified(
      'Carvykti está incluido en la financiación del Sistema Nacional de Salud desde el 1 de abril de 2025, con restricción a la indicación autorizada.',
    );
    expect(of(funded, 'approval').filter((c) => field(c, 'approved') !== undefined)).toEqual([]);
    const reimbursed = verified(
      'Kymriah is reimbursed since 1 April 2025, restricted to the approved indication.',
    );
    expect(of(reimbursed, 'approval').filter((c) => field(c, 'approved') !== undefined)).toEqual([]);
    // What it does tell, a payer's decision, no record holds.
    expect(of(reimbursed, 'approval').map((c) => [field(c, 'decision'), c.verdict])).toEqual([
      ['reimbursement', 'unverified'],
    ]);
  });

  it('still reads approved uses that follow ("its approved indications are B-ALL and DLBCL")', () => {
    const claims = verified(
      'Kymriah is approved in the EU; its approved indications include B-ALL and DLBCL.',
    );
    expect(of(claims, 'approval', 'tisagenlecleucel').length).toBeGreaterThan(0);
  });
});

describe('a ranking limited by a "de" phrase', () => {
  it('leaves "el primer CAR-T de fabricación académica" unread', () => {
    const claims = verified('ARI-0001 fue el primer CAR-T de fabricación académica autorizado en España.');
    const ranked = of(claims, 'approval').filter((c) => field(c, 'rank') === 'first');
    expect(ranked.map((c) => [field(c, 'rankScopeRead'), c.verdict])).toEqual([[false, 'unverified']]);
  });

  it('still reads "o primeiro produto CAR-T do país"', () => {
    const claims = verified(
      'Em fevereiro de 2022 a Anvisa registrou o Kymriah, o primeiro produto CAR-T do país.',
    );
    const ranked = of(claims, 'approval').filter((c) => field(c, 'rank') === 'first');
    expect(ranked.map((c) => field(c, 'rankScopeRead'))).toEqual([true]);
  });
});

describe('a figure whose measure the clause before gave', () => {
  it('reads "…の全奏効率は97.9%、アベクマのKarMMa試験は72%です" as two response rates', () => {
    const claims = verified(
      'カービクティのCARTITUDE-1試験の全奏効率は97.9%、アベクマのKarMMa試験は72%です。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => [c.productId, field(c, 'metric'), field(c, 'value')])).toEqual([
      ['ciltacabtagene-autoleucel', 'ORR', 97.9],
      ['idecabtagene-vicleucel', 'ORR', 72],
    ]);
  });

  it('does not lend it to a count in the next clause', () => {
    const claims = verified(
      'Kymriah had a CR rate of 40% in JULIET, and Yescarta was given to 101 patients.',
    );
    expect(of(claims, 'response').map((c) => field(c, 'value'))).toEqual([40]);
  });
});

describe('names listed with a dated one before their verb', () => {
  it('reads each of "예스카타(2021년 1월), 브레얀지, 아베크마, 카빅티가 차례로 승인" as approved there', () => {
    const claims = verified(
      '일본에서는 2019년 킴리아 승인 이후 예스카타(2021년 1월), 브레얀지, 아베크마, 카빅티가 차례로 승인되었습니다.',
    );
    expect(accusing(claims)).toEqual([]);
    const approved = of(claims, 'approval').filter((c) => field(c, 'regulator') === 'PMDA');
    expect(new Set(approved.map((c) => c.productId))).toEqual(
      new Set([
        'tisagenlecleucel',
        'axicabtagene-ciloleucel',
        'lisocabtagene-maraleucel',
        'idecabtagene-vicleucel',
        'ciltacabtagene-autoleucel',
      ]),
    );
  });
});

describe('a target named back by a pronoun', () => {
  it('reads "BCMA …; beide Produkte, Ide-cel (Abecma) und Cilta-cel (Carvykti), richten sich dagegen"', () => {
    const claims = verified(
      'Das Antigen BCMA sitzt auf Myelomzellen; beide Produkte, Ide-cel (Abecma) und Cilta-cel (Carvykti), richten sich dagegen.',
    );
    expect(of(claims, 'target').map((c) => [c.productId, field(c, 'targetId'), c.verdict])).toEqual([
      ['idecabtagene-vicleucel', 'TNFRSF17', 'consistent'],
      ['ciltacabtagene-autoleucel', 'TNFRSF17', 'consistent'],
    ]);
  });

  it('reads a target-binding adjective ("BCMA-bindende", "CD19-binding")', () => {
    const claims = verified('Cilta-cel trägt zwei BCMA-bindende Einzeldomänen-Antikörper.');
    expect(of(claims, 'target').map((c) => field(c, 'targetId'))).toEqual(['TNFRSF17']);
  });
});

describe('a product’s own use widened', () => {
  it('reads "X a été étendu au lymphome …", "fue ampliado al …" and "was extended to …" as that use’s approval', () => {
    for (const text of [
      'Le lisocabtagène maraleucel (Breyanzi) a été étendu au lymphome à cellules du manteau en mai 2024.',
      'Breyanzi fue ampliado al linfoma de células del manto en mayo de 2024.',
      'Breyanzi was extended to mantle cell lymphoma in May 2024.',
    ]) {
      const claims = verified(text);
      expect(
        of(claims, 'approval', 'lisocabtagene-maraleucel').map((c) => [field(c, 'conditionId'), c.verdict]),
      ).toEqual([['mcl', 'consistent']]);
    }
  });

  it('reads no approval in a follow-up or access extended', () => {
    expect(of(verified('The follow-up of Breyanzi patients was extended to 24 months.'), 'approval')).toEqual(
      [],
    );
    expect(of(verified('Access to Kymriah was expanded to more hospitals in 2023.'), 'approval')).toEqual([]);
  });
});

describe('a line of therapy after which a use applies', () => {
  it('does not read "2차 치료 이후" as second-line use', () => {
    const claims = verified([
      row(
        ['림카토주', 'CD19', '2026년 4월 29일', '림프종(2차 치료 이후 DLBCL·PMBCL)'],
        ['제품', '표적', '허가일', '적응증'],
      ),
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('plain "adults" beside a dated decision with a higher age limit', () => {
  it('leaves "LAL-B de l’adulte | juillet 2025" under an EU header unsettled, not a wrong detail', () => {
    const claims = verified([
      row(
        ['Aucatzyl', 'antigène CD19', "leucémie aiguë lymphoblastique B de l'adulte", 'juillet 2025'],
        ['Produit', 'Cible', 'Indication', 'Autorisation UE'],
      ),
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a place before a quantified subject', () => {
  it('reads "В России ни один из них не зарегистрирован" as a denial for each product named before', () => {
    const claims = verified(
      'Гендицин и Онкорин (H101) применяются в Китае. В России ни один из них не зарегистрирован.',
    );
    const denied = of(claims, 'approval').filter((c) => field(c, 'approved') === false);
    expect(denied.map((c) => [c.productId, field(c, 'regulator'), c.verdict])).toEqual([
      ['recombinant-human-p53-adenovirus', 'RU_MOH', 'unverified'],
      ['h101', 'RU_MOH', 'unverified'],
    ]);
  });

  it('reads "In Mexico, none of them is approved by COFEPRIS" as a denial, not an approval', () => {
    const claims = verified(
      'Kymriah and Yescarta are approved in the US. In Mexico, none of them is approved by COFEPRIS.',
    );
    const cofepris = of(claims, 'approval').filter((c) => field(c, 'regulator') === 'OTHER');
    expect(cofepris.map((c) => field(c, 'approved'))).toEqual([false, false]);
  });
});

describe('a name only after a semicolon', () => {
  it('gives "ни один анти-BCMA CAR-T не зарегистрирован; … остаётся Кимрая" no BCMA target for Kymriah', () => {
    const claims = verified(
      'В России ни один анти-BCMA CAR-T-препарат не зарегистрирован; единственным зарегистрированным CAR-T остаётся тисагенлеклейцел (Кимрая), одобренный Минздравом в 2023 г.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'target')).toEqual([]);
    expect(of(claims, 'approval', 'tisagenlecleucel').some((c) => field(c, 'regulator') === 'RU_MOH')).toBe(
      true,
    );
  });
});

// Guards from the code review of this round's readings (each an overreach it found, narrowed).
describe('review guards', () => {
  it('lends no measure to a clause that names no trial of its own or goes on after the figure', () => {
    for (const text of [
      "Kymriah's CR rate was 40% in JULIET, Yescarta's 58%.",
      'Kymriah had a remission rate of 81% in ELIANA, Yescarta 20% grade 3 neurotoxicity.',
      'Kymriah had an ORR of 52%, Yescarta a 13% rate of severe cytokine release syndrome.',
    ])
      expect(accusing(verified(text))).toEqual([]);
  });

  it('reads no target from a denied or possible pronoun object', () => {
    expect(accusing(verified('Kymriah targets CD19, but Carvykti and Abecma do not target it.'))).toEqual([]);
    expect(accusing(verified('El CD19 no es diana de Carvykti ni de Abecma, que no lo reconocen.'))).toEqual(
      [],
    );
  });

  it('reads no approval where a study or access was widened', () => {
    for (const text of [
      'El estudio de Breyanzi fue ampliado a pacientes con linfoma folicular en 2020.',
      'Die Studie mit Breyanzi wurde 2020 auf Patienten mit Mantelzell-Lymphom ausgeweitet.',
      'The Yescarta trial was extended to patients with lymphoma in 2019.',
      "L'accès à Kymriah a été étendu aux patients atteints de lymphome folliculaire en 2023.",
    ])
      expect(of(verified(text), 'approval')).toEqual([]);
  });

  it('keeps the sentence’s own dated decision after "2017년 킴리아 승인 이후"', () => {
    const claims = verified('2017년 킴리아 승인 이후 2021년 3월 국내에서도 킴리아가 허가되었다.');
    expect(of(claims, 'approval', 'tisagenlecleucel').map((c) => [field(c, 'date'), c.verdict])).toEqual([
      ['2021-03', 'consistent'],
    ]);
  });

  it('sets X apart from a class subject ("All products except X target BCMA") but keeps X’s own aside', () => {
    expect(accusing(verified('All products except Kymriah target BCMA.'))).toEqual([]);
    const aside = verified(
      'Except for Kymriah, which the FDA approved in August 2017, all other CAR-T therapies were approved after 2020.',
    );
    expect(of(aside, 'approval', 'tisagenlecleucel').map((c) => [field(c, 'regulator'), c.verdict])).toEqual([
      ['FDA', 'consistent'],
    ]);
  });

  it('leaves "this indication" unread when two uses were named before it', () => {
    const claims = verified(
      'Kymriah is approved by the FDA for B-ALL and follicular lymphoma; this indication is not yet approved in Russia.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('still reads "el primer CAR-T de la historia" and limits "…de doble dominio autorizado en España"', () => {
    const ranks = (text: string) =>
      of(verified(text), 'approval')
        .filter((c) => field(c, 'rank') === 'first')
        .map((c) => field(c, 'rankScopeRead'));
    expect(ranks('Kymriah fue el primer CAR-T de la historia.')).toEqual([true]);
    expect(ranks('Carvykti fue el primer CAR-T anti-BCMA de doble dominio autorizado en España.')).toEqual([
      false,
    ]);
  });
});
