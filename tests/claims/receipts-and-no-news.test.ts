import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const approvals = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.ruleId === 'approval')
    .map((c) => `${c.productId}:${String(field(c, 'approved'))}:${String(field(c, 'date') ?? '-')}`);

describe('what a product received, and news of an approval that has not come', () => {
  it('reads no approval in the dates of letters a product received, nor in a verbless part after it', () => {
    expect(
      approvals(
        'Онколитический вирус RP1 получал такие письма в июле 2025 г. и 10 апреля 2026 г., а tab-cel — в январе 2025 г. и в январе 2026 г., хотя в Евросоюзе tab-cel одобрен ещё в декабре 2022 г.',
      ),
    ).toEqual(['tabelecleucel:true:2022-12']);
    // An elliptical part after an approval still borrows its verb.
    expect(approvals('Yescarta was approved in October 2017, and Breyanzi in February 2021.')).toEqual([
      'axicabtagene-ciloleucel:true:2017-10',
      'lisocabtagene-maraleucel:true:2021-02',
    ]);
  });

  it('reads "no news of an approval" as a denial, not as an approval', () => {
    expect(
      approvals(
        '레테셀(lete-cel)의 회사는 2026년 출시를 목표로 했지만, 발행일 현재 승인 소식은 확인되지 않았다.',
      ),
    ).toEqual(['letetresgene-autoleucel:false:-']);
    expect(approvals('There is no word yet of an approval of lete-cel by the FDA.')).toEqual([
      'letetresgene-autoleucel:false:-',
    ]);
    expect(approvals('レテセル（lete-cel）は、承認の発表はまだありません。')).toEqual([
      'letetresgene-autoleucel:false:-',
    ]);
  });

  it('does not take the place of another product in the genitive for the approval’s regulator', () => {
    // Gendicine: NMPA, October 2003; Kymriah is the US product the sentence compares it with.
    expect(
      approvals(
        '遺伝子治療製品として世界で初めて商業承認されたのはゲンディシンで、米国のキムリアより14年早い。',
      ),
    ).toEqual(['recombinant-human-p53-adenovirus:true:-']);
    const [claim] = claimsOf([
      {
        text: '遺伝子治療製品として世界で初めて商業承認されたのはゲンディシンで、米国のキムリアより14年早い。',
      },
    ]).filter((c) => c.ruleId === 'approval');
    expect(field(claim!, 'regulator')).toBeUndefined();
  });

  it('gives a withdrawal its own date, however the page’s language names it', () => {
    // Zalmoxis: EU conditional authorisation 18 Aug 2016, withdrawn 2019; "retirée" is a withdrawal of an authorisation.
    const claims = claimsOf([
      { text: 'Zalmoxis a reçu une autorisation conditionnelle, retirée ensuite en 2019.' },
    ]);
    expect(claims.filter((c) => c.ruleId === 'approval').map((c) => field(c, 'date') ?? null)).toEqual([
      null,
    ]);
  });
});
