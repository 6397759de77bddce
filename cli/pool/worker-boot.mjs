// Entry of each analysis worker thread. Node does not pass tsx's module hooks on to worker
// threads, so the worker registers them itself and then loads the TypeScript worker: the pool
// runs from source exactly as `npm run analyze` (tsx) does, with no build step. It also registers
// the hook that gives linkedom's DOM nodes lazily made listener maps (./linkedom-hooks.mjs).
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook('./linkedom-hooks.mjs', import.meta.url);
register();
await import('./analyze-worker.ts');
