// The first vertical slice, as a user meets it: toolbar click → popup → the page is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../../lib/disclaimer';
import { clickToolbarIcon, type ExtensionBrowser, type FixtureServer, startE2e, stopE2e } from './harness';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => ({ ext, server } = await startE2e()));
afterAll(() => stopE2e({ ext, server }));

describe('toolbar click on a readable page', () => {
  it('shows the page title, a word count and the disclaimer', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('slice.html'));
    const popup = await clickToolbarIcon(ext, page);
    await popup.waitFor(`document.body.innerText.includes('Riverside Cancer Institute')`);
    const text = await popup.text();
    expect(text).toContain('CAR-T therapy for leukemia');
    expect(text).toMatch(/\b1\d\d words\b/);
    expect(text.replace(/\s+/g, ' ')).toContain(DISCLAIMER.slice(0, 60));
    await popup.screenshot('slice-popup');
    // Reading the page ran no extension code in the page's own world and changed nothing there.
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-therapylens]').length)).toBe(0);
    await page.close();
  });
});

describe('pages an extension cannot read', () => {
  it.each(['chrome://version/', 'about:blank'])('explains plainly on %s', async (url) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    const popup = await clickToolbarIcon(ext, page);
    await popup.waitFor(`document.body.innerText.includes("can't read this page")`);
    const text = await popup.text();
    expect(text).toContain("TherapyLens can't read this page");
    expect(text).not.toMatch(/TypeError|Error:|at \w+ \(/);
    await page.close();
  });
});
