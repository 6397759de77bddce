// The Firefox e2e setup: the fixture server on 127.0.0.1 (shared with the Chromium suite) and
// Firefox ESR with the shipped build, plus what several test files do in the browser window.
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/harness';
import { launchFirefox, type FirefoxWithExtension } from './firefox';
import { popupReads } from './popup';

export { ARTIFACTS_DIR, type FixtureServer } from '../e2e/harness';
export { EXTENSION_ORIGIN, type FirefoxWithExtension } from './firefox';
export { clickToolbarButton, toolbarButton, type Popup } from './popup';
export { openExtensionPage, type Tab } from './tab';

export interface FirefoxE2e {
  ff: FirefoxWithExtension;
  server: FixtureServer;
}

export async function startFirefoxE2e(roots?: string[]): Promise<FirefoxE2e> {
  const server = await startFixtureServer(roots);
  try {
    return { server, ff: await launchFirefox() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

export async function stopFirefoxE2e(env: Partial<FirefoxE2e>): Promise<void> {
  if (popupReads.reads > 0) {
    console.log(
      `popup reads: ${popupReads.reads}, unanswered within the time limit: ${popupReads.unanswered}`,
    );
  }
  await env.ff?.close();
  await env.server?.close();
}

/** Opens a served page in a new tab, loaded. */
export async function openServedPage(env: FirefoxE2e, path: string): Promise<Page> {
  const page = await env.ff.browser.newPage();
  await page.goto(env.server.url(path), { waitUntil: 'load' });
  return page;
}

/**
 * The operating system's light or dark mode, as Firefox sees it: with its default theme the
 * browser, its pages and extension popups follow it.
 */
export function setColorScheme(ff: FirefoxWithExtension, scheme: 'light' | 'dark'): Promise<unknown> {
  return ff.chrome(
    `Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${scheme === 'dark' ? 1 : 0}); return true;`,
  );
}

export interface ObservedRequest {
  url: string;
  /** Who asked: an origin, or "system" for Firefox itself. */
  by: string;
}

/**
 * Starts recording every HTTP(S) request the browser makes (WebSocket handshakes included), with
 * the principal that triggered it; returns a function that reads what was recorded since.
 */
export async function recordRequests(ff: FirefoxWithExtension): Promise<() => Promise<ObservedRequest[]>> {
  const key = `__therapylensE2eRequests${Date.now()}`;
  await ff.chrome(`
    const seen = (window.${key} = []);
    Services.obs.addObserver((subject) => {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const principal = channel.loadInfo.triggeringPrincipal;
      seen.push({ url: channel.URI.spec, by: principal.isSystemPrincipal ? 'system' : principal.origin });
    }, 'http-on-modify-request');
    return true;`);
  return () => ff.chrome<ObservedRequest[]>(`return window.${key};`);
}
