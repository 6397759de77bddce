// A fresh thread that reads two PDFs as an analysis worker does (cli/inputs/pdf.ts) and reports
// whether the built-ins pdf.js's Node build replaces are Node's own afterwards, and whether the
// polyfills pdf.js needs are there.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const own = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
  toString: Function.prototype.toString,
};
register();
const { loadPdfFile } = await import('../../../cli/inputs/pdf.ts');
const loaded = [];
for (const path of workerData.paths) loaded.push(await loadPdfFile(path));
parentPort.postMessage({
  read: loaded.map((l) => l.ok),
  own: {
    push: Array.prototype.push === own.push,
    parse: JSON.parse === own.parse,
    stringify: JSON.stringify === own.stringify,
    toString: Function.prototype.toString === own.toString,
  },
  added: typeof Promise.withResolvers,
});
