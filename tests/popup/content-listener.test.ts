import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseDocument } from '../helpers/dom';
import {
  adoptReport,
  contentState,
  handleContentRequest,
  TEMPORARY_MARK_MS,
} from '../../utils/content-listener';
import { fullReport, KYMRIAH_SENTENCE } from '../components/fixtures';

const PAGE = `<html><head></head><body><h1>CAR-T in China</h1>
<p>${KYMRIAH_SENTENCE}</p>
<p>Abecma is for multiple myeloma patients who have had four or more prior lines of therapy.</p>
</body></html>`;

function fresh() {
  const doc = parseDocument(PAGE);
  const state = contentState({});
  state.report = fullReport;
  return { doc, state, before: doc.documentElement.outerHTML };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('handleContentRequest', () => {
  it('ignores anything that is not a ContentRequest', () => {
    const { doc, state } = fresh();
    for (const raw of [
      null,
      'highlights',
      { type: 'highlights' },
      { type: 'highlights', on: 'yes' },
      { type: 'eval', code: 'x' },
    ]) {
      expect(handleContentRequest(doc, state, raw)).toBeNull();
    }
  });

  it('turns highlights on and off, leaving the page as it was', () => {
    const { doc, state, before } = fresh();
    const on = handleContentRequest(doc, state, { type: 'highlights', on: true });
    expect(on).toEqual({ ok: true, count: expect.any(Number), highlights: true });
    expect(on!.count).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('mark[data-therapylens]').length).toBeGreaterThan(0);
    expect(handleContentRequest(doc, state, { type: 'status' })).toEqual({
      ok: true,
      count: 0,
      highlights: true,
    });
    expect(handleContentRequest(doc, state, { type: 'highlights', on: false })).toEqual({
      ok: true,
      count: 0,
      highlights: false,
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('shows a claim while highlights are off by marking it briefly, then restores the page', () => {
    vi.useFakeTimers();
    const { doc, state, before } = fresh();
    expect(handleContentRequest(doc, state, { type: 'focus-claim', claimId: 'c4' })).toEqual({
      ok: true,
      count: 1,
      highlights: false,
    });
    expect(doc.querySelectorAll('mark[data-therapylens-claims="c4"]').length).toBe(1);
    expect(doc.querySelectorAll('mark[data-therapylens="mention"]').length).toBe(0);
    vi.advanceTimersByTime(TEMPORARY_MARK_MS + 10);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the marks when the user turns highlights on during a brief showing', () => {
    vi.useFakeTimers();
    const { doc, state } = fresh();
    handleContentRequest(doc, state, { type: 'focus-claim', claimId: 'c4' });
    handleContentRequest(doc, state, { type: 'highlights', on: true });
    vi.advanceTimersByTime(TEMPORARY_MARK_MS + 10);
    expect(doc.querySelectorAll('mark[data-therapylens-claims~="c1"]').length).toBeGreaterThan(0);
  });

  it('says so when a claim is not on the page', () => {
    const { doc, state, before } = fresh();
    expect(handleContentRequest(doc, state, { type: 'focus-claim', claimId: 'c7' })).toEqual({
      ok: false,
      count: 0,
      highlights: false,
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('answers not-ok before any report exists', () => {
    const doc = parseDocument(PAGE);
    const state = contentState({});
    expect(handleContentRequest(doc, state, { type: 'highlights', on: true })).toEqual({
      ok: false,
      count: 0,
      highlights: false,
    });
  });
});

describe('adoptReport', () => {
  it('registers one message listener however often the script is injected', async () => {
    const doc = parseDocument(PAGE);
    const state = contentState({});
    adoptReport(doc, state, fullReport);
    adoptReport(doc, state, fullReport);
    adoptReport(doc, state, fullReport);
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'status' }, {}, () => {});
    expect(answers).toHaveLength(1);
    expect(await answers[0]).toEqual({ ok: true, count: 0, highlights: false });
  });

  it('rebuilds marks from the new report when highlights were on', () => {
    const doc = parseDocument(PAGE);
    const state = contentState({});
    adoptReport(doc, state, fullReport);
    handleContentRequest(doc, state, { type: 'highlights', on: true });
    const renumbered = { ...fullReport, claims: fullReport.claims.map((c) => ({ ...c, id: `n${c.id}` })) };
    adoptReport(doc, state, renumbered);
    expect(doc.querySelectorAll('mark[data-therapylens-claims~="c1"]').length).toBe(0);
    expect(doc.querySelectorAll('mark[data-therapylens-claims~="nc1"]').length).toBeGreaterThan(0);
  });

  it('keeps its state on the scope it is given (the isolated world in the page)', () => {
    const scope = {};
    expect(contentState(scope)).toBe(contentState(scope));
    expect(contentState(scope)).not.toBe(contentState({}));
  });
});
