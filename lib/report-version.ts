// The PageReport schema version, kept apart from lib/schema.ts so the content script can stamp
// reports without bundling zod (its size budget is tight; receivers validate).
export const REPORT_VERSION = 1 as const;
