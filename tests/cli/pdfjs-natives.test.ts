// pdf.js's Node build replaces Array.prototype.push, JSON.parse, JSON.stringify and
// Function.prototype.toString with core-js's (cli/inputs/pdfjs-node.ts). In an analysis worker
// those would then serve every later page, 10× slower for a report's JSON line. After the worker
// has read PDFs, Node's own are back, and the polyfills pdf.js needs stay.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

describe('pdf.js in an analysis worker', () => {
  it("leaves Node's own built-ins in place after reading PDFs", async () => {
    const worker = new Worker(pathToFileURL(testPath('cli', 'helpers', 'pdfjs-natives-probe-worker.mjs')), {
      workerData: {
        paths: [
          testPath('fixtures', 'pdf', 'table.pdf'),
          testPath('fixtures', 'pdf', 'label--yescarta-prescribing-information.pdf'),
        ],
      },
    });
    try {
      const reply = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(reply).toEqual({
        read: [true, true],
        own: { push: true, parse: true, stringify: true, toString: true },
        added: 'function',
      });
    } finally {
      await worker.terminate();
    }
  });
});
