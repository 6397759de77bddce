// Time-to-event figures in the languages pages use: medians in local month words and decimal
// commas, the comparison arm, hazard ratios under their local names, and a risk reduction in
// percent read as the hazard ratio it states.
import { describe, expect, it } from 'vitest';
import { findTimeFigures } from '../../lib/claims/patterns';
import { findTimeMetrics } from '../../lib/claims/metrics';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const figures = (text: string) => findTimeFigures(text).map((f) => `${f.value} ${f.unit}`);

describe('time figures in other languages', () => {
  it.each([
    ['8,3 meses con Yescarta frente a 2,0 meses', ['8.3 months', '2 months']],
    ['bei 3,25 gegenüber 1,77 Monaten', ['3.25 months', '1.77 months']],
    ['13,3 statt 4,4 Monate', ['13.3 months', '4.4 months']],
    ['13,3 mois contre 4,4 mois', ['13.3 months', '4.4 months']],
    ['3,25 месяца против 1,77 месяца', ['3.25 months', '1.77 months']],
    ['中央値がアベクマで13.3か月、標準治療で4.4か月', ['13.3 months', '4.4 months']],
    ['중앙값 8.3개월(표준치료군 2.0개월)', ['8.3 months', '2 months']],
    ['(HR 0,40)', ['0.4 ratio']],
    ['（ハザード比0.49）', ['0.49 ratio']],
    ['위험비 0.40', ['0.4 ratio']],
    ['风险比（HR）为0.37', ['0.37 ratio']],
    ['标准方案组为4.4个月，HR为0.49', ['4.4 months', '0.49 ratio']],
    ['mit einer Hazard Ratio von 0,26', ['0.26 ratio']],
    ['hazard ratio for progression or death 0.26 at a median follow-up', ['0.26 ratio']],
    ['(HR de progresión 0,26)', ['0.26 ratio']],
    ['в контрольной группе (ОР 0,37)', ['0.37 ratio']],
    ['Отношение рисков прогрессирования или смерти: 0,37.', ['0.37 ratio']],
    ['Das Risiko für ein solches Ereignis sank um 60 Prozent.', ['0.4 ratio']],
    ['redujo el riesgo de progresión o muerte en un 74 %', ['0.26 ratio']],
    // The figure before the risk, and verbs of falling.
    ['redujo en 74 % el riesgo de progresión o muerte', ['0.26 ratio']],
    ['o risco de progressão ou morte caiu 74%', ['0.26 ratio']],
    // A trial's name between the verb and the risk; "reduziu"; the percentage with "lower".
    ['Carvykti senkte in CARTITUDE-4 das Risiko für Fortschreiten oder Tod um 74 %.', ['0.26 ratio']],
    ['o Carvykti reduziu em 74% o risco de progressão ou morte', ['0.26 ratio']],
    ['o risco de a doença progredir ou de o doente morrer foi 84 % menor', ['0.16 ratio']],
    ['a 74% lower risk of progression or death', ['0.26 ratio']],
  ])('%j', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('takes the stated hazard ratio, not a second one, when the reduction comes with it', () => {
    expect(figures('redujo el riesgo de progresión o muerte en un 74 % (HR 0,26)')).toEqual(['0.26 ratio']);
  });

  it.each([
    ['supervivencia libre de progresión', 'median PFS'],
    ['ereignisfreie Überleben', 'median EFS'],
    ['survie globale', 'median OS'],
    ['выживаемости без прогрессирования', 'median PFS'],
    ['無増悪生存期間', 'median PFS'],
    ['무사건생존기간', 'median EFS'],
    ['奏効期間', 'median DoR'],
  ])('%j names %s', (text, metric) => {
    expect(findTimeMetrics(text).map((m) => m.metric)).toContain(metric);
  });

  it('reads a median and its comparison arm as one claim', () => {
    const claims = claimsOf([
      { text: 'Abecma: survie sans progression médiane de 13,3 mois contre 4,4 mois.' },
    ]).filter((c) => c.kind === 'response');
    expect(claims.map((c) => [field(c, 'metric'), field(c, 'value'), field(c, 'comparatorValue')])).toEqual([
      ['median PFS', 13.3, 4.4],
    ]);
  });
});

describe('a risk reduction in percent', () => {
  it('is one hazard-ratio claim, not also a response rate, and says how the page put it', () => {
    const claims = claimsOf([
      { text: 'Carvykti redujo el riesgo de progresión o muerte en un 74 % en CARTITUDE-4.' },
    ]).filter((c) => c.kind === 'response');
    expect(claims.map((c) => [field(c, 'metric'), field(c, 'value'), field(c, 'riskReduction')])).toEqual([
      ['HR', 0.26, 74],
    ]);
  });
});
