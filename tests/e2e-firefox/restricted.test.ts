// Pages Firefox keeps from extensions: the popup explains in plain words, never with an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS } from '../../utils/restricted-url';
import {
  clickToolbarButton,
  setColorScheme,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
  type Popup,
} from './harness';

let env: FirefoxE2e;

beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

async function popupOn(url: string): Promise<Popup> {
  const page = await env.ff.browser.newPage();
  if (url !== 'about:blank') await env.ff.navigate(page, url);
  // about: and moz-extension: pages report no load event over BiDi: wait for the tab itself.
  for (let i = 0; i < 100; i++) {
    const shown = await env.ff.chrome<string>('return window.gBrowser.selectedBrowser.currentURI.spec;');
    if (shown === url) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  const popup = await clickToolbarButton(env.ff, page, url);
  await popup.waitFor(`document.querySelector('[role="alert"]')`);
  return popup;
}

describe('pages an extension cannot read', () => {
  it.each([
    ['about:blank', REASONS.browserPage],
    ['about:robots', REASONS.browserPage],
    ['about:preferences', REASONS.browserPage],
  ])('explains plainly on %s', async (url, reason) => {
    const popup = await popupOn(url);
    const alert = await popup.withRole<string>('alert', undefined, 'el.textContent');
    expect(alert).toContain("TherapyLens can't read this page");
    expect(alert).toContain(reason);
    expect(await popup.text()).not.toMatch(/TypeError|Error:|at \w+ \(/);
  });

  it("explains on another extension page (TherapyLens's own settings)", async () => {
    const popup = await popupOn(env.ff.extensionUrl('options.html'));
    expect(await popup.withRole<string>('alert', undefined, 'el.textContent')).toContain(
      REASONS.extensionPage,
    );
  });

  it('in light and dark (screenshots in test-results/)', async () => {
    const popup = await popupOn('about:robots');
    await popup.screenshot('firefox-popup-restricted-light');
    try {
      await setColorScheme(env.ff, 'dark');
      await popup.waitFor(`matchMedia('(prefers-color-scheme: dark)').matches`);
      expect(await popup.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe(
        'rgb(28, 30, 34)',
      );
      await popup.screenshot('firefox-popup-restricted-dark');
    } finally {
      await setColorScheme(env.ff, 'light');
    }
  });
});
