import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../cli/shard';

describe('--shard', () => {
  it('parses K/N with 1 ≤ K ≤ N and refuses anything else in one line', () => {
    expect(parseShard('1/4')).toEqual({ ok: true, shard: { index: 1, count: 4 } });
    expect(parseShard('4/4')).toEqual({ ok: true, shard: { index: 4, count: 4 } });
    for (const bad of ['3/2', '0/4', '1/0', '-1/4', '1.5/4', '1/4/2', '', 'all']) {
      const parsed = parseShard(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok)
        expect(parsed.error).toBe(`--shard must be K/N with 1 ≤ K ≤ N, e.g. 1/4 … 4/4 (got "${bad}")`);
    }
  });

  it('puts every key in exactly one of N shards, in roughly equal parts', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `pages/clinic-${i}.html`);
    for (const count of [1, 2, 3, 7]) {
      const sizes = Array.from(
        { length: count },
        (_, k) => keys.filter((key) => inShard(key, { index: k + 1, count })).length,
      );
      expect(sizes.reduce((a, b) => a + b)).toBe(keys.length);
      for (const key of keys.slice(0, 100)) {
        const owners = Array.from({ length: count }, (_, k) => inShard(key, { index: k + 1, count }));
        expect(owners.filter(Boolean)).toHaveLength(1);
      }
      for (const size of sizes)
        expect(Math.abs(size - keys.length / count)).toBeLessThan((keys.length / count) * 0.15);
    }
  });

  it('is a fixed function of the key (sha256), so every machine and Node version splits alike', () => {
    // Pinned: a change here would split a running cluster job differently on upgraded nodes.
    const owner = (key: string, count: number) =>
      Array.from({ length: count }, (_, k) => k + 1).find((index) => inShard(key, { index, count }));
    expect(
      ['a.html', 'b.html', 'https://clinic.example/', '<urn:uuid:0>'].map((key) => owner(key, 4)),
    ).toEqual([4, 1, 3, 4]);
  });
});
