// A sentence that reports a regulatory step (a designation, a filing, a committee opinion) and the
// approval that followed reports two decisions: each keeps the date and the regulator of its own
// clause. Read as one, the step's date was checked against the approval (a false "differs") and a
// filing's regulator was read as an approval's (a false "not approved").
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';
import { verified } from '../verify/helpers';

const decisions = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval')
    .map((c) =>
      [
        String(field(c, 'decision') ?? field(c, 'approved')),
        field(c, 'regulator') ?? '-',
        field(c, 'date') ?? '-',
      ].join(' '),
    );

describe('a step and an approval in one sentence', () => {
  it('keeps each date with its own decision when "and" joins the two verbs', () => {
    expect(
      decisions(
        'Breyanzi received breakthrough therapy designation in 2016 and was approved by the FDA in February 2021.',
      ),
      // The FDA is named in the approval's clause only: the designation's regulator is left open.
    ).toEqual(['designation - 2016', 'true FDA 2021-02']);
    expect(
      decisions('The FDA accepted the BLA for Amtagvi in May 2023 and approved it on 16 February 2024.'),
    ).toEqual(['filing FDA 2023-05', 'true FDA 2024-02-16']);
    expect(
      decisions(
        'Carvykti obtuvo la designación PRIME de la EMA en 2019 y fue autorizado por la Comisión Europea en mayo de 2022.',
      ),
    ).toEqual(['designation EMA 2019', 'true EMA 2022-05']);
  });

  it('never reads a filing with another regulator as that regulator’s approval', () => {
    expect(
      decisions(
        'Amtagvi was approved by the FDA in February 2024, and an application was submitted to the EMA in June 2024.',
      ),
    ).toEqual(['true FDA 2024-02', 'filing EMA 2024-06']);
  });

  it('reads a step named after "nach" as the circumstance of the approval, with its own regulator', () => {
    expect(
      decisions(
        'Kymriah erhielt 2017 die Zulassung der FDA; 2018 folgte nach einer positiven CHMP-Empfehlung die EU-Zulassung.',
      ),
      // The date is the approval's (the opinion came "before" it): the opinion's own date is left open.
    ).toEqual(['true FDA 2017', 'committee-opinion EMA -', 'true EMA 2018']);
  });

  it('reads a Korean step joined to the approval by a verb ending as a decision of its own', () => {
    expect(
      decisions(
        '2025년 8월 13일에는 림프종 치료제 예스카타주가 신속처리 대상으로 지정돼 허가를 받았습니다.',
      ).map((d) => d.split(' ')[0]),
    ).toEqual(['designation', 'true']);
    expect(
      decisions(
        '림카토주는 2024년 8월 식약처의 첨단바이오의약품 신속처리 대상으로 지정됐고, 2024년 12월 30일 품목허가를 신청한 지 약 1년 4개월 만에 허가를 받았습니다.',
      ).map((d) => d.split(' ')[0]),
    ).toContain('true');
  });
});

describe('verdicts for a step and an approval in one sentence', () => {
  it('confirms each against its own record: no false "differs" from the step’s date, no false "not approved"', () => {
    const verdicts = (text: string) =>
      verified(text).map((c) => `${String(field(c, 'decision') ?? 'approval')}:${c.verdict}`);
    expect(
      verdicts(
        'Amtagvi was approved by the FDA in February 2024, and an application was submitted to the EMA in June 2024.',
      ),
    ).toEqual(['approval:consistent', 'filing:consistent']);
    expect(
      verdicts(
        'Breyanzi received breakthrough therapy designation in 2016 and was approved by the FDA in February 2021.',
      ),
    ).toEqual(['designation:unverified', 'approval:consistent']);
  });
});

describe('a date in a step clause of another language', () => {
  it('never dates an undated approval with the date of a step only a language pack names', () => {
    // "Orphan-Drug-Status" and "Zulassungsantrag" are the German pack's step words, not the core's:
    // the date of their clause is the designation's and the filing's, not the EU approval's.
    expect(
      decisions('Kymriah ist in der EU zugelassen, den Orphan-Drug-Status hatte es im April 2014 erhalten.'),
    ).toEqual(['true EMA -', 'designation - 2014-04']);
    expect(
      decisions('Kymriah ist in der EU zugelassen, der Zulassungsantrag wurde im November 2017 gestellt.'),
    ).toEqual(['true EMA -', 'filing - 2017-11']);
  });
});

describe('where a step’s clause begins', () => {
  it('never takes the full stop of an ordinal day for a clause break', () => {
    // "am 3. März 2020": cut at "3. ", the approval took the filing's place (Switzerland) and the
    // filing lost its date. The filing's place is its regulator.
    expect(
      decisions('Kymriah ist in der EU zugelassen, in der Schweiz wurde es am 3. März 2020 beantragt.'),
    ).toEqual(['true EMA -', 'filing SWISSMEDIC 2020-03-03']);
  });

  it('parts a step from the approval before it at a bare comma, so each keeps its own place', () => {
    expect(
      decisions('Kymriah is approved in the EU, in Japan a filing was submitted in March 2020.'),
    ).toEqual(['true EMA -', 'filing PMDA 2020-03']);
  });
});
