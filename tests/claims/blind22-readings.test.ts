import { describe, expect, it } from 'vitest';
import { row } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms of blind set 22's first part after its second scoring.
describe('denials written with other approval words', () => {
  it('reads "Not licensed" in a status cell as a denial', () => {
    const claims = verified([
      row(['BE-CAR7', 'Not licensed (phase 1 trial)'], ['Product', 'UK status']),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:consistent']);
  });
});

describe('brackets, clauses, facilities and age limits (from blind 22 after its scorings)', () => {
  it('gives each product the disease and regulator its own brackets name', () => {
    const claims = verified([
      row(
        ['7', 'デリタクト（悪性神経膠腫、2021年6月に条件及び期限付承認）、イムリジック（FDA 2015年10月）'],
        ['回', '取り上げる製品'],
      ),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'regulator') ?? '-')}:${c.verdict}`)).toEqual([
      'teserpaturev:-:consistent',
      'talimogene-laherparepvec:FDA:consistent',
    ]);
  });

  it('takes no date from a Japanese clause that ends before the approval word', () => {
    const claims = verified(
      '当院は2021年4月に実施施設となり、現在は国内で承認されているキムリアとアベクマに対応している。',
    ).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'date') ?? '-')}:${c.verdict}`)).toEqual([
      'tisagenlecleucel:-:consistent',
      'idecabtagene-vicleucel:-:consistent',
    ]);
  });

  it('reads no product ranking in the first facility of a class', () => {
    const claims = verified([
      { text: 'キムリアを使っています。' },
      { text: '当センターは県内で最初のCAR-T細胞療法の実施施設となった。' },
    ]).filter((c) => c.position.block === 1);
    expect(claims).toEqual([]);
  });

  it('reads an age limit lower than the label’s as a misstated limit, not a subgroup', () => {
    const limit = verified('킴리아는 19세 이하의 재발성 B세포 급성 림프구성 백혈병에 허가됐다.').filter(
      (c) => c.kind === 'indication',
    );
    expect(limit.map((c) => c.verdict)).toEqual(['differs']);
    const group = verified(
      'Für Kinder und Jugendliche unter 18 Jahren ist nur Kymriah bei akuter lymphatischer B-Zell-Leukämie zugelassen.',
    ).filter((c) => c.kind === 'indication');
    expect(group.map((c) => c.verdict)).toEqual(['consistent']);
  });

  it('reads "not yet reached approval" and a Cantonese "does not include" as denials', () => {
    const ja = verified('レテトレスジーンはまだ承認には至っていません。').filter(
      (c) => c.kind === 'approval',
    );
    expect(ja.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:consistent']);
    const yue = verified('Kymriah嘅適應症並唔包括骨髓瘤。').filter((c) => c.kind === 'indication');
    expect(yue.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:consistent']);
  });
});
