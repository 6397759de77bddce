import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/claims/sentences';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
  it('splits prose and keeps abbreviations inside their sentence', () => {
    expect(
      split(
        'ORR was 72% (n=101). Efficacy vs. chemo was approx. 5 mo. better. Approved by the U.S. FDA in Aug. 2017. Next',
      ),
    ).toEqual([
      'ORR was 72% (n=101).',
      'Efficacy vs. chemo was approx. 5 mo. better.',
      'Approved by the U.S. FDA in Aug. 2017.',
      'Next',
    ]);
  });

  it('keeps leading symbols and glued key-number text', () => {
    expect(split('>80%Response Rate: Tisagenlecleucel in r/r ALLResponse rates exceeding 80%.')).toEqual([
      '>80%Response Rate: Tisagenlecleucel in r/r ALLResponse rates exceeding 80%.',
    ]);
  });

  it('does not end a sentence at "cells B." only when it is an abbreviation', () => {
    expect(split('Kymriah treats leucemia de células B. Yescarta mostró 72%.')).toHaveLength(2);
  });

  it('splits Chinese at 。', () => {
    expect(split('2021年6月获批。在关键性ZUMA-1研究中，ORR为82%。')).toEqual([
      '2021年6月获批。',
      '在关键性ZUMA-1研究中，ORR为82%。',
    ]);
  });

  it('returns nothing for blank text and offsets that slice the input', () => {
    expect(splitSentences('   ')).toEqual([]);
    const text = '  One.  Two!  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });
});
