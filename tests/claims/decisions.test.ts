import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const kinds = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval' || c.kind === 'indication')
    .map((c) => `${c.kind}:${String(field(c, 'decision') ?? field(c, 'approved') ?? '')}`);

describe('regulatory steps and the approval they lead to', () => {
  it('reads an approval whose circumstance is a designation or review as an approval too', () => {
    expect(
      kinds(
        'Following a Priority Review, Health Canada has approved Kymriah for patients up to 25 years of age with B-cell acute lymphoblastic leukemia.',
      ),
    ).toEqual(['approval:designation', 'approval:true', 'indication:']);
    expect(
      kinds(
        'After receiving Breakthrough Therapy designation, Carvykti was approved by the FDA in February 2022.',
      ),
    ).toEqual(['approval:designation', 'approval:true']);
  });

  it('keeps a designation or IND that is what was granted a step, never an approval', () => {
    expect(
      kinds('The FDA granted Breakthrough Therapy designation to anito-cel for multiple myeloma.'),
    ).toEqual(['approval:designation']);
    expect(kinds('Anito-cel received IND approval from the FDA.')).toEqual(['approval:ind-clearance']);
  });

  it('dates a step in its own clause to the step, and the approval in the next clause to the approval', () => {
    expect(
      kinds(
        'Kite received IND clearance for Yescarta in 2014, and the FDA approved Yescarta in October 2017.',
      ),
    ).toEqual(['approval:ind-clearance', 'approval:true']);
    // Chinese clauses joined by a full-width comma; a trial permission worded as an approval.
    expect(
      kinds('2018年8月获得国家药监局临床试验批准，阿基仑赛注射液于2021年6月获国家药监局批准上市。'),
    ).toEqual(['approval:ind-clearance', 'approval:true']);
    expect(kinds('2018年3月，阿基仑赛注射液获得批准开展临床试验。')).toEqual(['approval:ind-clearance']);
    expect(kinds('阿基仑赛注射液获批临床。')).toEqual(['approval:ind-clearance']);
  });

  it('reads a complete response letter as a step of its own, in each language, never as "not approved"', () => {
    // Two dates of the step are two letters, one claim each.
    expect(
      kinds('Replimune received complete response letters from the FDA for RP1 in July 2025 and April 2026.'),
    ).toEqual(['approval:crl', 'approval:crl']);
    for (const text of [
      'La FDA a adressé à Atara une première lettre de réponse complète pour Ebvallo en janvier 2025.',
      'В июле 2025 года FDA направило компании Replimune письмо с отказом (complete response letter) по RP1.',
    ])
      expect(kinds(text), text).toEqual(['approval:crl']);
    // The approval that followed, in the same sentence, is a decision of its own, with its own date.
    const both = claimsOf([
      { text: 'Adstiladrin received a complete response letter in 2020 and was approved in December 2022.' },
    ]);
    expect(both.map((c) => [field(c, 'decision') ?? field(c, 'approved'), field(c, 'date')])).toEqual([
      ['crl', '2020'],
      [true, '2022-12'],
    ]);
  });

  it('reads "不是批准上市" (is not a market approval) as no approval', () => {
    expect(
      kinds('美国FDA在2020年9月给过舒瑞基奥仑赛孤儿药资格，2022年1月又给了RMAT认定，但这些都不是批准上市。'),
    ).toEqual(['approval:designation']);
  });
});

describe('a decision still to come', () => {
  it.each([
    'Anito-cel soll noch 2026 von der FDA entschieden werden.',
    'Über Anito-cel will die FDA bis Ende Dezember 2026 entscheiden.',
    'Für Anito-cel hat die FDA den 23. Dezember 2026 als Entscheidungsdatum festgelegt.',
    'Para o anito-cel, a decisão da FDA está prevista para 23 de dezembro de 2026.',
    'La FDA tiene previsto decidir sobre la solicitud de anito-cel antes del 23 de diciembre de 2026.',
    'The FDA is due to decide by December 23, 2026 on anitocabtagene autoleucel (anito-cel).',
    'La FDA doit rendre sa décision sur l’anito-cel le 23 décembre 2026.',
    '아니토셀(anito-cel)의 FDA 심사 결과가 2026년 12월 23일로 예정돼 있다.',
  ])('is a filing, never an approval: %s', (text) => {
    expect(kinds(text)).toEqual(['approval:filing']);
  });
});

