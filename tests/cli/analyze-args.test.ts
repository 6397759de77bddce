import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../cli/analyze-args';

const dir = mkdtempSync(join(tmpdir(), 'tl-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseAnalyzeArgs', () => {
  it('has sensible defaults', () => {
    expect(parseAnalyzeArgs(['a.html'])).toEqual({
      ok: true,
      args: {
        format: 'text',
        concurrency: 4,
        workers: availableParallelism(),
        resume: false,
        timeoutMs: 15000,
        inputs: ['a.html'],
        bom: false,
        progress: false,
        help: false,
      },
    });
  });

  it('reads options, and appends --urls lists (comments and blanks skipped) after positionals', () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, '\uFEFF# list\r\nhttps://a.example/\r\n\r\n  b.html  \r\n');
    const parsed = parseAnalyzeArgs([
      '--format',
      'csv',
      '--out',
      'x.csv',
      '-c',
      '8',
      '--timeout',
      '500',
      '--workers',
      '3',
      '--shard',
      '2/5',
      '--bom',
      '--now',
      '2026-01-02T03:04:05Z',
      '--urls',
      list,
      'first.html',
    ]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        format: 'csv',
        out: 'x.csv',
        concurrency: 8,
        workers: 3,
        shard: { index: 2, count: 5 },
        resume: false,
        timeoutMs: 500,
        inputs: ['first.html', 'https://a.example/', 'b.html'],
        bom: true,
        progress: false,
        now: '2026-01-02T03:04:05.000Z',
        help: false,
      },
    });
  });

  it('rejects bad values, unknown flags and an empty input list with one-line reasons', () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'xml', 'a.html'], /^--format must be one of text, json, jsonl, csv \(got "xml"\)$/],
      [['--concurrency', '0', 'a.html'], /--concurrency/],
      [['--concurrency', '2.5', 'a.html'], /--concurrency/],
      [['--timeout', '-1', 'a.html'], /--timeout/],
      [['--now', 'yesterday', 'a.html'], /--now/],
      [['--workers', '0', 'a.html'], /^--workers must be a whole number from 1 to 256$/],
      [
        ['--shard', '3/2', 'a.html'],
        /^--shard must be K\/N with 1 ≤ K ≤ N, e\.g\. 1\/4 … 4\/4 \(got "3\/2"\)$/,
      ],
      [['--shard', '0/4', 'a.html'], /got "0\/4"/],
      [['--shard', '1/0', 'a.html'], /got "1\/0"/],
      [['--shard', 'half', 'a.html'], /got "half"/],
      [['--resume', 'a.html'], /^--resume needs --out FILE and --format jsonl$/],
      [['--resume', '--out', 'r.json', '--format', 'json', 'a.html'], /--resume needs/],
      [['--verbose', 'a.html'], /verbose/],
      [['--urls', join(dir, 'nope.txt')], /nope\.txt: file not found/],
      [[], /no input files or URLs/],
    ];
    for (const [argv, message] of cases) {
      const parsed = parseAnalyzeArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(message);
        expect(parsed.error).not.toContain('\n');
      }
    }
    expect(parseAnalyzeArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } });
  });
});
