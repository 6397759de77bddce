// Pages that name products only in their own script (Chinese, Japanese, Korean, Russian) find the
// right products, and nothing else. The names come from data/names-2026-12-04.md; the sentences are
// written for this test.
import { describe, expect, it } from 'vitest';
import { hitsIn, idsOf } from './helpers';

const products = (text: string) => idsOf(text, 'product').sort();

describe('products named only in another script', () => {
  it.each([
    [
      'zh',
      '福可苏(伊基奥仑赛注射液)和赛恺泽都用于多发性骨髓瘤,布瑞基奥仑赛注射液仍在审评。',
      ['brexucabtagene-autoleucel', 'equecabtagene-autoleucel', 'zevorcabtagene-autoleucel'],
    ],
    [
      'zh-Hant',
      '伊基奧侖賽注射液與西達基奧侖賽均靶向BCMA,阿基侖賽注射液(奕凱達)則靶向CD19。',
      ['axicabtagene-ciloleucel', 'ciltacabtagene-autoleucel', 'equecabtagene-autoleucel'],
    ],
    [
      'ja',
      'デリタクトとアムタグビ、テセルラ、シルタセルは名前だけで紹介されることが多い。',
      ['afamitresgene-autoleucel', 'ciltacabtagene-autoleucel', 'lifileucel', 'teserpaturev'],
    ],
    [
      'ko',
      '안발셀과 아베크마, 예스카타주는 모두 혈액암 세포치료제다.',
      ['anbalcabtagene-autoleucel', 'axicabtagene-ciloleucel', 'idecabtagene-vicleucel'],
    ],
    [
      'ru',
      'Аксикабтаген одобрили раньше, чем тисагенлеклейсел появился в России.',
      ['axicabtagene-ciloleucel', 'tisagenlecleucel'],
    ],
  ])('%s: %s', (_lang, text, ids) => {
    expect(products(text)).toEqual(ids);
  });

  it('reads a Chinese generic name inside a longer one as the longer product only', () => {
    expect(products('舒瑞基奥仑赛注射液获批上市。')).toEqual(['satricabtagene-autoleucel']);
    expect(products('布瑞基奥仑赛注射液获受理。')).toEqual(['brexucabtagene-autoleucel']);
    expect(products('瑞基奥仑赛注射液获批上市。')).toEqual(['relmacabtagene-autoleucel']);
  });

  it('reads an inflected Russian INN word', () => {
    expect(products('Регистрация аксикабтагена в США состоялась в 2017 году.')).toEqual([
      'axicabtagene-ciloleucel',
    ]);
  });

  it('finds no product in look-alike words', () => {
    expect(products('テセルラリア社のニュース')).toEqual([]);
    expect(products('신아벡마라는 말은 없다')).toEqual([]);
  });
});

