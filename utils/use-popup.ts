// The popup's state machine as a React hook: which view to show, and the actions its buttons call.
// Everything that touches the browser goes through the small utils beside it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from './browser';
import type { PageReport } from '../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { getActiveTab, type ActiveTab } from './active-tab';
import { analyzeTab, type AnalyzeOutcome } from './analyze-tab';
import { readCachedReport, writeCachedReport } from './report-cache';
import { loadSettings } from './settings-store';
import { sendToPage } from './page-messages';
import { restrictionReason } from './restricted-url';
import { saveReport } from './collection-store';
import type { HighlightState, PopupView, SaveStatus } from '../components/popup-types';

export const NOTICES = {
  noTab: 'TherapyLens could not find the tab this popup belongs to. Close the popup and try again.',
  highlightsUnavailable: 'Highlights are not available on this page right now. Try Re-analyze.',
  claimNotFound: 'That sentence could not be found on the page (it may be in a table or hidden).',
} as const;

export interface Popup {
  view: PopupView;
  settings: Settings;
  highlights: HighlightState;
  save: SaveStatus;
  /** One-line news for the live region: what the last action did. */
  notice: string | null;
  reanalyze: () => void;
  setHighlights: (on: boolean) => void;
  showClaim: (claimId: string) => void;
  saveToCollection: () => void;
}

const NOW = (): string => new Date().toISOString();

export function usePopup(): Popup {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [highlights, setHighlightState] = useState<HighlightState>({ on: false, busy: false });
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const tabRef = useRef<ActiveTab | null>(null);
  const settingsRef = useRef<Settings>(DEFAULT_SETTINGS);
  const reportRef = useRef<PageReport | null>(null);

  const showReport = useCallback((report: PageReport, cached: boolean) => {
    reportRef.current = report;
    setView({ kind: 'report', report, cached });
  }, []);

  const showOutcome = useCallback(
    (outcome: AnalyzeOutcome, tab: ActiveTab): PageReport | null => {
      if (outcome.kind === 'report') {
        showReport(outcome.report, false);
        if (tab.url !== undefined) void writeCachedReport(tab.id, tab.url, outcome.report);
        return outcome.report;
      }
      reportRef.current = null;
      setView(outcome.kind === 'restricted' ? { kind: 'restricted', reason: outcome.reason } : outcome);
      return null;
    },
    [showReport],
  );

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
      if (showProgress) setView({ kind: 'analyzing' });
      setSave({ status: 'idle' });
      const report = showOutcome(await analyzeTab(tab), tab);
      if (!report) return null;
      // A re-injection keeps highlights that were on; otherwise follow the setting.
      const status = await sendToPage(tab.id, { type: 'status' });
      if (status?.highlights) await requestHighlights(tab.id, true);
      else if (settingsRef.current.highlightsByDefault) await requestHighlights(tab.id, true);
      else setHighlightState({ on: false, busy: false });
      if (settingsRef.current.autoSave) await doSave(report, true);
      return report;
    },
    [doSave, requestHighlights, showOutcome],
  );

  const start = useCallback(
    async (useCache: boolean) => {
      const loaded = await loadSettings();
      settingsRef.current = loaded;
      setSettings(loaded);
      const tab = await getActiveTab().catch(() => null);
      tabRef.current = tab;
      if (!tab) {
        setView({ kind: 'failure', message: NOTICES.noTab });
        return;
      }
      const reason = restrictionReason(tab.url);
      if (reason) {
        setView({ kind: 'restricted', reason });
        return;
      }
      if (useCache && tab.url !== undefined) {
        const cached = await readCachedReport(tab.id, tab.url);
        if (cached) {
          showReport(cached, true);
          const status = await sendToPage(tab.id, { type: 'status' });
          if (status?.ok) setHighlightState({ on: status.highlights, busy: false });
          return;
        }
      }
      await analyzeFresh(tab, true);
    },
    [analyzeFresh, showReport],
  );

  useEffect(() => {
    void start(true);
  }, [start]);

  const reanalyze = useCallback(() => {
    setNotice(null);
    void start(false);
  }, [start]);

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
        if (!response) setNotice(NOTICES.highlightsUnavailable);
        else if (on)
          setNotice(
            response.count === 0
              ? 'Nothing could be marked on this page.'
              : `${response.count} places marked on the page.`,
          );
        else setNotice('Highlights removed from the page.');
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
        setNotice(response?.ok ? 'Shown on the page.' : NOTICES.claimNotFound);
      })();
    },
    [analyzeFresh],
  );

  const saveToCollection = useCallback(() => {
    const report = reportRef.current;
    if (report) void doSave(report, false);
  }, [doSave]);

  return { view, settings, highlights, save, notice, reanalyze, setHighlights, showClaim, saveToCollection };
}

export function openCollection(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
