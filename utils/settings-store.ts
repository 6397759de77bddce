// Settings in storage.local, read through lib/settings.ts's schema so a malformed or older value
// falls back to the defaults instead of breaking the popup.
import { browser } from './browser';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '../lib/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: Settings): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return { ok: true };
  } catch {
    return { ok: false, error: 'Settings could not be saved. Please try again.' };
  }
}
