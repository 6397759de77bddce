// A page that dates the product's entry under a regulator (its first approval there: "erstmals",
// "seit 2023 hat es eine Swissmedic-Zulassung", "recebeu registro da Anvisa", "국내 첫") is wrong when
// that regulator's confirmed first approval came earlier, whatever later decisions the record
// lacks. A date that is a widening ("since 2024 also after one prior line"), or an entry with no
// regulator named, is not read so.
import { describe, expect, it } from 'vitest';
import { claimOf } from './helpers';

describe("a date the page gives for a regulator's first approval", () => {
  it('"since" a year after the first approval, where no use is added, is a wrong entry date', () => {
    // Carvykti: Swissmedic 8 Aug 2022 (confirmed); later Swissmedic decisions are not all recorded.
    const late = claimOf('Carvykti verfügt seit 2023 über eine Swissmedic-Zulassung.', 'approval');
    expect(late.verdict).toBe('differs');
    expect(late.explanation).toContain('first approved it for Multiple myeloma on 8 Aug 2022');
    expect(claimOf('Carvykti verfügt seit 2022 über eine Swissmedic-Zulassung.', 'approval').verdict).toBe(
      'consistent',
    );
  });

  it('a registration received, or "first" in the page’s language, dates the entry', () => {
    // ANVISA 1 Apr 2022; EMA Aug 2018 (Kymriah).
    expect(
      claimOf(
        'O Carvykti (ciltacabtageno autoleucel) recebeu registro da Anvisa em abril de 2023.',
        'approval',
      ).verdict,
    ).toBe('differs');
    expect(claimOf('Kymriah wurde 2019 erstmals von der EMA zugelassen.', 'approval').verdict).toBe(
      'differs',
    );
    expect(claimOf('Kymriah wurde 2018 erstmals von der EMA zugelassen.', 'approval').verdict).toBe(
      'consistent',
    );
  });

  it('a widening dated from its own decision is no entry: a later date may be one the record lacks', () => {
    const c = claimOf(
      'Seit 2024 ist Carvykti von Swissmedic auch nach einer Vortherapie zugelassen.',
      'approval',
    );
    expect(c.verdict).toBe('unverified');
    expect(
      claimOf('Carvykti ist seit April 2024 von Swissmedic ab der zweiten Linie zugelassen.', 'approval')
        .verdict,
    ).toBe('unverified');
  });

  it('an entry with no regulator named is nobody’s first decision the records could hold', () => {
    expect(claimOf('Kymriah ist seit 2019 zugelassen.', 'approval').verdict).not.toBe('differs');
  });
});
