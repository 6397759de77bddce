import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { landmarkRate } from '../../lib/claims/landmark-rates';
import type { Claim } from '../../lib/schema';

// Landmark survival rates: a share of patients alive (event-free, progression-free) at a time point,
// compared only with a recorded rate of the same measure at the same time.

const rates = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'response')
    .map(
      (c) =>
        `${String(field(c, 'metric'))}:${String(field(c, 'value'))}:${String(field(c, 'timepoint'))}:${String(field(c, 'comparatorValue') ?? '-')}:${c.verdict}`,
    );

describe('reading a landmark rate', () => {
  it.each([
    ['In ZUMA-7, the 2-year event-free survival with Yescarta was 41% versus 16% with standard care.', 'en'],
    ['예스카타주는 ZUMA-7 연구에서 2년 무사건 생존율이 41%로, 표준치료군(16%)보다 높았습니다.', 'ko'],
    ['Yescarta在ZUMA-7中，兩年無事件存活41%對16%。', 'zh'],
    ['イエスカルタのZUMA-7試験では、2年の時点で無イベント生存していたのは41％対16％です。', 'ja'],
  ])("reads ZUMA-7's 24-month EFS rate and its comparison arm (%s)", (text) => {
    expect(rates(verified(text))).toEqual(['EFS rate:41:24 months:16:consistent']);
  });

  it('calls a different rate of the named trial at the same time point different', () => {
    expect(rates(verified('In ZUMA-7, 2-year event-free survival with Yescarta was 51%.'))).toEqual([
      'EFS rate:51:24 months:-:differs',
    ]);
  });

  it('leaves a different rate without its trial unverified: another trial may report one', () => {
    expect(rates(verified('With Yescarta, 2-year event-free survival was 51%.'))).toEqual([
      'EFS rate:51:24 months:-:unverified',
    ]);
  });

  it('leaves a rate at a time point the dataset holds none for unverified', () => {
    expect(rates(verified('In ZUMA-7, 3-year event-free survival with Yescarta was 38%.'))).toEqual([
      'EFS rate:38:36 months:-:unverified',
    ]);
  });

  it('gives each rate of a sentence its own nearest measure and time', () => {
    expect(
      rates(verified('In TRANSFORM, 2-year EFS was 41% with Breyanzi, and 3-year overall survival was 63%.')),
    ).toEqual(['EFS rate:41:24 months:-:unverified', 'OS rate:63:36 months:-:unverified']);
  });

  it("reads Delytact's 1-year survival rate", () => {
    expect(
      rates(verified('デリタクトの第II相試験では、治療開始から1年後に生存していた人の割合は84.2%でした。')),
    ).toEqual(['OS rate:84.2:12 months:-:consistent']);
  });
});

describe('what is no landmark', () => {
  it('takes no follow-up length, date or era year for a time point', () => {
    const at = (text: string) =>
      landmarkRate(text, { start: text.indexOf('41'), end: text.indexOf('41') + 3 });
    expect(
      at('After a median follow-up of 24 months, event-free survival was 41% in the study.'),
    ).toBeUndefined();
    expect(at('2022年8月の報告では、無イベント生存は41%でした。')).toBeUndefined();
    expect(at('令和4年の報告では、無イベント生存は41%でした。')).toBeUndefined();
    expect(at('In ZUMA-7, the complete response rate was 41%.')).toBeUndefined();
  });
});
