// Entry of each analysis worker thread. Node does not pass tsx's module hooks on to worker
// threads, so the worker registers them itself and then loads the TypeScript worker: the pool
// runs from source exactly as `npm run analyze` (tsx) does, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
