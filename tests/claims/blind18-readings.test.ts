import { describe, expect, it } from 'vitest';
import { claimsOf, sentence } from './helpers';
import { field } from '../helpers/frames';
import { responseRule } from '../../lib/claims/rules/response';

// Readings drawn from the false alarms of the spent blind set 18, each general: a clause whose subject
// is "none", a limitation the sentence says was removed, a metric a figure's clause closes with, and
// a date "of the same year".
describe('clauses, removals, bracketed metrics and "the same year"', () => {
  it('reads a clause after a contrast whose subject is "none" as a denial of its approval word', () => {
    const approvals = claimsOf([
      {
        text: 'En tumores sólidos, Tecelra y Amtagvi están aprobados en Estados Unidos desde 2024, pero ninguno cuenta con autorización en la Unión Europea.',
      },
    ])
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${c.productId}:${String(field(c, 'approved'))}:${String(field(c, 'regulator'))}`);
    expect(approvals).toEqual([
      'afamitresgene-autoleucel:true:FDA',
      'lifileucel:true:FDA',
      'afamitresgene-autoleucel:false:EMA',
      'lifileucel:false:EMA',
    ]);
  });

  it('reads no denial in a limitation of use the sentence says was removed', () => {
    const claims = claimsOf([
      {
        text: '米国：2026年2月6日、イエスカルタの添付文書から「原発性中枢神経系リンパ腫には適応がない」とする使用制限が削除されました。',
      },
    ]);
    expect(claims.filter((c) => field(c, 'approved') === false)).toEqual([]);
    // The limitation itself, stated, is still read.
    const stated = claimsOf([
      {
        text: 'Yescarta is not indicated for the treatment of patients with primary central nervous system lymphoma.',
      },
    ]);
    expect(stated.filter((c) => c.kind === 'indication').map((c) => field(c, 'approved'))).toEqual([false]);
  });

  it('takes a figure’s metric from the brackets its clause closes with', () => {
    const details = responseRule
      .detect(
        sentence(
          'イエスカルタの臨床試験（ZUMA-1）では、約7割の患者さんで腫瘍が小さくなり（奏効）、約半数で腫瘍が見えなくなりました（完全奏効）。',
        ),
      )
      .map((c) => [c.details.metric, c.details.value]);
    expect(details).toEqual([
      ['response', 70],
      ['CR', 50],
    ]);
    // A bracket that opens with a metric and goes on to its own figure is that figure's.
    const inner = responseRule
      .detect(sentence('TECELRAの奏効率：43.2%（完全奏効2例、4.5%）'))
      .map((c) => [c.details.metric, c.details.value]);
    expect(inner).toEqual([
      ['ORR', 43.2],
      ['CR', 4.5],
    ]);
  });

  it('dates "18 October of the same year" with the year written before it', () => {
    const claims = claimsOf([
      { text: 'A FDA aprovou o Kymriah em 30 de agosto de 2017 e o Yescarta em 18 de outubro do mesmo ano.' },
    ]).filter((c) => c.ruleId === 'approval' && c.productId === 'axicabtagene-ciloleucel');
    expect(claims.map((c) => [field(c, 'date'), c.matched])).toEqual([
      ['2017-10-18', '18 de outubro do mesmo ano'],
    ]);
  });

  it('reads a British licence and a registration by a named regulator as approvals', () => {
    const approvals = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.ruleId === 'approval')
        .map((c) => `${c.productId}:${String(field(c, 'regulator'))}:${String(field(c, 'date'))}`);
    expect(approvals('The MHRA gave Aucatzyl a conditional licence in April 2025.')).toEqual([
      'obecabtagene-autoleucel:MHRA:2025-04',
    ]);
    expect(approvals('Kymriah was registered by the TGA in December 2018.')).toEqual([
      'tisagenlecleucel:TGA:2018-12',
    ]);
    // A licensing deal is no licence to market; a trial's registration is not the product's.
    expect(approvals('Kite signed a licence agreement for Yescarta in 2014.')).toEqual([]);
    expect(approvals('The ZUMA-7 trial of Yescarta was registered in 2017.')).toEqual([]);
  });
});

// From the false alarms of the spent blind set 19.
describe('an approval ended, and a regulator joined to the approval noun', () => {
  it('dates an approval taken off the market or ended as a withdrawal, not as the approval', () => {
    const claims = claimsOf([
      {
        text: 'Zalmoxis wurde 2019 vom Markt genommen, und die EU-Zulassung von Provenge endete bereits 2015.',
      },
    ]);
    expect(claims.filter((c) => c.ruleId === 'approval' && field(c, 'date') !== undefined)).toEqual([]);
    expect(
      claimsOf([{ text: "Provenge's EU authorisation ended in 2015." }]).filter(
        (c) => c.ruleId === 'approval',
      ),
    ).toEqual([]);
  });

  it('reads the regulator of "Keine EU-Zulassung"', () => {
    const denial = claimsOf([
      { text: 'Amtagvi (Lifileucel) ist in den USA zugelassen. Keine EU-Zulassung.' },
    ]).filter((c) => c.ruleId === 'approval' && field(c, 'approved') === false);
    expect(denial.map((c) => field(c, 'regulator'))).toEqual(['EMA']);
  });
});

describe('a copula that denies an approval, and durable response in Japanese', () => {
  it('reads "承認された製品ではありません" and its Korean and Chinese kin as denials', () => {
    const approved = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.ruleId === 'approval')
        .map((c) => field(c, 'approved'));
    expect(
      approved('クレトスチモジーン（cretostimogene grenadenorepvec）は、承認された製品ではありません。'),
    ).toEqual([false]);
    expect(approved('레테셀(lete-cel)은 허가된 제품이 아닙니다.')).toEqual([false]);
  });

  it('reads 持続的奏効率 as a durable response rate, not an overall one', () => {
    const [detail] = responseRule
      .detect(sentence('IMLYGICは主要試験（OPTiM）で持続的奏効率が16.3％（対照のGM-CSF群2.1％）でした。'))
      .map((c) => c.details);
    expect(detail).toMatchObject({ metric: 'DRR', value: 16.3 });
  });
});
