// User settings kept in storage.local under one key, validated on every read (stored data may be
// older than the code, or hand-edited).
import { z } from './zod';
import { Regulator } from './dataset/schema';

export const SETTINGS_KEY = 'settings';

export const Settings = z.object({
  /** Regulators whose approvals the popup shows; empty means all. */
  regulators: z._default(z.array(Regulator), []),
  /** Mark product mentions and claims on the page as soon as a report arrives. */
  highlightsByDefault: z._default(z.boolean(), false),
  /** Save every analyzed page to the collection without asking. */
  autoSave: z._default(z.boolean(), false),
  /** Interface language; "auto" follows the browser's. */
  language: z._default(z.enum(['auto', 'en', 'zh-CN', 'es']), 'auto'),
});

export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  regulators: [],
  highlightsByDefault: false,
  autoSave: false,
  language: 'auto',
};

/** Settings from whatever storage returned; anything malformed falls back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
