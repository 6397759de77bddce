// A use stated with no regulator and no date, in a sentence whose script points to a country (kana:
// Japan, hangul: Korea, Cyrillic: Russia): another country's label that matches it does not confirm
// it when that country's own active label says otherwise; the page does not say which it means.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const verdicts = (text: string) =>
  verified(text)
    .filter((c) => c.kind === 'indication')
    .map((c) => `${c.verdict}: ${c.explanation ?? ''}`);

describe('a use matched by another country’s label than the one the script points to', () => {
  it('is not confirmed when the local label differs (Korea: four prior therapies, not three)', () => {
    const found = verdicts(
      '카빅티주는 이전에 세 가지 이상 치료를 받은 재발성·불응성 다발골수종 환자에게 쓴다.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^unverified: .*MFDS/);
  });

  it('is confirmed when the page names the regulator whose label it quotes', () => {
    const found = verdicts(
      '카빅티주는 미국 FDA에서 한 번 이상 치료를 받고 레날리도마이드에 불응한 다발골수종 환자에게 쓸 수 있다.',
    );
    expect(found.every((v) => !v.startsWith('unverified: ') || !/MFDS/.test(v))).toBe(true);
  });
});
