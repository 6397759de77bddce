import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses and false alarms of blind set 35 after its two scorings (the set is
// spent): every tracked regulator's place in every script, ordinals that pair lists as "respectively"
// does, denials by "without" and by a bare negated participle, one use per product clause, and targets shared through a plural subject or a "like" aside.

const approvals = (claims: ReturnType<typeof verified>) => claims.filter((c) => c.kind === 'approval');

describe('places of every tracked regulator', () => {
  it('reads Canada in Chinese and Korean, not the regulator of the clause before', () => {
    for (const text of [
      '實體腫瘤方面，Iovance的Amtagvi（lifileucel）於2024年2月獲FDA加速核准，用於曾接受PD-1抗體治療的晚期黑色素瘤；2025年8月再取得加拿大附條件核准（NOC/c）。',
      '고형암에서는 중국 커지약업(CARsgen)의 사트리캅타젠 오토류셀이 올해 6월 중국에서 위암 치료제로 허가되었고, 이오반스의 암타그비(TIL 치료제)는 2025년 8월 캐나다에서 조건부 허가를 받았습니다.',
    ]) {
      const claims = approvals(verified(text)).filter((c) => c.productId === 'lifileucel');
      expect(accusing(claims)).toEqual([]);
      expect(claims.map((c) => field(c, 'regulator'))).toContain('HC');
    }
  });
});

describe('ordinals that pair two lists', () => {
  it('gives "le premier … le second" and "the former … the latter" each product its own date', () => {
    for (const text of [
      'Dans le myélome, Abecma et Carvykti, dirigés contre BCMA, ont obtenu une autorisation conditionnelle européenne, le premier en 2021, le second en 2022.',
      'Abecma and Carvykti received conditional EU approval, the former in 2021 and the latter in 2022.',
    ]) {
      const claims = approvals(verified(text));
      expect(accusing(claims)).toEqual([]);
      expect(claims.map((c) => [c.productId, field(c, 'date')])).toEqual([
        ['idecabtagene-vicleucel', '2021'],
        ['ciltacabtagene-autoleucel', '2022'],
      ]);
    }
  });
});

describe('denials', () => {
  it('reads "sin aprobación" and "non autorisé" as denials, not approvals', () => {
    const pending = approvals(
      verified([
        row(
          ['Anito-cel', 'BCMA · anito-cel', 'en revisión por la FDA; sin aprobación', 'no disponible'],
          ['Producto', 'Diana', 'Estado regulatorio', 'Disponibilidad en Argentina'],
        ),
      ]),
    );
    expect(pending.map((c) => [field(c, 'approved'), c.verdict])).toEqual([[false, 'consistent']]);
    const europe = approvals(
      verified([
        row(
          [
            'Fucaso (éque-cel)',
            'BCMA, anticorps entièrement humain',
            'Chine, 30 juin 2023',
            'non autorisé dans l’UE',
          ],
          ['Produit', 'Cible', 'Première autorisation', 'Europe'],
        ),
      ]),
    );
    expect(accusing(europe)).toEqual([]);
    expect(europe.map((c) => [field(c, 'approved'), field(c, 'regulator')])).toContainEqual([false, 'EMA']);
  });

  it("reads an application filed with a regulator as a filing, not that regulator's approval", () => {
    const claims = verified([
      row(
        [
          'Amtagvi (lifileucel)',
          'lymphocytes infiltrant la tumeur',
          'États-Unis, 16 février 2024',
          'demande déposée auprès de l’EMA en 2024',
        ],
        ['Produit', 'Cible', 'Première autorisation', 'Europe'],
      ),
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('verbs and clauses', () => {
  it('gives each product clause its own lines of therapy', () => {
    for (const text of [
      'En Estados Unidos, Carvykti puede indicarse desde la primera recaída en pacientes refractarios a lenalidomida, y Abecma después de al menos dos líneas de tratamiento.',
      'Aktuelle EU-Indikationen: Abecma ab zwei Vortherapien (IMiD, PI, Anti-CD38), Carvykti schon ab einer Vortherapie bei Lenalidomid-Refraktärität.',
    ]) {
      const uses = verified(text).filter((c) => c.kind === 'indication');
      expect(accusing(uses)).toEqual([]);
      expect(
        uses
          .map((c) => [c.productId, field(c, 'minPriorLines')])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      ).toEqual([
        ['ciltacabtagene-autoleucel', 1],
        ['idecabtagene-vicleucel', 2],
      ]);
    }
  });
});

describe('shared targets', () => {
  it('reads a bare count with a plural verb as the products before it ("Los dos reconocen CD19")', () => {
    const claims = verified([
      { text: 'Kymriah y Yescarta llegaron a Europa en 2018.' },
      { text: 'Los dos reconocen CD19.' },
    ]).filter((c) => c.kind === 'target');
    expect(claims.map((c) => c.productId)).toEqual(['tisagenlecleucel', 'axicabtagene-ciloleucel']);
  });

  it('gives the subject before a "like" aside the target too', () => {
    const claims = verified(
      'The story also should have noted that Breyanzi, like Kymriah and Yescarta, targets CD19.',
    ).filter((c) => c.kind === 'target');
    expect(claims.map((c) => c.productId).sort()).toEqual([
      'axicabtagene-ciloleucel',
      'lisocabtagene-maraleucel',
      'tisagenlecleucel',
    ]);
  });

  it('reads "これら3製品は" as the products before it, and cells that carry the target, attacked', () => {
    const claims = verified([
      { text: 'キムリア、イエスカルタ、ブレヤンジが使われています。' },
      { text: 'これら3製品は、いずれもCD19という目印を持つ細胞を攻撃します。' },
    ]).filter((c) => c.kind === 'target');
    expect(claims.map((c) => c.productId)).toEqual([
      'tisagenlecleucel',
      'axicabtagene-ciloleucel',
      'lisocabtagene-maraleucel',
    ]);
  });

  it('reads "apunta a" as aiming at a target', () => {
    const claims = verified('Carvykti (ciltacabtagén autoleucel) también apunta a BCMA.').filter(
      (c) => c.kind === 'target',
    );
    expect(claims.map((c) => [c.productId, field(c, 'targetId')])).toEqual([
      ['ciltacabtagene-autoleucel', 'TNFRSF17'],
    ]);
  });
});

describe('names and denials in Japanese and Korean', () => {
  it('finds Aucatzyl written オーカツィル, and reads a use told in a modifier before a denial', () => {
    const claims = verified(
      'なお、成人の急性リンパ芽球性白血病に用いるテカルタスやオーカツィルは米国では承認されていますが、国内では承認されていないため、本研究の対象には含まれません。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      claims
        .filter((c) => c.productId === 'obecabtagene-autoleucel')
        .map((c) => [c.kind, field(c, 'approved') ?? null, c.verdict]),
    ).toEqual([
      ['indication', null, 'consistent'],
      ['approval', true, 'consistent'],
      ['approval', false, 'unverified'],
    ]);
  });

  it('leaves "허가 전인 2024년 8월" (before approval, a time) as no denial', () => {
    const claims = verified([
      { text: '림카토주(안발캅타젠오토류셀)는 첨단바이오의약품입니다.' },
      {
        text: '허가 전인 2024년 8월에는 식약처의 첨단바이오의약품 신속처리 대상으로 지정됐고, 회사는 2024년 말에 품목허가를 신청했대요.',
      },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(claims.filter((c) => field(c, 'approved') === false)).toEqual([]);
  });

  it('finds a short form written in hangul ("아니토셀") and reads "아직 승인 전" as not approved yet', () => {
    const claims = verified('미국 FDA가 심사 중인 BCMA 표적 CAR-T 아니토셀 역시 아직 승인 전입니다.');
    expect(claims.map((c) => [c.kind, c.productId, c.verdict])).toEqual([
      ['target', 'anitocabtagene-autoleucel', 'consistent'],
      ['approval', 'anitocabtagene-autoleucel', 'consistent'],
    ]);
  });
});

// Guards from the session's code review: readings that first overreached.
describe('what the readings leave alone', () => {
  it('reads no topic in a preposition and a comma before a product the sentence says nothing of use about', () => {
    for (const text of [
      'In melanoma, unlike Abecma, Amtagvi is a TIL therapy.',
      'En el linfoma, los datos de Abecma son limitados.',
      'Dans le mélanome, Tecelra n’a pas été étudié.',
      'No linfoma, estudos com Abecma continuam.',
    ])
      expect(accusing(verified(text))).toEqual([]);
  });

  it('gives a "like" aside no target it does not close on', () => {
    const claims = verified('Breyanzi, like Kymriah, was approved in 2021, while Abecma targets BCMA.');
    expect(accusing(claims)).toEqual([]);
  });

  it('pairs nothing by "the first" or "the second" used as adjectives', () => {
    const claims = approvals(
      verified(
        'Kymriah and Yescarta were the first CAR-T therapies: the FDA approved Yescarta in October 2017 and Kymriah in August 2017, the second one for lymphoma.',
      ),
    );
    expect(
      claims.find((c) => c.productId === 'axicabtagene-ciloleucel' && field(c, 'date') === '2017-08'),
    ).toBe(undefined);
  });

  it("reads a company's nationality and a trials register as no regulator and no approval column", () => {
    const korean = approvals(
      verified('스위스 제약사 노바티스의 킴리아는 2021년 3월 국내에서 허가를 받았다.'),
    );
    expect(korean.map((c) => field(c, 'regulator'))).toEqual(['MFDS']);
    const trials = verified([
      row(['킴리아', 'ELARA', '2016년까지 97명'], ['제품', '임상시험', '등록 환자 수']),
    ]);
    expect(accusing(trials)).toEqual([]);
  });
});
