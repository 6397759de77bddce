// Settings and the collection in real Firefox: regulators chosen on the options page limit the
// popup's approvals; "Save to collection" then "Open collection" shows the saved page in the
// collection tab, in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../../lib/disclaimer';
import { REPORT_READY, renderedReport } from './flow';
import {
  clickToolbarButton,
  openExtensionPage,
  openServedPage,
  setColorScheme,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
  type Tab,
} from './harness';
import { tabShowing } from './tab';

let env: FirefoxE2e;

beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

const PAGE = 'seed--advanced-medicine-china-car-t-leukemia';
const HIDDEN = ['EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA'];

async function setRegulator(options: Tab, regulator: string, on: boolean): Promise<void> {
  const name = new RegExp(`^${regulator} ·`);
  if ((await options.withRole<boolean>('checkbox', name, 'el.checked')) !== on) {
    await options.click('checkbox', name);
  }
  await options.waitFor(
    `window.__therapylensE2eDom.getByRole(document.body, 'checkbox', { name: /^${regulator} ·/ }).checked === ${on}`,
  );
}

describe('settings', () => {
  it('limits approvals to the chosen regulators', async () => {
    const options = await openExtensionPage(env.ff, 'options.html');
    await options.waitForText('Approvals to show');
    for (const r of HIDDEN) await setRegulator(options, r, false);
    await options.waitForText('Saved.');
    await options.screenshot('firefox-options-light');

    const page = await openServedPage(env, `${PAGE}.html`);
    const popup = await clickToolbarButton(env.ff, page);
    await popup.waitFor(REPORT_READY);
    // Cards are closed, so read text content, not rendered text.
    const therapies = await popup.withRole<string>('region', 'Therapies on this page', 'el.textContent');
    expect(therapies).toContain('FDA ·');
    for (const r of HIDDEN) expect(therapies).not.toContain(`${r} ·`);
    expect(therapies).toContain('Approved only by regulators you chose not to show.');

    for (const r of HIDDEN) await setRegulator(options, r, true);
    await page.close();
    await options.close();
  });
});

describe('collection', () => {
  it('saves the analyzed page and opens the collection showing it, in light and dark', async () => {
    const page = await openServedPage(env, `${PAGE}.html`);
    const popup = await clickToolbarButton(env.ff, page);
    await popup.waitFor(REPORT_READY);
    const report = await renderedReport(popup, page.url());
    await popup.click('button', 'Save to collection');
    await popup.waitForText('Saved to your collection.');

    const collectionUrl = env.ff.extensionUrl('collection.html');
    await popup.click('link', 'Open collection');
    const collection = await tabShowing(env.ff, collectionUrl);
    await collection.waitForText(report.title);

    // One table row per claim of the saved report, under one header row, each linking to the page.
    const title = new RegExp(report.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const links = await collection.allWithRole<{ href: string; target: string }[]>(
      'link',
      title,
      'els.map((el) => ({ href: el.href, target: el.target }))',
    );
    expect(links).toEqual(report.claims.map(() => ({ href: page.url(), target: '_blank' })));
    expect(await collection.allWithRole<number>('row', undefined, 'els.length')).toBe(
      report.claims.length + 1,
    );
    expect((await collection.text()).replace(/\s+/g, ' ')).toContain(DISCLAIMER);

    const background = () => collection.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await collection.screenshot('firefox-collection-light');
    try {
      await setColorScheme(env.ff, 'dark');
      await collection.waitFor(`matchMedia('(prefers-color-scheme: dark)').matches`);
      expect(await background()).toBe('rgb(20, 20, 20)');
      await collection.screenshot('firefox-collection-dark');
    } finally {
      await setColorScheme(env.ff, 'light');
    }
    await collection.close();
    await page.close();
  });
});
