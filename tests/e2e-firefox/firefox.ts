// Real Firefox ESR with the shipped build (.output/firefox-mv3) installed as a temporary add-on, driven
// over WebDriver BiDi by puppeteer-core. Browser-chrome work (the toolbar button, the popup panel,
// observing the network) runs in the browser window's privileged scope through BiDi's `moz:scope`.
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { testPath } from '../helpers/dom';

export const FIREFOX_EXTENSION_DIR = resolve(testPath('..', '.output', 'firefox-mv3'));
export const GECKO_ID = 'therapylens@therapylens.example';
/** Fixed so moz-extension:// URLs are known before launch (Firefox makes a random one otherwise). */
export const EXTENSION_UUID = '6f1c1d7e-3a53-4c1e-9f6a-2b8e0a7d5c41';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox to drive: FIREFOX_PATH, else Debian's ESR. Missing → a failure that says how to install it. */
export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. Install Debian's Firefox ESR with "apt-get install -y firefox-esr" ` +
        '(or set FIREFOX_PATH to a Firefox binary). E2E tests never skip silently.',
    );
  }
  return path;
}

/** A raw BiDi command, for what puppeteer does not wrap (chrome scope, navigation without waiting). */
type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  /**
   * Runs `body` (the body of an async function) in the browser window's chrome scope, where
   * `window` is browser.xhtml and Services, ChromeUtils and gBrowser are globals; returns its
   * JSON value.
   */
  chrome<T>(body: string): Promise<T>;
  /** Navigates a tab without waiting for a load event (BiDi never reports one for some pages). */
  navigate(page: Page, url: string): Promise<void>;
  /** A raw WebDriver BiDi command; its result. */
  bidi<T>(method: string, params: object): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir}: run "npm run build:firefox" first (npm run test:e2e:firefox does).`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets BiDi reach moz-extension:// documents and the browser window's chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A light system theme unless a test asks for dark (the machine's theme must not decide).
      'ui.systemUsesDarkTheme': 0,
      // No /favicon.ico fetches by the browser itself: the fixture server's log is then exactly the
      // pages' own requests, which the privacy test compares.
      'browser.chrome.site_icons': false,
    },
  });
  try {
    const id = await browser.installExtension(realpathSync(extensionDir));
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  // puppeteer's BiDi connection, used for the commands it does not wrap.
  const send = (browser as unknown as { connection: { send: BidiSend } }).connection.send.bind(
    (browser as unknown as { connection: object }).connection,
  ) as BidiSend;
  const tree = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope');

  async function chrome<T>(body: string): Promise<T> {
    const expression = `(async () => { ${body} })().then((v) => JSON.stringify(v === undefined ? null : v))`;
    const out = (
      await send('script.evaluate', {
        expression,
        target: { context: window!.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as EvaluateResult;
    if (out.type === 'exception') throw new Error(`chrome scope: ${out.exceptionDetails?.text}`);
    return JSON.parse(String(out.result?.value)) as T;
  }

  return {
    browser,
    extensionUrl: (path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    chrome,
    navigate: async (page, url) => {
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await send('browsingContext.navigate', { context, url, wait: 'none' });
    },
    bidi: async <T>(method: string, params: object) => (await send(method, params)).result as T,
    close: () => browser.close(),
  };
}

/** Chrome-scope code shared by several helpers: the extension and its toolbar action. */
export const ACTION = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
  const action = ExtensionParent.apiManager.global.browserActionFor(extension);
`;
