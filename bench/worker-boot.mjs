// The throughput benchmark's worker entry: names this worker's kernel thread (so bench/thread-cpu.ts
// can tell the workers' CPU from V8's helper threads') and then starts exactly as the CLI's workers do.
import { readlinkSync } from 'node:fs';
import { BroadcastChannel } from 'node:worker_threads';

try {
  // /proc/thread-self → "<pid>/task/<tid>" (Linux); elsewhere the CPU is not split by thread.
  const channel = new BroadcastChannel('therapylens-bench-threads');
  channel.postMessage(readlinkSync('/proc/thread-self').split('/').pop());
  channel.close();
} catch {
  // Not Linux.
}
await import('../cli/pool/worker-boot.mjs');
