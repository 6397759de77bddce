// IND clearances, designations and filings are never approvals: an approval word inside such a
// phrase ("IND approval", "cleared") must not be judged against the product's approvals.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';
import { field } from '../helpers/frames';

const claims = (text: string) =>
  verified(text)
    .filter((c) => c.kind === 'approval')
    .map((c) => ({ rule: c.ruleId, decision: field(c, 'decision') ?? null, verdict: c.verdict }));

describe('regulatory steps that are not approvals', () => {
  it('reads "IND approval from the US FDA" as an IND clearance, not as an FDA approval', () => {
    const found = claims(
      'CNCT19 (inaticabtagene autoleucel) has obtained Investigational New Drug (IND) approval from the US FDA.',
    );
    expect(found).toEqual([{ rule: 'designation', decision: 'ind-clearance', verdict: 'unverified' }]);
  });

  it('never calls an investigational product "not approved" for its cleared IND', () => {
    const found = claims(
      'The Investigational New Drug application for anito-cel has been cleared by the U.S. Food and Drug Administration.',
    );
    expect(found.every((c) => c.verdict !== 'not-approved')).toBe(true);
    expect(found.map((c) => c.decision)).toContain('ind-clearance');
  });

  it('reads a designation as a designation', () => {
    expect(claims('Kymriah received PRIME designation from the EMA in 2016.')).toEqual([
      { rule: 'designation', decision: 'designation', verdict: 'unverified' },
    ]);
  });

  it('still reads a plain approval as an approval', () => {
    expect(claims('Kymriah was approved by the FDA in August 2017.')).toEqual([
      { rule: 'approval', decision: null, verdict: 'consistent' },
    ]);
  });
});

describe('steps checked against the steps the dataset records', () => {
  const explained = (text: string) =>
    verified(text)
      .filter((c) => c.ruleId === 'designation')
      .map((c) => `${c.verdict}: ${c.explanation ?? ''}`);

  it('confirms a recorded designation of the same kind, regulator and date, naming the record', () => {
    const [found] = explained(
      'Yescarta received Breakthrough Therapy designation from the FDA in December 2015.',
    );
    expect(found).toMatch(/^consistent: .*FDA record of Dec 2015/);
  });

  it('leaves a step unverified when the record has another date or another kind, never "differs"', () => {
    expect(explained('Yescarta received Breakthrough Therapy designation from the FDA in 2012.')).toEqual([
      expect.stringMatching(/^unverified: /),
    ]);
    expect(explained('Yescarta received Fast Track designation from the FDA in December 2015.')).toEqual([
      expect.stringMatching(/^unverified: /),
    ]);
  });
});

describe('steps written in other languages', () => {
  it('confirms a recorded step by the kind the claim read, whatever words the page used', () => {
    const found = verified([
      { text: 'Утжефра — российский CAR-T.' },
      { text: 'Разрешение Минздрава на клинические исследования I–II фазы центр получил в ноябре 2024 г.' },
    ]).filter((c) => c.kind === 'approval');
    expect(found.map((c) => [field(c, 'decision'), c.verdict])).toEqual([['ind-clearance', 'consistent']]);
  });

  it('reads a Russian denial whose verb follows the approval word', () => {
    const found = verified([
      { text: 'Утжефра — российский CAR-T.' },
      { text: 'По состоянию на лето 2025 г. зарегистрированным лекарством Утжефра не являлась.' },
    ]).filter((c) => c.kind === 'approval');
    expect(found.map((c) => [field(c, 'approved'), c.verdict])).toEqual([[false, 'consistent']]);
  });

  it('checks a complete response letter against the letters the label history records', () => {
    const crl = (text: string) => verified(text).find((c) => field(c, 'decision') === 'crl')!;
    // RP1 (vusolimogene): FDA letters of 22 Jul 2025 and 10 Apr 2026.
    expect(
      crl('Replimune received a complete response letter from the FDA for RP1 in July 2025.').verdict,
    ).toBe('consistent');
    // No letter on record for Kymriah: nothing to confirm, nothing to refute.
    expect(crl('Kymriah received a complete response letter in 2016.').verdict).toBe('unverified');
  });
});

describe('a designation named in Korean', () => {
  it('matches the recorded MFDS fast-track review of the same month ("신속처리 대상으로 지정")', () => {
    expect(claims('림카토주는 2024년 8월 식약처의 첨단바이오의약품 신속처리 대상으로 지정됐다.')).toEqual([
      { rule: 'designation', decision: 'designation', verdict: 'consistent' },
    ]);
  });

  it('leaves a fast-track review of another month unverified', () => {
    expect(claims('림카토주는 2023년 2월 식약처의 신속처리 대상으로 지정됐다.')).toEqual([
      { rule: 'designation', decision: 'designation', verdict: 'unverified' },
    ]);
  });
});

describe('the kinds a step’s words name, in each language', () => {
  const explained = (text: string) =>
    verified(text)
      .filter((c) => c.ruleId === 'designation')
      .map((c) => `${c.verdict}: ${c.explanation ?? ''}`);

  it('reads a Spanish "decisión prevista" as the decision date it names', () => {
    // Vusolimogene's resubmission carries the FDA goal date of 2 August 2026 (dataset record).
    expect(
      explained(
        'Para el vusolimogene oderparepvec la FDA tiene una decisión prevista para el 2 de agosto de 2026.',
      ),
    ).toEqual([expect.stringMatching(/^consistent: .*2 Aug 2026/)]);
  });

  it('reads a Korean "심사 목표일" as the decision date it names', () => {
    // Anito-cel's FDA decision date of 23 December 2026 is on record.
    expect(explained('애니토셀(anito-cel)은 FDA 심사 목표일 2026년 12월 23일이다.')).toEqual([
      expect.stringMatching(/^consistent: .*23 Dec 2026/),
    ]);
  });

  it.each(['ブレークスルー', 'ブレイクスルー'])(
    'reads the katakana spelling %s of "breakthrough" as the designation on record',
    (word) => {
      // Cilta-cel's FDA breakthrough designation of 6 December 2019 is on record.
      expect(explained(`カービクティは2019年12月にFDAから${word}セラピーの指定を受けた。`)).toEqual([
        expect.stringMatching(/^consistent: /),
      ]);
    },
  );

  it('reads a German "will … entscheiden" as the decision date it names', () => {
    expect(explained('Über Anito-cel will die FDA bis Ende Dezember 2026 entscheiden.')).toEqual([
      expect.stringMatching(/^consistent: .*23 Dec 2026/),
    ]);
  });

  it('reads a Korean "심사 결과 … 예정" as the decision date it names', () => {
    expect(explained('아니토셀(anito-cel)의 FDA 심사 결과가 2026년 12월 23일로 예정돼 있다.')).toEqual([
      expect.stringMatching(/^consistent: .*23 Dec 2026/),
    ]);
  });

  it('never confirms a SAKIGAKE designation with a breakthrough designation on record', () => {
    // Equecabtagene's NMPA breakthrough designation is a breakthrough, not Japan's SAKIGAKE scheme.
    expect(explained('伊基奥仑赛注射液は先駆け審査指定を受けた。')).not.toEqual([
      expect.stringMatching(/^consistent: /),
    ]);
  });
});
