// @vitest-environment happy-dom
// The side panel against the fake browser: it never analyzes on its own, follows tab switches,
// shows results written by others, and says how to grant access when the browser refuses.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { writeCachedReport } from '../../utils/report-cache';
import { fullReport } from '../components/fixtures';
import { withLanguageSniffer } from '../helpers/inject';

const SUMMARY = /^2 statements on this page differ from the records/;
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => [{ frameId: 0, result: { ok: true, report: fullReport } }]);
  fakeBrowser.scripting.executeScript = withLanguageSniffer(executeScript);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => {
    throw new Error('Receiving end does not exist.');
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  await fakeBrowser.windows.create({ focused: true });
});
afterEach(cleanup);

describe('side panel', () => {
  it('waits for the user on a tab it has no report for, then analyzes on "Analyze this page"', async () => {
    const user = userEvent.setup();
    await fakeBrowser.tabs.create({ url: 'https://clinic.example/a', active: true });
    render(<App />);
    await screen.findByRole('heading', { name: 'This tab has not been checked yet' });
    expect(executeScript).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Analyze this page' }));
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('follows a tab switch: the other tab’s cached report, then back', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://clinic.example/a', active: true });
    render(<App />);
    await screen.findByRole('heading', { name: 'This tab has not been checked yet' });
    const b = await fakeBrowser.tabs.create({ url: 'https://clinic.example/b', active: true });
    await writeCachedReport(b.id!, 'https://clinic.example/b', fullReport);
    await fakeBrowser.tabs.update(a.id!, { active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: b.id!, windowId: b.windowId! });
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(screen.getByText(/result from/)).toBeInTheDocument();
    await fakeBrowser.tabs.update(b.id!, { active: false });
    await fakeBrowser.tabs.update(a.id!, { active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: a.id!, windowId: a.windowId! });
    await screen.findByRole('heading', { name: 'This tab has not been checked yet' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('shows a report the background wrote for this tab (menu or shortcut)', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://clinic.example/a', active: true });
    render(<App />);
    await screen.findByRole('heading', { name: 'This tab has not been checked yet' });
    await writeCachedReport(a.id!, 'https://clinic.example/a', fullReport, true);
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(
      screen.getByText('Only the text you selected was checked (with the page title for context).'),
    ).toBeInTheDocument();
    // Just arrived: not presented as an old result.
    expect(screen.queryByText(/result from/)).toBeNull();
  });

  it('says plainly how to grant access when the browser will not let the panel read the page', async () => {
    const user = userEvent.setup();
    // No address: the panel was never given this tab.
    await fakeBrowser.tabs.create({ active: true });
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Analyze this page' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('click the TherapyLens button in the toolbar, press Alt+Shift+L');
    expect(alert).toHaveTextContent('Check with TherapyLens');
  });
});
