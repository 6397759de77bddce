import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses of blind sets 32–34 after their last scorings (the sets are spent):
// table columns whose header names the decision inside a longer word or by a status, a denial
// in a clause of its own, a widened label's own clause, and a disease as the topic of the
// products after it.

const approvals = (claims: ReturnType<typeof verified>) => claims.filter((c) => c.kind === 'approval');

describe('approval columns', () => {
  it('reads a German compound header ("Erstzulassung") as an approval column', () => {
    const header = ['Produkt', 'Zielantigen', 'Erstzulassung', 'Inhaber'];
    const claims = approvals(
      verified([
        row(['Kymriah (Tisagenlecleucel)', 'CD19 (Tisa-cel)', 'USA, 30.08.2017', 'Novartis'], header),
      ]),
    );
    expect(claims.map((c) => [field(c, 'regulator'), field(c, 'date'), c.verdict])).toEqual([
      ['FDA', '2017-08-30', 'consistent'],
    ]);
  });

  it('reads "Licence" and the initials AIM as approval columns', () => {
    const licence = approvals(
      verified([
        row(
          ['Aucatzyl', 'CD19 · obe-cel', 'MHRA, conditional, 25/04/2025', 'B-cell precursor ALL in adults'],
          ['Product', 'Target', 'Licence', 'Licensed use at the Trust'],
        ),
      ]),
    );
    expect(licence.map((c) => [field(c, 'regulator'), field(c, 'date')])).toEqual([['MHRA', '2025-04-25']]);
    const aim = approvals(
      verified([
        row(
          [
            '8',
            'Talimogene laherparepvec (Imlygic)',
            'vírus oncolítico (HSV-1)',
            '16.12.2015',
            'Melanoma irressecável',
          ],
          ['Lote', 'DCI (nome comercial)', 'Alvo', 'AIM', 'Indicações abrangidas'],
        ),
      ]),
    );
    expect(aim.map((c) => [field(c, 'date'), c.verdict])).toEqual([['2015-12-16', 'consistent']]);
  });

  it('reads a status column: a one-word decision, and "no registration records" as a denial', () => {
    const header = ['產品', '標的', '香港狀況', '主要研究及結果'];
    const registered = approvals(
      verified([row(['Kymriah', 'CD19', '已註冊，醫管局使用', 'ELIANA'], header)]),
    );
    expect(registered.map((c) => field(c, 'approved'))).toEqual([true]);
    const none = approvals(verified([row(['Yescarta', 'CD19', '香港未有註冊資料', 'ZUMA-1'], header)]));
    expect(none.map((c) => [field(c, 'approved'), c.verdict])).toEqual([[false, 'unverified']]);
  });

  it('reads a bare "Registered" under a registration column as the column regulator\'s approval', () => {
    const claims = approvals(
      verified([
        row(
          ['Tecartus', 'CD19 (brexu-cel)', 'Registered (MCL)', 'MCL after a BTK inhibitor'],
          ['Product', 'Target', 'TGA registration', 'Main use in Australia'],
        ),
      ]),
    );
    expect(claims.map((c) => [field(c, 'approved'), field(c, 'regulator')])).toEqual([[true, 'TGA']]);
  });
});

