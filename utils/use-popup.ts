// The popup's and the panel's state as a React hook over one reducer (utils/view-machine.ts), and
// the actions their buttons call. The popup analyzes its tab at once (the toolbar click granted
// access); the panel follows the window's active tab, shows its cached report or waits for the
// user's "Analyze this page", and shows results the background produced for the menu or shortcut.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { browser } from './browser';
import type { PageReport } from '../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { getActiveTab, type ActiveTab } from './active-tab';
import { analyzeTab } from './analyze-tab';
import { FAILURE_MESSAGES } from './failure-messages';
import { withTitles } from './report-titles';
import { readCachedEntry, writeCachedReport } from './report-cache';
import { loadSettings } from './settings-store';
import { sendToPage } from './page-messages';
import { restrictionReason } from './restricted-url';
import { saveReport } from './collection-store';
import { showBadge } from './badge';
import { INITIAL, reduce, type Outcome } from './view-machine';
import { useFollowWindow } from './use-follow-window';
import { openReadingPanel, hasReadingPanel } from './side-panel';
import type { HighlightState, Notice, PopupView, SaveStatus } from '../components/popup-types';

export interface Popup {
  view: PopupView;
  settings: Settings;
  highlights: HighlightState;
  save: SaveStatus;
  /** What the last action did, for the live region. */
  notice: Notice | null;
  reanalyze: () => void;
  /** Panel: analyze the tab on the user's click. */
  analyze: () => void;
  setHighlights: (on: boolean) => void;
  showClaim: (claimId: string) => void;
  saveToCollection: () => void;
  /** Popup: open the panel (undefined where the browser has none). */
  openPanel: (() => void) | undefined;
}

const NOW = (): string => new Date().toISOString();

