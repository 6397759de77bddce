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
  /** Is the content script still there (a reload removes it), and are highlights on? */
  z.object({ type: z.literal('status') }),
]);

export const ContentResponse = z.object({
  ok: z.boolean(),
  /** Places marked (highlights) or claims shown (focus-claim). */
  count: z.int().check(z.nonnegative()),
  /** Whether highlights are on in the page after this request. */
  highlights: z._default(z.boolean(), false),
});

export type AnalyzeResult = z.output<typeof AnalyzeResult>;
export type ContentRequest = z.output<typeof ContentRequest>;
export type ContentResponse = z.output<typeof ContentResponse>;
