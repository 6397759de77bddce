import { describe, expect, it } from 'vitest';
import { hitsPerBlock } from './helpers';

const productsPerBlock = (texts: readonly string[]): string[][] =>
  hitsPerBlock(texts, 'product').map((hits) => hits.map((h) => h.text));

describe('names a page ties to a known product', () => {
  it('finds a quoted brand the page glosses in brackets wherever the page uses it', () => {
    // '카로셀주' is an invented brand (the dataset does not know it); the gloss 안발셀 is anbal-cel.
    expect(
      productsPerBlock([
        "큐로셀의 CAR-T 세포치료제 '카로셀주'(성분명 안발카프타진 오토류셀, 개발명 안발셀)가 허가를 받았다.",
        '다만 카로셀주는 미국 FDA의 허가는 받지 않았다.',
      ]),
    ).toEqual([['카로셀주', '안발셀'], ['카로셀주']]);
  });

  it('needs no page alias for a brand the dataset knows (림카토, data/names-2026-12-04b.md)', () => {
    expect(
      productsPerBlock([
        "큐로셀의 CAR-T 세포치료제 '림카토주'(성분명 안발카프타진 오토류셀, 개발명 안발셀)가 허가를 받았다.",
        '다만 림카토주는 미국 FDA의 허가는 받지 않았다.',
      ]),
    ).toEqual([['림카토', '안발셀'], ['림카토']]);
  });

  it('learns nothing from brackets that name two products, or from a name without quotes', () => {
    expect(
      productsPerBlock(['“CAR-T療法”(キムリア、イエスカルタ)が使われる。', 'CAR-T療法は高価だ。'])[1],
    ).toEqual([]);
    expect(
      productsPerBlock(['The therapy (tisagenlecleucel) is given once.', 'The therapy is costly.'])[1],
    ).toEqual([]);
  });

  it('reads a trademarked Latin brand glossed by a known name', () => {
    expect(productsPerBlock(['Rimkato® (anbal-cel) was approved.', 'Rimkato costs less.'])[1]).toEqual([
      'Rimkato',
    ]);
  });
});