export function usePopup({ mode = 'popup' }: { mode?: 'popup' | 'panel' } = {}): Popup {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [highlights, setHighlightState] = useState<HighlightState>({ on: false, busy: false });
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const tabRef = useRef<ActiveTab | null>(null);
  const settingsRef = useRef<Settings>(DEFAULT_SETTINGS);
  const reportRef = useRef<PageReport | null>(null);
  /** Mirrors the reducer's `running` synchronously: no second analysis starts while one runs. */
  const runningRef = useRef<number | null>(null);
  const tokenRef = useRef(0);

  reportRef.current = state.view.kind === 'report' ? state.view.report : null;

  const doSave = useCallback(async (report: PageReport, auto: boolean) => {
    setSave({ status: 'saving' });
    const result = await saveReport(report, { now: NOW() });
    setSave(result.ok ? { status: 'saved', auto } : { status: 'error', message: result.error });
  }, []);

  /** Marks or unmarks the page; returns the page's answer, or null when no content script answers. */
  const requestHighlights = useCallback(async (tabId: number, on: boolean) => {
    setHighlightState((h) => ({ ...h, busy: true }));
    const response = await sendToPage(tabId, { type: 'highlights', on });
    setHighlightState((h) => ({ on: response ? response.highlights : h.on, busy: false }));
    return response;
  }, []);

  const analyzeFresh = useCallback(
    async (tab: ActiveTab, showProgress: boolean): Promise<PageReport | null> => {
      if (runningRef.current !== null) return null;
      const token = ++tokenRef.current;
      runningRef.current = token;
      dispatch({ type: 'start', token, showProgress });
      setSave({ status: 'idle' });
      const analyzed = await analyzeTab(tab, { tryUnknown: mode === 'panel' });
      const outcome =
        analyzed.kind === 'report' ? { ...analyzed, report: withTitles(analyzed.report) } : analyzed;
      if (runningRef.current !== token) return null;
      runningRef.current = null;
      let shown: Outcome = outcome;
      // The panel tried a tab it had no access to: say how the user grants it, not "restricted".
      if (mode === 'panel' && tab.url === undefined && outcome.kind === 'restricted')
        shown = { kind: 'denied' };
      dispatch({ type: 'finish', token, outcome: shown });
      if (outcome.kind !== 'report') return null;
      const report = outcome.report;
      void writeCachedReport(tab.id, tab.url ?? report.source, report);
      void showBadge(tab.id, report);
      // A re-injection keeps highlights that were on; otherwise follow the setting.
      const status = await sendToPage(tab.id, { type: 'status' });
      if (status?.highlights) await requestHighlights(tab.id, true);
      else if (settingsRef.current.highlightsByDefault) await requestHighlights(tab.id, true);
      else setHighlightState({ on: false, busy: false });
      if (settingsRef.current.autoSave) await doSave(report, true);
      return report;
    },
    [doSave, mode, requestHighlights],
  );

  /** Shows the tab's cached report, or (panel) the idle view; true when something was shown. */
  // `shown`: the view already holds a report, so the same cached one need not be shown again (a
  // cache write elsewhere). start() has just reset the view to loading, so it always shows it.
  const showCached = useCallback(async (tab: ActiveTab, fresh = false, shown = true): Promise<boolean> => {
    const cached = await readCachedEntry(tab.id, tab.url);
    if (tabRef.current?.id !== tab.id) return true;
    if (!cached) return false;
    if (shown && reportRef.current?.analyzedAt === cached.report.analyzedAt) return true;
    dispatch({ type: 'cached', report: withTitles(cached.report), selection: cached.selection, fresh });
    const status = await sendToPage(tab.id, { type: 'status' });
    if (status?.ok) setHighlightState({ on: status.highlights, busy: false });
    return true;
  }, []);

  const start = useCallback(
    async (useCache: boolean) => {
      const loaded = await loadSettings();
      settingsRef.current = loaded;
      setSettings(loaded);
      const tab = await getActiveTab().catch(() => null);
      if (tab?.id !== tabRef.current?.id || !useCache) runningRef.current = null;
      tabRef.current = tab;
      dispatch({ type: 'tab', tabId: tab?.id ?? null });
      setSave({ status: 'idle' });
      if (!tab) {
        dispatch({ type: 'failure', message: FAILURE_MESSAGES.noTab });
        return;
      }
      // The panel may not see the address of a tab it was never given: that is not "restricted".
      const reason = mode === 'panel' && tab.url === undefined ? null : restrictionReason(tab.url);
      if (reason) {
        dispatch({ type: 'restricted', reason });
        return;
      }
      if (useCache && (await showCached(tab, false, false))) return;
      if (mode === 'panel' && useCache) dispatch({ type: 'no-report' });
      else await analyzeFresh(tab, true);
    },
    [analyzeFresh, mode, showCached],
  );

  useEffect(() => {
    void start(true);
  }, [start]);

  // The panel follows the window: another tab, a navigation, a result from elsewhere.
  useFollowWindow({ enabled: mode === 'panel', tabRef, runningRef, dispatch, start, showCached });

  const reanalyze = useCallback(() => {
    setNotice(null);
    const tab = tabRef.current;
    if (mode === 'panel' && tab) void analyzeFresh(tab, true);
    else void start(false);
  }, [analyzeFresh, mode, start]);

  const setHighlights = useCallback(
    (on: boolean) => {
      const tab = tabRef.current;
      if (!tab) return;
      void (async () => {
        setNotice(null);
        let response = await requestHighlights(tab.id, on);
        // The page was reloaded since it was analyzed: analyze it again, then ask once more.
        if (!response && on && (await analyzeFresh(tab, false)))
          response = await requestHighlights(tab.id, on);
        if (!response) setNotice({ key: 'highlightsUnavailable' });
        else if (on)
          setNotice(
            response.count === 0 ? { key: 'nothingMarked' } : { key: 'marked', count: response.count },
          );
        else setNotice({ key: 'unmarked' });
      })();
    },
    [analyzeFresh, requestHighlights],
  );

  const showClaim = useCallback(
    (claimId: string) => {
      const tab = tabRef.current;
      if (!tab) return;
      void (async () => {
        setNotice(null);
        let response = await sendToPage(tab.id, { type: 'focus-claim', claimId });
        if (!response && (await analyzeFresh(tab, false)))
          response = await sendToPage(tab.id, { type: 'focus-claim', claimId });
        setNotice(response?.ok ? { key: 'shown' } : { key: 'claimNotFound' });
      })();
    },
    [analyzeFresh],
  );

  const saveToCollection = useCallback(() => {
    const report = reportRef.current;
    if (report) void doSave(report, false);
  }, [doSave]);

  const analyze = useCallback(() => {
    const tab = tabRef.current;
    if (tab) void analyzeFresh(tab, true);
  }, [analyzeFresh]);

  const currentWindowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows
      .getCurrent()
      .then((w) => (currentWindowId.current = w.id))
      .catch(() => undefined);
  }, []);

  const openPanel = useCallback(() => {
    // Called straight from the click, no await before it: browsers open a panel only inside the
    // user's gesture, so the window id was looked up when the view opened.
    void openReadingPanel(currentWindowId.current).then((opened) => {
      if (opened && mode === 'popup') window.close();
    });
  }, [mode]);

  return {
    view: state.view,
    settings,
    highlights,
    save,
    notice,
    reanalyze,
    analyze,
    setHighlights,
    showClaim,
    saveToCollection,
    openPanel: mode === 'popup' && hasReadingPanel() ? openPanel : undefined,
  };
}

export function openCollection(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
