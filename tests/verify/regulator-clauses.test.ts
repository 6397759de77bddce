// Each decision of a sentence keeps what its own clause says: its kind of approval, its regulator
// (a place written in the page's script: 英国, 内地), a "still in clinical trials" for that regulator;
// the place a sentence names first is its regulator; and a decision dated after the records' as-of
// date is beyond them.
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';
import { field } from '../helpers/frames';

const approvals = (text: string) =>
  verified(text)
    .filter((c) => c.kind === 'approval')
    .map((c) => [field(c, 'regulator') ?? '-', field(c, 'approved'), c.verdict]);

describe('decisions clause by clause', () => {
  it('keeps the kind of approval to the clause that names it', () => {
    expect(
      approvals(
        'Tecartus: 2020年7月FDA加速批准用于套细胞淋巴瘤，2021年10月扩展至成人复发/难治性B细胞前体急性淋巴细胞白血病。',
      ),
    ).toEqual([
      ['FDA', true, 'consistent'],
      ['FDA', true, 'consistent'],
    ]);
  });

  it('keeps a later clause’s kind of approval to the place it names', () => {
    // Cilta-cel: FDA full approval in February 2022, EU conditional authorisation in May 2022.
    expect(
      approvals(
        'Ciltacabtagene autoleucel has been approved by the FDA in February 2022 and was conditionally authorised in the EU later that year.',
      ),
    ).toEqual([
      ['FDA', true, 'consistent'],
      ['EMA', true, 'consistent'],
    ]);
  });

  it('reads the UK and mainland China in the scripts pages write them', () => {
    expect(
      approvals(
        'Aucatzyl は2024年11月に米国で成人のB-ALLに承認され、英国でも2025年4月に条件付きで承認されました。',
      ),
    ).toEqual([
      ['FDA', true, 'consistent'],
      ['MHRA', true, 'consistent'],
    ]);
    // The US part says the product is still in trials there: a denial, which holds.
    expect(approvals('satri-cel目前只在內地獲批，美國方面仍停留在臨床階段。')).toEqual([
      ['NMPA', true, 'consistent'],
      ['FDA', false, 'consistent'],
    ]);
  });

  it.each([
    'Satri-cel was approved by the FDA for advanced gastric adenocarcinoma.',
    'O satri-cel foi aprovado pela FDA para o adenocarcinoma gástrico avançado.',
    'Satri-cel wurde von der FDA für das fortgeschrittene Adenokarzinom des Magens zugelassen.',
  ])('accuses a wrong regulator once, on the approval, in every language: %s', (text) => {
    // Satri-cel is approved by the NMPA only; the use itself is its Chinese label's.
    const found = verified(text).map((c) => `${c.kind}:${c.verdict}`);
    expect(found).toContain('approval:not-approved');
    expect(found).not.toContain('indication:not-approved');
    expect(found).not.toContain('indication:differs');
  });

  it.each([
    'Abecma fue aprobado en Estados Unidos, la Unión Europea y Japón.',
    'Abecma ist in den USA, der EU und Japan zugelassen.',
    'O Abecma foi aprovado nos EUA, na União Europeia e no Japão.',
  ])('reads each place of a list as a decision of its own: %s', (text) => {
    expect(approvals(text)).toEqual([
      ['FDA', true, 'consistent'],
      ['EMA', true, 'consistent'],
      ['PMDA', true, 'consistent'],
    ]);
  });

  it.each([
    'Tecelra is approved in the US, but not yet in Japan.',
    'Tecelra está aprobado en Estados Unidos, pero todavía no en Japón.',
    'テセルラは米国で承認されていますが、日本ではまだです。',
  ])('reads a denial whose approval word the contrast leaves out: %s', (text) => {
    const found = approvals(text);
    expect(found[0]).toEqual(['FDA', true, 'consistent']);
    expect(found[1]?.slice(0, 2)).toEqual(['PMDA', false]);
  });

  it('leaves a "not yet" with a verb of its own to that verb', () => {
    // The payer's decision the page says has not come is a step of its own (the designation rule's).
    expect(approvals('Carvykti is approved in the US, but not yet reimbursed in Japan.')).toEqual([
      ['FDA', true, 'consistent'],
      ['PMDA', undefined, 'unverified'],
    ]);
  });

  it('takes the place the sentence names first as the use’s regulator', () => {
    const c = claimOf(
      '반면 카빅티주는 국내에서 여전히 4차 이상 치료에만 허가되어 있어, 미국·유럽과의 적응증 격차가 가장 큰 품목이다.',
      'indication',
    );
    expect(field(c, 'regulator')).toBe('MFDS');
    expect(c.verdict).not.toBe('differs');
  });

  it('leaves a decision dated after the records’ as-of date unverified', () => {
    const c = claimOf('Anito-cel was approved by the FDA on 23 December 2026.', 'approval');
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toContain('after 11 Aug 2026');
  });
});
