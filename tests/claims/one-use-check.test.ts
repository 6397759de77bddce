// A sentence stating an approval and a use judges the use once, on the indication claim.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

describe('one use check per sentence', () => {
  it('leaves the patients and lines to the indication claim of the same sentence', () => {
    const claims = claimsOf([
      { text: '纳基奥仑赛注射液2023年11月获批，可用于儿童及成人复发难治B细胞急性淋巴细胞白血病。' },
    ]);
    const approval = claims.find((c) => c.kind === 'approval')!;
    const indication = claims.find((c) => c.kind === 'indication')!;
    expect(field(approval, 'population')).toBeUndefined();
    expect(field(approval, 'date')).toBe('2023-11');
    expect(field(indication, 'population')).toBeDefined();
  });

  it('keeps the disease on the approval claim: an approval for a disease nobody approved is itself wrong', () => {
    const claims = claimsOf([
      { text: 'Kymriah was approved by the FDA in 2017 for adults with multiple myeloma.' },
    ]);
    const approval = claims.find((c) => c.kind === 'approval')!;
    expect(field(approval, 'conditionId')).toBe('multiple-myeloma');
    expect(field(approval, 'population')).toBeUndefined();
  });

  it('states the use an approval names as an indication claim when the sentence gave none', () => {
    const kinds = (text: string) => claimsOf([{ text }]).map((c) => c.kind);
    // The use comes only with the approval's own words (a label extension, a line of therapy).
    // (The ja pack reads "効能が追加" as a label extension, which the indication rule reads itself.)
    const fl = claimsOf([{ text: 'キムリアは2022年8月に濾胞性リンパ腫の効能が追加されました。' }]);
    expect(fl.map((c) => c.kind).sort()).toEqual(['approval', 'indication']);
    const flUse = fl.find((c) => c.kind === 'indication')!;
    expect(field(flUse, 'conditionId')).toBe('fl');
    expect(field(flUse, 'dated')).toBe(true);
    const line = claimsOf([{ text: 'En Europa, Yescarta se aprobó para segunda línea en octubre de 2022.' }]);
    expect(line.map((c) => c.kind)).toEqual(['approval', 'indication']);
    expect(field(line[1]!, 'minPriorLines')).toBe(1);
    // The approval keeps the regulator; the use is judged against every regulator's approvals.
    expect(field(line[1]!, 'regulatorOwnedByApproval')).toBe(true);
    // An approval with no use adds nothing; a sentence with its own indication claim gets no second one.
    expect(kinds('Yescarta was approved in Japan in January 2021.')).toEqual(['approval']);
    expect(
      kinds('Kymriah was approved by the FDA in 2017 for adults with multiple myeloma.').filter(
        (k) => k === 'indication',
      ),
    ).toHaveLength(1);
  });
});
