// The background: "Check with TherapyLens" on a selection, the shortcut, the badge and its clearing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkTab, MENU_ID, registerBackground } from '../../utils/background-checks';
import { readCachedEntry } from '../../utils/report-cache';
import { SELECTION_REQUEST } from '../../utils/selection-request';
import { fullReport } from '../components/fixtures';

const URL_A = 'https://clinic.example/car-t';

/** fake-browser has no contextMenus or commands events: a minimal event with trigger(). */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: async (...args: A) => {
      for (const l of listeners) await l(...args);
    },
  };
}
let menus: {
  create: ReturnType<typeof vi.fn>;
  update: ReturnType<typeof vi.fn>;
  removeAll: ReturnType<typeof vi.fn>;
  onClicked: ReturnType<typeof fakeEvent<[unknown, unknown]>>;
};
let executeScript: ReturnType<typeof vi.fn>;
let badge: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async (details: { files?: string[]; func?: { name: string } }) => {
    if (details.files?.[0] === '/languages.js') return [{ frameId: 0, result: [] }];
    if (details.files) return [{ frameId: 0, result: { ok: true, report: fullReport } }];
    if (details.func?.name === 'readPageSelection') return [{ frameId: 0, result: '' }];
    return [{ frameId: 0, result: null }];
  });
  fakeBrowser.scripting.executeScript =
    executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  badge = vi.fn(async () => undefined);
  menus = {
    create: vi.fn(),
    update: vi.fn(async () => undefined),
    removeAll: vi.fn(async () => undefined),
    onClicked: fakeEvent(),
  };
  Object.assign(fakeBrowser, { contextMenus: menus, commands: { onCommand: fakeEvent() } });
  (fakeBrowser as unknown as { action: unknown }).action = {
    setBadgeText: badge,
    setBadgeBackgroundColor: vi.fn(async () => undefined),
  };
});
afterEach(() => vi.restoreAllMocks());

describe('checkTab', () => {
  it('checks the selected text only: leaves it for the content script, caches it as a selection', async () => {
    await checkTab({ id: 4, url: URL_A }, 'Kymriah is approved for AML.');
    const calls = executeScript.mock.calls.map(
      ([d]) => d as { func?: unknown; args?: unknown[]; files?: string[] },
    );
    expect(calls[0]!.args).toEqual([SELECTION_REQUEST, 'Kymriah is approved for AML.']);
    expect(calls[1]!.files).toEqual(['/languages.js']);
    expect(calls[2]!.files).toEqual(['/content-scripts/analyze.js']);
    expect(await readCachedEntry(4, URL_A)).toEqual({ report: fullReport, selection: true });
    // Badge: statements that differ or are not approved (3 in this report).
    expect(badge).toHaveBeenLastCalledWith({ tabId: 4, text: '3' });
  });

  it('checks the whole page when nothing is selected (the shortcut)', async () => {
    await checkTab({ id: 5, url: URL_A }, null);
    const calls = executeScript.mock.calls.map(([d]) => d as { func?: { name: string }; files?: string[] });
    expect(calls.map((c) => c.func?.name ?? c.files?.[0])).toEqual([
      'readPageSelection',
      '/languages.js',
      '/content-scripts/analyze.js',
    ]);
    expect((await readCachedEntry(5, URL_A))?.selection).toBe(false);
  });

  it('runs one check per tab at a time', async () => {
    await Promise.all([checkTab({ id: 6, url: URL_A }, 'a'), checkTab({ id: 6, url: URL_A }, 'b')]);
    const analyses = executeScript.mock.calls.filter(([d]) =>
      (d as { files?: string[] }).files?.includes('/content-scripts/analyze.js'),
    );
    expect(analyses.length).toBe(1);
  });
});

describe('registerBackground', () => {
  it('creates the selection menu item on install and runs it on click', async () => {
    const create = menus.create;
    registerBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        id: MENU_ID,
        title: 'Check with TherapyLens',
        contexts: ['selection'],
      }),
    );
    await menus.onClicked.trigger(
      { menuItemId: MENU_ID, selectionText: 'Abecma works.', editable: false, modifiers: [] },
      {
        id: 8,
        url: URL_A,
        windowId: 1,
        index: 0,
        highlighted: true,
        active: true,
        pinned: false,
        incognito: false,
      },
    );
    await vi.waitFor(async () => expect((await readCachedEntry(8, URL_A))?.selection).toBe(true));
  });

  it('renames the menu item when the interface language changes in Settings', async () => {
    registerBackground();
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' } });
    await vi.waitFor(() =>
      expect(menus.update).toHaveBeenLastCalledWith(MENU_ID, { title: '用 TherapyLens 检查' }),
    );
  });

  it('clears the badge and forgets the report when the tab starts loading a new page', async () => {
    registerBackground();
    await checkTab({ id: 9, url: URL_A }, null);
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'loading' }, {} as never);
    await vi.waitFor(() => expect(badge).toHaveBeenLastCalledWith({ tabId: 9, text: '' }));
    await vi.waitFor(async () => expect(await readCachedEntry(9, URL_A)).toBeNull());
  });
});
