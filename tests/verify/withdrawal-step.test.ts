// An approval withdrawn is a step of its own, dated and checked against the withdrawals on record:
// the approval before it keeps its own date ("…eine bedingte EU-Zulassung; sie wird am 9. Oktober
// 2019 zurückgezogen" is no approval of 2019), and a withdrawal on another date than the record's
// differs. "Retirados" of cells taken from a tumour is no withdrawal.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';
import { field } from '../helpers/frames';

const steps = (...texts: string[]) =>
  verified(texts.map((text) => ({ text }))).map(
    (c) => `${String(field(c, 'decision') ?? (field(c, 'approved') ? 'approval' : 'denial'))}:${c.verdict}`,
  );

describe('a withdrawal', () => {
  it('is checked against the withdrawal on record, in each language', () => {
    expect(steps("L'autorisation de Zalmoxis a été retirée en octobre 2019.")).toEqual([
      'withdrawal:consistent',
    ]);
    expect(steps("L'autorisation de Zalmoxis a été retirée en octobre 2018.")).toEqual([
      'withdrawal:differs',
    ]);
    expect(steps('Zalmoxis был одобрен в ЕС в 2016 г., но в 2019 г. регистрация была отозвана.')).toEqual([
      'approval:consistent',
      'withdrawal:consistent',
    ]);
  });

  it('leaves the approval before it its own date, told as history', () => {
    expect(
      steps(
        'Zalmoxis erhält am 18. August 2016 eine bedingte EU-Zulassung; sie wird am 9. Oktober 2019 zurückgezogen.',
      ),
    ).toEqual(['approval:consistent', 'withdrawal:consistent']);
  });

  it('says nothing of a withdrawal the records do not hold, and reads none in cells removed from a tumour', () => {
    expect(steps('Kymriah was withdrawn from the EU market in 2020.')).toEqual(['withdrawal:unverified']);
    expect(
      steps(
        'Já o lifileucel (Amtagvi), que usa linfócitos retirados do próprio tumor, é aprovado nos Estados Unidos desde 2024 para melanoma.',
      ).filter((s) => s.startsWith('withdrawal')),
    ).toEqual([]);
  });
});
