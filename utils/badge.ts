// The toolbar badge: how many statements on the tab's page differ from the records or present a
// product as approved where it is not. Empty when there are none; cleared when the tab navigates.
import { browser } from './browser';
import type { PageReport } from '../lib/schema';
import { problemCount } from '../components/statements';

/** Dark enough for white digits at AA contrast in both browsers' toolbars. */
export const BADGE_BACKGROUND = '#1f2937';

interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
}

/** MV3 `action` (Chrome) or MV2 `browserAction` (Firefox). */
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export function badgeText(report: PageReport): string {
  const n = problemCount(report);
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
}

/** Best effort: a badge that cannot be set costs nothing else. */
export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
    await action.setBadgeText({ tabId, text: badgeText(report) });
  } catch {
    // The tab closed meanwhile.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await actionApi()?.setBadgeText({ tabId, text: '' });
  } catch {
    // The tab closed meanwhile.
  }
}
