// Options page state: settings loaded once, saved on every change.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../lib/settings';
import type { OptionsStatus } from '../components/OptionsForm';
import { loadSettings, saveSettings } from './settings-store';

export function useSettings(): {
  settings: Settings | null;
  status: OptionsStatus;
  update: (next: Settings) => void;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<OptionsStatus>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback((next: Settings) => {
    setSettings(next);
    void saveSettings(next).then((result) =>
      setStatus(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error }),
    );
  }, []);

  return { settings, status, update };
}
