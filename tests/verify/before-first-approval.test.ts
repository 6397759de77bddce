// A date before a regulator's first approval of a product is no approval by that regulator, even
// where the dataset's record of that regulator's later decisions is not complete. The first
// approval is settled by a confirmed record of it; an unconfirmed one, a later date, or a page that
// names no regulator (it may mean one the dataset does not track) stays unverified.
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';

describe("dates before a regulator's first approval", () => {
  it("a named regulator's confirmed first approval refutes an earlier date (MFDS: Yescarta, 13 Aug 2025)", () => {
    const c = claimOf('예스카타주는 2024년 8월 식약처 허가를 받았다.', 'approval');
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('first approved it for Large B-cell lymphoma on 13 Aug 2025');
    expect(claimOf('Yescarta was approved by Korea’s MFDS in August 2024.', 'approval').verdict).toBe(
      'differs',
    );
  });

  it('a sentence with two dates may pair them with the wrong regulator: its record alone does not settle it', () => {
    // The same date as above, in one clause with a second date the sentence could have given to the regulator.
    const c = claimOf(
      "Yescarta was approved by Korea's MFDS in August 2024 after its 2023 filing.",
      'approval',
    );
    expect(c.verdict).toBe('unverified');
  });

  it("a date alone in the regulator's own clause is its decision, whatever other clauses date", () => {
    expect(
      claimOf(
        "Yescarta was approved by Korea's MFDS in August 2024, a year after its 2023 filing.",
        'approval',
      ).verdict,
    ).toBe('differs');
    // Aucatzyl: MHRA 25 Apr 2025; the EC's July 2025 is the other clause's.
    const mhra = verified(
      'Aucatzyl won European Commission approval in July 2025 for adults with relapsed or refractory B-ALL, after a UK conditional marketing authorisation from the MHRA in April 2024.',
    ).filter((c) => c.kind === 'approval' && c.verdict === 'differs');
    expect(mhra).toHaveLength(1);
    expect(mhra[0]!.explanation).toContain('The MHRA first approved it');
  });

  it('the same month, or a day either side, is not "before"', () => {
    expect(claimOf('Yescarta was approved by Korea’s MFDS in August 2025.', 'approval').verdict).toBe(
      'consistent',
    );
    expect(claimOf('Yescarta was approved by Korea’s MFDS on 12 August 2025.', 'approval').verdict).not.toBe(
      'differs',
    );
  });

  it('a date after the first approval may be a later decision the record lacks', () => {
    // Kymriah's first MFDS approval is 5 Mar 2021; MFDS decisions after it are not all recorded.
    expect(claimOf('Kymriah was approved by the MFDS in March 2022.', 'approval').verdict).toBe('unverified');
  });

  it('an unconfirmed first approval settles nothing', () => {
    // Russia's registration of Kymriah is recorded "as reported" (unconfirmed), 2023.
    expect(claimOf('Кимрая зарегистрирована Минздравом России в 2021 году.', 'approval').verdict).toBe(
      'unverified',
    );
  });

  it('with no regulator named, only the lists kept whole (FDA, EMA) speak for the date', () => {
    // Relma-cel's only recorded approvals are China's (NMPA, 3 Sep 2021), a record not kept whole.
    expect(claimOf('Relma-cel was approved in 2019.', 'approval').verdict).toBe('unverified');
    expect(claimOf('Relma-cel was approved by the NMPA in 2019.', 'approval').verdict).toBe('differs');
    // Carvykti's first approval anywhere is the FDA's (Feb 2022), a list kept whole.
    expect(claimOf('Carvykti was approved in 2019.', 'approval').verdict).toBe('differs');
  });
});

describe('an approval placed in "the country" without naming it', () => {
  it('is a national regulator the page does not name: a later date may be its decision', () => {
    const text = (year: number) =>
      `No fim de dezembro de ${year} chegou o Tecartus (brexucabtageno autoleucel), quarto CAR-T registrado no país.`;
    expect(claimOf(text(2023), 'approval').verdict).toBe('unverified');
    // Before its first approval anywhere (FDA, 24 Jul 2020), no country had approved it.
    expect(claimOf(text(2019), 'approval').verdict).toBe('differs');
  });
});
