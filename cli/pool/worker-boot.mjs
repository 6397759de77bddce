// Entry of each analysis worker thread. Node does not pass tsx's module hooks on to worker
// threads, so the worker registers them itself and then loads the TypeScript worker: the pool
// runs from source exactly as `npm run analyze` (tsx) does, with no build step. It also registers
// the hook that lets each page's DOM die young (./dom-hooks.mjs: a few exact changes to
// linkedom and Readability).
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook('./dom-hooks.mjs', import.meta.url);
register();
await import('./analyze-worker.ts');
