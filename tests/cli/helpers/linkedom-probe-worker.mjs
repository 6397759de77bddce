// A worker thread with the analysis workers' linkedom hook (cli/pool/linkedom-hooks.mjs): reports
// whether linkedom's EventTarget is the lazy copy, and what listeners saw in one scenario.
import { register } from 'node:module';
import { parentPort } from 'node:worker_threads';

register('../../../cli/pool/linkedom-hooks.mjs', import.meta.url);
const { EventTarget, parseHTML } = await import('linkedom');
const { scenario } = await import('./listener-scenario.mjs');
parentPort.postMessage({ lazy: EventTarget.lazyListeners === true, seen: scenario(parseHTML) });
