import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';
import type { Claim } from '../../lib/schema';

// Readings drawn from the misses of blind set 24, read after the set was spent.

const targets = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'target')
    .map((c) => `${c.productId}:${String(field(c, 'targetId'))}:${c.verdict}`);

const steps = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'approval' && field(c, 'decision') !== undefined)
    .map((c) => `${c.productId}:${String(field(c, 'decision'))}:${String(field(c, 'date'))}:${c.verdict}`);

const promises = (claims: readonly Claim[]): string[] =>
  claims.filter((c) => c.kind === 'marketing').map((c) => String(field(c, 'phrase')));

describe('whose target a modifier clause names', () => {
  it('gives a Japanese modifier clause to the products after it, not to those named before', () => {
    const claims = verified(
      '製品の違いを申し上げますと、CD19を標的とするキムリア、イエスカルタ、ブレヤンジは主にB細胞リンパ腫に、BCMAを標的とするアベクマとカービクティは多発性骨髄腫に用いられます。',
    );
    expect(targets(claims)).toEqual([
      'tisagenlecleucel:CD19:consistent',
      'axicabtagene-ciloleucel:CD19:consistent',
      'lisocabtagene-maraleucel:CD19:consistent',
      'idecabtagene-vicleucel:TNFRSF17:consistent',
      'ciltacabtagene-autoleucel:TNFRSF17:consistent',
    ]);
  });

  it('gives a Korean modifier clause to the product after its class noun', () => {
    const claims = verified(
      '2024년에는 TIL 치료제 암타그비와 MAGE-A4를 표적으로 하는 TCR-T 치료제 테셀라가 미국에서 허가됐다.',
    );
    expect(targets(claims)).toEqual(['afamitresgene-autoleucel:MAGEA4:consistent']);
  });

  it('reads a verb two objects share ("…はCD19を、…はBCMAを標的としています")', () => {
    const claims = verified(
      'キムリア、イエスカルタ、ブレヤンジはCD19を、アベクマとカービクティはBCMAを標的としています。',
    );
    expect(targets(claims)).toEqual([
      'tisagenlecleucel:CD19:consistent',
      'axicabtagene-ciloleucel:CD19:consistent',
      'lisocabtagene-maraleucel:CD19:consistent',
      'idecabtagene-vicleucel:TNFRSF17:consistent',
      'ciltacabtagene-autoleucel:TNFRSF17:consistent',
    ]);
  });
});

