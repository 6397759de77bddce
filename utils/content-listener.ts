// The content script's side of the popup protocol. It lives on globalThis of the extension's
// isolated world, so a second injection into the same page reuses it instead of adding a second
// listener; each injection only replaces the report the marks are built from.
import { browser } from './browser';
import type { ContentRequest, ContentResponse } from '../lib/messages';
import type { PageReport } from '../lib/schema';
import { applyHighlights, clearHighlights, focusClaim, hasHighlights } from '../lib/highlight';

/** How long a claim marked only for "show on page" stays marked when highlights are off. */
export const TEMPORARY_MARK_MS = 2500;

export interface ContentState {
  report: PageReport | null;
  highlightsOn: boolean;
  listening: boolean;
  /** Pending removal of a claim marked only to show it. */
  tempTimer: ReturnType<typeof setTimeout> | null;
}

const STATE_KEY = Symbol.for('therapylens.content-state');

export function contentState(scope: object = globalThis): ContentState {
  const holder = scope as { [STATE_KEY]?: ContentState };
  holder[STATE_KEY] ??= { report: null, highlightsOn: false, listening: false, tempTimer: null };
  return holder[STATE_KEY];
}

function cancelTemporary(state: ContentState): void {
  if (state.tempTimer !== null) clearTimeout(state.tempTimer);
  state.tempTimer = null;
}

/**
 * ContentRequest.safeParse without zod: the schema in lib/messages.ts stays the contract, but zod
 * would be the largest thing in the content script's size budget. tests/popup/content-request.test.ts
 * checks that this accepts and rejects exactly what the schema does.
 */
export function readContentRequest(raw: unknown): ContentRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const msg = raw as Record<string, unknown>;
  switch (msg.type) {
    case 'highlights':
      return typeof msg.on === 'boolean' ? { type: 'highlights', on: msg.on } : null;
    case 'focus-claim':
      return typeof msg.claimId === 'string' ? { type: 'focus-claim', claimId: msg.claimId } : null;
    case 'status':
      return { type: 'status' };
    default:
      return null;
  }
}

/** Answers one message; null for anything that is not a ContentRequest (not ours to answer). */
export function handleContentRequest(
  doc: Document,
  state: ContentState,
  raw: unknown,
): ContentResponse | null {
  const request = readContentRequest(raw);
  if (!request) return null;
  const report = state.report;
  if (request.type === 'status') {
    return { ok: report !== null, count: 0, highlights: state.highlightsOn };
  }
  if (!report) return { ok: false, count: 0, highlights: false };
  if (request.type === 'highlights') {
    cancelTemporary(state);
    state.highlightsOn = request.on;
    if (!request.on) {
      clearHighlights(doc);
      return { ok: true, count: 0, highlights: false };
    }
    return { ok: true, count: applyHighlights(doc, report), highlights: true };
  }
  if (focusClaim(doc, request.claimId)) return { ok: true, count: 1, highlights: state.highlightsOn };
  if (state.highlightsOn) return { ok: false, count: 0, highlights: true };
  // Highlights are off: mark just this claim, show it, and take the mark away again.
  cancelTemporary(state);
  const only: PageReport = {
    ...report,
    products: [],
    claims: report.claims.filter((c) => c.id === request.claimId),
  };
  if (applyHighlights(doc, only) === 0 || !focusClaim(doc, request.claimId)) {
    clearHighlights(doc);
    return { ok: false, count: 0, highlights: false };
  }
  state.tempTimer = setTimeout(() => {
    state.tempTimer = null;
    if (!state.highlightsOn) clearHighlights(doc);
  }, TEMPORARY_MARK_MS);
  return { ok: true, count: 1, highlights: false };
}

/** Called on every injection with the fresh report; registers the listener only once. */
export function adoptReport(doc: Document, state: ContentState, report: PageReport | null): void {
  cancelTemporary(state);
  state.report = report;
  // Marks built from the previous report name its claim ids: rebuild them from this one.
  if (state.highlightsOn && report) applyHighlights(doc, report);
  else if (hasHighlights(doc)) clearHighlights(doc);
  if (state.listening) return;
  state.listening = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const response = handleContentRequest(doc, state, message);
    return response ? Promise.resolve(response) : undefined;
  });
}
