// Approval verbs in their whole paradigms, not only the participles: a regulator that "aprobó",
// "ließ … zu", "avait accordé une approbation", "獲…核准" states an approval with its date.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const approvals = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval')
    .map(
      (c) =>
        `${c.productId}:${String(field(c, 'approved'))}:${field(c, 'regulator') ?? '-'}:${String(field(c, 'date') ?? '-').slice(0, 7)}`,
    );

describe('approval verbs in other languages', () => {
  it.each([
    [
      'Yescarta: en Estados Unidos se aprobó el 18 de octubre de 2017.',
      'axicabtagene-ciloleucel:true:FDA:2017-10',
    ],
    [
      'La agencia reguladora china (NMPA) aprobó el 22 de junio de 2026 el satricabtagén autoleucel (satri-cel).',
      'satricabtagene-autoleucel:true:NMPA:2026-06',
    ],
    ['Die FDA ließ Imlygic am 27.10.2015 zu.', 'talimogene-laherparepvec:true:FDA:2015'],
    ['Die EU-Kommission genehmigte Imlygic am 16.12.2015.', 'talimogene-laherparepvec:true:EMA:2015'],
    [
      'Aux États-Unis, la FDA avait accordé une approbation accélérée le 16 février 2024 à Amtagvi.',
      'lifileucel:true:FDA:2024-02',
    ],
    ['Kymriah 2017年8月獲美國FDA核准。', 'tisagenlecleucel:true:FDA:2017-08'],
  ])('%j', (text, want) => {
    expect(approvals(text)).toContain(want);
  });

  it('needs the particle of a separable verb: "ließ" alone is no approval', () => {
    expect(approvals('Die FDA ließ Imlygic am 27.10.2015 prüfen.')).toEqual([]);
  });
});