describe('names added from data/names-2026-12-04b.md', () => {
  it.each([
    [
      'ru',
      'Цилтакабтаген аутолейцел и Абекма нацелены на BCMA.',
      ['ciltacabtagene-autoleucel', 'idecabtagene-vicleucel'],
    ],
    [
      'ko',
      '테카터스(브렉수캅타진 오토류셀), 림카토, 임리직, 암타그비와 프로벤지는 모두 해외 또는 국내 제품이다.',
      [
        'anbalcabtagene-autoleucel',
        'brexucabtagene-autoleucel',
        'lifileucel',
        'sipuleucel-t',
        'talimogene-laherparepvec',
      ],
    ],
    [
      'ja',
      'プロベンジ、アドスティラドリン、タリモジーン・ラハーパレプベックは日本では未承認である。',
      ['nadofaragene-firadenovec', 'sipuleucel-t', 'talimogene-laherparepvec'],
    ],
    [
      'zh',
      '重组人5型腺病毒注射液与重组人p53腺病毒注射液都是中国批准的基因治疗药物。',
      ['h101', 'recombinant-human-p53-adenovirus'],
    ],
  ])('%s: %s', (_lang, text, ids) => {
    expect(products(text)).toEqual(ids);
  });

  it.each([
    ['цилтакабтагена аутолейцела (цилта-цела) в реальной практике', 'ciltacabtagene-autoleucel'],
    ['Пациенты после терапии Абекмой', 'idecabtagene-vicleucel'],
    ['АБЕКМА 260-500 x 10⁶ клеток для инфузий', 'idecabtagene-vicleucel'],
    ['림카토주는 국산 1호 CAR-T 치료제다.', 'anbalcabtagene-autoleucel'],
    ['테카투스는 유럽에서 조건부 승인을 받았다.', 'brexucabtagene-autoleucel'],
    ['탈리모진 라허파렙벡과 리필류셀', 'talimogene-laherparepvec'],
    ['シプリューセル‐T（製品名プロベンジ）', 'sipuleucel-t'],
    ['ナドファラゲン フィラデノベクを承認申請した。', 'nadofaragene-firadenovec'],
    ['重组人P53腺病毒注射液(今又生)', 'recombinant-human-p53-adenovirus'],
    ['重組人P53腺病毒注射液', 'recombinant-human-p53-adenovirus'],
  ])('finds %j', (text, id) => {
    expect(products(text)).toContain(id);
  });

  it('finds no product in look-alike words', () => {
    expect(products('プロベンジャー社とシンプロベンジ')).toEqual([]);
    expect(products('새림카토와 오임리직')).toEqual([]);
    expect(products('Абекмар — не препарат.')).toEqual([]);
  });
});

describe('Russian case endings', () => {
  it('reads a condition in any case, and keeps short words apart from product names', () => {
    const conditions = (text: string) =>
      hitsIn(text)
        .filter((h) => h.kind === 'condition')
        .map((h) => h.id);
    expect(conditions('пациентам с рецидивирующим В-клеточным острым лимфобластным лейкозом')).toEqual([
      'b-all',
    ]);
    expect(conditions('при диффузной В-крупноклеточной лимфоме')).toEqual(['dlbcl']);
    expect(hitsIn('Кимры — город в Тверской области.').filter((h) => h.kind === 'product')).toEqual([]);
  });
});

describe('names added from data/names-2026-12-05.md', () => {
  it.each([
    ['Клинические исследования препарата «Утжефра» начались в декабре.', 'utzhefra'],
    ['первого отечественного CAR-T-препарата Утжефры', 'utzhefra'],
    ['Утжефра (гемагенлеклейцел) разработана в НМИЦ гематологии.', 'utzhefra'],
    ['the first Russian CAR-T drug Utjefra', 'utzhefra'],
    ['Utzhefra (hemagenlekleutzel) is a CD19 CAR-T.', 'utzhefra'],
    ['FDA는 아우카트질(오베카브타진 아우토류셀)을 승인했다.', 'obecabtagene-autoleucel'],
    ['오토러스의 오캣질(오베셀)이 허가됐다.', 'obecabtagene-autoleucel'],
  ])('finds %j', (text, id) => {
    expect(products(text)).toEqual([id]);
  });

  it('keeps гемагенлеклейцел and тисагенлеклейцел apart', () => {
    expect(products('тисагенлеклейцел зарегистрирован в 2023 году.')).toEqual(['tisagenlecleucel']);
    expect(products('гемагенлеклейцел проходит испытания.')).toEqual(['utzhefra']);
  });

  it('finds no product in look-alike words', () => {
    expect(products('새오캣질과 무오베셀')).toEqual([]);
  });
});

