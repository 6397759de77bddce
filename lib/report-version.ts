// The PageReport schema version, kept apart from lib/schema.ts so the content script can stamp
// reports without bundling zod (its size budget is tight; receivers validate).
// 2: claim details are typed frames, one per rule (lib/claims/rules/*.frame.ts); version 1 allowed
// any record of scalars. lib/collection/migrations.ts reads version-1 reports.
export const REPORT_VERSION = 2 as const;
