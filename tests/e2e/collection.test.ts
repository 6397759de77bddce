// The collection page in real Chromium with the shipped build: saved pages from storage.local in
// one table, sorting, filtering, delete with Undo, JSON export (a real download) and import,
// keyboard focus and dark mode.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRecord, type CollectionRecord } from '../../lib/collection/record';
import { DISCLAIMER } from '../../lib/disclaimer';
import { INDEX_KEY, recordKey } from '../../lib/collection/storage-keys';
import { claim, report } from '../collection/factory';
import { FIXED_NOW } from '../helpers/dom';
import { ARTIFACTS_DIR, launchWithExtension, type ExtensionBrowser } from './harness';

// The extension page's own storage API, used inside page.evaluate callbacks.
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

let ext: ExtensionBrowser;

const kymriah = makeRecord(
  report({
    source: 'https://clinic-a.example/kymriah',
    title: 'Kymriah at Clinic A',
    analyzedAt: '2026-03-01T10:00:00.000Z',
    claims: [
      claim('c1'),
      claim('c2', {
        kind: 'approval',
        verdict: 'not-approved',
        text: 'Approved for all solid tumours.',
        explanation: 'no approval for solid tumours in the reference data',
      }),
    ],
  }),
  '2026-03-01T10:01:00.000Z',
);
const yescarta = makeRecord(
  report({
    source: 'https://clinic-b.example/yescarta',
    title: 'Yescarta overseas',
    analyzedAt: '2026-04-01T10:00:00.000Z',
    products: [{ id: 'axicabtagene-ciloleucel', name: 'Yescarta', status: 'approved', mentions: [] }],
    claims: [
      claim('c1', {
        productId: 'axicabtagene-ciloleucel',
        verdict: 'differs',
        text: 'Yescarta cures 95% of patients.',
      }),
    ],
  }),
  '2026-04-01T10:01:00.000Z',
);

beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function openCollection(
  records: CollectionRecord[],
  extra: Record<string, unknown> = {},
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('collection.html'));
  const items: Record<string, unknown> = { [INDEX_KEY]: records.map((r) => r.id) };
  for (const r of records) items[recordKey(r.id)] = r;
  Object.assign(items, extra);
  await page.evaluate(async (data) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(data);
  }, items);
  await page.reload();
  await page.getByRole('heading', { name: 'TherapyLens collection' }).waitFor();
  return page;
}

const bodyRows = (page: Page) => page.locator('table.findings tbody tr');

describe('collection page', () => {
  it('shows saved findings with the disclaimer, sorts and filters', async () => {
    const page = await openCollection([kymriah, yescarta]);
    await bodyRows(page).first().waitFor();
    expect(await bodyRows(page).count()).toBe(3);
    expect(await page.getByText(DISCLAIMER).isVisible()).toBe(true);

    const link = page.getByRole('link', { name: /Yescarta overseas/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');

    const productHeader = page.getByRole('columnheader', { name: /Product/ });
    await productHeader.getByRole('button').click();
    expect(await productHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await bodyRows(page).first().locator('td').first().textContent()).toBe('Kymriah');
    await productHeader.getByRole('button').click();
    expect(await productHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await bodyRows(page).first().locator('td').first().textContent()).toBe('Yescarta');

    await page.getByLabel('Verdict').selectOption('not-approved');
    await expect.poll(() => bodyRows(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search').fill('cures 95%');
    await expect.poll(() => bodyRows(page).count()).toBe(1);
    await page.close();
  });

  it('deletes a page with Undo, keeping storage in step', async () => {
    const page = await openCollection([kymriah, yescarta]);
    await bodyRows(page).first().waitFor();
    await page.getByRole('button', { name: 'Delete saved page: Yescarta overseas' }).click();
    await expect.poll(() => bodyRows(page).count()).toBe(2);
    const index = () =>
      page.evaluate(async (key) => (await chrome.storage.local.get(key))[key] as string[], INDEX_KEY);
    expect(await index()).toEqual([kymriah.id]);
    // Focus moves to Undo so keyboard users can take it back at once.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyRows(page).count()).toBe(3);
    expect((await index()).sort()).toEqual([kymriah.id, yescarta.id].sort());
    await page.close();
  });

  it('exports JSON as a download and imports it back; a foreign file is refused in the alert', async () => {
    const page = await openCollection([kymriah]);
    await bodyRows(page).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^therapylens-collection-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      records: CollectionRecord[];
    };
    expect(exported.format).toBe('therapylens-collection');
    expect(exported.records).toEqual([kymriah]);

    const input = page.getByTestId('import-file');
    await input.setInputFiles({
      name: 'foreign.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":1}'),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('foreign.json: This is not a TherapyLens collection file');

    const file = JSON.stringify({
      format: 'therapylens-collection',
      version: 1,
      exportedAt: FIXED_NOW,
      records: [kymriah, yescarta],
    });
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page
      .getByText('Imported mine.json: 1 added, 1 merged with pages already saved, 0 skipped.')
      .waitFor();
    await expect.poll(() => bodyRows(page).count()).toBe(3);
    await page.close();
  });

  it('reports a corrupted saved record and still shows the rest', async () => {
    const page = await openCollection([kymriah, yescarta], { [recordKey(yescarta.id)]: { broken: true } });
    await bodyRows(page).first().waitFor();
    expect(await bodyRows(page).count()).toBe(2);
    expect(await page.getByRole('alert').textContent()).toContain(recordKey(yescarta.id));
    await page.close();
  });

  it('is keyboard usable with a visible focus ring, in light and dark schemes', async () => {
    const page = await openCollection([kymriah, yescarta]);
    await bodyRows(page).first().waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.tag).toBe('BUTTON');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(20, 20, 20)');
    await page.screenshot({ path: `${ARTIFACTS_DIR}/collection-dark.png`, fullPage: true });
    await page.close();
  });
});
