// Reading helpers on wording found on pages the engine was not tuned on: lines of therapy said in
// words ("newly diagnosed", "as a second treatment"), a unit shared by two figures ("8.3 vs 2.0
// months"), Chinese time-to-event measures and casual approximations ("like 87%").
import { describe, expect, it } from 'vitest';
import { comparatorBefore, findPriorLines, findTimeFigures } from '../../lib/claims/patterns';
import { findMetrics, findTimeMetrics } from '../../lib/claims/metrics';

describe('lines of therapy in words', () => {
  it.each([
    ['approved for newly diagnosed multiple myeloma', 0],
    ['now a first-line treatment for myeloma', 0],
    ['as front-line therapy', 0],
    ['in previously untreated patients', 0],
    ['It can also be given as a second treatment when lymphoma has come back', 1],
    ['when lymphoma has come back within 12 months of finishing first-line chemoimmunotherapy', 1],
    ['in europe they want 2 lines incl a btki', 2],
    ['the label requires three prior lines', 3],
  ])('%j → %i prior lines', (text, value) => {
    expect(findPriorLines(text)?.value).toBe(value);
  });

  it('does not read the prior treatment as the line the product is used in', () => {
    expect(
      findPriorLines('large B-cell lymphoma that is refractory to first-line chemoimmunotherapy'),
    ).toBeUndefined();
    expect(findPriorLines('after first-line therapy failed')).toBeUndefined();
  });
});

describe('durations sharing one unit', () => {
  it('reads "8.3 vs 2.0 months" as two durations', () => {
    expect(findTimeFigures('event-free survival 8.3 vs 2.0 months').map((f) => [f.value, f.unit])).toEqual([
      [8.3, 'months'],
      [2, 'months'],
    ]);
    expect(
      findTimeFigures('median progression-free survival was 3.25 versus 1.77 months').map((f) => f.value),
    ).toEqual([3.25, 1.77]);
  });

  it('leaves other numbers before "vs" alone', () => {
    expect(findTimeFigures('104 vs 52 patients, followed for 24 months').map((f) => f.value)).toEqual([24]);
  });

  it('reads Chinese time-to-event measures and the control arm', () => {
    const text = '舒瑞基奥仑赛组中位无进展生存期为3.25个月，对照组为1.77个月。';
    expect(findTimeMetrics(text).map((m) => m.metric)).toEqual(['median PFS']);
    expect(findTimeFigures(text).map((f) => f.value)).toEqual([3.25, 1.77]);
  });
});

describe('casual wording', () => {
  it('"like 87%" is an approximation', () => {
    expect(comparatorBefore('zuma-2 had like 87% respond', 'zuma-2 had like '.length).comparator).toBe('~');
  });

  it('reads lowercase metric abbreviations and "respond"', () => {
    expect(findMetrics('cr was 52% among 54 evaluable patients').map((m) => m.metric)).toEqual(['CR']);
    expect(findMetrics('the data was ~85% orr').map((m) => m.metric)).toEqual(['ORR']);
    expect(findMetrics('had like 87% respond').map((m) => m.metric)).toEqual(['response']);
  });

  it('reads plain-language response wording', () => {
    expect(findMetrics('It works for about 70% of patients').map((m) => m.metric)).toEqual(['response']);
    expect(findMetrics('shrank tumors in 48% of patients').map((m) => m.metric)).toEqual(['response']);
  });
});
