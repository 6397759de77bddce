// Every rule file is registered once, named for its id, and describes itself.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/claims/rules';
import { testPath } from '../../helpers/dom';

describe('claim rule registry', () => {
  it('lists every file in lib/claims/rules/ exactly once, with id = file name', () => {
    const files = readdirSync(testPath('..', 'lib', 'claims', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('gives each rule a kind and a description', () => {
    for (const rule of RULES) {
      expect(['response', 'approval', 'indication', 'target', 'marketing']).toContain(rule.kind);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
