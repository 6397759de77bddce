// One analysis worker thread: HTML in, PageReport out. Parsing runs here too (it is as costly as
// the analysis), so the main thread only reads inputs and writes output.
import { parentPort } from 'node:worker_threads';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { parseHtml } from '../load-html';
import type { JobMessage, ResultMessage } from './messages';

const port = parentPort;
if (!port) throw new Error('analyze-worker runs only as a worker thread');

port.on('message', (job: JobMessage) => {
  let reply: ResultMessage;
  try {
    const report = analyzePage(parseHtml(job.html), {
      url: job.source,
      dataset: bundledDataset,
      now: job.now,
    });
    reply = { id: job.id, ok: true, report };
  } catch (err) {
    reply = {
      id: job.id,
      ok: false,
      error: `analysis failed (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  port.postMessage(reply);
});