describe('names added from data/names-2026-12-05b.md', () => {
  it.each([
    [
      '「カービクティ」(シルタカブタゲンオートルユーセル)の添付文書が改訂された。',
      'ciltacabtagene-autoleucel',
    ],
    ['실타캅타젠 오토류셀주사제는 다발골수종 치료제다.', 'ciltacabtagene-autoleucel'],
    ['리소셀은 ‘브레얀지(Breyanzi)’라는 제품명으로 시판된다.', 'lisocabtagene-maraleucel'],
    ['식약처는 리소캅타젠 마라류셀을 희귀의약품으로 지정했다.', 'lisocabtagene-maraleucel'],
    ['테셀라(성분명 아파미트레스진 오토류셀)가 가속 승인됐다.', 'afamitresgene-autoleucel'],
    ['테셀라(Tecelra, 성분명 아파미트레스젠 오토루셀)를 승인했다.', 'afamitresgene-autoleucel'],
    ['방광암 유전자신약 애드스틸라드린(성분 나도파라진 피라데노벡)', 'nadofaragene-firadenovec'],
    ['유전자치료제 ‘애즈틸라드린’을 승인받았다.', 'nadofaragene-firadenovec'],
    ['유전자치료제 나도파라진피라데노벡이 희귀의약품으로 지정됐다.', 'nadofaragene-firadenovec'],
    ['T-세포치료제 에브발로를 승인권고했다.', 'tabelecleucel'],
  ])('finds %j', (text, id) => {
    expect(products(text)).toEqual([id]);
  });

  it('finds no product in look-alike words', () => {
    expect(products('새브레얀지와 무테셀라, 카리소셀')).toEqual([]);
    expect(products('スーパーカービクティー')).toEqual([]);
  });
});

describe('names added from data/names-2026-12-05c.md', () => {
  it.each([
    ['醫管局現時使用的CAR-T細胞治療藥物為「替沙侖賽」，已獲註冊作治療用途。', 'tisagenlecleucel'],
    ['医管局现时使用的CAR-T细胞治疗药物为「替沙仑赛」，已获注册作治疗用途。', 'tisagenlecleucel'],
  ])('finds %j', (text, id) => {
    expect(products(text)).toEqual([id]);
  });

  it('keeps 替沙仑赛 apart from the other …仑赛 names', () => {
    expect(products('阿基仑赛与替沙仑赛均靶向CD19。')).toEqual([
      'axicabtagene-ciloleucel',
      'tisagenlecleucel',
    ]);
  });
});

describe('names added from data/names-2026-12-07.md', () => {
  it.each([
    [
      '카스젠은 CLDN18.2 CAR-T ‘사트리셀’의 허가 임상2상에서 PFS를 개선했다고 밝혔다.',
      'satricabtagene-autoleucel',
    ],
    ['사트리셀은 위암 3차 치료제로 허가를 신청했다.', 'satricabtagene-autoleucel'],
    ['유럽 자문위원회는 몰메드의 잘목시스를 조건부 승인하도록 권고했다.', 'nalotimagene-carmaleucel'],
    ['다이이찌산쿄는 신약후보물질 ‘테세르파투레브’의 승인을 신청했다.', 'teserpaturev'],
    ['종양용해성 바이러스 ‘데리타쿠토’가 일본에서 발매됐다.', 'teserpaturev'],
    ['동종유래 T세포치료제 ‘에발로’가 FDA로부터 시판허가를 거절당했다.', 'tabelecleucel'],
    ['에브발로(성분 타벨레클류셀)의 허가 신청이 반려됐다.', 'tabelecleucel'],
  ])('finds %j', (text, id) => {
    expect(products(text)).toEqual([id]);
  });

  it('finds both products when a Korean brand and its INN stand together twice in one sentence', () => {
    expect(products('에발로(타벨레클류셀)와 데리타쿠토(테세르파투레브)는 일본과 유럽에서 허가됐다.')).toEqual(
      ['tabelecleucel', 'teserpaturev'],
    );
  });

  it('finds no product in look-alike words', () => {
    expect(products('새사트리셀과 무잘목시스')).toEqual([]);
    expect(products('신데리타쿠토와 구에발로')).toEqual([]);
  });
});
