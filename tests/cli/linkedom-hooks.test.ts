// The analysis workers' lighter linkedom (cli/pool/linkedom-hooks.mjs loads a copy of linkedom's
// event target whose listener maps are made on first use): it is in force in a worker with the
// hook, and listeners on nodes, the document and the window behave exactly as in linkedom itself.
// Reports are compared with stock linkedom's in pool-run.test.ts.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';
// @ts-expect-error -- a plain .mjs helper shared with the probe worker, without type declarations
import { scenario } from './helpers/listener-scenario.mjs';

const probe = pathToFileURL(testPath('cli', 'helpers', 'linkedom-probe-worker.mjs'));

describe('linkedom hook of the analysis workers', () => {
  it('is in force for this linkedom version, and listeners see what they see in linkedom itself', async () => {
    const stock = (scenario as (p: typeof parseHTML) => string[])(parseHTML);
    expect(stock).toContain('window');
    const worker = new Worker(probe);
    try {
      const reply = await new Promise<{ lazy: boolean; seen: string[] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(reply.lazy).toBe(true);
      expect(reply.seen).toEqual(stock);
    } finally {
      await worker.terminate();
    }
  });
});
