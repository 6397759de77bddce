// The run with the real worker pool, where workers read files, decode archived bodies, rebuild
// PDFs and render output: one worker and two give byte-identical output in input order (archive
// records split across workers, several pages in flight per worker, PDFs read asynchronously
// between HTML pages), and a body that cannot be read is one error line, as when the reader
// reported it, not a page.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Format } from '../../cli/analyze-args';
import { loadPdfFile } from '../../cli/inputs/pdf';
import { loadHtmlFile, parseHtml } from '../../cli/load-html';
import { renderLine, type OutputWriter, type RenderedLine } from '../../cli/output';
import { WorkerPool } from '../../cli/pool/worker-pool';
import { runAnalysis, type RunCounts } from '../../cli/run';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { FIXED_NOW, testPath } from '../helpers/dom';
import { buildWarc } from './helpers/warc';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const dir = mkdtempSync(join(tmpdir(), 'tl-pool-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => testPath('cli', 'fixtures', name);
const page = (name: string) => readFileSync(testPath('fixtures', 'pages', name), 'utf8');
const pdf = (name: string) => testPath('fixtures', 'pdf', name);

async function inputs(): Promise<string[]> {
  const archive = join(dir, 'crawl.warc.gz');
  const names = ['seed--cancerfax-gene-therapy-leukemia.html', 'maker--carvykti-patient-site.html'];
  const archived = Array.from({ length: 12 }, (_, i) => ({
    url: `https://clinic.example/${i}`,
    html: i === 5 ? '' : page(names[i % names.length]!),
    date: '2024-05-01T10:00:00Z',
  }));
  writeFileSync(archive, await buildWarc(archived, { gzip: true }));
  const notPdf = join(dir, 'page.pdf');
  writeFileSync(notPdf, '<!doctype html><p>Kymriah</p>');
  return [
    fixture('kymriah-clinic.html'),
    pdf('table.pdf'),
    join(dir, 'missing.html'),
    archive,
    pdf('encrypted.pdf'),
    fixture('windows-1252.html'),
    pdf('image-only.pdf'),
    fixture('pixel.png'),
    notPdf,
    pdf('two-column.pdf'),
    join(dir, 'missing.pdf'),
    fixture('yescarta-overseas.html'),
  ];
}

async function run(workers: number, format: Format, files: string[]) {
  const texts: string[] = [];
  const output: OutputWriter = {
    write: async (line: RenderedLine) => void texts.push(line.text),
    end: async () => undefined,
  };
  const errors: string[] = [];
  const pages: string[] = [];
  const pool = new WorkerPool(workers);
  let counts: RunCounts;
  try {
    counts = await runAnalysis(
      { inputs: files, workers, format, lookahead: 4, timeoutMs: 1000, now: FIXED_NOW, pool },
      output,
      {
        report: () => undefined,
        error: (line) => errors.push(line),
        page: (source) => pages.push(source),
        inputDone: () => undefined,
      },
    );
  } finally {
    await pool.close();
  }
  return { texts, errors, pages, counts };
}

describe('runAnalysis with the worker pool', { timeout: 120_000 }, () => {
  it('one worker and two give the same output in input order; unreadable bodies are error lines, not pages', async () => {
    const files = await inputs();
    const one = await run(1, 'jsonl', files);
    const two = await run(2, 'jsonl', files);
    expect(two.texts.join('')).toBe(one.texts.join(''));
    expect(two.errors).toEqual(one.errors);
    expect(two.pages).toEqual(one.pages);
    expect(two.counts).toEqual(one.counts);

    const sources = one.texts.map((t) => (JSON.parse(t) as { source: string }).source);
    const archived = Array.from({ length: 12 }, (_, i) => `https://clinic.example/${i}`).filter(
      (url) => url !== 'https://clinic.example/5',
    );
    expect(sources).toEqual([files[0], files[1], ...archived, files[5], files[9], files[11]]);
    expect(one.pages).toEqual(sources);
    // Every error line in input order, PDFs' included (the main thread no longer reads PDFs).
    expect(one.errors).toEqual([
      `${files[2]}: file not found`,
      `${files[3]}: record 7 (https://clinic.example/5): empty file (no HTML)`,
      expect.stringMatching(/^.*encrypted\.pdf: the PDF is password-protected; open it with its password/),
      expect.stringMatching(/^.*image-only\.pdf: the PDF has no text layer \(a scan or images only\)/),
      `${files[7]}: not HTML (looks like a PNG image)`,
      `${files[8]}: not a PDF (the file does not start with a PDF header)`,
      `${files[10]}: file not found`,
    ]);
    expect(one.counts).toEqual({ analyzed: 16, errors: 7, skipped: 1, notInRun: 0 });
    const table = JSON.parse(one.texts[1]!) as { title: string; products: { id: string }[] };
    expect(table.title).toBe('CAR-T response rates at a glance');
    expect(table.products.map((p) => p.id).sort()).toEqual([
      'axicabtagene-ciloleucel',
      'idecabtagene-vicleucel',
      'tisagenlecleucel',
    ]);
  });

  it('workers (with their lighter linkedom and Readability) give the reports the stock packages give in this thread', async () => {
    const pagesDir = testPath('fixtures', 'pages');
    const files = [
      fixture('kymriah-clinic.html'),
      fixture('windows-1252.html'),
      ...readdirSync(pagesDir)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .slice(0, 16)
        .map((f) => join(pagesDir, f)),
      pdf('label--yescarta-prescribing-information.pdf'),
      pdf('maker--kymriah-hcp-efficacy.pdf'),
      pdf('clinic--lymphoma-car-t-program.pdf'),
    ];
    const pooled = await run(2, 'jsonl', files);
    const loadedHere = await Promise.all(
      files.map((file) => (file.endsWith('.pdf') ? loadPdfFile(file) : loadHtmlFile(file))),
    );
    const here = files.map((file, i) => {
      const loaded = loadedHere[i]!;
      if (!loaded.ok) throw new Error(loaded.error);
      const report = analyzePage(parseHtml(loaded.html), {
        url: file,
        dataset: bundledDataset,
        languages: ALL_LANGUAGE_PACKS,
        now: FIXED_NOW,
      });
      return renderLine('jsonl', report, bundledDataset).text;
    });
    expect(pooled.texts).toEqual(here);
  });
});
