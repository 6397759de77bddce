// `npm run analyze -- file.pdf`: the real CLI (node + tsx) on the committed PDF fixtures; bad PDFs
// are one stderr line each, the good ones still analyzed, exit status 2.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfReader } from '../../cli/inputs/pdf';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, testPath } from '../helpers/dom';

const tmp = mkdtempSync(join(tmpdir(), 'tl-pdf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
      cwd: testPath('..'),
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('analyze CLI with PDFs', () => {
  it('analyzes a PDF like a page and reports each bad PDF on one line', async () => {
    const notPdf = join(tmp, 'page.pdf');
    writeFileSync(notPdf, '<!doctype html><p>Kymriah</p>');
    const empty = join(tmp, 'empty.pdf');
    writeFileSync(empty, '');
    const run = await runCli([
      '--format',
      'json',
      '--now',
      FIXED_NOW,
      'tests/fixtures/pdf/table.pdf',
      'tests/fixtures/pdf/encrypted.pdf',
      'tests/fixtures/pdf/image-only.pdf',
      notPdf,
      empty,
      join(tmp, 'missing.pdf'),
    ]);
    expect(run.code).toBe(2);
    const reports = (JSON.parse(run.stdout) as unknown[]).map((r) => PageReport.parse(r));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.source).toBe('tests/fixtures/pdf/table.pdf');
    expect(reports[0]!.title).toBe('CAR-T response rates at a glance');
    expect(reports[0]!.products.map((p) => p.id).sort()).toEqual([
      'axicabtagene-ciloleucel',
      'idecabtagene-vicleucel',
      'tisagenlecleucel',
    ]);
    expect(reports[0]!.claims.some((c) => c.kind === 'response' && c.verdict === 'consistent')).toBe(true);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    // The workers read the PDFs and the main thread writes what they found in input order.
    expect(errors).toEqual([
      expect.stringMatching(/^error: tests\/fixtures\/pdf\/encrypted\.pdf: the PDF is password-protected/),
      expect.stringMatching(/^error: tests\/fixtures\/pdf\/image-only\.pdf: the PDF has no text layer/),
      `error: ${notPdf}: not a PDF (the file does not start with a PDF header)`,
      `error: ${empty}: empty file (no PDF data)`,
      `error: ${join(tmp, 'missing.pdf')}: file not found`,
    ]);
  });

  it('the reader only names the file: the worker that analyzes the page reads it', async () => {
    const items = [];
    const missing = join(tmp, 'not-there.pdf');
    for await (const item of pdfReader.read(pathToFileURL(missing).href, {
      timeoutMs: 1000,
      wants: () => true,
    }))
      items.push(item);
    expect(items).toEqual([
      {
        kind: 'page',
        page: {
          source: pathToFileURL(missing).href,
          key: pathToFileURL(missing).href,
          body: { kind: 'pdf', path: missing },
        },
      },
    ]);
  });

  it('takes a file: URL, which becomes the report’s source', async () => {
    const url = pathToFileURL(testPath('fixtures', 'pdf', 'two-column.pdf')).href;
    const run = await runCli(['--format', 'json', '--now', FIXED_NOW, url]);
    expect(run.code).toBe(0);
    const [report] = (JSON.parse(run.stdout) as unknown[]).map((r) => PageReport.parse(r));
    expect(report!.source).toBe(url);
    expect(report!.products.map((p) => p.id)).toEqual(['lisocabtagene-maraleucel']);
  });
});
