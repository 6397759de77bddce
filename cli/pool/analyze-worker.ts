// One analysis worker thread: a page's body in, its rendered output line out. Reading the file or
// decoding the archived bytes, parsing, analysis and rendering all run here, so the main thread
// only reads inputs' structure and writes output, and adding workers adds throughput. Jobs are
// handled one at a time in the order they arrive (all synchronous): the pool, which sends a few
// ahead, relies on that to know which page a dying worker held.
import { parentPort } from 'node:worker_threads';
import { analyzePage, indexDataset } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { loadBody } from '../inputs/body';
import { parseHtml } from '../load-html';
import { renderLine } from '../output';
import { reportLine } from '../report-line';
import type { JobMessage, ResultMessage } from './messages';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const port = parentPort;
if (!port) throw new Error('analyze-worker runs only as a worker thread');

/** Indexed once per worker, for every page it analyzes. */
const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });

function handle(job: JobMessage): ResultMessage {
  const loaded = loadBody(job.body);
  if (!loaded.ok) return { id: job.id, ok: false, stage: 'read', error: loaded.error };
  try {
    const report = analyzePage(parseHtml(loaded.html), {
      url: job.source,
      index,
      now: job.now,
    });
    return {
      id: job.id,
      ok: true,
      line: renderLine(job.format, reportLine(report, job.capture), bundledDataset),
      tally: {
        products: report.products.map((p) => ({ id: p.id })),
        claims: report.claims.map((c) => ({ verdict: c.verdict })),
      },
    };
  } catch (err) {
    return {
      id: job.id,
      ok: false,
      stage: 'analyze',
      error: `analysis failed (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}

port.on('message', (job: JobMessage) => port.postMessage(handle(job)));
