// The side panel follows its window: the active tab changes, the tab loads a new page, or the
// background (menu, shortcut) starts, finishes or fails a check of the tab shown.
import { useEffect, type Dispatch, type RefObject } from 'react';
import { browser } from './browser';
import type { ActiveTab } from './active-tab';
import { PanelMessage } from './panel-messages';
import { onCacheChanged } from './report-cache';
import type { MachineEvent } from './view-machine';

export interface FollowOptions {
  enabled: boolean;
  tabRef: RefObject<ActiveTab | null>;
  runningRef: RefObject<number | null>;
  dispatch: Dispatch<MachineEvent>;
  /** Shows the active tab again (its cached report, or the idle view). */
  start: (useCache: boolean) => Promise<void>;
  /** Shows the tab's cached report if there is one; `fresh` when it was just written. */
  showCached: (tab: ActiveTab, fresh?: boolean, shown?: boolean) => Promise<boolean>;
}

export function useFollowWindow({
  enabled,
  tabRef,
  runningRef,
  dispatch,
  start,
  showCached,
}: FollowOptions): void {
  useEffect(() => {
    if (!enabled) return;
    const onActivated = () => void start(true);
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId !== tabRef.current?.id) return;
      // A new page: the report shown was the old page's, whether or not its cache entry is gone yet.
      if (change.status === 'loading' && runningRef.current === null) dispatch({ type: 'report-gone' });
      if (change.status === 'complete') void start(true);
    };
    const onMessage = (raw: unknown) => {
      const parsed = PanelMessage.safeParse(raw);
      if (!parsed.success || parsed.data.tabId !== tabRef.current?.id) return undefined;
      const message = parsed.data;
      if (message.type === 'therapylens:analysis-started')
        dispatch({ type: 'elsewhere', tabId: message.tabId });
      else if (message.outcome.kind === 'restricted')
        dispatch({ type: 'restricted', reason: message.outcome.reason });
      else if (message.outcome.kind === 'denied') dispatch({ type: 'no-report' });
      else dispatch({ type: 'failure', message: message.outcome.message, detail: message.outcome.detail });
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    const stopCache = onCacheChanged(() => {
      const tab = tabRef.current;
      if (!tab || runningRef.current !== null) return;
      // The background drops a navigated tab's entry after the page may have finished loading and
      // been looked up: the entry going is what finally retires the old report.
      void showCached(tab, true).then((found) => {
        if (!found) dispatch({ type: 'report-gone' });
      });
    });
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
      stopCache();
    };
  }, [enabled, dispatch, runningRef, showCached, start, tabRef]);
}
