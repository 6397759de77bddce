// The stage-order check (scripts/check-stage-order.mjs, run by `npm run lint`) on small trees:
// it must flag a stage importing a later one, a foundation importing a stage, UI imports in lib/, a
// stage after match running the matcher, and module-level caches keyed on objects.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

const script = testPath('..', 'scripts', 'check-stage-order.mjs');

function run(files: Record<string, string>): { code: number; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'tl-stages-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  try {
    return { code: 0, out: execFileSync('node', [script, root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    const e = err as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}

describe('stage order check', () => {
  it('accepts imports of the same or earlier stages and of foundations', () => {
    const r = run({
      'lib/match/index.ts':
        "import { a } from '../normalize/fold';\nimport type { D } from '../dataset/schema';\n",
      'lib/normalize/fold.ts': 'export const a = 1;\n',
      'lib/dataset/schema.ts': 'export type D = 1;\n',
      'lib/analyze.ts': "import { v } from './verify/index';\n",
      'lib/verify/index.ts': 'export const v = 1;\n',
    });
    expect(r.code).toBe(0);
  });

  it('treats claim frames as foundations: the contract may import them, and they import no stage', () => {
    const frames = {
      'lib/schema.ts': "import { FRAMES } from './claims/rules/frames';\n",
      'lib/claims/rules/frames.ts': "import { f } from './approval.frame';\n",
      'lib/claims/rules/approval.frame.ts':
        "import { z } from '../../zod';\nimport { u } from '../fields.frame';\n",
      'lib/claims/fields.frame.ts': "import { z } from '../zod';\n",
      'lib/claims/rules/approval.ts': "import type { F } from './approval.frame';\n",
      'lib/zod.ts': 'export const z = 1;\n',
    };
    expect(run(frames).code).toBe(0);
    const r = run({
      ...frames,
      'lib/claims/rules/approval.frame.ts': "import { hitsOf } from '../sentence-tools';\n",
      'lib/claims/sentence-tools.ts': 'export const hitsOf = 1;\n',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("approval.frame.ts imports '../sentence-tools': a foundation");
  });

  it('flags a stage importing a later one', () => {
    const r = run({
      'lib/claims/rules/indication.ts': "import { covers } from '../../verify/conditions';\n",
      'lib/verify/conditions.ts': 'export const covers = 1;\n',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('claims may not import the later stage verify');
  });

  it('flags a foundation importing a stage, and lib importing UI or extension code', () => {
    const r = run({
      'lib/dataset/index.ts': "import { m } from '../match/index';\n",
      'lib/match/index.ts': "export const m = 1;\nimport browser from 'webextension-polyfill';\n",
      'lib/report.ts': "import { Card } from '../components/card';\n",
      'components/card.tsx': 'export const Card = 1;\n',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('a foundation (dataset, schema, zod) imports no stage');
    expect(r.out).toContain('lib/ stays free of UI and extension APIs');
    expect(r.out).toContain('lib/ may not import components/');
  });

  it('flags a stage after match running the matcher, not one reading its types', () => {
    const r = run({
      'lib/claims/index.ts':
        "import type { Hit, MatchResult } from '../match/types';\nimport { matchBlock } from '../match';\nimport { prepareBlock as prep } from '../normalize/prepare';\n",
      'lib/match/index.ts': 'export const matchBlock = 1;\n',
      'lib/match/types.ts': 'export type Hit = 1;\nexport type MatchResult = 1;\n',
      'lib/normalize/prepare.ts': 'export const prepareBlock = 1;\n',
      'lib/analyze.ts': "import { matchBlocks } from './match';\n",
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("lib/claims/index.ts imports 'matchBlock'");
    expect(r.out).toContain("lib/claims/index.ts imports 'prepareBlock'");
    expect(r.out).not.toContain('lib/analyze.ts');
    expect(r.out).not.toContain("'Hit'");
  });

  it('flags module-level caches keyed on objects, not string memos, constant tables or locals', () => {
    const r = run({
      'lib/match/lexicon.ts':
        'const cache = new WeakMap<Dataset, Lexicon>();\nexport const byList: Map<readonly string[], number> = new Map();\n',
      'lib/verify/format.ts': 'export const DERIVED = new WeakSet<Figure>();\n',
      'lib/normalize/fold.ts':
        "const cache = new Map<string, string>();\nconst RANKS = new Map(PRIORITY.map((t, i) => [t, i]));\nexport const KINDS: ReadonlySet<Kind> = new Set(['a', 'b']);\nfunction f() {\n  const local = new WeakMap<object, number>();\n}\n",
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("lib/match/lexicon.ts keeps 'cache'");
    expect(r.out).toContain("lib/match/lexicon.ts keeps 'byList'");
    expect(r.out).toContain("lib/verify/format.ts keeps 'DERIVED'");
    expect(r.out).not.toContain('fold.ts');
  });

  it('finds no module-level cache and no matcher call after match in lib/', () => {
    const out = execFileSync('node', [script], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toContain('keeps no module-level caches');
  });
});
