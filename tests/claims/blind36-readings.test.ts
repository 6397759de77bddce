import { describe, expect, it } from 'vitest';
import { accusing, claimOf, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses and false alarms of blind set 36 after its two scorings (the set is
// spent), each a reading of a kind of sentence rather than of one: the dates of one regulator's
// decisions for several products, "dès" as "since", a second decision told without its verb, a
// product "still under study" in each language, a header's bracketed qualifier, the ordinal "2차
// 이상", a trial's figure quoted by a centre, a cohort far smaller than the trial's, the breakthrough
// designation in other languages, French plurals of disease names, a ranking told as an apposition or
// at home without a word of approval, a use of an investigational product told without a word of
// approval, patients told as a use in every language, and a young patient's upper age as the only
// limit. The review guards are the code review's overreaches, each narrowed.

const approvals = (claims: ReturnType<typeof verified>) => claims.filter((c) => c.kind === 'approval');

describe('one regulator, several dated decisions', () => {
  it('gives each product its date from the one regulator the sentence names', () => {
    const zevor = approvals(
      verified(
        'В Китае NMPA одобрило эквекабтаген аутолейцел (Fucaso) 30.06.2023 и зеворкабтаген аутолейцел (CT053) 23.02.2023.',
      ),
    ).find((c) => c.productId === 'zevorcabtagene-autoleucel');
    // The NMPA first approved zevor-cel on 23 Feb 2024: a year before, it had no NMPA approval.
    expect(zevor?.verdict).toBe('differs');
    expect(zevor?.explanation).toContain('first approved it');
  });

  it('takes no date across a clause of its own for the regulator’s (review guard)', () => {
    const claims = verified(
      'Health Canada approved Amtagvi in August 2025; Carvykti, approved in February 2022, remains the most widely used BCMA CAR-T.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('leaves a date at another place than the named regulator to that place', () => {
    const claims = approvals(
      verified('Zevor-cel was approved by the NMPA in February 2024 and in Hong Kong in 2023.'),
    );
    expect(accusing(claims)).toEqual([]);
  });
});

describe('"dès" dates an entry as "depuis" does', () => {
  it('reads "autorisé dès 2019" as Health Canada’s first approval, which was in 2018', () => {
    const late = claimOf('Santé Canada a autorisé Kymriah dès 2019.', 'approval');
    expect([field(late, 'regulator'), field(late, 'first'), late.verdict]).toEqual(['HC', true, 'differs']);
    // English names Health Canada without an article.
    expect(late.explanation).toContain('Health Canada first approved it');
    expect(late.explanation).not.toMatch(/the Health Canada(?! approval)/i);
    expect(claimOf('Santé Canada a autorisé Kymriah dès 2018.', 'approval').verdict).toBe('consistent');
  });
});

describe('a second decision told without its verb', () => {
  it('reads the date after ", and on" or ", а" as a decision of its own', () => {
    for (const text of [
      'Carvykti was approved by the FDA on 28 February 2022, and on 5 April 2024 for patients after one prior line.',
      'Цилтакабтаген аутолейцел (Carvykti) одобрен FDA 28.02.2022, а 5 апреля 2024 г. — уже после одной линии терапии у пациентов, рефрактерных к леналидомиду.',
    ]) {
      const claims = approvals(verified(text));
      expect(claims.map((c) => [field(c, 'date'), c.verdict])).toEqual([
        ['2022-02-28', 'consistent'],
        ['2024-04-05', 'consistent'],
      ]);
    }
  });

  it('takes no date of another event for a decision', () => {
    const claims = approvals(
      verified('Kymriah was approved by the FDA in 2017, and in 2018 the company opened a new plant.'),
    );
    expect(claims.map((c) => field(c, 'date'))).toEqual(['2017']);
  });
});

describe('a product still under study, in each language', () => {
  it('reads the status as "not approved", which the records of an investigational product confirm', () => {
    for (const text of [
      'Le crétostimogène grenadénorepvec est encore expérimental.',
      'Кретостимоген (CG0070) пока исследуется.',
      'Cretostimogene ist noch in klinischer Prüfung.',
    ]) {
      const claim = claimOf(text, 'approval');
      expect([claim.productId, field(claim, 'approved'), claim.verdict]).toEqual([
        'cretostimogene-grenadenorepvec',
        false,
        'consistent',
      ]);
    }
  });

  it('reads no status in a new version "in Entwicklung" (review guard)', () => {
    expect(approvals(verified('Eine allogene Version von Yescarta ist derzeit in Entwicklung.'))).toEqual([]);
  });

  it('reads a disease a product is still developed in as no approved use', () => {
    const claims = verified('Kymriah ist weiterhin in klinischer Entwicklung für Myelom.');
    expect(accusing(claims)).toEqual([]);
    expect(approvals(claims).map((c) => [field(c, 'approved'), field(c, 'conditionId'), c.verdict])).toEqual([
      [false, 'multiple-myeloma', 'consistent'],
    ]);
  });
});

describe('a header’s bracketed qualifier', () => {
  it('reads "허가 대상(요약)" as a column of uses, one claim per disease', () => {
    const header = ['치료제', '표적', '국내 허가', '허가 대상(요약)'];
    const claims = verified([
      row(
        [
          '킴리아주',
          'CD19(티사젠렉류셀)',
          '2021. 3. 5.',
          'B세포 급성 림프구성 백혈병(25세 이하), 미만성 거대 B세포 림프종(성인)',
        ],
        header,
      ),
      row(
        ['예스카타주', 'CD19 (axi-cel)', '2025.08.13', 'DLBCL(2차 이상), 원발성 종격동 B세포 림프종'],
        header,
      ),
    ]).filter((c) => c.kind === 'indication');
    expect(claims.map((c) => [c.productId, field(c, 'conditionId'), c.verdict])).toEqual([
      ['tisagenlecleucel', 'b-all', 'consistent'],
      ['tisagenlecleucel', 'dlbcl', 'consistent'],
      ['axicabtagene-ciloleucel', 'dlbcl', 'consistent'],
      ['axicabtagene-ciloleucel', 'pmbcl', 'consistent'],
    ]);
    // "2차 이상": second line or later, so one line before it.
    expect(field(claims[2]!, 'minPriorLines')).toBe(1);
  });

  it('keeps a bracket that puts the column in trials (review guard)', () => {
    for (const header of [
      ['Produkt', 'Krebsart (laufende Studien)', 'Phase'],
      ['제품', '대상 (임상시험)', '단계'],
    ]) {
      const claims = verified([row(['Kymriah', 'Hodgkin-Lymphom / 호지킨 림프종', 'Phase 2'], header)]);
      expect(accusing(claims)).toEqual([]);
    }
  });
});

describe('figures and whose they are', () => {
  it('gives a trial’s figure quoted by a centre to the trial', () => {
    // (After a sentence naming the product: a page about therapy, whose trial the figure's is.)
    const zuma = claimOf(
      [
        { text: 'イエスカルタはCD19を標的とするCAR-T細胞製品です。' },
        { text: '当院の説明文書には、ZUMA-1試験では奏効率が約9割と記載されていた。' },
      ],
      'response',
    );
    expect([field(zuma, 'source'), field(zuma, 'trial'), zuma.verdict]).toEqual([
      undefined,
      'ZUMA-1',
      'differs',
    ]);
    const eliana = claimOf(
      'なお、当院で小児・若年成人の患者に用いているキムリアは、ELIANA試験で全寛解率81%と報告されている。',
      'response',
    );
    expect([field(eliana, 'trial'), eliana.verdict]).toEqual(['ELIANA', 'consistent']);
    const own = claimOf(
      'In our hospital, 12 patients received Kymriah and 75% were in remission at day 28.',
      'response',
    );
    expect([field(own, 'source'), own.verdict]).toEqual(['own', 'unverified']);
  });

  it('leaves a figure over far fewer patients than every trial’s unverified', () => {
    const claim = claimOf(
      'Of 11 patients given Yescarta, 7 (64%) were in complete response at day 90.',
      'response',
    );
    expect([field(claim, 'n'), claim.verdict]).toEqual([11, 'unverified']);
  });
});

describe('designations', () => {
  it('reads the breakthrough designation in Russian and Spanish, each sentence on its own', () => {
    const claims = approvals(
      verified([
        { text: 'Лететресген аутолейцел получил статус прорывной терапии.' },
        { text: 'Letetresgene autoleucel recibió la designación de terapia innovadora.' },
        { text: 'Letetresgene autoleucel received orphan designation in Japan.' },
      ]),
    );
    expect(claims.map((c) => c.verdict)).toEqual(['consistent', 'consistent', 'unverified']);
  });
});

describe('French plurals of disease names', () => {
  it('reads "les tumeurs de vessie n’infiltrant pas le muscle" as NMIBC', () => {
    const claim = claimOf(
      "Le nadofaragène firadénovec (Adstiladrin) a été approuvé par la FDA le 16 décembre 2022 pour les tumeurs de vessie n'infiltrant pas le muscle, à haut risque et ne répondant pas au BCG.",
      'indication',
    );
    expect([field(claim, 'conditionId'), claim.verdict]).toEqual(['nmibc', 'consistent']);
  });
});

describe('a ranking told as an apposition', () => {
  it('reads ", primera terapia CAR-T del mundo" after the product as its ranking', () => {
    const claims = approvals(
      verified(
        'Desde que la FDA aprobó Kymriah el 30 de agosto de 2017, primera terapia CAR-T del mundo, el campo ha crecido.',
      ),
    ).filter((c) => field(c, 'rank') === 'first');
    expect(claims.map((c) => [c.productId, c.matched, c.verdict])).toEqual([
      ['tisagenlecleucel', 'primera terapia CAR-T', 'consistent'],
    ]);
    // "primera línea" after a comma is a line of therapy, never a ranking.
    expect(
      approvals(verified('Abecma, primera línea de tratamiento, no.')).filter((c) => field(c, 'rank')),
    ).toEqual([]);
  });
});

describe('a ranking at home without a word of approval', () => {
  it('leaves "국내 첫 CAR-T" unverified for a product first approved at home, and checks it for one from abroad', () => {
    const home = claimOf('큐로셀의 안발셀은 국내 첫 CAR-T 치료제로 기대를 모은다.', 'approval');
    expect([field(home, 'rankHome'), home.verdict]).toEqual([true, 'unverified']);
    // Yescarta was first approved in the US: "Korea's first" can only mean approved there, and Kymriah was.
    expect(claimOf('예스카타주는 국내 첫 CAR-T 치료제다.', 'approval').verdict).toBe('differs');
  });
});

describe('a use of an investigational product', () => {
  it('calls it not approved only where the page presents it as approved or on offer', () => {
    const result = claimOf(
      'Nine in ten patients treated with BE-CAR7 had no leukemia left that tests could find.',
      'indication',
    );
    expect(result.verdict).toBe('unverified');
    expect(claimOf('Our clinic offers BE-CAR7 for T-cell leukemia.', 'indication').verdict).toBe(
      'not-approved',
    );
    // A row that dates a regulator's decision presents its use as approved.
    const dated = claimOf(
      [
        row(
          ['Lete-cel (letetresgene autoleucel)', 'FDA, 2025 (accelerated)', 'Myxoid/round cell liposarcoma'],
          ['Product', 'US approval', 'Indication'],
        ),
      ],
      'indication',
    );
    expect(dated.verdict).toBe('not-approved');
  });
});

describe('patients told as a use in every language', () => {
  it('reads an age bound as the product’s patients where a word of use stands beside it', () => {
    for (const text of [
      'オーカツィルは欧州では26歳以上の成人が対象です。',
      'Aucatzyl está indicado solo en adultos a partir de 26 años.',
      'Aucatzyl: nur für Erwachsene ab 26 Jahren.',
    ]) {
      const claim = claimOf(text, 'indication');
      expect([field(claim, 'minAge'), claim.verdict]).toEqual([26, 'consistent']);
    }
  });
});

describe('a young patient’s upper age as the only limit', () => {
  it('is no limit of an adults’ label, nor of a young patients’ label with a lower bound', () => {
    const claim = claimOf('年齢にも制限があり、キムリアの対象は投与時30歳以下の患者さんです。', 'indication');
    expect([field(claim, 'maxAge'), claim.verdict]).toEqual([30, 'differs']);
    expect(claimOf('Kymriah is for patients up to 25 years old.', 'indication').verdict).toBe('consistent');
  });
});