describe('a denial in a clause of its own', () => {
  it('after a semicolon, beside the approval before it', () => {
    const claims = approvals(
      verified(
        'Tecelra (afami-cel), dirigido a MAGE-A4, tiene aprobación acelerada de la FDA desde agosto de 2024 para sarcoma sinovial; no consta autorización en la UE.',
      ),
    );
    expect(claims.map((c) => [field(c, 'approved'), field(c, 'regulator'), c.verdict])).toEqual([
      [true, 'FDA', 'consistent'],
      [false, 'EMA', 'unverified'],
    ]);
  });

  it('after an approval told in a modifier of the product, with no contrast word', () => {
    const claims = approvals(
      verified(
        'また、米国で承認されているテカルタス（マントル細胞リンパ腫など）は、国内では承認されていません。',
      ),
    );
    expect(claims.map((c) => [field(c, 'approved'), field(c, 'regulator')])).toEqual([
      [true, 'FDA'],
      [false, 'PMDA'],
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a use in a modifier of the product, then a denial of the product', () => {
  it('keeps the approved use and the approval, and denies the product in the place of the denial', () => {
    const claims = verified(
      '예컨대 중국에서 2026년 6월 고형암(위암) 치료제로 허가된 사트리캅타젠 오토류셀은 국내에서 허가되지 않은 것으로 파악됩니다.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      claims
        .filter((c) => c.kind !== 'target')
        .map((c) => [c.kind, field(c, 'approved') ?? null, field(c, 'regulator'), c.verdict]),
    ).toEqual([
      ['indication', null, 'NMPA', 'consistent'],
      ['approval', true, 'NMPA', 'consistent'],
      ['approval', false, 'MFDS', 'unverified'],
    ]);
  });

  it("gives a denial past a comma the place of its own phrase, not the approval's", () => {
    const claims = verified(
      '중국에서 2026년 6월 위암 치료제로 허가된 Claudin18.2 표적 CAR-T(사트리셀)에 대한 문의도 늘고 있으나, 국내에서는 사용할 수 없습니다.',
    );
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a widened label', () => {
  it('reads the widening clause as a use of its own, of the disease the sentence named', () => {
    const uses = verified(
      'Abecma, another BCMA-directed product, was approved in the USA in March 2021 for myeloma after four or more prior lines; that label was broadened in April 2024 to patients after two prior lines.',
    ).filter((c) => c.kind === 'indication');
    expect(uses.map((c) => [field(c, 'conditionId'), field(c, 'minPriorLines'), c.verdict])).toEqual([
      ['multiple-myeloma', 4, 'consistent'],
      ['multiple-myeloma', 2, 'consistent'],
    ]);
  });

  it("does not give a widening in another product's clause the disease of the first", () => {
    const claims = verified(
      'キムリアには2022年8月に濾胞性リンパ腫が追加され、イエスカルタも第3相ZUMA-7試験に基づき二次治療へ拡大されている。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      claims.some((c) => c.productId === 'axicabtagene-ciloleucel' && field(c, 'conditionId') === 'fl'),
    ).toBe(false);
  });
});

describe('a disease as the topic of the products after it', () => {
  it('gives "для миеломы — A и B" to the products after the dash, not to those before', () => {
    const claims = verified(
      'В США для лимфом применяют аксикабтаген цилолейцел (Йескарта) и лизокабтаген маралейцел (Брейанзи), для миеломы — идекабтаген виклейцел (Абекма) и цилтакабтаген аутолейцел (Карвикти).',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      claims
        .filter((c) => field(c, 'conditionId') === 'multiple-myeloma')
        .map((c) => c.productId)
        .sort(),
    ).toEqual(['ciltacabtagene-autoleucel', 'idecabtagene-vicleucel']);
  });

  it("reads a topic particle and a list item's colon the same way", () => {
    const japanese = verified('骨髄腫にはアベクマやカービクティという薬もあります。').filter(
      (c) => c.kind === 'indication',
    );
    expect(japanese.map((c) => c.productId).sort()).toEqual([
      'ciltacabtagene-autoleucel',
      'idecabtagene-vicleucel',
    ]);
    const korean = verified('원발성 종격동 B세포 림프종: 예스카타주, 림카토주').filter(
      (c) => c.kind === 'indication',
    );
    expect(korean.map((c) => [c.productId, field(c, 'conditionId')])).toEqual([
      ['axicabtagene-ciloleucel', 'pmbcl'],
      ['anbalcabtagene-autoleucel', 'pmbcl'],
    ]);
  });

  it('does not read a disease deep in a clause, or before a coordinated product, as a topic', () => {
    const uses = verified(
      'En 2024 llegaron dos terapias celulares para tumores sólidos: Amtagvi, hecha con linfocitos que se infiltran en el melanoma, y Tecelra, cuyo receptor reconoce la proteína MAGE-A4 del sarcoma sinovial.',
    ).filter((c) => c.kind === 'indication');
    expect(uses.map((c) => [c.productId, field(c, 'conditionId')])).toEqual([
      ['lifileucel', 'melanoma'],
      ['afamitresgene-autoleucel', 'synovial-sarcoma'],
    ]);
  });

  it('leaves "A and B for X, C for Y" to the products before each preposition', () => {
    const uses = verified(
      'Kymriah and Yescarta for follicular lymphoma, Breyanzi for CLL/SLL, Tecartus for MCL, Amtagvi and Tecelra were first granted accelerated approval.',
    ).filter((c) => c.kind === 'indication');
    expect(uses.map((c) => [c.productId, field(c, 'conditionId')])).toEqual([
      ['tisagenlecleucel', 'fl'],
      ['axicabtagene-ciloleucel', 'fl'],
      ['lisocabtagene-maraleucel', 'cll'],
      ['brexucabtagene-autoleucel', 'mcl'],
    ]);
  });
});
