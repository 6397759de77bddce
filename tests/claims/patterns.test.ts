import { describe, expect, it } from 'vitest';
import {
  findCounts,
  findDate,
  findN,
  findNBefore,
  findPercents,
  findPopulation,
  findPriorLines,
  findRelapsedRefractory,
  findTimeFigures,
} from '../../lib/claims/patterns';

const first = (text: string) => findPercents(text)[0];

describe('percentages and comparators', () => {
  it.each([
    ['~73% ORR', '~', 73],
    ['>80%Response Rate', '>', 80],
    ['response rates exceeding 80%', '>', 80],
    ['more than 90% of patients', '>', 90],
    ['over 80%', '>', 80],
    ['at least 70%', '≥', 70],
    ['≥ 70%', '≥', 70],
    ['up to 90% of patients', 'up to', 90],
    ['nearly 98%', '~', 98],
    ['about 70%', '~', 70],
    ['approximately 72%', '~', 72],
    ['less than 5%', '<', 5],
    ['72%', '=', 72],
    ['97,9%', '=', 97.9],
    // The same words in the other languages pages use.
    ['около 20 %', '~', 20],
    ['etwa 81 %', '~', 81],
    ['environ 60 %', '~', 60],
    ['약 60%', '~', 60],
    ['約76%', '~', 76],
    ['mehr als 80 %', '>', 80],
    ['plus de 70 %', '>', 70],
    ['超过80%', '>', 80],
  ])('%j', (text, comparator, value) => {
    expect(first(text)).toMatchObject({ comparator, value });
  });

  it('reads ranges and keeps "and" lists as separate figures', () => {
    expect(first('response rates of 39-43% were reported')).toMatchObject({ low: 39, high: 43 });
    expect(findPercents('ORR was 73% and 53% had CR').map((p) => p.value)).toEqual([73, 53]);
    expect(findPercents('50% to 40%').map((p) => p.value)).toEqual([50, 40]);
  });

  it('ignores the confidence level of an interval', () => {
    expect(findPercents('CR 51% (95% CI: 40.7-61.3)').map((p) => p.value)).toEqual([51]);
  });

  it('reads counts and n', () => {
    expect(findCounts('27 of 65 patients and 28/54 adults')).toMatchObject([
      { count: 27, of: 65 },
      { count: 28, of: 54 },
    ]);
    expect(findCounts('open 24/7')).toEqual([]);
    expect(findN('ORR 72% (n=101)')).toBe(101);
  });

  it('reads durations and hazard ratios', () => {
    expect(
      findTimeFigures('median PFS 13.3 months vs 4.4 months (HR 0.49)').map((f) => [f.value, f.unit]),
    ).toEqual([
      [13.3, 'months'],
      [4.4, 'months'],
      [0.49, 'ratio'],
    ]);
  });
});

describe('lines, ages, dates', () => {
  it.each([
    ['after two or more lines of systemic therapy', 2],
    ['(≥4 prior lines)', 4],
    ['after at least 1 prior line', 1],
    ['Multiple myeloma after 3+ lines', 3],
    ['LBCL (2nd line+)', 1],
    ['third-line', 2],
    ['after just one prior line of therapy', 1],
    ['tras al menos dos líneas de tratamiento previas', 2],
    ['既往接受二线或以上系统性治疗后', 2],
  ])('%j → %i prior lines', (text, value) => {
    expect(findPriorLines(text)?.value).toBe(value);
  });

  it.each([
    ['up to age 25', { maxAge: 25 }],
    ['patients up to 25 years of age', { maxAge: 25 }],
    ['(≤25 yrs)', { maxAge: 25 }],
    ['pediatric and young adult patients', { group: 'pediatric-and-young-adults' }],
    ['adults 18 and older', { group: 'adults', minAge: 18 }],
    ['children with B-ALL', { group: 'pediatric' }],
    ['para pacientes de hasta 25 años', { maxAge: 25 }],
  ])('%j', (text, expected) => {
    expect(findPopulation(text)).toMatchObject(expected);
  });

  it('does not read a percentage or a count as an age', () => {
    expect(findPopulation('up to 90% responded')).toBeUndefined();
    expect(findPopulation('less than 5 patients')).toBeUndefined();
  });

  it('knows relapsed/refractory wording', () => {
    expect(findRelapsedRefractory('r/r DLBCL')).toBe(true);
    expect(findRelapsedRefractory('relapsed or refractory')).toBe(true);
    expect(findRelapsedRefractory('newly diagnosed')).toBe(false);
  });

  it.each([
    ['approved by the NMPA on June 30, 2023', '2023-06-30'],
    ['on 30 June 2023', '2023-06-30'],
    ['in August 2017', '2017-08'],
    ['EMA approval in 2018', '2018'],
    ['2021年6月获批', '2021-06'],
    ['en agosto de 2017', '2017-08'],
    // Dots put the day first wherever they are used; slashes only when the day cannot be a month.
    ['am 02.06.2025 erweitert', '2025-06-02'],
    ['le 18/10/2026', '2026-10-18'],
    ['on 10/18/2026', '2026-10-18'],
    ['am 03/04/2024', '2024'],
    // A month and year in figures, as tables write them; a version number is not one.
    ['08/2021, bedingt', '2021-08'],
    ['EU: 03.2024', '2024-03'],
    ['version 1.2021', '2021'],
    // Year first, as Korean, Japanese and Chinese tables write dates; Korean "2021. 3." is a month.
    ['식약처 허가일 2021. 3. 5.', '2021-03-05'],
    ['承認日 2023.06.30', '2023-06-30'],
    ['2021/3/5 承認', '2021-03-05'],
    ['2021. 3. 허가', '2021-03'],
    ['2021.13.40', '2021'],
    // Months cut short with a dot, as tables and flashcards write them.
    ['AC, 19 févr. 2019', '2019-02-19'],
    ['am 3. Okt. 2024', '2024-10-03'],
    ['el 5 abr. 2022', '2022-04-05'],
    ['20 дек. 2023 г.', '2023-12-20'],
  ])('%j → %s', (text, date) => {
    expect(findDate(text)?.date).toBe(date);
  });
});

describe('percent words', () => {
  it.each([
    ['bei 43 Prozent der Behandelten', 43],
    ['73 por cento dos doentes', 73],
    ['environ 40 pour cent', 40],
    ['у 81 процента пациентов', 81],
  ])('%j → %d', (text, value) => {
    expect(findPercents(text).map((p) => p.value)).toEqual([value]);
  });
});

describe('cohort sizes', () => {
  it('reads how many patients a figure is over, in the languages pages use', () => {
    expect(findN('ORR 72% (n=101)')).toBe(101);
    expect(findN('among 91 patients without prior CAR-T')).toBe(91);
    expect(findN('在91例既往未接受过CAR-T治疗的患者中')).toBe(91);
    expect(findN('国内の第2相試験（16例）で奏効率86.7％')).toBeUndefined();
    expect(findN('en 45 pacientes tratados')).toBe(45);
  });

  it('takes the size stated last in the figure’s own clause', () => {
    const text = '103例可评估患者的客观缓解率为96.1%；在91例既往未接受过CAR-T治疗的患者中，客观缓解率为98.9%';
    expect(findNBefore(text, text.indexOf('96.1'))).toBe(103);
    expect(findNBefore(text, text.indexOf('98.9'))).toBe(91);
  });
});
