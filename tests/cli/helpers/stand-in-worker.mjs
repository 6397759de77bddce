// A stand-in analysis worker for the pool tests: answers with a minimal result, and dies (as a
// worker out of memory would) when the page's source is "crash".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.source === 'crash') process.exit(3);
  parentPort.postMessage({
    id: job.id,
    ok: true,
    line: { text: job.source, claims: 0, analyzedAt: job.now },
    tally: { products: [], claims: [] },
  });
});
