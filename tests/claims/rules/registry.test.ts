// Every rule file is registered once, named for its id, and describes itself.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/claims/rules';
import { CLAIM_FRAMES } from '../../../lib/claims/rules/frames';
import { detectClaims } from '../../../lib/claims';
import { matchBlocks } from '../../../lib/match';
import { prepareBlock } from '../../../lib/normalize/prepare';
import { testPath } from '../../helpers/dom';
import { bundledIndex } from '../../helpers/dataset-index';

describe('claim rule registry', () => {
  it('lists every file in lib/claims/rules/ exactly once, with id = file name', () => {
    const files = readdirSync(testPath('..', 'lib', 'claims', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'frames.ts' && !f.endsWith('.frame.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('gives every rule its frame beside it (<id>.frame.ts), listed once in frames.ts with its kind', () => {
    const files = readdirSync(testPath('..', 'lib', 'claims', 'rules'))
      .filter((f) => f.endsWith('.frame.ts'))
      .map((f) => f.replace(/\.frame\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
    const frames = CLAIM_FRAMES.map((f) => [
      f.shape.ruleId._zod.def.values[0],
      f.shape.kind._zod.def.values[0],
    ]);
    expect(frames.sort()).toEqual(RULES.map((r) => [r.id, r.kind]).sort());
  });

  it('gives each rule a kind and a description', () => {
    for (const rule of RULES) {
      expect(['response', 'approval', 'indication', 'target', 'marketing']).toContain(rule.kind);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  it("reads a block that names nothing and has no figure only through some rule's own gate", () => {
    // A promise with no product name, no digit: only the marketing rule's gate lets it through.
    const texts = ['CAR-T cell therapy for leukemia at our clinic.', 'A miracle for every cancer patient.'];
    const blocks = texts.map((text, index) =>
      prepareBlock({ index, kind: 'paragraph', text, section: 'main', headings: [] }),
    );
    const matches = matchBlocks(blocks, bundledIndex);
    const withAll = detectClaims(blocks, matches, bundledIndex);
    expect(withAll.map((c) => c.kind)).toContain('marketing');
    const noMarketing = RULES.filter((r) => r.id !== 'marketing');
    expect(detectClaims(blocks, matches, bundledIndex, noMarketing)).toEqual([]);
    const gateless = RULES.map((r) => (r.id === 'marketing' ? { ...r, gate: /(?!)/ } : r));
    expect(detectClaims(blocks, matches, bundledIndex, gateless)).toEqual([]);
  });
});
