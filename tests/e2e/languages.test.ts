// The interface in Chinese and Spanish, in Chromium launched in that language: --lang and the
// LANGUAGE variable as a user's system would set them, plus --accept-lang, because headless
// Chromium keeps en-US as the preferred languages (navigator.languages) whatever --lang says.
// Popup and panel speak it — headings,
// verdict words, the summary sentence, the disclaimer, and each verdict's explanation (rendered
// from the engine's template parts) — with <html lang> set for fonts and screen readers.
// Screenshots of both, light and dark, for a person to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateParts } from '../../components/explanation';
import { CATALOGS, createTranslator, type Language } from '../../components/i18n';
import { countStatements, groupStatements } from '../../components/statements';
import { summarySentence } from '../../components/summary-sentence';
import { PageReport } from '../../lib/schema';
import { z } from '../../lib/zod';
import { clickToolbarIcon, type PopupDriver, startE2e, stopE2e, type E2eEnv } from './harness';
import { waitForPanel } from './panel-harness';

const CacheEntries = z.array(z.object({ url: z.string(), report: PageReport }));
const SUMMARY = `document.querySelector('.summary__line')`;

async function shoot(view: PopupDriver, name: string): Promise<void> {
  await view.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await view.screenshot(name);
}

const LAUNCH: Record<Exclude<Language, 'en'>, { lang: string; env: string; short: string }> = {
  'zh-CN': { lang: 'zh-CN', env: 'zh_CN', short: 'zh' },
  es: { lang: 'es', env: 'es_ES', short: 'es' },
};

describe.each(Object.entries(LAUNCH) as [Exclude<Language, 'en'>, (typeof LAUNCH)['es']][])(
  'interface in %s',
  (language, launch) => {
    let env: E2eEnv;
    let page: Page;
    const t = createTranslator(language);
    const catalog = CATALOGS[language];

    beforeAll(async () => {
      env = await startE2e({
        args: [`--lang=${launch.lang}`, `--accept-lang=${launch.lang}`],
        env: { LANGUAGE: launch.env, LANG: `${launch.env}.UTF-8` },
      });
      page = await env.ext.context.newPage();
      await page.goto(env.server.url('planted--miracle-car-t-clinic.html'));
    });
    afterAll(() => stopE2e(env));

    async function checkView(view: PopupDriver, name: string) {
      await view.waitFor(SUMMARY);
      expect(await view.evaluate<string>('document.documentElement.lang')).toBe(language);
      const raw = await view.evaluate<unknown>(
        `chrome.storage.session.get('report-cache').then((r) => r['report-cache'])`,
      );
      const report = CacheEntries.parse(raw).find((e) => e.url === page.url())!.report;
      expect(await view.evaluate<string>(`${SUMMARY}.textContent`)).toBe(
        summarySentence(countStatements(groupStatements(report.claims)), t),
      );
      const text = (await view.evaluate<string>('document.body.textContent')).replace(/\s+/g, ' ');
      expect(text).toContain(catalog['disclaimer.text']);
      expect(text).toContain(catalog['statements.heading']);
      expect(text).toContain(catalog['tier.problem']);
      const badges = await view.evaluate<string[]>(
        `[...document.querySelectorAll('.claim__head .badge')].map((b) => b.getAttribute('aria-label'))`,
      );
      expect(badges.length).toBeGreaterThan(0);
      const words = ['differs', 'not-approved', 'consistent', 'unverified', 'caution'].map((v) =>
        t('verdict.label', { label: catalog[`verdict.${v}`]! }),
      );
      for (const b of badges) expect(words).toContain(b);
      // Every explanation in the reader's language, from the claim's parts as the report stored them.
      const explanations = await view.evaluate<{ id: string; text: string }[]>(
        `[...document.querySelectorAll('li.part')].map((li) => ({ id: li.dataset.claimId, text: li.querySelector('.claim__explanation').textContent }))`,
      );
      expect(explanations.length).toBeGreaterThan(3);
      for (const { id, text } of explanations) {
        const claim = report.claims.find((c) => c.id === id)!;
        expect(claim.explanationParts?.length, id).toBeGreaterThan(0);
        expect(text, id).toBe(translateParts(claim.explanationParts!, t, language));
        expect(text, id).not.toBe(claim.explanation);
        if (language === 'zh-CN') expect(text, id).toMatch(/\p{Script=Han}/u);
      }
      // No English interface words left in the chrome around the report.
      for (const english of [
        'What the page says',
        'Settings',
        'Differs from the records',
        'Not medical advice',
      ])
        expect(text).not.toContain(english);
      await shoot(view, `${name}-${launch.short}-light`);
      await view.setColorScheme('dark');
      await shoot(view, `${name}-${launch.short}-dark`);
      await view.setColorScheme('light');
      await view.evaluate(`document.querySelector('li.part .claim__explanation').scrollIntoView()`);
      await shoot(view, `${name}-${launch.short}-explanation-light`);
      await view.evaluate(`document.querySelector('#products-heading').scrollIntoView()`);
      await shoot(view, `${name}-${launch.short}-products-light`);
      await view.evaluate(`document.querySelector('.scroll').scrollTop = 0`);
    }

    it('popup and panel follow the browser language', async () => {
      const popup = await clickToolbarIcon(env.ext, page);
      await checkView(popup, 'popup');
      await popup.clickAsUser('.topbar__actions .link-button');
      const panel = await waitForPanel(env.ext);
      await checkView(panel, 'panel');
    });
  },
);

describe('Settings override the browser language', () => {
  let env: E2eEnv;
  beforeAll(async () => (env = await startE2e({ args: ['--accept-lang=en-US'] })));
  afterAll(() => stopE2e(env));

  it('an English browser shows Spanish once Settings say so', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('planted--miracle-car-t-clinic.html'));
    const first = await clickToolbarIcon(env.ext, page);
    await first.waitFor(SUMMARY);
    expect(await first.evaluate<string>('document.documentElement.lang')).toBe('en');
    await first.evaluate(`chrome.storage.local.set({ settings: { language: 'es' } })`);
    const again = await clickToolbarIcon(env.ext, page);
    await again.waitFor(SUMMARY);
    expect(await again.evaluate<string>('document.documentElement.lang')).toBe('es');
    expect(await again.evaluate<string>('document.body.textContent')).toContain(
      CATALOGS.es['disclaimer.text'],
    );
  });
});
