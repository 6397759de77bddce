// The pool's promises with stand-in workers: a worker that dies fails only the page it held and is
// replaced (pages sent ahead to it are analyzed by another); workers that cannot start fail every
// page with the reason instead of respawning forever.
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../cli/pool/worker-pool';
import { FIXED_NOW, testPath } from '../helpers/dom';
import { pathToFileURL } from 'node:url';

const standIn = pathToFileURL(testPath('cli', 'helpers', 'stand-in-worker.mjs'));
const broken = pathToFileURL(testPath('cli', 'helpers', 'broken-worker.mjs'));
const job = (source: string) => ({
  source,
  body: { kind: 'text', html: '<p></p>' } as const,
  now: FIXED_NOW,
  format: 'jsonl' as const,
});

describe('WorkerPool', () => {
  it('a worker that dies fails only its page; the others are analyzed by its replacement', async () => {
    const pool = new WorkerPool(2, standIn);
    try {
      const sources = ['a', 'b', 'crash', 'c', 'd', 'e'];
      const results = await Promise.all(sources.map((s) => pool.run(job(s))));
      expect(results.map((r) => (r.ok ? r.line.text : r.error))).toEqual([
        'a',
        'b',
        'analysis failed (worker exited with code 3)',
        'c',
        'd',
        'e',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('pages sent ahead to a worker that dies are not lost: its replacement analyzes them, in order', async () => {
    // One worker, three pages sent ahead: "b" and "c" wait in the worker behind "crash".
    const pool = new WorkerPool(1, standIn, 3);
    try {
      const results = await Promise.all(['a', 'crash', 'b', 'c', 'd'].map((s) => pool.run(job(s))));
      expect(results.map((r) => (r.ok ? r.line.text : r.error))).toEqual([
        'a',
        'analysis failed (worker exited with code 3)',
        'b',
        'c',
        'd',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('workers that cannot start: every page fails with the reason, and the pool stops trying', async () => {
    const pool = new WorkerPool(2, broken);
    try {
      const results = await Promise.all(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((s) => pool.run(job(s))),
      );
      for (const result of results) {
        expect(result).toEqual({
          ok: false,
          stage: 'analyze',
          error: expect.stringMatching(/^analysis failed \(worker: cannot load the engine\)$/),
        });
      }
      expect(await pool.run(job('later'))).toMatchObject({ ok: false });
    } finally {
      await pool.close();
    }
  });
});
