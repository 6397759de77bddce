import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses and false alarms of blind set 38 after its scorings (the set is
// spent), each a reading of a kind of sentence rather than of one: a use denied after a comma, an
// approval denied after its noun, an indication no approval includes, a disease or target after a
// medicine the dataset does not hold, a Korean relative clause describing the later product, a class
// noun taking its name after a comma, a target that names the class of a product named after it, an
// adverb of completeness after a figure, a hospital's own tally, quoted words the sentence forbids, an
// entry word that dates only its own decision, a row about a limitation of use removed, a ranking
// limited by where or by whom the product was made, a Japanese or Korean list of uses before its verb,
// and a Japanese disease written as the use of the products after it. The sentences are this
// repository's own.

const of = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  claims.filter((c) => c.kind === kind && (productId === undefined || c.productId === productId));
const conditions = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  of(claims, kind, productId).map((c) => field(c, 'conditionId'));

describe('a use denied after a comma', () => {
  it('leaves "…, nicht beim DLBCL" out of the approval and its uses', () => {
    const claims = verified('Tecartus ist beim Mantelzelllymphom zugelassen, nicht beim DLBCL.');
    expect(accusing(claims)).toEqual([]);
    expect(conditions(claims, 'approval')).toEqual(['mcl']);
    expect(conditions(claims, 'indication')).not.toContain('dlbcl');
  });

  it('reads French ", pas dans" the same way', () => {
    const claims = verified(
      'Tecartus est autorisé dans le lymphome à cellules du manteau, pas dans le DLBCL.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(conditions(claims, 'indication')).not.toContain('dlbcl');
  });

  it('reads a denied use whose verb comes after the disease ("nicht für das DLBCL zugelassen")', () => {
    const claims = verified('Tecartus ist nicht für das DLBCL zugelassen.');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'indication').map((c) => field(c, 'approved'))).toEqual([false]);
  });
});

describe('an approval denied after its noun', () => {
  it('reads "Eine Zulassung in der EU besteht nicht" as no EU approval', () => {
    const claims = verified(
      'Carteyva wurde in China zugelassen. Eine Zulassung in der EU besteht für Carteyva nicht.',
    );
    expect(accusing(claims)).toEqual([]);
    const denied = of(claims, 'approval').filter((c) => field(c, 'approved') === false);
    expect(denied.map((c) => [field(c, 'regulator'), c.verdict])).toEqual([['EMA', 'consistent']]);
  });
});

describe('an indication no approval includes', () => {
  it('reads "已核准之CAR-T產品均未包含…適應症" as a denial, not an approval of that use', () => {
    const claims = verified([
      { text: 'Kymriah是一款CD19 CAR-T。' },
      { text: '目前已核准之CAR-T產品均未包含多發性骨髓瘤適應症。' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'approved'))).not.toContain(true);
  });
});

