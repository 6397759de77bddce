// One example each of the pages too heavy to fuzz: every invariant of invariants.ts must hold,
// each page in its own process under a hang guard.
import { describe, expect, it } from 'vitest';
import { EXTREME_CASES, extremeCaseNames } from './extreme-pages';
import { HANG_GUARD_MS, runExtreme } from './extreme';

describe('extreme pages', () => {
  it.each(extremeCaseNames())(
    '%s: analysis completes, validates and leaves the page as it was',
    async (name) => {
      const outcome = await runExtreme(name);
      expect(outcome.error ?? null).toBeNull();
      expect(outcome.ok).toBe(true);
      if (EXTREME_CASES[name]?.partial) {
        expect(outcome.partial).toBe(true);
        expect(outcome.notes?.join(' ')).toMatch(/large|long|first/i);
      }
    },
    HANG_GUARD_MS + 30_000,
  );
});
