// A worker that cannot start (as when its module fails to load).
throw new Error('cannot load the engine');
