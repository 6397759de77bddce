// Property tests over random and hostile HTML (see arbitraries.ts). FUZZ_RUNS cases in all
// (1,000 by default, `npm run fuzz` runs 10,000), split across the page shapes; FUZZ_SEED
// replays a failure (fast-check prints the seed and path to shrink from).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clinicPage, elementTree, oddDocument, taintedText } from './arbitraries';
import { checkInvariants } from './invariants';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const SHARES = { clinic: 0.35, tree: 0.35, odd: 0.2, text: 0.1 };

function runs(share: number): number {
  return Math.max(1, Math.round(RUNS * share));
}

interface Coverage {
  cases: number;
  withProducts: number;
  withClaims: number;
}

/** Checks every invariant on each case; returns how often the pipeline found something. */
function assertProperty(arb: fc.Arbitrary<string>, share: number): Coverage {
  const coverage: Coverage = { cases: 0, withProducts: 0, withClaims: 0 };
  fc.assert(
    fc.property(arb, (html) => {
      const report = checkInvariants(html);
      coverage.cases++;
      if (report.products.length > 0) coverage.withProducts++;
      if (report.claims.length > 0) coverage.withClaims++;
    }),
    { numRuns: runs(share), seed: SEED, endOnFailure: false },
  );
  return coverage;
}

// Large run counts on a shared 2-core machine take a while; the default 1,000 stays well under.
const TIMEOUT = Math.max(60_000, RUNS * 60);

describe(`hostile pages (${RUNS} cases, seed ${SEED})`, () => {
  it(
    'clinic pages with payloads in product names, claims and table cells',
    () => {
      const coverage = assertProperty(clinicPage, SHARES.clinic);
      // The invariants would hold trivially if analysis found nothing: most pages name a product.
      expect(coverage.withProducts / coverage.cases).toBeGreaterThan(0.5);
      expect(coverage.withClaims / coverage.cases).toBeGreaterThan(0.2);
    },
    TIMEOUT,
  );

  it(
    'random element trees: unbalanced tags, frames, templates, shadow roots',
    () => {
      assertProperty(
        elementTree.map((t) => `<!DOCTYPE html><html><body>${t}</body></html>`),
        SHARES.tree,
      );
    },
    TIMEOUT,
  );

  it(
    'documents of odd shapes: no body, frameset, text only, empty',
    () => {
      assertProperty(oddDocument, SHARES.odd);
    },
    TIMEOUT,
  );

  it(
    'bare text: RTL, Thai, mojibake, garbage, payloads',
    () => {
      assertProperty(
        fc.array(taintedText, { maxLength: 6 }).map((ts) => ts.join('\n')),
        SHARES.text,
      );
    },
    TIMEOUT,
  );
});
