// The check shortcut as the browser has it bound now (the user may have changed it), for the
// panel's "how to allow" line; the manifest default otherwise.
import { useEffect, useState } from 'react';
import { browser } from './browser';

export const CHECK_COMMAND = 'check-page';
export const DEFAULT_SHORTCUT = 'Alt+Shift+L';

export function useShortcut(): string {
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    let live = true;
    void Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        const bound = all.find((c) => c.name === CHECK_COMMAND)?.shortcut;
        if (live && bound) setShortcut(bound);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}
