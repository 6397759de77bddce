// @vitest-environment happy-dom
// The popup as a whole, against the fake browser: tab lookup, restricted pages, injection, the
// cache, settings, highlights and saving.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { CACHE_KEY } from '../../utils/report-cache';
import { SETTINGS_KEY } from '../../lib/settings';
import { loadCollection } from '../../utils/collection-store';
import type { ContentRequest, ContentResponse } from '../../lib/messages';
import { fullReport } from '../components/fixtures';
import { withLanguageSniffer } from '../helpers/inject';

const URL_A = 'https://clinic.example/car-t-therapy-china';
const SUMMARY =
  '2 statements on this page differ from the records; 1 product is presented as approved where it is not; 1 statement uses sales wording to read with care.';

let executeScript: ReturnType<typeof vi.fn>;
let sendMessage: ReturnType<typeof vi.fn>;
/** What the fake content script answers; null makes sendMessage fail like a reloaded page. */
let pageAnswer: (req: ContentRequest) => ContentResponse | null;

async function openTab(url: string): Promise<number> {
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id!;
}

function injectionReturns(...results: unknown[]) {
  for (const result of results) executeScript.mockImplementationOnce(async () => [{ frameId: 0, result }]);
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => [{ frameId: 0, result: { ok: true, report: fullReport } }]);
  sendMessage = vi.fn(async (_tabId: number, req: ContentRequest) => {
    const answer = pageAnswer(req);
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer;
  });
  pageAnswer = (req) =>
    req.type === 'highlights'
      ? { ok: true, count: req.on ? 9 : 0, highlights: req.on }
      : req.type === 'status'
        ? { ok: true, count: 0, highlights: false }
        : { ok: true, count: 1, highlights: false };
  fakeBrowser.scripting.executeScript = withLanguageSniffer(executeScript);
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
});
afterEach(cleanup);

describe('popup', () => {
  it('analyzes the active tab, shows the report, and shows it from the cache when reopened', async () => {
    const tabId = await openTab(URL_A);
    const first = render(<App />);
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/analyze.js'] });
    expect(screen.queryByText(/result from/)).toBeNull();
    first.unmount();

    render(<App />);
    expect(await screen.findByText(/result from/)).toBeInTheDocument();
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('re-analyzes on request even with a cached result', async () => {
    await openTab(URL_A);
    render(<App />);
    await screen.findByText(SUMMARY);
    cleanup();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByText(/result from/);
    await user.click(screen.getByRole('button', { name: 'Re-analyze' }));
    await waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(/result from/)).toBeNull());
  });

  it('ignores a malformed cache entry and analyzes again', async () => {
    const tabId = await openTab(URL_A);
    await fakeBrowser.storage.session.set({
      [CACHE_KEY]: [{ tabId, url: URL_A, report: { title: 'forged' } }],
    });
    render(<App />);
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(screen.queryByText('forged')).toBeNull();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('refuses a restricted page without injecting anything', async () => {
    await openTab('chrome://settings/');
    render(<App />);
    expect(await screen.findByText("TherapyLens can't read this page")).toBeInTheDocument();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('shows the failure state for a malformed result, and Retry analyzes again', async () => {
    const user = userEvent.setup();
    await openTab(URL_A);
    injectionReturns({ ok: true, report: { version: 1 } });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('returned something unexpected');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
  });

  it('highlights the page on arrival when the setting says so', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { highlightsByDefault: true } });
    const tabId = await openTab(URL_A);
    render(<App />);
    await waitFor(() => expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true'));
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'highlights', on: true });
  });

  it('turns highlights on and off from the switch and says what happened', async () => {
    const user = userEvent.setup();
    const tabId = await openTab(URL_A);
    render(<App />);
    await screen.findByText(SUMMARY);
    await user.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true'));
    expect(screen.getByText('9 places marked on the page.')).toBeInTheDocument();
    await user.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false'));
    expect(sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'highlights', on: false });
  });

  it('re-injects when the page no longer answers (reloaded since the cached result)', async () => {
    const user = userEvent.setup();
    await openTab(URL_A);
    render(<App />);
    await screen.findByText(SUMMARY);
    cleanup();
    let reloaded = true;
    const normal = pageAnswer;
    pageAnswer = (req) => (reloaded ? null : normal(req));
    executeScript.mockImplementation(async () => {
      reloaded = false;
      return [{ frameId: 0, result: { ok: true, report: fullReport } }];
    });
    render(<App />);
    await screen.findByText(/result from/);
    await user.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true'));
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('asks the page to show a clicked claim, and says when it cannot', async () => {
    const user = userEvent.setup();
    const tabId = await openTab(URL_A);
    render(<App />);
    await screen.findByText(SUMMARY);
    const quotes = screen.getAllByRole('button', { name: /Show on page\.$/ });
    await user.click(quotes[1]!);
    expect(sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'focus-claim', claimId: 'c3' });
    expect(await screen.findByText('Shown on the page.')).toBeInTheDocument();
    pageAnswer = () => ({ ok: false, count: 0, highlights: false });
    await user.click(quotes[6]!);
    expect(await screen.findByText(/could not be found on the page/)).toBeInTheDocument();
  });

  it('saves to the collection on request', async () => {
    const user = userEvent.setup();
    await openTab(URL_A);
    render(<App />);
    await screen.findByText(SUMMARY);
    await user.click(screen.getByRole('button', { name: 'Save to collection' }));
    expect(await screen.findByText('Saved to your collection.')).toBeInTheDocument();
    const { records } = await loadCollection();
    expect(records).toHaveLength(1);
  });

  it('saves automatically when the setting says so', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { autoSave: true } });
    await openTab(URL_A);
    render(<App />);
    expect(await screen.findByText('Saved to your collection automatically.')).toBeInTheDocument();
    expect((await loadCollection()).records).toHaveLength(1);
  });

  it('opens the collection page in a new tab', async () => {
    const user = userEvent.setup();
    await openTab(URL_A);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    await screen.findByText(SUMMARY);
    await user.click(screen.getByRole('link', { name: 'Open collection' }));
    expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/collection.html') });
  });
});
