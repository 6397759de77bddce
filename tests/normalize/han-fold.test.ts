// Traditional Chinese is read as simplified in zh blocks only, character for character, so the
// report quotes the page's own characters; the pairs are OpenCC's for the engine's own Chinese words.
import { describe, expect, it } from 'vitest';
import { foldHan, hanFoldOf } from '../../lib/normalize/han-fold';
import { prepareBlock } from '../../lib/normalize/prepare';
import { HANT_PAIRS } from '../../lib/match/multilingual/zh-hant';
import { hantPairs, vocabulary } from '../../scripts/hant-fold.mjs';
import { verified } from '../verify/helpers';

const fold = hanFoldOf([HANT_PAIRS])!;

describe('traditional Chinese folded to simplified', () => {
  it('folds a zh block and keeps its length, so offsets stay the page’s', () => {
    const text = '國家藥監局批准瑞基奧侖賽注射液上市';
    expect(foldHan(text, fold)).toBe('国家药监局批准瑞基奥仑赛注射液上市');
    const block = prepareBlock(
      { index: 0, kind: 'paragraph', text, section: 'main', headings: [], lang: 'zh-HK' },
      fold,
    );
    expect(block.text).toHaveLength(text.length);
    expect(block.toOriginal(0, 5)).toEqual({ start: 0, end: 5 });
  });

  it('leaves Japanese alone, whose kanji are neither set (治療, 後)', () => {
    const text = '一次治療の後に再発した患者さんに使われます。';
    const block = prepareBlock(
      { index: 0, kind: 'paragraph', text, section: 'main', headings: [], lang: 'ja' },
      fold,
    );
    expect(block.text).toBe(text);
  });

  it('reads a Hong Kong sentence’s product, approval and use, quoting its own characters', () => {
    const claims = verified([
      {
        text: '瑞基奧侖賽（倍諾達）於2021年9月獲國家藥監局批准，用於二線及以上系統性治療後復發或難治的成人大B細胞淋巴瘤。',
      },
    ]);
    expect(claims.map((c) => `${c.kind}:${c.productId}:${c.verdict}`)).toEqual([
      'approval:relmacabtagene-autoleucel:consistent',
      'indication:relmacabtagene-autoleucel:consistent',
    ]);
    expect(claims[0]!.text).toContain('瑞基奧侖賽');
  });

  it('carries the pairs OpenCC gives for every Chinese character the engine uses (run scripts/hant-fold.mjs)', () => {
    expect(HANT_PAIRS).toBe(hantPairs(vocabulary(new URL('../..', import.meta.url).pathname)));
  });
});
