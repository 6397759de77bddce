// The analysis workers' lighter linkedom and Readability (cli/pool/dom-hooks.mjs: listener maps
// made on first use, a style's element and a document's window kept in a property instead of a
// WeakMap, Readability's constructor without `arguments`): every change is in force in a worker
// with the hook for these package versions, and listeners, styles, the window and Readability
// behave exactly as in the packages themselves. Reports are compared with the stock packages' in
// pool-run.test.ts.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import Readability from '@mozilla/readability/Readability.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';
// @ts-expect-error -- plain .mjs helpers shared with the probe worker, without type declarations
import { scenario } from './helpers/listener-scenario.mjs';
// @ts-expect-error -- see above
import { styleWindowScenario } from './helpers/style-window-scenario.mjs';

const probe = pathToFileURL(testPath('cli', 'helpers', 'dom-hooks-probe-worker.mjs'));

interface Reply {
  lazy: boolean;
  styleElementInProperty: boolean;
  windowInProperty: boolean;
  readabilityRest: boolean;
  seen: string[];
  styleWindow: string[];
}

describe('module hook of the analysis workers', () => {
  it('is in force for these package versions, and behaves as the packages themselves', async () => {
    const stock = (scenario as (p: typeof parseHTML) => string[])(parseHTML);
    expect(stock).toContain('window');
    const stockStyle = (styleWindowScenario as (p: typeof parseHTML, r: unknown) => string[])(
      parseHTML,
      Readability,
    );
    expect(stockStyle).toContain('display:none');
    expect(stockStyle).toContain('window:true');
    expect(stockStyle.find((s) => s.startsWith('readability:'))).toMatch(
      /^readability:Kymriah:\d{3,}:\d{3,}$/,
    );
    const worker = new Worker(probe);
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(reply).toMatchObject({
        lazy: true,
        styleElementInProperty: true,
        windowInProperty: true,
        readabilityRest: true,
      });
      expect(reply.seen).toEqual(stock);
      expect(reply.styleWindow).toEqual(stockStyle);
    } finally {
      await worker.terminate();
    }
  });
});
