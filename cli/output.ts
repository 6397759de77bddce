// Reports are written as they are ready, in input order, so memory stays flat however many pages
// a run has. Each format's streamed output is byte-for-byte what rendering all reports at once
// gives (json: one array; jsonl: a line each; csv: the extension's claims CSV; text: summaries
// then the disclaimer). Each page's part is rendered by the worker that analyzed it (renderLine):
// JSON and CSV text cost as much as a small page's analysis, and the main thread, which only puts
// the parts together in order, would otherwise be what keeps the workers waiting.
import { createWriteStream, type WriteStream } from 'node:fs';
import { claimsCsv } from '../lib/collection/export';
import type { Dataset } from '../lib/dataset/schema';
import type { Format } from './analyze-args';
import type { ReportLine } from './report-line';
import { formatClosing, formatPage } from './text-report';

/** One page's part of the output, rendered from its ReportLine (in the worker, by renderLine). */
export interface RenderedLine {
  /** jsonl: the line; json: the array element, indented, without the separator; csv: its rows. */
  text: string;
  /** Claims on the page (csv: rows written; an output with none still ends its header line). */
  claims: number;
  /** ReportLine.analyzedAt (text: the age line is dated by the latest analysis). */
  analyzedAt: string;
}

export interface OutputWriter {
  write(line: RenderedLine): Promise<void>;
  end(): Promise<void>;
}

export interface OutputOptions {
  format: Format;
  /** A file path; stdout when absent. */
  out?: string;
  /** Append to `out` (--resume). */
  append: boolean;
  bom: boolean;
  dataset: Dataset;
}

export function createOutput(opts: OutputOptions): OutputWriter {
  const target: NodeJS.WritableStream = opts.out
    ? createWriteStream(opts.out, { flags: opts.append ? 'a' : 'w' })
    : process.stdout;
  let failure: Error | undefined;
  target.on('error', (err: Error) => void (failure ??= err));
  const put = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      if (text === '') return resolve();
      // Waiting for each write keeps at most one chunk buffered (the file or pipe sets the pace).
      target.write(text, (err) => (err ? reject(err) : resolve()));
    });
  const format = formatOf(opts);
  let count = 0;
  return {
    async write(line) {
      await put(format.line(line, count++));
    },
    async end() {
      await put(format.end(count));
      if (opts.out) {
        await new Promise<void>((resolve, reject) =>
          (target as WriteStream).end(() => (failure ? reject(failure) : resolve())),
        );
      }
      if (failure) throw failure;
    },
  };
}

interface Format_ {
  line(line: RenderedLine, index: number): string;
  end(count: number): string;
}

let csvHeader: string | undefined;
/** claimsCsv's header line, without its CRLF (claimsCsv([]) is the header, then CRLF, then CRLF). */
function csvHeaderLine(): string {
  csvHeader ??= claimsCsv([]).slice(0, -2);
  return csvHeader;
}

/** One page's part of the output in `format`; pure, so any thread can render it. */
export function renderLine(format: Format, line: ReportLine, dataset: Dataset): RenderedLine {
  const rendered = (text: string) => ({ text, claims: line.claims.length, analyzedAt: line.analyzedAt });
  switch (format) {
    case 'jsonl':
      return rendered(JSON.stringify(line) + '\n');
    case 'json':
      // JSON.stringify(reports, null, 2) indents each element by one more level.
      return rendered(JSON.stringify(line, null, 2).replace(/\n/g, '\n  '));
    case 'csv':
      return rendered(
        line.claims.length === 0 ? '' : claimsCsv([{ report: line }]).slice(csvHeaderLine().length),
      );
    case 'text':
      return rendered(formatPage(line, dataset));
  }
}

function formatOf(opts: OutputOptions): Format_ {
  switch (opts.format) {
    case 'jsonl':
      return { line: (line) => line.text, end: () => '' };
    case 'json':
      // JSON.stringify(reports, null, 2), one element at a time.
      return {
        line: (line, index) => `${index === 0 ? '[\n' : ',\n'}  ${line.text}`,
        end: (count) => (count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv': {
      // claimsCsv is the header line, the rows, then CRLF; with no rows, the header and an empty line.
      const empty = claimsCsv([]);
      const header = csvHeaderLine();
      const bom = opts.bom ? claimsCsv([], { bom: true }).slice(0, -empty.length) : '';
      let rows = 0;
      return {
        line: (line, index) => {
          rows += line.claims;
          return (index === 0 ? bom + header : '') + line.text;
        },
        end: (count) => (count === 0 ? bom + empty : rows === 0 ? '\r\n' : ''),
      };
    }
    case 'text': {
      // The age line is dated by the latest analysis, as when all reports are rendered at once.
      let latest: string | undefined;
      return {
        line: (line) => {
          if (!latest || line.analyzedAt > latest) latest = line.analyzedAt;
          return line.text;
        },
        end: () => formatClosing(opts.dataset, latest),
      };
    }
  }
}
