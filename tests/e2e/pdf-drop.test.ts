// The collection page checks a PDF in real Chromium with the shipped build: one chosen with the
// file input and one dropped on the drop zone are analyzed in the browser by the bundled pdf.js
// worker and saved like pages; a password-protected one is refused with its one-line reason.
// Nothing leaves the browser: the only requests are for the extension's own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';
import { ARTIFACTS_DIR, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness';

declare const chrome: {
  storage: { local: { get(key?: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};

let ext: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await ext?.close();
});

const pdf = (name: string): Buffer => readFileSync(testPath('fixtures', 'pdf', `${name}.pdf`));

/** Drops a file on the drop zone the way a drag from the desktop arrives: a drop event with files. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('pdf-drop').evaluate(
    (zone, { name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }),
      );
      zone.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, data: bytes.toString('base64') },
  );
}

describe('checking a PDF on the collection page', () => {
  it('analyzes chosen and dropped PDFs locally and saves them; refuses a protected one', async () => {
    const page = await ext.context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(ext.extensionUrl('collection.html'));
    await page.evaluate(() => chrome.storage.local.clear());
    await page.reload();
    await page.getByText('No saved pages yet.', { exact: false }).waitFor();

    await page
      .getByTestId('pdf-file')
      .setInputFiles({ name: 'table.pdf', mimeType: 'application/pdf', buffer: pdf('table') });
    await page
      .getByText(/^table\.pdf: 3 therapies and \d+ claims found; saved to the collection\.$/)
      .waitFor();
    await page.locator('table.findings tbody tr').first().waitFor();
    await expect
      .poll(() => page.locator('table.findings tbody tr', { hasText: 'Kymriah' }).count())
      .toBeGreaterThan(0);

    await dropFile(page, 'encrypted.pdf', pdf('encrypted'));
    const alert = page.getByRole('alert').filter({ hasText: 'encrypted.pdf' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^encrypted\.pdf: the PDF is password-protected/);

    await dropFile(page, 'two-column.pdf', pdf('two-column'));
    await page
      .getByText(/^two-column\.pdf: 1 therapy and \d+ claims found; saved to the collection\.$/)
      .waitFor();

    // Saved like pages: one record per PDF, the file name standing for the address.
    const stored = await page.evaluate(() => chrome.storage.local.get(null));
    const urls = Object.values(stored)
      .flatMap((v) => (typeof v === 'object' && v !== null && 'url' in v ? [(v as { url: string }).url] : []))
      .sort();
    expect(urls).toEqual(['table.pdf', 'two-column.pdf']);

    // pdf.js ran in its bundled worker, and nothing was fetched from anywhere but the extension.
    expect(workers.some((url) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);

    // A file dropped beside the zone is not opened by the browser in place of the collection.
    const opened = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7'], 'missed.pdf', { type: 'application/pdf' }));
      return document.body.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    });
    expect(opened).toBe(false);

    await page.screenshot({ path: join(ARTIFACTS_DIR, 'collection-pdf-drop.png'), fullPage: true });
    await page.close();
  });

  it('keeps pdf.js out of the content script (it is injected into every page checked)', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'analyze.js'), 'utf8');
    expect(content).not.toMatch(/GlobalWorkerOptions|pdf\.worker|PasswordException/);
  });
});