describe('"the former" and "the latter"', () => {
  it('gives each side the products of its group, in the order they were named', () => {
    const claims = verified([
      {
        text: '国内ではキムリア、イエスカルタ、ブレヤンジの3製品がB細胞リンパ腫などに、アベクマとカービクティの2製品が多発性骨髄腫に用いられています。',
      },
      { text: '前者3製品はいずれもCD19を、後者2製品はBCMAを標的としています。' },
    ]);
    expect(targets(claims)).toEqual([
      'tisagenlecleucel:CD19:consistent',
      'axicabtagene-ciloleucel:CD19:consistent',
      'lisocabtagene-maraleucel:CD19:consistent',
      'idecabtagene-vicleucel:TNFRSF17:consistent',
      'ciltacabtagene-autoleucel:TNFRSF17:consistent',
    ]);
  });

  it('reads "the former … and the latter" in English', () => {
    const claims = verified([
      { text: 'Kymriah and Abecma are both approved in the EU.' },
      { text: 'The former targets CD19 and the latter targets BCMA.' },
    ]);
    expect(targets(claims)).toEqual([
      'tisagenlecleucel:CD19:consistent',
      'idecabtagene-vicleucel:TNFRSF17:consistent',
    ]);
  });

  it('leaves "the first CAR-T approved" to the rank it states', () => {
    const claims = verified([
      { text: 'Kymriah and Yescarta were approved in 2017.' },
      { text: 'It targets Claudin 18.2 in stomach cancer, the first CAR-T approved for any solid tumour.' },
    ]);
    expect(claims.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved')).toEqual([]);
  });
});

describe('targets in more wordings', () => {
  it('reads a column headed by the verb of recognising', () => {
    const claims = verified([
      row(
        ['Kymriah', 'CD19 on B cells', 'USA, August 2017'],
        ['Therapy', 'What it recognises', 'First approval'],
      ),
    ]);
    expect(targets(claims)).toEqual(['tisagenlecleucel:CD19:consistent']);
  });

  it('reads "a protein called CD19" in Spanish, with the subjunctive verb', () => {
    const claims = verified(
      'Kymriah es un tratamiento hecho con sus propias células T. Se les agrega un gen nuevo para que reconozcan una proteína llamada CD19.',
    );
    expect(targets(claims)).toEqual(['tisagenlecleucel:CD19:consistent']);
  });

  it('reads a German sentence whose subject follows the verb', () => {
    const claims = verified(
      'Bei CAR-T-Zellen wie Kymriah oder Yescarta erkennt ein künstlicher Rezeptor das Merkmal CD19 auf B-Zellen.',
    );
    expect(targets(claims)).toEqual([
      'tisagenlecleucel:CD19:consistent',
      'axicabtagene-ciloleucel:CD19:consistent',
    ]);
  });

  it('reads "Ziel" in brackets without a colon', () => {
    const claims = verified(
      'Satri-cel, die erste CAR-T-Therapie gegen einen soliden Tumor (Magenkrebs, Ziel Claudin 18.2).',
    );
    expect(targets(claims)).toEqual(['satricabtagene-autoleucel:CLDN18:consistent']);
  });

  it('reads Chinese "辨認的是", "針對的是", "目標正是" and "標靶"', () => {
    expect(targets(verified('2017年8月30日，Kymriah獲FDA批准。它辨認的是B細胞表面的CD19。'))).toEqual([
      'tisagenlecleucel:CD19:consistent',
    ]);
    expect(targets(verified('FDA批准首個TCR-T療法Tecelra。Tecelra針對的是NY-ESO-1蛋白。'))).toEqual([
      'afamitresgene-autoleucel:CTAG1B:differs',
    ]);
    expect(
      targets(verified('國家藥品監督管理局批准舒瑞基奧侖賽（satri-cel）。它的目標正是Claudin 18.2。')),
    ).toEqual(['satricabtagene-autoleucel:CLDN18:consistent']);
    expect(targets(verified('Abecma於2021年3月成為首個獲批的BCMA標靶CAR-T。'))).toEqual([
      'idecabtagene-vicleucel:TNFRSF17:consistent',
    ]);
  });

  it('reads a bare count as the subject ("Los dos también se dirigen a CD19")', () => {
    const claims = verified([
      {
        text: 'Tecartus recibió la aprobación de la FDA el 1 de octubre de 2021. Aucatzyl se aprobó el 8 de noviembre de 2024.',
      },
      { text: 'Los dos también se dirigen a CD19.' },
    ]);
    expect(targets(claims)).toEqual([
      'brexucabtagene-autoleucel:CD19:consistent',
      'obecabtagene-autoleucel:CD19:consistent',
    ]);
  });
});

describe('steps', () => {
  it('reads one step per date when the sentence dates it twice', () => {
    expect(
      steps(
        verified(
          '悪性黒色腫向けのRP1（vusolimogene oderparepvec）は、FDAから2025年7月と2026年4月の2度にわたり審査完了報告通知（CRL）を受けています。',
        ),
      ),
    ).toEqual([
      'vusolimogene-oderparepvec:crl:2025-07:consistent',
      'vusolimogene-oderparepvec:crl:2026-04:consistent',
    ]);
    expect(
      steps(
        verified(
          'По RP1 (vusolimogene oderparepvec) FDA направило CRL в июле 2025 г. и повторно в апреле 2026 г.',
        ),
      ),
    ).toEqual([
      'vusolimogene-oderparepvec:crl:2025-07:consistent',
      'vusolimogene-oderparepvec:crl:2026-04:consistent',
    ]);
  });

  it('reads "doit se prononcer" as the decision date to come', () => {
    const claims = verified(
      "La FDA doit se prononcer au plus tard le 23 décembre 2026 sur l'anitocabtagène autoleucel (anito-cel).",
    );
    expect(steps(claims)).toEqual(['anitocabtagene-autoleucel:filing:2026-12-23:consistent']);
  });
});

describe('indications', () => {
  it('reads the uses Chinese lists after "適應症涵蓋"', () => {
    const claims = verified(
      '至此，Breyanzi在美國的適應症涵蓋大B細胞淋巴瘤、濾泡性淋巴瘤、被套細胞淋巴瘤與邊緣區淋巴瘤。',
    );
    expect(
      claims
        .filter((c) => c.kind === 'indication')
        .map((c) => `${String(field(c, 'conditionId'))}:${c.verdict}`),
    ).toEqual(['lbcl:consistent', 'fl:consistent', 'mcl:consistent', 'mzl:consistent']);
  });

  it('reads a Japanese column of the cancers each product is for', () => {
    const claims = verified([
      row(
        ['イムリジック', '単純ヘルペスウイルス', '米国・2015年', '切除不能な悪性黒色腫'],
        ['製品', 'ウイルス', '最初の承認', '対象となるがん'],
      ),
    ]);
    expect(claims.some((c) => c.kind === 'indication' && field(c, 'conditionId') === 'melanoma')).toBe(true);
  });
});

describe('uses in more places', () => {
  const uses = (claims: readonly Claim[]): string[] =>
    claims
      .filter((c) => c.kind === 'indication')
      .map((c) => `${c.productId}:${String(field(c, 'conditionId'))}:${c.verdict}`);

  it('reads a notes cell that opens with a disease, in a row that dates the approval', () => {
    const header = ['Препарат (EN → RU)', 'Мишень', 'Первое одобрение', 'Примечание'];
    const claims = verified([
      row(
        ['Amtagvi → Амтагви (лифилейцел)', 'нет (TIL)', 'FDA, 16.02.2024', 'Меланома после анти-PD-1'],
        header,
      ),
    ]);
    expect(uses(claims)).toEqual(['lifileucel:melanoma:consistent']);
  });

  it('reads no use from a trials column', () => {
    const claims = verified([
      row(['Kymriah', 'FDA, 30.08.2017', 'Glioblastom (Phase 1)'], ['Produkt', 'Zulassung', 'Studien']),
    ]);
    expect(uses(claims)).toEqual([]);
  });

  it('reads "<product>: <disease> …" as the product\'s entry of uses', () => {
    const claims = verified(
      'Tecartus: linfoma de células do manto após dois ou mais tratamentos, e também leucemia linfoblástica aguda.',
    );
    expect(uses(claims)).toEqual([
      'brexucabtagene-autoleucel:mcl:consistent',
      'brexucabtagene-autoleucel:all:consistent',
    ]);
  });

  it('reads "gegen <disease>" as a use, and the lay German name of nasopharyngeal cancer', () => {
    const claims = verified([
      row(
        [
          '2005',
          'Oncorine (H101), ein onkolytisches Adenovirus, zusammen mit Chemotherapie gegen Nasenrachenkrebs zugelassen',
          'China',
        ],
        ['Jahr', 'Ereignis', 'Land'],
      ),
    ]);
    expect(uses(claims)).toEqual(['h101:nasopharyngeal-carcinoma:consistent']);
  });
});

describe('approvals in more wordings', () => {
  const approvals = (claims: readonly Claim[]): string[] =>
    claims
      .filter((c) => c.kind === 'approval' && field(c, 'approved') !== undefined)
      .map(
        (c) =>
          `${c.productId}:${String(field(c, 'regulator') ?? '-')}:${String(field(c, 'date') ?? '-')}:${c.verdict}`,
      );

  it('reads a use added to the Japanese label as its approval', () => {
    const claims = verified(
      'キムリアは2019年3月に承認されました。2022年8月には濾胞性リンパ腫が追加されました。',
    );
    expect(approvals(claims)).toEqual([
      'tisagenlecleucel:-:2019-03:consistent',
      'tisagenlecleucel:-:2022-08:consistent',
    ]);
  });

  it('reads products in use at home as approved there, and not-yet-usable as no approval', () => {
    expect(approvals(verified('国内ではアベクマとカービクティの2製品がすでに使われています。'))).toEqual([
      'idecabtagene-vicleucel:PMDA:-:consistent',
      'ciltacabtagene-autoleucel:PMDA:-:consistent',
    ]);
    expect(verified('国内ではまだテセルラは使えません。').some((c) => field(c, 'approved') === true)).toBe(
      false,
    );
  });

  it("reads each product's bracket of facts with its date, and a regulator beside a date with only a space", () => {
    const header = ['回', 'テーマ', '主な題材'];
    expect(
      approvals(
        verified([
          row(
            [
              '6',
              '療法',
              'テセルラ（MAGE-A4、滑膜肉腫、FDA迅速承認2024年8月）、アムタグビ（悪性黒色腫、FDA 2024年2月）',
            ],
            header,
          ),
        ]),
      ),
    ).toEqual(['afamitresgene-autoleucel:FDA:2024-08:consistent', 'lifileucel:FDA:2024-02:consistent']);
    expect(
      approvals(
        verified([
          row(
            ['6', '療法', 'テセルラ（滑膜肉腫、FDA 2024年8月）、アムタグビ（悪性黒色腫、FDA 2024年2月）'],
            header,
          ),
        ]),
      ),
    ).toEqual(['afamitresgene-autoleucel:FDA:2024-08:consistent', 'lifileucel:FDA:2024-02:consistent']);
  });

  it('gives a counted group the page lists next to the entries of that list, not to a count', () => {
    const header = ['产品', '批准时间'];
    const claims = verified([
      { text: '下表所列两个CAR-T产品均已获国家药品监督管理局（NMPA）批准上市。' },
      row(['阿基仑赛注射液（奕凯达）', '2021年6月22日'], header),
      row(['瑞基奥仑赛注射液（倍诺达）', '2021年9月3日'], header),
    ]);
    expect(approvals(claims)).toEqual([
      'axicabtagene-ciloleucel:NMPA:-:consistent',
      'relmacabtagene-autoleucel:NMPA:-:consistent',
      'axicabtagene-ciloleucel:-:2021-06-22:consistent',
      'relmacabtagene-autoleucel:-:2021-09-03:consistent',
    ]);
  });

  it('reads "将<product>扩展至…" as a dated extension of its label', () => {
    const claims = verified('歐盟委員會於2024年3月將Abecma擴展至曾接受至少兩線治療的患者。');
    expect(approvals(claims)).toEqual(['idecabtagene-vicleucel:EMA:2024-03:consistent']);
  });

  it('reads a long bracket with a date as a clause of its own, not as a list of bracketed dates', () => {
    const claims = verified(
      'Für Erwachsene stehen Tecartus (Brexucabtagen-Autoleucel, in der EU seit September 2022 für Erwachsene ab 26 Jahren) und Aucatzyl (Obecabtagen-Autoleucel, seit 2025) zur Verfügung.',
    );
    expect(approvals(claims)).toEqual([
      'brexucabtagene-autoleucel:EMA:2022-09:consistent',
      'obecabtagene-autoleucel:EMA:2025:consistent',
    ]);
  });
});

describe('columns of uses and their abbreviations', () => {
  const uses = (claims: readonly Claim[]): string[] =>
    claims
      .filter((c) => c.kind === 'indication')
      .map((c) => `${c.productId}:${String(field(c, 'conditionId'))}:${c.verdict}`);

  it('reads "初承認時の対象" and "대상 암" as columns of uses', () => {
    expect(
      uses(
        verified([
          row(
            [
              'ゲンディシン（標的抗原なし）',
              '非増殖型アデノウイルス・p53遺伝子',
              '中国・2003年',
              '頭頸部扁平上皮がん',
            ],
            ['製品（標的）', '分類', '初承認', '初承認時の対象'],
          ),
        ]),
      ),
    ).toEqual(['recombinant-human-p53-adenovirus:head-and-neck-scc:consistent']);
    expect(
      uses(
        verified([
          row(
            [
              '임리직(탈리모진 라허파렙벡)',
              '종양용해 바이러스',
              '미국 2015년 10월',
              '수술로 제거할 수 없는 흑색종',
            ],
            ['제품', '종류·표적', '허가', '대상 암'],
          ),
        ]),
      ),
    ).toEqual(['talimogene-laherparepvec:melanoma:consistent']);
  });

  it('reads the Spanish, Portuguese and French abbreviations of mediastinal and high-grade lymphoma', () => {
    const header = ['Medicamento', 'Indicación autorizada'];
    expect(
      uses(verified([row(['Yescarta', 'LBPM tras dos o más líneas; LBAG en 2.ª línea'], header)])),
    ).toEqual(['axicabtagene-ciloleucel:pmbcl:consistent', 'axicabtagene-ciloleucel:hgbcl:consistent']);
    expect(
      uses(verified([row(['Yescarta', 'LPMGCB após duas linhas'], ['Medicamento', 'Indicação'])])),
    ).toEqual(['axicabtagene-ciloleucel:pmbcl:consistent']);
    expect(
      uses(verified([row(['Yescarta', 'LMPGCB après au moins deux lignes'], ['Médicament', 'Indication'])])),
    ).toEqual(['axicabtagene-ciloleucel:pmbcl:consistent']);
  });
});

describe('promises', () => {
  it('keeps two quoted promises apart', () => {
    expect(
      promises(
        verified('「成功率100%」「副作用なし」などと宣伝するキムリアの仲介業者には十分ご注意ください。'),
      ),
    ).toEqual(['成功率', '副作用なし']);
  });

  it('reads a promise a question quotes, but not the question', () => {
    expect(promises(verified('问：有中介称CAR-T可“一针根治、永不复发”，是否可信？'))).toEqual([
      '根治',
      '永不复发',
    ]);
    expect(promises(verified('Is CAR-T a cure for every Kymriah patient?'))).toEqual([]);
  });

  it('reads promises with a figure inside, in the singular, for any cancer, and cancer defeated', () => {
    expect(
      promises(
        verified(
          'Méfiez-vous des intermédiaires qui annoncent pour Kymriah un « taux de rémission de 95 % garanti » ou un traitement « sans aucun effet secondaire ».',
        ),
      ),
    ).toEqual(['rémission de 95 % garanti', 'sans aucun effet secondaire']);
    expect(
      promises(verified('インターネット上には「どんな血液がんも治る」とうたうCAR-Tの広告もございます。')),
    ).toEqual(['どんな血液がんも治る']);
    expect(
      promises(verified('Аннотация обещает рассказ о CAR-T, «лекарстве, которое побеждает рак навсегда».')),
    ).toEqual(['побеждает рак']);
  });
});
