// A control for the throughput benchmark on a shared machine: the same fixed CPU loop in 1 and in
// N threads at once. Its speed-up is how much parallel CPU the machine gave this process at that
// moment; the analysis speed-up cannot exceed it.
import { Worker } from 'node:worker_threads';

// Plain JavaScript run with eval: no module loader, so only the CPU is measured.
const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x * 31 + i) % 1000003;
parentPort.postMessage(x);
`;

function loopOnce(iterations: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOOP, { eval: true, workerData: iterations });
    worker.once('message', () => void worker.terminate().then(() => resolve()));
    worker.once('error', reject);
  });
}

/** Parallel speed-up of a pure CPU loop with `threads` threads (ideal: `threads`). */
export async function cpuParallelCapacity(threads: number, iterations = 60_000_000): Promise<number> {
  let started = performance.now();
  await loopOnce(iterations);
  const one = performance.now() - started;
  started = performance.now();
  await Promise.all(Array.from({ length: threads }, () => loopOnce(iterations)));
  const many = performance.now() - started;
  return (threads * one) / many;
}
