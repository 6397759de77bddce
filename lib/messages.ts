// Messages between the popup and the content script, as zod schemas in one place. The receiver
// safeParses every message; there is no string switch over an untyped `action`.
import { z } from './zod';
import { PageReport } from './schema';

/** What the analyze content script's main() returns to scripting.executeScript. */
export const AnalyzeResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: PageReport }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Popup → content script, after analysis. */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('highlights'), on: z.boolean() }),
  z.object({ type: z.literal('focus-claim'), claimId: z.string() }),
]);

export const ContentResponse = z.object({ ok: z.boolean(), count: z.int().check(z.nonnegative()) });

export type AnalyzeResult = z.output<typeof AnalyzeResult>;
export type ContentRequest = z.output<typeof ContentRequest>;
export type ContentResponse = z.output<typeof ContentResponse>;
