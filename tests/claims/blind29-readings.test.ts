import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';
import { findDates } from '../../lib/claims/patterns';

// Readings drawn from the false alarms, false reassurance and misses of blind set 29 after its second
// scoring (the set is spent).

describe('denials and uses set against another', () => {
  it('reads "…zugelassen, in der EU bislang nicht" as the EU denying that use', () => {
    const claims = verified(
      'In den USA ist Breyanzi seit dem 4. Dezember 2025 auch beim Marginalzonenlymphom zugelassen, in der EU bislang nicht.',
    );
    expect(accusing(claims)).toEqual([]);
    const eu = claims.find((c) => c.kind === 'approval' && field(c, 'approved') === false);
    expect(eu && [field(eu, 'regulator'), field(eu, 'conditionId')]).toEqual(['EMA', 'mzl']);
  });

  it('reads "aprobados para linfomas y no para leucemia" as no use for leukaemia', () => {
    const claims = verified(
      'Otros productos, como el Yescarta, están aprobados para linfomas y no para leucemia.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('reads "아직 허가된 곳은 없습니다" (approved nowhere yet) as a denial', () => {
    const claims = verified('BE-CAR7은 영국에서 1상 시험 중이며, 아직 허가된 곳은 없습니다.');
    expect(accusing(claims)).toEqual([]);
    expect(claims.find((c) => c.kind === 'approval')?.verdict).toBe('consistent');
  });

  it('reads "регистрации пока нет" (no registration yet) as a denial', () => {
    const claims = verified(
      'Отечественная «Утжефра» (гемагенлеклейцел) — КИ I–II фазы, разрешение Минздрава от 12.11.2024, регистрации пока нет.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(claims.some((c) => c.kind === 'approval' && field(c, 'approved') === false)).toBe(true);
  });

  it('starts the next use at ", а также" (as well as), not at a bare "или" inside it', () => {
    const claims = verified(
      'Согласно инструкции препарат «Кимрая» показан пациентам в возрасте до 25 лет включительно с В-клеточным острым лимфобластным лейкозом, рефрактерным или в рецидиве, а также взрослым пациентам с рефрактерной или рецидивирующей диффузной В-крупноклеточной лимфомой после двух и более линий системной терапии.',
    );
    expect(accusing(claims)).toEqual([]);
    const all = claims.find((c) => c.kind === 'indication' && field(c, 'conditionId') === 'b-all');
    expect(all && field(all, 'population')).not.toBe('adults');
  });

  it('leaves children out of a use "不适用于儿童患者"', () => {
    const claims = verified(
      '纳基奥仑赛注射液（源瑞达）于2023年11月获批，用于成人复发或难治性B细胞急性淋巴细胞白血病；该产品不适用于儿童患者。',
    );
    expect(accusing(claims)).toEqual([]);
  });
});

describe('places, ages and dates', () => {
  it('reads "GB" in a cell as the MHRA, whatever else its column names', () => {
    const claims = verified([
      row(
        ['Aucatzyl (obecabtagene autoleucel)', 'B-ALL in adults aged 26 and over', 'GB, April 2025', '3'],
        ['Medicine', 'Use (as licensed)', 'First EU or GB licence', 'Patients'],
      ),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => [field(c, 'regulator'), c.verdict])).toEqual([['MHRA', 'consistent']]);
  });

  it('reads "30歲或以下" as an upper age bound', () => {
    const claims = verified(
      '替沙侖賽（Kymriah）在美國獲准。它可用於30歲或以下的復發或難治性B細胞急性淋巴母細胞白血病患者。',
    );
    const all = claims.find((c) => c.kind === 'indication' && field(c, 'conditionId') === 'all');
    expect(all && [field(all, 'maxAge'), all.verdict]).toEqual([30, 'differs']);
  });

  it('reads era and Western years written in kanji ("平成三十一年三月", "二〇二四年十一月八日")', () => {
    expect(
      findDates('キムリアは平成三十一年三月、イエスカルタは令和三年一月に承認された。').map((d) => d.date),
    ).toEqual(['2019-03', '2021-01']);
    expect(findDates('二〇二四年十一月八日に承認').map((d) => d.date)).toEqual(['2024-11-08']);
  });

  it('reads an approval withdrawn in Japanese ("販売承認が取り下げられた") as the withdrawal', () => {
    const claims = verified('プロベンジは欧州で2013年に承認されたが、2015年に販売承認が取り下げられた。');
    const withdrawal = claims.find((c) => field(c, 'decision') === 'withdrawal');
    expect(withdrawal?.verdict).toBe('consistent');
  });
});

describe('products a clause describes', () => {
  it('gives "メラノーマを対象とするTIL製品アムタグビ" its use, not the product before it', () => {
    const claims = verified(
      '米国では、二〇二四年には、滑膜肉腫を対象とするTCR-T製品テセルラ及びメラノーマを対象とするTIL製品アムタグビが承認された。',
    );
    expect(accusing(claims)).toEqual([]);
    const melanoma = claims.find((c) => c.kind === 'indication' && field(c, 'conditionId') === 'melanoma');
    expect(melanoma?.productId).toBe('lifileucel');
  });

  it('reads "標的＝BCMA", "三者均靶向BCMA" and lists joined by "及び" as targets', () => {
    const targets = (text: Parameters<typeof verified>[0]) =>
      verified(text)
        .filter((c) => c.kind === 'target' && c.verdict === 'consistent')
        .map((c) => c.productId)
        .sort();
    expect(targets([row(['アベクマ', '標的＝BCMA'], ['製品', 'メモ'])])).toEqual(['idecabtagene-vicleucel']);
    expect(
      targets(
        '伊基奥仑赛注射液于2023年6月30日获批，泽沃基奥仑赛注射液于2024年2月23日获批，西达基奥仑赛注射液于2024年8月获批。三者均靶向BCMA。',
      ),
    ).toEqual(['ciltacabtagene-autoleucel', 'equecabtagene-autoleucel', 'zevorcabtagene-autoleucel']);
    expect(
      targets(
        'キムリア、イエスカルタ及びブレヤンジはCD19を、アベクマ及びカービクティはBCMAを標的としている。',
      ),
    ).toEqual([
      'axicabtagene-ciloleucel',
      'ciltacabtagene-autoleucel',
      'idecabtagene-vicleucel',
      'lisocabtagene-maraleucel',
      'tisagenlecleucel',
    ]);
  });
});
