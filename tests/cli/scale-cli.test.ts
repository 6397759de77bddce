// The researcher-at-scale promises, on the real CLI: a web archive among HTML files, analyzed by a
// worker pool in input order; N shards that together give exactly the single run; a run killed
// midway and resumed that gives the same reports as one uninterrupted run; bad inputs as one line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportLine } from '../../cli/report-line';
import { FIXED_NOW, testPath } from '../helpers/dom';
import { buildWarc } from './helpers/warc';
import { runCli, startCli, type Run } from './helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'tl-scale-'));
const F = 'tests/cli/fixtures';
const PAGES = testPath('fixtures', 'pages');
const archive = join(dir, 'crawl.warc.gz');
const archivedUrls = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `https://clinic.example/${f}`);
const INPUTS = [`${F}/kymriah-clinic.html`, archive, `${F}/yescarta-overseas.html`, `${F}/windows-1252.html`];
const COMMON = ['--format', 'jsonl', '--now', FIXED_NOW];

let single: Promise<Run> | undefined;
const singleOut = join(dir, 'single.jsonl');
/** The uninterrupted, unsharded run every other run is compared with (2 workers). */
const runSingle = () => (single ??= runCli([...COMMON, '--workers', '2', '--out', singleOut, ...INPUTS]));

const linesOf = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const sorted = (lines: string[]) => [...lines].sort();

beforeAll(async () => {
  const pages = archivedUrls.map((url, i) => ({
    url,
    html: readFileSync(join(PAGES, url.split('/').pop()!), 'utf8'),
    date: `2024-05-01T10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
  }));
  writeFileSync(archive, await buildWarc(pages, { gzip: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('analyze at scale', { timeout: 240_000 }, () => {
  it('workers: reports stream in input order (archive records in archive order), capture kept', async () => {
    const run = await runSingle();
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const lines = linesOf(singleOut).map((l) => ReportLine.parse(JSON.parse(l)));
    expect(lines.map((l) => l.source)).toEqual([INPUTS[0], ...archivedUrls, INPUTS[2], INPUTS[3]]);
    expect(lines[1]!.capture).toMatchObject({ archive, date: '2024-05-01T10:00:00Z' });
    expect(lines[0]!.capture).toBeUndefined();
    expect(run.stderr).toMatch(
      new RegExp(
        `summary: ${lines.length} of ${lines.length} pages analyzed; .*errors 0; archive records skipped 1 \\(not HTML responses\\)\\n$`,
      ),
    );
  });

  it("3 shards (one fed its inputs on stdin, as Spark's RDD.pipe does) give exactly the single run", async () => {
    const shardOut = (k: number) => join(dir, `shard-${k}.jsonl`);
    const runs = await Promise.all([
      runCli([...COMMON, '--workers', '1', '--shard', '1/3', '--urls', '-'], INPUTS.join('\n') + '\n'),
      runCli([...COMMON, '--workers', '1', '--shard', '2/3', '--out', shardOut(2), ...INPUTS]),
      runCli([...COMMON, '--workers', '1', '--shard', '3/3', '--out', shardOut(3), ...INPUTS]),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const parts = [runs[0]!.stdout.split('\n').filter(Boolean), linesOf(shardOut(2)), linesOf(shardOut(3))];
    for (const part of parts) expect(part.length).toBeGreaterThan(5);
    await runSingle();
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect(sorted(union)).toEqual(sorted(linesOf(singleOut)));
  });

  it('a run killed midway and resumed gives the same reports as the uninterrupted run, each once', async () => {
    const out = join(dir, 'killed.jsonl');
    const { child, done } = startCli([...COMMON, '--workers', '1', '--out', out, ...INPUTS]);
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        let size = 0;
        try {
          size = statSync(out).size;
        } catch {
          size = 0;
        }
        if (size > 0 && linesOf(out).length >= 4) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      void done.then(
        () => (clearInterval(poll), reject(new Error('the run finished before it could be killed'))),
      );
    });
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const before = linesOf(out).length;
    expect(before).toBeLessThan(archivedUrls.length + 3);

    const resumed = await runCli([...COMMON, '--workers', '1', '--resume', '--out', out, ...INPUTS]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/pages left to other shards or done before \d+/);
    await runSingle();
    const after = linesOf(out);
    expect(new Set(after).size).toBe(after.length);
    expect(sorted(after)).toEqual(sorted(linesOf(singleOut)));
  });

  it('bad inputs and a bad shard are one line each, never a stack trace; the rest is analyzed; exit 2', async () => {
    const empty = join(dir, 'empty.warc');
    const notWarc = join(dir, 'page.warc');
    const cut = join(dir, 'cut.warc.gz');
    writeFileSync(empty, '');
    writeFileSync(notWarc, '<html><p>Kymriah</p></html>');
    writeFileSync(cut, readFileSync(archive).subarray(0, 20_000));
    const run = await runCli([...COMMON, '--workers', '1', empty, notWarc, cut, `${F}/kymriah-clinic.html`]);
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toEqual([
      `error: ${empty}: empty file (not a WARC archive)`,
      `error: ${notWarc}: not a WARC archive (no WARC/1.x record header)`,
      expect.stringMatching(
        new RegExp(`^error: ${cut}: truncated gzip \\(the file ends mid-record\\) after \\d+ records$`),
      ),
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const sources = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => ReportLine.parse(JSON.parse(l)).source);
    expect(sources.at(-1)).toBe(`${F}/kymriah-clinic.html`);
    expect(sources.slice(0, -1).every((s) => archivedUrls.includes(s))).toBe(true);

    for (const spec of ['3/2', '0/4']) {
      const bad = await runCli([...COMMON, '--shard', spec, `${F}/kymriah-clinic.html`]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n')[0]).toBe(
        `error: --shard must be K/N with 1 ≤ K ≤ N, e.g. 1/4 … 4/4 (got "${spec}")`,
      );
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
