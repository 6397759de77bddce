// An extension page in a tab (options, collection), as a Surface. Navigation does not wait for a
// load event (BiDi may never report one for moz-extension:// pages); the tests wait for what the
// page shows instead.
import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from './firefox';
import { ReadTimeout, Surface } from './surface';

const READ_MS = 5_000;

export class Tab extends Surface {
  constructor(readonly page: Page) {
    super();
  }

  protected async attempt(expression: string, prelude = ''): Promise<unknown> {
    const program = `${prelude}\n;Promise.resolve().then(async () => (${expression})).then((v) => JSON.stringify(v === undefined ? null : v))`;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new ReadTimeout(`no answer from the tab within ${READ_MS} ms`)), READ_MS);
    });
    try {
      return JSON.parse(await Promise.race([this.page.evaluate(program) as Promise<string>, timeout]));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Opens an extension page (e.g. `options.html`) in a new tab and waits until it has a body. */
export async function openExtensionPage(ff: FirefoxWithExtension, path: string): Promise<Tab> {
  const page = await ff.browser.newPage();
  await ff.navigate(page, ff.extensionUrl(path));
  const tab = new Tab(page);
  await tab.waitFor(
    `location.href.startsWith(${JSON.stringify(ff.extensionUrl(path))}) && document.readyState === 'complete' && document.body.innerText.trim().length > 0`,
  );
  return tab;
}
