// The run's ordering and memory promises, with a stand-in pool whose pages finish in a scrambled
// order: output is in input order, and no more than 4 pages per worker are ever held.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLine, type OutputWriter } from '../../cli/output';
import type { JobResult } from '../../cli/pool/messages';
import type { ReportLine } from '../../cli/report-line';
import { runAnalysis, type AnalysisPool } from '../../cli/run';
import { bundledDataset } from '../../lib/dataset/bundled';
import { FIXED_NOW } from '../helpers/dom';
import { report } from '../collection/factory';
import { buildWarc } from './helpers/warc';

const dir = mkdtempSync(join(tmpdir(), 'tl-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Finishes each page after a delay that scrambles completion order; records how many are held. */
function scramblingPool(size: number) {
  let held = 0;
  let maxHeld = 0;
  let n = 0;
  const pool: AnalysisPool = {
    size,
    run: (job) => {
      held++;
      maxHeld = Math.max(maxHeld, held);
      const delay = [7, 1, 4, 0, 9, 2][n++ % 6]!;
      return new Promise<JobResult>((resolve) =>
        setTimeout(() => {
          held--;
          const line = { ...report({}), source: job.source, analyzedAt: job.now };
          resolve({
            ok: true,
            line: renderLine(job.format, line, bundledDataset),
            tally: { products: [], claims: [] },
          });
        }, delay),
      );
    },
    close: async () => undefined,
  };
  return { pool, maxHeld: () => maxHeld };
}

function collecting(): OutputWriter & { lines: ReportLine[] } {
  const lines: ReportLine[] = [];
  return {
    lines,
    write: async (line) => void lines.push(JSON.parse(line.text) as ReportLine),
    end: async () => undefined,
  };
}

describe('runAnalysis', () => {
  it('writes reports in input order (archive records in archive order) and holds at most 4 pages per worker', async () => {
    const files = Array.from({ length: 12 }, (_, i) => {
      const path = join(dir, `page-${i}.html`);
      writeFileSync(path, `<html><body><p>Page ${i}</p></body></html>`);
      return path;
    });
    const archivedUrls = Array.from({ length: 60 }, (_, i) => `https://clinic.example/${i}`);
    const archive = join(dir, 'crawl.warc.gz');
    writeFileSync(
      archive,
      await buildWarc(
        archivedUrls.map((url) => ({ url, html: `<p>${url}</p>` })),
        { gzip: true },
      ),
    );
    const inputs = [...files.slice(0, 6), archive, ...files.slice(6)];

    const { pool, maxHeld } = scramblingPool(2);
    const output = collecting();
    const counts = await runAnalysis(
      { inputs, workers: 2, format: 'jsonl', lookahead: 4, timeoutMs: 1000, now: FIXED_NOW, pool },
      output,
      {
        report: () => undefined,
        error: () => undefined,
        page: () => undefined,
        inputDone: () => undefined,
      },
    );
    expect(output.lines.map((l) => l.source)).toEqual([
      ...files.slice(0, 6),
      ...archivedUrls,
      ...files.slice(6),
    ]);
    expect(counts).toEqual({ analyzed: 72, errors: 0, skipped: 1, notInRun: 0 });
    expect(maxHeld()).toBeLessThanOrEqual(8);
    expect(maxHeld()).toBeGreaterThan(2);
  });
});
