// Runs the real CLI (node + tsx, as `npm run analyze` does) on small fixture pages and on pages
// served from 127.0.0.1. Node is started directly rather than through npx so npm's own warnings
// cannot mix into the stderr being checked.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, claimsCsv } from '../../lib/collection/export';
import { DISCLAIMER } from '../../lib/disclaimer';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, testPath } from '../helpers/dom';

const ROOT = testPath('..');
const F = 'tests/cli/fixtures';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
      cwd: ROOT,
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

function reportsFrom(json: string): PageReport[] {
  const data = JSON.parse(json) as unknown[];
  expect(Array.isArray(data)).toBe(true);
  return data.map((item) => {
    const parsed = PageReport.safeParse(item);
    expect(parsed.success).toBe(true);
    return parsed.data!;
  });
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter(Boolean);
}

let server: http.Server;
let origin = '';
let closedPort = 0;
const tmp = mkdtempSync(join(tmpdir(), 'tl-analyze-'));

beforeAll(async () => {
  const page = readFileSync(testPath('cli', 'fixtures', 'kymriah-clinic.html'));
  server = http.createServer((req, res) => {
    if (req.url === '/clinic') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    }
    // Any other path: accept the request and never answer (the timeout case).
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = http.createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((done) => closed.close(done));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(tmp, { recursive: true, force: true });
});

const MIXED = [
  `${F}/kymriah-clinic.html`,
  `${F}/missing.html`,
  `${F}/notes.txt`,
  `${F}/pixel.png`,
  `${F}/yescarta-overseas.html`,
  `${F}/windows-1252.html`,
];
const GOOD = [MIXED[0]!, MIXED[4]!, MIXED[5]!];
let mixedRun: Promise<Run> | undefined;
/** One json run shared by the tests that need it (each spawn costs a second or more). */
const runMixed = () =>
  (mixedRun ??= runCli(['--format', 'json', '--now', FIXED_NOW, '--concurrency', '3', ...MIXED]));

// Each run starts worker threads that load the engine: generous time on a shared 2-core machine.
describe.concurrent('npm run analyze', { timeout: 120_000 }, () => {
  it('json: one array of valid PageReports in input order; bad inputs are one-line errors and exit 2', async () => {
    const run = await runMixed();
    expect(run.code).toBe(2);
    const reports = reportsFrom(run.stdout);
    expect(reports.map((r) => r.source)).toEqual(GOOD);
    expect(reports.every((r) => r.analyzedAt === FIXED_NOW)).toBe(true);
    expect(reports[0]!.products.map((p) => p.id)).toContain('tisagenlecleucel');
    expect(reports[2]!.title).toContain('Thérapie CAR-T – Kymriah');

    const lines = stderrLines(run);
    expect(lines).toContain(`error: ${F}/missing.html: file not found`);
    expect(lines).toContain(`error: ${F}/notes.txt: not HTML (no markup found)`);
    expect(lines).toContain(`error: ${F}/pixel.png: not HTML (looks like a PNG image)`);
    expect(lines.filter((l) => l.startsWith('error:'))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(
      /^summary: 3 of 6 pages analyzed; products \d+ \(\d+ distinct\); claims \d+ \(consistent \d+, differs \d+, not-approved \d+, unverified \d+\); errors 3$/,
    );
  });

  it("csv: the extension's claims CSV for the same reports (with --bom), exit 0", async () => {
    const [json, csv] = await Promise.all([
      runMixed(),
      runCli(['--format', 'csv', '--bom', '--now', FIXED_NOW, ...GOOD]),
    ]);
    expect(csv.code).toBe(0);
    const reports = reportsFrom(json.stdout);
    expect(csv.stdout).toBe(
      claimsCsv(
        reports.map((report) => ({ report })),
        { bom: true },
      ),
    );
    const parsed = Papa.parse<string[]>(csv.stdout.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CLAIM_COLUMNS]);
    const claims = reports.reduce((n, r) => n + r.claims.length, 0);
    expect(claims).toBeGreaterThan(0);
    expect(parsed.data).toHaveLength(1 + claims);
  });

  it('text: a readable summary per page that ends with the disclaimer', async () => {
    const run = await runCli(['--format', 'text', '--workers', '1', `${F}/kymriah-clinic.html`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Products:');
    expect(run.stdout).toMatch(/Kymriah.*: approved: FDA/);
    expect(run.stdout).toContain('Claims');
    expect(run.stdout.endsWith(DISCLAIMER + '\n')).toBe(true);
  });

  it('jsonl with --urls and --out: one report per line in the file, nothing on stdout', async () => {
    const list = join(tmp, 'list.txt');
    const out = join(tmp, 'out.jsonl');
    writeFileSync(list, `# pages to check\n${F}/yescarta-overseas.html\n\n${F}/kymriah-clinic.html\n`);
    const run = await runCli([
      '--format',
      'jsonl',
      '--progress',
      '--workers',
      '1',
      '--urls',
      list,
      '--out',
      out,
      `${F}/utf16-bom.html`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => PageReport.parse(JSON.parse(l)).source)).toEqual([
      `${F}/utf16-bom.html`,
      `${F}/yescarta-overseas.html`,
      `${F}/kymriah-clinic.html`,
    ]);
    // Plain progress lines with the rate (stderr is not a terminal here), then the summary.
    expect(stderrLines(run).filter((l) => /^\[\d pages, \d+\.\d pages\/s\] /.test(l))).toHaveLength(3);
  });

  it('URLs: fetched pages are analyzed; refused connections and timeouts are errors', async () => {
    const good = `${origin}/clinic`;
    const refused = `http://127.0.0.1:${closedPort}/page`;
    const hanging = `${origin}/hang`;
    const run = await runCli([
      '--format',
      'json',
      '--workers',
      '1',
      '--timeout',
      '500',
      refused,
      good,
      hanging,
    ]);
    expect(run.code).toBe(2);
    const reports = reportsFrom(run.stdout);
    expect(reports.map((r) => r.source)).toEqual([good]);
    expect(reports[0]!.products.map((p) => p.id)).toContain('tisagenlecleucel');
    const lines = stderrLines(run);
    expect(lines).toContain(`error: ${refused}: unreachable (connection refused)`);
    expect(lines).toContain(`error: ${hanging}: timed out after 500 ms`);
  });
});
