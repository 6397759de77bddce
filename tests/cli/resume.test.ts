import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDone } from '../../cli/resume';
import { report } from '../collection/factory';

const dir = mkdtempSync(join(tmpdir(), 'tl-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = { ...report({}), source: 'a.html' };
const archived = {
  ...report({}),
  source: 'https://clinic.example/',
  capture: { archive: 'x.warc.gz', recordId: '<urn:uuid:1>', date: '2024-01-01T00:00:00Z' },
};

describe('--resume', () => {
  it('no file yet: nothing done', async () => {
    expect(await readDone(join(dir, 'none.jsonl'))).toEqual({ ok: true, keys: new Set() });
  });

  it('keys are the input for files and URLs, the record id for archived pages', async () => {
    const path = join(dir, 'whole.jsonl');
    writeFileSync(path, `${JSON.stringify(a)}\n${JSON.stringify(archived)}\n`);
    expect(await readDone(path)).toEqual({ ok: true, keys: new Set(['a.html', '<urn:uuid:1>']) });
  });

  it('cuts the half-written last line a killed run left, so that page is analyzed again', async () => {
    const path = join(dir, 'killed.jsonl');
    const whole = `${JSON.stringify(a)}\n`;
    writeFileSync(path, whole + JSON.stringify(archived).slice(0, 50));
    expect(await readDone(path)).toEqual({ ok: true, keys: new Set(['a.html']) });
    expect(readFileSync(path, 'utf8')).toBe(whole);
  });

  it("refuses a file that is not this command's jsonl, in one line", async () => {
    const path = join(dir, 'other.jsonl');
    writeFileSync(path, '{"hello":1}\n');
    const done = await readDone(path);
    expect(done).toEqual({
      ok: false,
      error: expect.stringMatching(/^--resume: line 1 of .+ is not a TherapyLens report/),
    });
  });
});
