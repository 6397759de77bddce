import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back what was saved', async () => {
    const settings = {
      regulators: ['FDA' as const, 'NMPA' as const],
      highlightsByDefault: true,
      autoSave: true,
      language: 'es' as const,
    };
    expect(await saveSettings(settings)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(settings);
  });

  it('falls back to the defaults when the stored value is malformed', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { regulators: ['XYZ'], autoSave: 'yes' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills in fields an older version did not store', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { autoSave: true } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoSave: true });
  });
});
