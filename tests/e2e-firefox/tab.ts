// An extension page in a tab (options, collection), as a Surface, driven by its WebDriver BiDi
// browsing context. Navigation does not wait for a load event (BiDi may never report one for
// moz-extension:// pages), and tabs the extension opens itself are found by their address; the
// tests wait for what the page shows instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../e2e/harness';
import type { FirefoxWithExtension } from './firefox';
import { ReadTimeout, Surface } from './surface';

const READ_MS = 5_000;

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class Tab extends Surface {
  constructor(
    private readonly ff: FirefoxWithExtension,
    /** The tab's top-level BiDi browsing context. */
    readonly context: string,
  ) {
    super();
  }

  protected async attempt(expression: string, prelude = '', timeoutMs = READ_MS): Promise<unknown> {
    const program = `${prelude}\n;Promise.resolve().then(async () => (${expression})).then((v) => JSON.stringify(v === undefined ? null : v))`;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new ReadTimeout(`no answer from the tab within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      const out = await Promise.race([
        this.ff.bidi<EvaluateResult>('script.evaluate', {
          expression: program,
          target: { context: this.context },
          awaitPromise: true,
          resultOwnership: 'none',
        }),
        timeout,
      ]);
      if (out.type === 'exception') throw new Error(out.exceptionDetails?.text ?? 'exception');
      return JSON.parse(String(out.result?.value));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Saves a PNG of the whole page to test-results/<name>.png. */
  async screenshot(name: string): Promise<void> {
    const { data } = await this.ff.bidi<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      origin: 'document',
    });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, `${name}.png`), Buffer.from(data, 'base64'));
  }

  close(): Promise<unknown> {
    return this.ff.bidi('browsingContext.close', { context: this.context });
  }
}

/** The tab whose address starts with `url`, once there is one (e.g. a tab the extension opened). */
export async function tabShowing(ff: FirefoxWithExtension, url: string): Promise<Tab> {
  for (let i = 0; i < 100; i++) {
    const { contexts } = await ff.bidi<{ contexts: { context: string; url: string }[] }>(
      'browsingContext.getTree',
      { maxDepth: 0 },
    );
    const found = contexts.find((c) => c.url.startsWith(url));
    if (found) return new Tab(ff, found.context);
    await sleep(100);
  }
  throw new Error(`no tab shows ${url}`);
}

/** Opens an extension page (e.g. `options.html`) in a new tab and waits until it shows text. */
export async function openExtensionPage(ff: FirefoxWithExtension, path: string): Promise<Tab> {
  const { context } = await ff.bidi<{ context: string }>('browsingContext.create', { type: 'tab' });
  await ff.bidi('browsingContext.navigate', { context, url: ff.extensionUrl(path), wait: 'none' });
  const tab = new Tab(ff, context);
  await tab.waitFor(
    `location.href.startsWith(${JSON.stringify(ff.extensionUrl(path))}) && document.readyState === 'complete' && document.body.innerText.trim().length > 0`,
  );
  return tab;
}
