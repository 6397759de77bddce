// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageReport } from '../../lib/schema';
import { DISCLAIMER } from '../../lib/disclaimer';
import { fullReport, KYMRIAH_SENTENCE } from './fixtures';
import { renderPopup } from './render';

afterEach(cleanup);

const reportView = (report = fullReport, cached = false) => ({ kind: 'report' as const, report, cached });

describe('the report fixture', () => {
  it('is a valid PageReport', () => {
    const parsed = PageReport.safeParse(fullReport);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });
});

describe('report view', () => {
  it('leads with one plain sentence on what differs, then the page title and the dataset date', () => {
    renderPopup({ view: reportView() });
    const summary = document.querySelector('.summary')!;
    expect(summary.firstElementChild).toHaveTextContent(
      '2 statements on this page differ from the records; 1 product is presented as approved where it is not; 1 statement uses sales wording to read with care.',
    );
    expect(screen.getByRole('heading', { name: fullReport.title })).toBeInTheDocument();
    expect(
      screen.getByText(/^3 therapies named · 2,140 words read · reference data as of 11 Aug 2026/, {
        selector: '.summary__meta',
      }),
    ).toBeInTheDocument();
  });

  it('shows the disclaimer with the dataset date', () => {
    renderPopup({ view: reportView() });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(DISCLAIMER);
    expect(note).toHaveTextContent('Reference data as of 11 Aug 2026.');
  });

  it('heads each therapy card with a readable name and where it is approved, never a bare "Approved"', () => {
    renderPopup({ view: reportView() });
    const products = screen.getByRole('region', { name: 'Therapies on this page' });
    const cards = within(products)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('card'));
    // The brand in Latin script (or the INN when the brand is Chinese) with the code; the Chinese
    // name after it, marked as Chinese.
    expect(cards.map((c) => c.querySelector('.card__name')?.textContent)).toEqual([
      'Kymriah (tisagenlecleucel · CTL019) 替沙仑赛',
      'Abecma (idecabtagene vicleucel · bb2121)',
      'inaticabtagene autoleucel (CNCT19) 源瑞达',
    ]);
    expect(cards[2]!.querySelector('.card__other')?.getAttribute('lang')).toBe('zh');
    // Region chips from the dataset's current approvals, in a fixed order (US first, then EU…).
    const chips = cards.map((c) => c.querySelector('.chips')?.getAttribute('aria-label'));
    expect(chips[0]).toMatch(/^Approved in US, EU\b/);
    expect(chips[1]).toMatch(/^Approved in US, EU\b/);
    expect(chips[2]).toBe('Approved in CN');
    for (const card of cards)
      expect(card.querySelector('summary')).not.toHaveTextContent(/^Approved$|Approved(?! in)/);
    // Several therapies: cards start closed so the claims stay in view.
    expect(cards.every((c) => !c.querySelector('details')?.open)).toBe(true);
  });

  it('spells out approvals: regulator, date, scope, accelerated and superseded entries, sources', async () => {
    const user = userEvent.setup();
    renderPopup({ view: reportView() });
    await user.click(screen.getByText('Kymriah', { selector: '.card__name' }));
    const kymriah = screen.getByText('Kymriah', { selector: '.card__name' }).closest('details')!;
    expect(kymriah.open).toBe(true);
    expect(kymriah).toHaveTextContent('CAR-T cell therapy · targets CD19 · Novartis');
    const approvals = within(kymriah)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('approval'));
    const first = approvals[0]!;
    expect(first).toHaveTextContent('FDA · 30 Aug 2017');
    expect(first).toHaveTextContent(
      'B-cell acute lymphoblastic leukaemia: patients up to 25 years of age; refractory or in second or later relapse (first relapse is not covered).',
    );
    const fl = approvals.find((a) => a.textContent?.includes('FDA · 27 May 2022'));
    expect(fl).toHaveTextContent('Accelerated approval');
    const japan = approvals.filter((a) => a.textContent?.startsWith('PMDA'));
    expect(japan.length).toBe(3);
    const japan2019 = japan.filter((a) => a.textContent?.includes('2019'));
    expect(japan2019.length).toBe(2);
    expect(japan2019.every((a) => within(a).queryByText('unconfirmed') !== null)).toBe(true);
    const japanFl = japan.find((a) => a.textContent?.includes('26 Aug 2022'));
    expect(japanFl).toBeDefined();
    expect(within(japanFl!).queryByText('unconfirmed')).toBeNull();

    const abecma = screen.getByText('Abecma', { selector: '.card__name' }).closest('details')!;
    const old = within(abecma)
      .getAllByRole('listitem')
      .find((a) => a.textContent?.includes('FDA · 26 Mar 2021'));
    expect(old).toHaveTextContent('Superseded 4 Apr 2024');
  });

  it('keeps label and publication figures apart, with links that open safely in a new tab', () => {
    renderPopup({ view: reportView() });
    const kymriah = screen.getByText('Kymriah', { selector: '.card__name' }).closest('details')!;
    const figures = Array.from(kymriah.querySelectorAll('.figure'));
    const eliana = figures.filter((f) => f.textContent?.includes('ELIANA'));
    expect(eliana.map((f) => f.querySelector('.tag')?.textContent)).toEqual([
      'Label',
      'Publication',
      'Publication',
      'Publication',
    ]);
    expect(eliana[0]).toHaveTextContent('CR/CRi 83%');
    expect(eliana[0]).toHaveTextContent('ELIANA · n=63');
    const links = Array.from(kymriah.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('hides approvals of regulators the user switched off, and says so', () => {
    renderPopup({ view: reportView(), regulators: ['FDA'] });
    const kymriah = screen.getByText('Kymriah', { selector: '.card__name' }).closest('details')!;
    const heads = Array.from(kymriah.querySelectorAll('.approval__head')).map((h) => h.textContent ?? '');
    expect(heads.length).toBe(3);
    expect(heads.every((h) => h.startsWith('FDA'))).toBe(true);
    const others = bundledDataset.products
      .find((p) => p.id === 'tisagenlecleucel')!
      .indications.filter((i) => i.regulator !== 'FDA').length;
    expect(kymriah).toHaveTextContent(`${others} approvals by other regulators hidden (see Settings).`);
    const inati = screen.getByText('源瑞达').closest('details')!;
    expect(inati).toHaveTextContent('Approved only by regulators you chose not to show.');
  });

  it('shows one card per quoted statement, problems first, the unchecked folded away', () => {
    renderPopup({ view: reportView() });
    const claims = screen.getByRole('region', { name: 'What the page says' });
    expect(
      within(claims)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Differs from the records (3)',
      'Read with care (1)',
      'Matches the records (2)',
      '1 statement could not be checked',
    ]);
    const cards = Array.from(claims.querySelectorAll<HTMLElement>('li.claim'));
    // c1 and c2 quote the same sentence: one card, led by its worst part.
    expect(cards.map((c) => c.getAttribute('data-claim-id'))).toEqual([
      'c1',
      'c3',
      'c4',
      'c8',
      'c5',
      'c6',
      'c7',
    ]);
    const first = cards[0]!;
    expect(within(first).getAllByRole('button', { name: /Show on page\.$/ }).length).toBe(1);
    expect(
      Array.from(first.querySelectorAll('.parts .badge')).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Verdict: Differs', 'Verdict: Consistent']);
    expect(first.querySelector('.claim__head .badge')?.getAttribute('aria-label')).toBe('Verdict: Differs');
    expect(first.querySelector('.claim__about')).toHaveTextContent('About Kymriah');
    expect(within(first).getAllByRole('button')[0]).toHaveTextContent(`“${KYMRIAH_SENTENCE}”`);
    expect(first.querySelector('.claim__quote strong')).toHaveTextContent('response rates exceeding 80%');
    expect(first).toHaveTextContent('Compared with: FDA label: overall remission 83%, ELIANA, n=63');
    expect(within(first).getByText('Also consulted (1)')).toBeInTheDocument();
    // Icon and word are both visible: colour is never the only signal.
    expect(within(claims).getAllByRole('img', { name: 'Verdict: Caution' })[0]).toHaveTextContent('⚠Caution');
    // The unverified statement is there, but folded.
    const folded = claims.querySelector<HTMLDetailsElement>('details.tier--unverified')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('li.claim')?.getAttribute('data-claim-id')).toBe('c7');
  });

  it('asks the page to show a statement when its quote is clicked or chosen with the keyboard', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({ view: reportView() });
    const quotes = screen.getAllByRole('button', { name: /Show on page\.$/ });
    expect(quotes.length).toBe(7);
    await user.click(quotes[2]!);
    expect(props.onShowClaim).toHaveBeenLastCalledWith('c4');
    // Keyboard: tab through the controls until the first statement has focus, then press Enter.
    quotes[0]!.blur();
    let guard = 0;
    while (document.activeElement !== quotes[0] && guard++ < 100) await user.tab();
    expect(document.activeElement).toBe(quotes[0]);
    await user.keyboard('{Enter}');
    expect(props.onShowClaim).toHaveBeenLastCalledWith('c1');
    await user.tab();
    await user.keyboard(' ');
    expect(props.onShowClaim).toHaveBeenCalledTimes(2);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = {
      ...fullReport,
      title: '<img src=x onerror="alert(1)">Clinic',
      claims: fullReport.claims.map((c, i) =>
        i === 0 ? { ...c, text: '<script>alert(1)</script> 80%', matched: '80%' } : c,
      ),
    };
    const { container } = renderPopup({ view: reportView(hostile) });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">Clinic' })).toBeInTheDocument();
  });

  it('does not link a source whose URL is not a web address', () => {
    const bad = {
      ...fullReport,
      claims: fullReport.claims.map((c) =>
        c.reference
          ? {
              ...c,
              reference: {
                ...c.reference,
                source: { url: 'javascript:alert(1)', title: 'Bad', asOf: '2026' },
              },
            }
          : c,
      ),
    };
    const { container } = renderPopup({ view: reportView(bad) });
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getAllByText('Bad').length).toBeGreaterThan(0);
  });
});
