// Rankings written in other languages than English are claims of their own ("国内首款…CAR-T",
// "la primera terapia CAR-T aprobada en la India"), read with the limits TherapyLens understands and
// left unread where a limit is one it does not ("domestically developed", "1类生物制品").
import { describe, expect, it } from 'vitest';
import { rankRule } from '../../../lib/claims/rules/rank';
import { sentence } from '../helpers';
import { verified } from '../../verify/helpers';

/** The one ranking the text yields, verified. */
const ranked = (text: string) => {
  const found = verified(text).filter((c) => c.ruleId === 'rank');
  if (found.length !== 1) throw new Error(`expected one ranking, got ${found.length}`);
  return found[0]!;
};

const rank = (text: string) => rankRule.detect(sentence(text)).map((c) => c.details);

describe('rank rule', () => {
  it.each([
    [
      '阿基仑赛注射液获批上市，成为我国首个获批的CAR-T产品。',
      { firstOf: 'CAR-T', place: null, regulator: 'NMPA' },
    ],
    [
      '瑞基奥仑赛注射液成为中国第二款获批上市的CAR-T产品。',
      { firstOf: 'CAR-T', place: 2, regulator: 'NMPA' },
    ],
    ['カービクティは国内では多発性骨髄腫に対する2番目のCAR-T製品です。', { place: 2, regulator: 'PMDA' }],
    // "3番目に承認された": the ordinal with the particle of the verb after it.
    ['ブレヤンジは日本で3番目に承認されたCAR-T細胞製品です。', { place: 3, regulator: 'PMDA' }],
    ['NexCAR19 fue la primera terapia CAR-T aprobada en la India.', { firstOf: 'CAR-T', regulator: 'CDSCO' }],
    ['Abecma стала первым в мире CAR-T-препаратом, направленным на BCMA.', { firstOf: 'BCMA CAR-T' }],
    [
      'Imlygic ist das erste onkolytische Virus, das in der EU zugelassen wurde.',
      { firstOf: 'oncolytic virus' },
    ],
    ['Kymriah a été la première thérapie CAR-T au monde.', { rankRegion: 'world' }],
  ])('%s', (text, want) => {
    expect(rank(text)).toEqual([expect.objectContaining({ rankScopeRead: true, ...want })]);
  });

  it('leaves unread a limit it does not know, and never guesses a country it cannot name', () => {
    for (const text of [
      '倍诺达是中国首款按1类生物制品获批的CAR-T产品。',
      '림카토주는 국내 기업이 개발한 첫 CAR-T 치료제다.',
      // "Developed" in any form, in any language, is a limit of its own.
      '림카토주는 국내에서 개발된 첫 CAR-T 치료제다.',
      'Delytact es el primer virus oncolítico aprobado para un tumor cerebral.',
      'Kymriah fue la primera terapia CAR-T aprobada en Colombia.',
      // A Korean or Russian page naming no place may mean its own country.
      '카빅티주, 다발골수종 첫 CAR-T',
      'Abecma стала первым CAR-T-препаратом, направленным на BCMA.',
      // A class named at the clause's end, however far after the ranking.
      '3 сентября 2021 г. — Carteyva (relma-cel): первый CAR-T, зарегистрированный в Китае как биопрепарат 1-й категории.',
    ])
      expect(rank(text), text).toEqual([expect.objectContaining({ rankScopeRead: false })]);
  });

  it('reads "only one … product" said as a count as a ranking of its own, left unread where a limit is', () => {
    expect(
      rank(
        'В России на сегодня зарегистрирован только один коммерческий CAR-T-препарат — тисагенлеклейцел (Кимрая).',
      ),
    ).toEqual([expect.objectContaining({ rank: 'only', rankScopeRead: false })]);
  });

  it('limits a ranking to its own clause, not the diseases a later clause names', () => {
    // Kymriah was the FDA's first CAR-T (ALL, 30 Aug 2017); lymphoma and myeloma came later to the class.
    const text =
      '血液がんでは、2017年8月に米国でキムリアが最初のCAR-Tとして承認されてから、リンパ腫や骨髄腫へと広がってきました。';
    expect(ranked(text).verdict).toBe('consistent');
    // So is the approval: "…てから、" ends its clause, and its date is the first approval's.
    expect(
      verified(text)
        .filter((c) => c.ruleId === 'approval')
        .map((c) => c.verdict),
    ).toEqual(['consistent']);
  });

  it('reads no ranking from a first line, a first patient, a product in trials or a candidate, or a negation', () => {
    for (const text of [
      'Yescarta se usa en primera línea de tratamiento antes de otro CAR-T.',
      'Первый пациент получил CAR-T в марте.',
      'Первый отечественный CAR-T-препарат Утжефра проходит клинические исследования.',
      '阿基仑赛注射液不是首个获批的CAR-T产品。',
      // An English word that looks like another language's ordinal ("a premier"): no article of its own.
      'Our hospital is a premier CAR-T centre offering Yescarta.',
      // A candidate is ranked among candidates, not approvals.
      '미국에서는 세 번째 BCMA CAR-T 후보인 아니토셀(anito-cel)의 심사 결과가 예정돼 있다.',
      'Anito-cel ist der dritte BCMA-CAR-T-Kandidat vor einer FDA-Entscheidung.',
      '安尼托赛是第三款BCMA CAR-T候选产品。',
    ])
      expect(rank(text), text).toEqual([]);
  });
});

describe('rank verdicts', () => {
  it('checks the ranking against every product of the class in scope', () => {
    const first = ranked('阿基仑赛注射液获批上市，成为我国首个获批的CAR-T产品。');
    expect(first.verdict).toBe('consistent');
    expect(first.explanation).toContain('No other CAR-T in its records was approved before it by the NMPA');
    // Worldwide, Kymriah (FDA, Aug 2017) came first.
    const wrong = ranked('Yescarta fue la primera terapia CAR-T aprobada en el mundo.');
    expect(wrong.verdict).toBe('differs');
    expect(wrong.explanation).toContain('Kymriah');
  });

  it('reads a place: second in Japan holds for Yescarta (Kymriah before it), not for Kymriah', () => {
    expect(ranked('イエスカルタは国内で2番目のCAR-T製品です。').verdict).toBe('consistent');
    expect(ranked('キムリアは国内で2番目のCAR-T製品です。').verdict).toBe('unverified');
    // Third with two or more before it would be right; with three before it, wrong.
    expect(ranked('アベクマは国内で2番目のCAR-T製品です。').verdict).toBe('differs');
  });

  it('an unread limit gives unverified, never an accusation', () => {
    expect(ranked('Imlygic es el primer virus oncolítico aprobado para un cáncer de piel.').verdict).toBe(
      'unverified',
    );
    // The same limit is confirmed where the product's sources state that ranking.
    expect(ranked('Delytact es el primer virus oncolítico aprobado para un tumor cerebral.').verdict).toBe(
      'consistent',
    );
  });
});

describe('English seconds and thirds', () => {
  it('"the second CAR-T approved in China" is a ranking of its own, checked', () => {
    expect(rank('Carteyva was the second CAR-T approved in China.')).toEqual([
      expect.objectContaining({ rankScopeRead: true, place: 2, regulator: 'NMPA' }),
    ]);
    expect(ranked('Carteyva was the second CAR-T approved in China.').verdict).toBe('consistent');
    expect(rank('Kymriah is the second-line option.')).toEqual([]);
  });
});
