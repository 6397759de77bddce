// Runs the analyze content script in a tab and validates what comes back: a report, a plain
// failure message, or a reason the page cannot be read. Never throws. Two injections: the language
// sniffer, which says which language packs the page needs, then those packs and the analyzer in one
// executeScript (files run in order; its result is the analyzer's, the last file's).
import { browser } from './browser';
import { AnalyzeResult } from '../lib/messages';
import type { PageReport } from '../lib/schema';
import type { ActiveTab } from './active-tab';
import { reasonForInjectionError, restrictionReason } from './restricted-url';
import { FAILURE_MESSAGES } from './failure-messages';
import { languagePackFile, LANGUAGE_SNIFFER_FILE, packLanguagesFromSniffer } from './language-packs';

export const CONTENT_SCRIPT_FILE = '/content-scripts/analyze.js';

export type AnalyzeOutcome =
  | { kind: 'report'; report: PageReport }
  | { kind: 'restricted'; reason: string }
  /** `detail` is the technical reason, kept short, for a collapsed "details" line. */
  | { kind: 'failure'; message: string; detail?: string };

export { FAILURE_MESSAGES };

/**
 * `tryUnknown`: the panel may not see the address of a tab it has no access to yet; try anyway and
 * let the browser decide (an unknown address is otherwise refused up front).
 */
export async function analyzeTab(tab: ActiveTab, { tryUnknown = false } = {}): Promise<AnalyzeOutcome> {
  const restricted = tryUnknown && tab.url === undefined ? null : restrictionReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: restricted };
  let results: { result?: unknown }[];
  try {
    const target = { tabId: tab.id };
    const [sniffed] = await browser.scripting.executeScript({ target, files: [LANGUAGE_SNIFFER_FILE] });
    const packs = packLanguagesFromSniffer(sniffed?.result).map(languagePackFile);
    results = await browser.scripting.executeScript({ target, files: [...packs, CONTENT_SCRIPT_FILE] });
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
