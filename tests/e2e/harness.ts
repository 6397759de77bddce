// E2E harness: real Chromium with the shipped build (.output/chrome-mv3) loaded unpacked, fixture
// pages served from 127.0.0.1, and the real user flow — a toolbar click (CDP
// Extensions.triggerAction) that grants activeTab and opens the popup, which we then drive over CDP.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { testPath } from '../helpers/dom';

export const EXTENSION_DIR = resolve(testPath('..', '.output', 'chrome-mv3'));
export const ARTIFACTS_DIR = resolve(testPath('..', 'test-results'));

/** Chromium to drive: CHROME_PATH, else Debian's. Missing → a failure that says how to install it. */
export function findChromium(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's build with "apt-get install -y chromium" ` +
        '(or set CHROME_PATH to a Chromium/Chrome binary). E2E tests never skip silently.',
    );
  }
  return path;
}

/** Chrome derives an unpacked extension's id from its absolute path: sha256, first 32 hex → a–p. */
export function extensionIdFor(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path requested so far, in order (privacy tests compare it with the page's own loads). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages and tests/e2e/pages on 127.0.0.1 (never the network). */
export async function startFixtureServer(
  roots = [testPath('fixtures', 'pages'), testPath('e2e', 'pages')],
): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Browser-level CDP session (Target and Extensions domains). */
  cdp: CDPSession;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. --lang=zh-CN for the interface language tests. */
  args?: string[];
  /** Extra environment for the browser process (LANGUAGE=zh_CN: Chromium on Linux reads it too). */
  env?: Record<string, string>;
}

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir}: run "npm run build" first (npm run test:e2e does).`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'therapylens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
  });
  const browser = context.browser();
  if (!browser) throw new Error('persistent context has no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  const extensionId = extensionIdFor(extensionDir);
  return {
    context,
    extensionId,
    cdp,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Clicks the toolbar icon for `page` the way a user does (activeTab is granted for that tab) and
 * returns a driver attached to the popup that opens.
 */
export async function clickToolbarIcon(ext: ExtensionBrowser, page: Page): Promise<PopupDriver> {
  await page.bringToFront();
  const url = page.url();
  const tab = (await targets(ext.cdp)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  const before = new Set((await targets(ext.cdp)).map((t) => t.targetId));
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId } as never);
  for (let i = 0; i < 100; i++) {
    const popup = (await targets(ext.cdp)).find(
      (t) => t.type === 'page' && t.url.startsWith(ext.extensionUrl('popup.html')) && !before.has(t.targetId),
    );
    if (popup) return PopupDriver.attach(ext.cdp, popup.targetId);
    await sleep(100);
  }
  throw new Error('the popup did not open after the toolbar click');
}

interface CdpReply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
  /** Set on events (no id), e.g. Network.requestWillBeSent once Network.enable was sent. */
  method?: string;
  params?: Record<string, unknown>;
}

interface RemoteValue {
  result: { value?: unknown; description?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * Drives an extension popup over CDP. Playwright does not surface action popups as Pages, so we
 * attach to the target and talk to it through Target.sendMessageToTarget.
 */
export class PopupDriver {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();
  private readonly listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as CdpReply;
      if (reply.id === undefined) {
        if (reply.method)
          for (const listener of this.listeners.get(reply.method) ?? []) listener(reply.params ?? {});
        return;
      }
      const resolve = this.pending.get(reply.id);
      if (resolve) {
        this.pending.delete(reply.id);
        resolve(reply);
      }
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupDriver> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    const driver = new PopupDriver(cdp, sessionId);
    await driver.waitFor('document.readyState === "complete" && !!document.body');
    return driver;
  }

  /** Calls `listener` with each CDP event `method` from the popup (enable its domain with send first). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const reply = new Promise<CdpReply>((done) => this.pending.set(id, done));
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    } as never);
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result ?? {};
  }

  /** Evaluates an expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const out = (await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    })) as unknown as RemoteValue;
    if (out.exceptionDetails) {
      throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
    }
    return out.result.value as T;
  }

  /** Waits until the expression is truthy in the popup. */
  async waitFor(expression: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        if (await this.evaluate<boolean>(`Boolean(${expression})`)) return;
      } catch (error) {
        last = error;
      }
      await sleep(100);
    }
    const body = await this.text().catch(() => '(unreadable)');
    throw new Error(
      `timed out waiting for ${expression}${last ? ` (${String(last)})` : ''}; popup text: ${body.slice(0, 800)}`,
    );
  }

  text(): Promise<string> {
    return this.evaluate<string>('document.body ? document.body.innerText : ""');
  }

  /** Clicks the first element matching a CSS selector (throws if none). */
  async click(selector: string): Promise<void> {
    await this.evaluate(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ' + ${JSON.stringify(selector)}); el.click(); return true; })()`,
    );
  }

  /**
   * Clicks as a user would, inside a user gesture (Runtime.evaluate's userGesture): what browsers
   * require before an extension may open its side panel.
   */
  async clickAsUser(selector: string): Promise<void> {
    const reply = this.send('Runtime.evaluate', {
      expression: `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ' + ${JSON.stringify(selector)}); el.click(); return true; })()`,
      userGesture: true,
      returnByValue: true,
    }) as unknown as Promise<RemoteValue>;
    // The click may close this view (the popup closes once the panel is open): its answer can
    // then be lost, so wait for it only a while.
    const out = await Promise.race([reply, sleep(3000).then(() => null)]);
    if (out?.exceptionDetails) throw new Error(out.exceptionDetails.text);
  }

  /** Presses a key with real input events (keyboard tests). */
  async press(key: 'Tab' | 'Enter' | ' ' | 'Escape' | 'ArrowDown' | 'ArrowUp', shift = false): Promise<void> {
    const codes: Record<string, number> = {
      Tab: 9,
      Enter: 13,
      ' ': 32,
      Escape: 27,
      ArrowDown: 40,
      ArrowUp: 38,
    };
    const base = {
      key,
      code: key === ' ' ? 'Space' : key,
      windowsVirtualKeyCode: codes[key],
      modifiers: shift ? 8 : 0,
    };
    await this.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      ...base,
      ...(key === 'Enter' ? { text: '\r' } : key === ' ' ? { text: ' ' } : {}),
    });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  async setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
  }

  /** Saves a PNG of the popup to test-results/<name>.png and returns the path. */
  async screenshot(name: string): Promise<string> {
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
    })) as {
      data: string;
    };
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    writeFileSync(path, Buffer.from(data, 'base64'));
    return path;
  }
}

export interface E2eEnv {
  ext: ExtensionBrowser;
  server: FixtureServer;
}

/** The usual setup of an e2e file: fixture server plus Chromium with the shipped build. */
export async function startE2e(options: LaunchOptions = {}): Promise<E2eEnv> {
  const server = await startFixtureServer();
  return { server, ext: await launchWithExtension(EXTENSION_DIR, options) };
}

export async function stopE2e(env: Partial<E2eEnv>): Promise<void> {
  await env.ext?.close();
  await env.server?.close();
}
