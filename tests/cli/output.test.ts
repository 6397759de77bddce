// Streaming output must be exactly what rendering every report at once gives, for every format,
// including the edge cases (no reports, reports without claims).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOutput, renderLine } from '../../cli/output';
import type { ReportLine } from '../../cli/report-line';
import { formatText } from '../../cli/text-report';
import { claimsCsv } from '../../lib/collection/export';
import { bundledDataset } from '../../lib/dataset/bundled';
import { claim, report } from '../collection/factory';

const dir = mkdtempSync(join(tmpdir(), 'tl-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const archived: ReportLine = {
  ...report({ claims: [claim('c3', { verdict: 'differs' })] }),
  source: 'https://clinic.example/b',
  capture: { archive: 'crawl.warc.gz', recordId: '<urn:uuid:1>', date: '2024-03-02T09:30:00Z' },
};
const sets: Record<string, ReportLine[]> = {
  none: [],
  'one without claims': [report({ claims: [] })],
  several: [
    report({ claims: [claim('c1'), claim('c2', { verdict: 'unverified' })] }),
    report({ claims: [] }),
    archived,
  ],
};

async function streamed(format: 'json' | 'jsonl' | 'csv' | 'text', lines: ReportLine[], bom = false) {
  const out = join(dir, `${format}-${lines.length}-${bom}`);
  const writer = createOutput({ format, out, append: false, bom, dataset: bundledDataset });
  // Rendered one page at a time, as the analysis workers do, then put together in order.
  for (const line of lines) await writer.write(renderLine(format, line, bundledDataset));
  await writer.end();
  return readFileSync(out, 'utf8');
}

describe('streamed output', () => {
  it.each(Object.keys(sets))('%s: identical to rendering all reports at once', async (name) => {
    const lines = sets[name]!;
    expect(await streamed('json', lines)).toBe(JSON.stringify(lines, null, 2) + '\n');
    expect(await streamed('jsonl', lines)).toBe(lines.map((l) => JSON.stringify(l) + '\n').join(''));
    for (const bom of [false, true]) {
      expect(await streamed('csv', lines, bom)).toBe(
        claimsCsv(
          lines.map((r) => ({ report: r })),
          { bom },
        ),
      );
    }
    expect(await streamed('text', lines)).toBe(formatText(lines, bundledDataset));
  });

  it('appends with --resume instead of replacing', async () => {
    const out = join(dir, 'append.jsonl');
    for (const line of sets.several!) {
      const writer = createOutput({
        format: 'jsonl',
        out,
        append: true,
        bom: false,
        dataset: bundledDataset,
      });
      await writer.write(renderLine('jsonl', line, bundledDataset));
      await writer.end();
    }
    expect(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    ).toEqual(sets.several!.map((l) => l.source));
  });
});