describe('steps that are not approvals, in each language', () => {
  it.each([
    ['デリタクトは2017年に希少疾病用再生医療等製品に指定された。', 'designation'],
    ['デリタクトは2015年に厚生労働省の先駆け審査指定制度の対象に指定されました。', 'designation'],
    ['림카토주는 2024년 8월 식약처의 첨단바이오의약품 신속처리 대상으로 지정됐다.', 'designation'],
    ['Cretostimogene已獲FDA授予突破性療法及快速通道認定。', 'designation'],
    ['FDA присвоило препарату Карвикти статус прорывной терапии в 2019 г.', 'designation'],
    ['La FDA otorgó a Carvykti la designación de terapia innovadora en 2019.', 'designation'],
    ['La EMA a accordé à Carvykti le statut de médicament orphelin en 2020.', 'designation'],
    [
      'ブリストル・マイヤーズ スクイブは2024年3月にブレヤンジの濾胞性リンパ腫に対する承認申請を行った。',
      'filing',
    ],
    ['Curocell은 2024년 12월 림카토주의 품목허가를 신청했다.', 'filing'],
    ['Компания подала заявку на регистрацию Карвикти в Минздрав в 2024 г.', 'filing'],
    ['Kite hat 2024 bei der EMA einen Zulassungsantrag für Yescarta gestellt.', 'filing'],
    ['Kite presentó la solicitud de autorización de Yescarta ante la EMA en 2017.', 'filing'],
    ['큐로셀은 안발셀의 임상 2상 승인을 받았다.', 'ind-clearance'],
  ])('%s is a %s, never an approval', (text, step) => {
    expect(kinds(text)).toEqual([`approval:${step}`]);
  });

  it('reads an approval of the application as the approval', () => {
    expect(kinds('2025年11月27日，香港特别行政区批准福可苏的上市申请。')).toEqual(['approval:true']);
  });

  it('leaves a payer’s favourable opinion to the use it names', () => {
    expect(
      kinds(
        'Avis favorable au remboursement de Yescarta dans le traitement des patients adultes atteints de lymphome diffus à grandes cellules B après au moins deux lignes de traitement systémique.',
      ),
    ).toContain('indication:');
  });
});

describe('denials written without the fixed phrases', () => {
  const approvals = (...texts: string[]) =>
    claimsOf(texts.map((text) => ({ text })))
      .filter((c) => c.kind === 'approval' || c.kind === 'indication')
      .map((c) => `${c.kind}:${c.productId}:${String(field(c, 'approved'))}:${field(c, 'regulator') ?? '-'}`);

  it('reads "weder … noch … zugelassen" and a clause-final "nicht" as denials', () => {
    // Both places are denied, each its own claim.
    expect(approvals('Anito-cel ist weder in der EU noch in den USA zugelassen.')).toEqual([
      'approval:anitocabtagene-autoleucel:false:EMA',
      'approval:anitocabtagene-autoleucel:false:FDA',
    ]);
    expect(
      approvals('Lete-cel hat den Status „Breakthrough Therapy“ erhalten.', 'Eine Zulassung ist das nicht.'),
    ).toContain('approval:letetresgene-autoleucel:false:-');
  });

  it('reads a refusal of the approval as a denial by that regulator, in each language', () => {
    // A refusal by complete response letter is that step, dated and checked against the letters on record.
    expect(
      kinds('Die FDA lehnte die Zulassung von Ebvallo 2026 mit einem Complete Response Letter ab.'),
    ).toEqual(['approval:crl']);
    expect(
      approvals('RP1: verweigerte die FDA im Juli 2025 und erneut im April 2026 die Zulassung.'),
    ).toEqual(['approval:vusolimogene-oderparepvec:false:FDA']);
    expect(approvals('La FDA rechazó la autorización de Ebvallo en 2025.')).toEqual([
      'approval:tabelecleucel:false:FDA',
    ]);
    // A refusal and a later approval, set apart by a contrast, are two decisions.
    expect(approvals('The EMA refused it at first, but Kymriah was approved by the EMA in 2018.')).toEqual([
      'approval:tisagenlecleucel:true:EMA',
    ]);
  });

  it('reads a use denied in French, Japanese and Russian, with the place the sentence names', () => {
    expect(approvals('Kymriah n’a pas d’indication dans le lymphome à cellules du manteau.')).toEqual([
      'indication:tisagenlecleucel:false:-',
    ]);
    expect(approvals('イエスカルタは日本では濾胞性リンパ腫の適応がありません。')).toEqual([
      'indication:axicabtagene-ciloleucel:false:PMDA',
    ]);
  });

  it('a subject limited to a target stands only for the products aimed at it', () => {
    const claims = claimsOf([
      { text: 'Кимрая (тисагенлеклейцел) зарегистрирована в России.' },
      { text: 'Все препараты против BCMA в России не зарегистрированы.' },
    ]);
    expect(claims.map((c) => `${c.kind}:${c.productId}`)).toEqual(['approval:tisagenlecleucel']);
  });
});

describe('a refusal that is not a regulator’s', () => {
  it('keeps an approval when an insurer denied coverage', () => {
    const found = claimsOf([
      { text: 'The insurer denied coverage of Kymriah although it is FDA-approved for ALL.' },
    ])
      .filter((c) => c.kind === 'approval')
      .map((c) => String(field(c, 'approved')));
    expect(found).toEqual(['true']);
  });
});

describe('a step the product must still take', () => {
  it('is no claim that the step was taken', () => {
    const steps = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.ruleId === 'designation')
        .map((c) => String(field(c, 'decision')));
    // Delytact's conditional approval obliges a new application within seven years: not a filing made.
    expect(steps('デリタクトは市販後7年以内に改めて承認申請を行う必要があります。')).toEqual([]);
    expect(steps('Delytact must file a new application within seven years.')).toEqual([]);
    // A filing made is one.
    expect(steps('Daiichi Sankyo filed for approval of Delytact in December 2020.')).toEqual(['filing']);
  });
});

describe('complete response letters as pages write them', () => {
  it.each([
    // Traditional Chinese "回覆", and the Japanese notice that defers approval.
    ['2026年1月，tab-cel第二次收到美國FDA的完整回覆函。', 'approval:crl'],
    ['RP1は2025年7月、米国食品医薬品局から承認を見送る通知を受けました。', 'approval:crl'],
  ])('%j is a letter, not a denial', (text, want) => {
    expect(kinds(text)).toEqual([want]);
  });
});
