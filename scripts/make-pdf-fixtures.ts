// Regenerates tests/fixtures/pdf/*.pdf: fixture pages printed to PDF by Chromium (as a reader would
// "Save as PDF"), plus the PDFs made to test layout and bad input: a two-column page, a table, an
// image-only "scan" and a password-protected copy (qpdf). Run: `npx tsx scripts/make-pdf-fixtures.ts`.
// Needs /usr/bin/chromium (or CHROME_PATH) and qpdf (`apt-get install -y qpdf`); the PDFs are
// committed, so tests need neither. Pages are loaded from disk with every other request refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests', 'fixtures', 'pdf');

/** Output name → source page. The corpus pages are the ones compared with their HTML in tests. */
const SOURCES: Record<string, string> = {
  'label--yescarta-prescribing-information':
    'tests/fixtures/pages/label--yescarta-prescribing-information.html',
  'maker--kymriah-hcp-efficacy': 'tests/fixtures/pages/maker--kymriah-hcp-efficacy.html',
  'clinic--lymphoma-car-t-program': 'tests/fixtures/pages/clinic--lymphoma-car-t-program.html',
  'two-column': 'tests/fixtures/pdf/src/two-column.html',
  table: 'tests/fixtures/pdf/src/table.html',
  'image-only': 'tests/fixtures/pdf/src/image-only.html',
};

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    // Fixture pages link stylesheets and scripts on their original sites: never fetch them.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort(),
    );
    for (const [name, source] of Object.entries(SOURCES)) {
      await page.goto(pathToFileURL(join(root, source)).href, { waitUntil: 'load' });
      await page.pdf({
        path: join(out, `${name}.pdf`),
        format: 'A4',
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      process.stdout.write(`wrote tests/fixtures/pdf/${name}.pdf\n`);
    }
  } finally {
    await browser.close();
  }
  // AES-256 with a user password: the file cannot be opened without it.
  execFileSync('qpdf', [
    '--encrypt',
    'reader-secret',
    'owner-secret',
    '256',
    '--',
    join(out, 'two-column.pdf'),
    join(out, 'encrypted.pdf'),
  ]);
  process.stdout.write('wrote tests/fixtures/pdf/encrypted.pdf\n');
}

await main();
