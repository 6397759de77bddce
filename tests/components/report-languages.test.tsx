// @vitest-environment happy-dom
// The report view in another language, long strings included, and the dataset-age warning.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { I18nProvider } from '../../components/I18n';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Language } from '../../components/i18n';
import { CATALOGS } from '../../components/i18n';
import { fullReport } from './fixtures';
import { renderPopup } from './render';
import { analyzePage } from '../../lib/analyze';
import type { PageReport } from '../../lib/schema';
import { translateParts } from '../../components/explanation';
import { createTranslator } from '../../components/i18n';
import { FIXED_NOW, parseDocument, readFixture } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

afterEach(cleanup);

function renderIn(language: Language, overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    view: { kind: 'report', report: fullReport, cached: false },
    dataset: bundledDataset,
    regulators: [],
    highlights: { on: false, busy: false },
    save: { status: 'idle' },
    notice: null,
    collectionUrl: 'chrome-extension://test/collection.html',
    now: '2026-11-21T12:00:00.000Z',
    onReanalyze: vi.fn(),
    onHighlights: vi.fn(),
    onShowClaim: vi.fn(),
    onSave: vi.fn(),
    onOpenCollection: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return render(
    <I18nProvider language={language}>
      <PopupView {...props} />
    </I18nProvider>,
  );
}

describe('report view in Chinese and Spanish', () => {
  it.each(['zh-CN', 'es'] as const)('%s: verdicts, headings, chips and the disclaimer', (language) => {
    const c = CATALOGS[language];
    renderIn(language);
    expect(screen.getByRole('note', { name: '' }).textContent ?? '').toContain(c['disclaimer.text']);
    expect(screen.getByRole('region', { name: c['statements.heading'] })).toBeInTheDocument();
    expect(
      screen.getAllByRole('img', {
        name: `${c['verdict.label']!.replace('{{label}}', c['verdict.differs']!)}`,
      }).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getAllByRole('img', { name: c['chip.approvedIn']!.replace('{{regions}}', 'CN') }).length,
    ).toBe(1);
    expect(document.body.textContent).not.toMatch(
      /What the page says|Differs from the records|Not medical advice/,
    );
  });

  it('a Chinese reader sees the Chinese name first', () => {
    renderIn('zh-CN');
    const names = [...document.querySelectorAll('.card__name')].map((n) => n.firstChild?.textContent);
    expect(names).toContain('源瑞达');
  });
});

describe('explanations in the reader’s language', () => {
  // A page the engine really analyzed, so the claims carry the engine's explanation parts.
  const analyzed: PageReport = analyzePage(
    parseDocument(readFixture('pages', 'planted--miracle-car-t-clinic.html')),
    {
      url: 'https://clinic.example/car-t',
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
      now: FIXED_NOW,
    },
  );
  const shown = () =>
    [...document.querySelectorAll<HTMLElement>('li.part')].map((li) => ({
      claim: analyzed.claims.find((c) => c.id === li.dataset.claimId)!,
      text: li.querySelector('.claim__explanation')!.textContent,
    }));

  it('a Chinese reader reads each claim card’s explanation in Chinese', () => {
    renderIn('zh-CN', { view: { kind: 'report', report: analyzed, cached: false } });
    const parts = shown();
    expect(parts.length).toBeGreaterThan(3);
    const zh = createTranslator('zh-CN');
    for (const { claim, text } of parts) {
      expect(text).toBe(translateParts(claim.explanationParts!, zh, 'zh-CN'));
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(text).not.toBe(claim.explanation);
    }
    // The differing statement's figures, worded in Chinese around the dataset's own names.
    expect(document.body.textContent).toContain('与以上各项都不符');
  });

  it('an English reader reads the engine’s text, and stored reports without parts still show it', () => {
    renderIn('en', { view: { kind: 'report', report: analyzed, cached: false } });
    for (const { claim, text } of shown()) expect(text).toBe(claim.explanation);
    cleanup();
    renderIn('zh-CN');
    const card = document.querySelector('li.claim[data-claim-id="c4"] .claim__explanation');
    expect(card?.textContent).toBe(fullReport.claims.find((c) => c.id === 'c4')!.explanation);
  });
});

describe('dataset age', () => {
  it('warns when the reference data are more than 6 months old, and not before', () => {
    renderPopup({
      view: { kind: 'report', report: fullReport, cached: false },
      now: '2027-02-12T00:00:00.000Z',
    });
    expect(
      screen.getByText(
        'The reference data are 6 months old: approvals and results published since 11 Aug 2026 may be missing.',
      ),
    ).toHaveAttribute('role', 'note');
    cleanup();
    renderPopup({
      view: { kind: 'report', report: fullReport, cached: false },
      now: '2027-02-11T00:00:00.000Z',
    });
    expect(screen.queryByText(/months old/)).toBeNull();
  });
});

describe('quotes', () => {
  it('show the repaired text, with the page’s original one click away', () => {
    const damaged = 'Kymriah is for patients aged โค25 years with relapsed ALL.';
    const report = {
      ...fullReport,
      claims: fullReport.claims.map((c) =>
        c.id === 'c4' ? { ...c, text: damaged, matched: 'โค25 years' } : c,
      ),
    };
    renderPopup({ view: { kind: 'report', report, cached: false } });
    const card = document.querySelector<HTMLElement>('li.claim[data-claim-id="c4"]')!;
    expect(card.querySelector('.claim__quote')).toHaveTextContent(
      '“Kymriah is for patients aged ≤25 years with relapsed ALL.”',
    );
    expect(card.querySelector('.claim__quote strong')).toHaveTextContent('≤25 years');
    const original = card.querySelector<HTMLDetailsElement>('details.claim__original')!;
    expect(original.open).toBe(false);
    expect(original).toHaveTextContent(`Original text on the page${damaged}`);
    // Clean quotes offer no "original".
    expect(document.querySelectorAll('details.claim__original').length).toBe(1);
  });
});
