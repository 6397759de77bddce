import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeTab, CONTENT_SCRIPT_FILE, FAILURE_MESSAGES } from '../../utils/analyze-tab';
import { LANGUAGE_SNIFFER_FILE } from '../../utils/language-packs';
import { REASONS } from '../../utils/restricted-url';
import { fullReport } from '../components/fixtures';

const TAB = { id: 7, url: 'https://clinic.example/car-t' };

/** The sniffer answers `languages`, the analyzer (the last file of the second injection) `result`. */
function answer(result: unknown, languages: unknown = []) {
  const spy = vi.fn(async ({ files }: { files: string[] }) => [
    { frameId: 0, documentId: 'd', result: files[0] === LANGUAGE_SNIFFER_FILE ? languages : result },
  ]);
  fakeBrowser.scripting.executeScript = spy as unknown as typeof fakeBrowser.scripting.executeScript;
  return spy;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('analyzeTab', () => {
  it('injects the analyze script into the tab and returns the validated report', async () => {
    const spy = answer({ ok: true, report: fullReport });
    const outcome = await analyzeTab(TAB);
    expect(spy.mock.calls).toEqual([
      [{ target: { tabId: 7 }, files: [LANGUAGE_SNIFFER_FILE] }],
      [{ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] }],
    ]);
    expect(outcome).toEqual({ kind: 'report', report: fullReport });
  });

  it('injects the language packs the sniffer named before the analyzer, in one call', async () => {
    const spy = answer({ ok: true, report: fullReport }, ['ja', 'zh']);
    expect(await analyzeTab(TAB)).toEqual({ kind: 'report', report: fullReport });
    expect(spy).toHaveBeenLastCalledWith({
      target: { tabId: 7 },
      files: ['/lang-zh.js', '/lang-ja.js', CONTENT_SCRIPT_FILE],
    });
  });

  it('injects every pack when the sniffer returns nothing usable', async () => {
    const spy = answer({ ok: true, report: fullReport }, null);
    await analyzeTab(TAB);
    expect((spy.mock.calls.at(-1)![0] as { files: string[] }).files).toHaveLength(9);
  });

  it('refuses restricted pages without injecting', async () => {
    const spy = answer({ ok: true, report: fullReport });
    expect(await analyzeTab({ id: 7, url: 'chrome://settings' })).toEqual({
      kind: 'restricted',
      reason: REASONS.browserPage,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns a malformed result into the failure state', async () => {
    answer({ ok: true, report: { ...fullReport, claims: 'lots' } });
    expect(await analyzeTab(TAB)).toEqual({ kind: 'failure', message: FAILURE_MESSAGES.malformed });
  });

  it('turns a missing result into the failure state', async () => {
    answer(undefined);
    expect(await analyzeTab(TAB)).toEqual({ kind: 'failure', message: FAILURE_MESSAGES.noResult });
  });

  it('keeps the script error as a one-line detail, never a stack', async () => {
    answer({ ok: false, error: 'Analysis stopped: boom\n    at x (content.js:1:1)' });
    expect(await analyzeTab(TAB)).toEqual({
      kind: 'failure',
      message: FAILURE_MESSAGES.crashed,
      detail: 'Analysis stopped: boom',
    });
  });

  it('explains file pages that cannot be injected', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of url "file:///tmp/a.html".');
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
    expect(await analyzeTab({ id: 7, url: 'file:///tmp/a.html' })).toEqual({
      kind: 'restricted',
      reason: REASONS.file,
    });
  });

  it('reports other injection errors as a failure', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Frame with ID 0 was removed.');
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
    expect(await analyzeTab(TAB)).toEqual({
      kind: 'failure',
      message: FAILURE_MESSAGES.injection,
      detail: 'Frame with ID 0 was removed.',
    });
  });
});
