// Runs the analyze content script in a tab and validates what comes back: a report, a plain
// failure message, or a reason the page cannot be read. Never throws.
import { browser } from './browser';
import { AnalyzeResult } from '../lib/messages';
import type { PageReport } from '../lib/schema';
import type { ActiveTab } from './active-tab';
import { reasonForInjectionError, restrictionReason } from './restricted-url';

export const CONTENT_SCRIPT_FILE = '/content-scripts/analyze.js';

export type AnalyzeOutcome =
  | { kind: 'report'; report: PageReport }
  | { kind: 'restricted'; reason: string }
  /** `detail` is the technical reason, kept short, for a collapsed "details" line. */
  | { kind: 'failure'; message: string; detail?: string };

export const FAILURE_MESSAGES = {
  noResult:
    'TherapyLens could not read this page: its checker did not answer. The page may still be loading.',
  malformed: 'TherapyLens could not read this page: its checker returned something unexpected.',
  injection: 'TherapyLens could not start its checker on this page.',
  crashed: 'TherapyLens ran into a problem while reading this page.',
} as const;

export async function analyzeTab(tab: ActiveTab): Promise<AnalyzeOutcome> {
  const restricted = restrictionReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: restricted };
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: [CONTENT_SCRIPT_FILE],
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const reason = reasonForInjectionError(tab.url, message);
    if (reason) return { kind: 'restricted', reason };
    return { kind: 'failure', message: FAILURE_MESSAGES.injection, detail: shorten(message) };
  }
  const first = results[0];
  if (!first || first.result === undefined || first.result === null) {
    return { kind: 'failure', message: FAILURE_MESSAGES.noResult };
  }
  const parsed = AnalyzeResult.safeParse(first.result);
  if (!parsed.success) return { kind: 'failure', message: FAILURE_MESSAGES.malformed };
  if (!parsed.data.ok) {
    return { kind: 'failure', message: FAILURE_MESSAGES.crashed, detail: shorten(parsed.data.error) };
  }
  return { kind: 'report', report: parsed.data.report };
}

/** First line only, bounded: a detail line, never a stack trace. */
function shorten(message: string): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
