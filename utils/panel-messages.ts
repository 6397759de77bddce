// Background → views: an analysis the background started for the menu or the shortcut. Reports
// themselves travel through the report cache (utils/report-cache.ts); these only say "working on
// it" and, for failures, what went wrong. Receivers safeParse: any extension page can send.
import { z } from '../lib/zod';

export const PanelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('therapylens:analysis-started'), tabId: z.int() }),
  z.object({
    type: z.literal('therapylens:analysis-failed'),
    tabId: z.int(),
    outcome: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('restricted'), reason: z.string() }),
      z.object({ kind: z.literal('denied') }),
      z.object({ kind: z.literal('failure'), message: z.string(), detail: z.optional(z.string()) }),
    ]),
  }),
]);
export type PanelMessage = z.output<typeof PanelMessage>;