describe('a disease or target after a medicine the dataset does not hold', () => {
  it('gives the disease after an unknown name no known product', () => {
    const claims = verified(
      '미국에서는 TCR-T 테셀라가 활막육종에, 종양침윤림프구 치료제 루미셀라가 흑색종에 허가되었습니다.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(conditions(claims, 'approval', 'afamitresgene-autoleucel')).toEqual(['synovial-sarcoma']);
    expect(conditions(claims, 'indication', 'afamitresgene-autoleucel')).not.toContain('melanoma');
  });

  it('keeps a bracketed other spelling of the product its own', () => {
    const claims = verified(
      '브레얀지(리소캅타젠마라류셀)는 미국에서는 2022년부터 2차 치료에 쓰이지만 국내에서는 아직 허가되지 않았습니다.',
    );
    expect(of(claims, 'approval', 'lisocabtagene-maraleucel')).toHaveLength(2);
  });
});

describe('a Korean relative clause describing the later product', () => {
  it('gives the diseases before "…까지 적응증을 넓힌 <product>" to that product, not the one before', () => {
    const claims = verified(
      '아벡마(2021년 3월 미국 허가)와 여포림프종·외투세포림프종까지 적응증을 넓힌 브레얀지는 아직 국내에 허가되지 않았다.',
    );
    expect(accusing(claims)).toEqual([]);
    const abecma = of(claims, 'approval', 'idecabtagene-vicleucel');
    expect(abecma.map((c) => [field(c, 'date'), field(c, 'conditionId'), c.verdict])).toEqual([
      ['2021-03', undefined, 'consistent'],
    ]);
  });

  it('reads "여포림프종" as follicular lymphoma', () => {
    const claims = verified('브레얀지는 미국에서 여포림프종에 허가되었다.');
    expect(conditions(claims, 'indication', 'lisocabtagene-maraleucel')).toEqual(['fl']);
  });
});

describe('a target and the product it names the class of', () => {
  it('gives a Japanese modifier to the name after "<class>、"', () => {
    const claims = verified(
      '中国ではゼボルカブタゲン オートルユーセルが承認され、2026年6月にはClaudin18.2を標的とする胃癌のCAR-T、satri-celも承認された。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'target').map((c) => [c.productId, field(c, 'targetId')])).toEqual([
      ['satricabtagene-autoleucel', 'CLDN18'],
    ]);
  });

  it('gives "BCMA 표적 CAR-T <product>" to the product after the class', () => {
    const claims = verified(
      '중국은 위암 대상 CAR-T인 사트리셀(Claudin18.2 표적)을 허가했고, 미국에서는 BCMA 표적 CAR-T 안이토셀이 심사 중이다.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'target', 'anitocabtagene-autoleucel').map((c) => field(c, 'targetId'))).toEqual([
      'TNFRSF17',
    ]);
  });

  it('gives no product a target that names the class of an unknown medicine after it', () => {
    const claims = verified('사트리셀은 허가되었고, BCMA 표적 CAR-T 주노셀이 심사 중이다.');
    expect(of(claims, 'target')).toEqual([]);
  });

  it('reads "anti-CD19 et anti-BCMA" as one list of targets', () => {
    const claims = verified(
      'La FDA a levé cette exigence pour Yescarta et les autres CAR-T anti-CD19 et anti-BCMA.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('reads a request for an answer as no claim', () => {
    const claims = verified([
      { text: 'キムリアはCD19を標的とします。' },
      { text: '質問：米国で審査中のBCMA CAR-Tについて教えてください。' },
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('an adverb of completeness after a figure', () => {
  it.each([
    'Dans ZUMA-1, 72 % des patients traités par Yescarta ont répondu, dont 51 % de façon complète.',
    'In ZUMA-1, 72% of Yescarta patients responded, 51% completely.',
    'En ZUMA-1, el 72 % de los pacientes tratados con Yescarta respondió, el 51 % de forma completa.',
    'In ZUMA-1 sprachen 72 % der Yescarta-Patienten an, 51 % vollständig.',
  ])('reads the second figure as the complete response rate: %s', (text) => {
    const claims = verified(text);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => [field(c, 'metric'), field(c, 'value')])).toEqual([
      ['response', 72],
      ['CR', 51],
    ]);
  });
});

describe("a hospital's own tally", () => {
  it('reads "(병원 자체 집계)" as the page\'s own data, not a trial figure', () => {
    const claims = verified(
      '예스카타주를 투여받은 11명 중 8명이 3개월 평가에서 치료 반응을 보였습니다(병원 자체 집계).',
    );
    expect(of(claims, 'response').map((c) => [field(c, 'source'), c.verdict])).toEqual([
      ['own', 'unverified'],
    ]);
  });
});

describe('quoted words the sentence forbids', () => {
  it('reads no approval in "писать «одобрен в США» нельзя"', () => {
    const claims = verified(
      'Anito-cel находится на рассмотрении FDA, решение ожидается к 23 декабря 2026 года; писать «одобрен в США» нельзя.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'approved'))).not.toContain(true);
  });

  it('still reads an approval in quotation marks that no word forbids', () => {
    const claims = verified('Der Hersteller meldete: „Yescarta ist in der EU zugelassen.“');
    expect(of(claims, 'approval', 'axicabtagene-ciloleucel').map((c) => field(c, 'approved'))).toEqual([
      true,
    ]);
  });
});

describe('an entry word dates only its own decision', () => {
  it('keeps "首次" on the first date, not on a later use of the same sentence', () => {
    const claims = verified(
      'Yescarta于2017年10月18日在美国首次获批，2022年起用于一线化学免疫治疗后12个月内复发的大B细胞淋巴瘤。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => [field(c, 'date'), field(c, 'first')])).toEqual([
      ['2017-10-18', true],
      ['2022', false],
    ]);
  });
});

describe('a row about a limitation of use removed', () => {
  it('reads no approval in the regulator and date of that row', () => {
    const header = ['事件', '产品', '监管机构与时间'];
    const claims = verified([
      row(['说明书删除原发性中枢神经系统淋巴瘤使用限制', 'Yescarta', '美国FDA，2026年2月'], header),
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval')).toEqual([]);
  });

  it('still reads the regulator and date of a row about an approval', () => {
    const header = ['事件', '产品', '监管机构与时间'];
    const claims = verified([row(['首次获批上市', 'Yescarta', '美国FDA，2017年10月'], header)]);
    expect(of(claims, 'approval').map((c) => [field(c, 'date'), c.verdict])).toContainEqual([
      '2017-10',
      'consistent',
    ]);
  });
});

describe('a ranking limited by where or by whom the product was made', () => {
  it('leaves "le premier CAR-T européen d\'origine académique" unread, not refuted', () => {
    const claims = verified(
      "Le premier CAR-T européen d'origine académique, le Qartemi, a été autorisé en Espagne en 2021.",
    );
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a Japanese or Korean list of uses before its verb', () => {
  it('gives each product its own disease ("XがAに、YがBに承認")', () => {
    const claims = verified(
      '米国ではTCR-TのTecelraが滑膜肉腫に、TIL療法のAmtagviが悪性黒色腫に承認されている。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      of(claims, 'approval').map((c) => [c.productId, field(c, 'conditionId'), field(c, 'regulator')]),
    ).toEqual([
      ['afamitresgene-autoleucel', 'synovial-sarcoma', 'FDA'],
      ['lifileucel', 'melanoma', 'FDA'],
    ]);
  });

  it('still refutes a wrong disease in such a list', () => {
    const claims = verified('キムリアは白血病に、イエスカルタは多発性骨髄腫に承認されている。');
    expect(accusing(claims).map((c) => [c.kind, c.productId])).toContainEqual([
      'approval',
      'axicabtagene-ciloleucel',
    ]);
  });
});

describe('a Japanese disease written as the use of the products after it ("<disease>の<product>")', () => {
  it('reads "多発性骨髄腫のアベクマとカービクティ" as both products\' use', () => {
    const claims = verified('一方、多発性骨髄腫のアベクマとカービクティはBCMAを標的とします。');
    expect(of(claims, 'indication').map((c) => [c.productId, field(c, 'conditionId')])).toEqual([
      ['idecabtagene-vicleucel', 'multiple-myeloma'],
      ['ciltacabtagene-autoleucel', 'multiple-myeloma'],
    ]);
  });

  it('leaves "<disease>の患者" to no product', () => {
    const claims = verified(
      '多発性骨髄腫の患者さんは、主治医と相談してください。キムリアは白血病に承認されている。',
    );
    expect(conditions(claims, 'indication', 'tisagenlecleucel')).not.toContain('multiple-myeloma');
  });
});

// Guards from the code review of these readings: ordinary sentences each reading must leave alone.
describe('what the readings leave alone', () => {
  it.each([
    "Yescarta's ORR in ZUMA-1 was 72% fully in line with the label.",
    'Kymriah是治疗ALL的CAR-T，Yescarta则用于大B细胞淋巴瘤。',
    'キムリアは白血病を対象とするCAR-T、イエスカルタはリンパ腫が対象だ。',
    '킴리아는 급성림프모구백혈병에 허가된 이후 예스카타와 함께 쓰인다.',
    'Kymriah ist nicht für alle Patienten mit DLBCL zugelassen.',
    'Die Zulassung von Kymriah liegt nicht bei den nationalen Behörden, sondern bei der EU-Kommission.',
    '예스카타는 외투세포림프종에 허가 받은 브레얀지와 다르다.',
    'イエスカルタは、マントル細胞リンパ腫に承認されたブレヤンジとは異なる。',
  ])('raises no false alarm: %s', (text) => {
    expect(accusing(verified(text))).toEqual([]);
  });

  it('keeps a wrong disease after a company\'s "X\'s CAR-T therapy" apposition', () => {
    const claims = verified(
      "Yescarta, Kite's CAR-T therapy, was approved by the FDA in October 2017 for mantle cell lymphoma.",
    );
    expect(accusing(claims).map((c) => c.kind)).toContain('approval');
  });

  it('keeps the product of a figure after a journal title in brackets', () => {
    const claims = verified('西达基奥仑赛的CARTITUDE-1研究结果发表于《柳叶刀》，总缓解率为97%。');
    expect(of(claims, 'response').map((c) => c.productId)).toEqual(['ciltacabtagene-autoleucel']);
  });

  it('keeps a disease after the company that made the product ("큐로셀이 개발한")', () => {
    const claims = verified(
      '림카토주는 큐로셀이 개발한 CAR-T로 국내에서 미만성 거대B세포림프종에 허가를 받았다.',
    );
    expect(conditions(claims, 'indication', 'anbalcabtagene-autoleucel')).toEqual(['lbcl']);
  });

  it('keeps a target before "치료제 중에서는"', () => {
    const claims = verified('BCMA 표적 CAR-T 치료제 중에서는 카빅티가 가장 높은 반응률을 보였다.');
    expect(of(claims, 'target', 'ciltacabtagene-autoleucel').map((c) => field(c, 'targetId'))).toEqual([
      'TNFRSF17',
    ]);
  });

  it('still catches a wrong second target of one product ("anti-CD19 and anti-BCMA")', () => {
    const claims = verified('Kymriah is an anti-CD19 and anti-BCMA CAR-T.');
    expect(accusing(claims).map((c) => field(c, 'targetId'))).toEqual(['TNFRSF17']);
  });

  it('reads a ranking by a European institution as read ("aprobada en la Unión Europea")', () => {
    const claims = verified('Kymriah fue la primera terapia CAR-T aprobada en la Unión Europea.');
    const ranks = of(claims, 'approval').filter((c) => field(c, 'rank') === 'first');
    expect(ranks.map((c) => [field(c, 'rankScopeRead'), c.verdict])).toEqual([[true, 'consistent']]);
  });

  it('keeps an approval quoted next to a forbidding word that forbids no saying', () => {
    const claims = verified(
      'Novartis said Kymriah was "approved in the EU for DLBCL", helping patients avoid transplant.',
    );
    expect(of(claims, 'approval').map((c) => field(c, 'approved'))).toContain(true);
  });

  it("keeps a row's approval when a note cell tells a later limitation removed", () => {
    const header = ['Product', 'Regulator', 'Date', 'Decision', 'Note'];
    const claims = verified([
      row(
        [
          'Breyanzi',
          'FDA',
          'February 2021',
          'Approval for relapsed LBCL',
          'Limitation of use for PCNSL removed in 2024',
        ],
        header,
      ),
    ]);
    expect(of(claims, 'approval').length).toBeGreaterThan(0);
  });

  it('reads "Eine EU-Zulassung … gibt es nicht" as a denial', () => {
    const claims = verified('Eine EU-Zulassung für Kymriah beim FL gibt es nicht.');
    expect(of(claims, 'approval').map((c) => field(c, 'approved'))).toEqual([false]);
  });
});
