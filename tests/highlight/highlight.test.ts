import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { parseDocument } from '../helpers/dom';
import { applyHighlights, clearHighlights, focusClaim, hasHighlights } from '../../lib/highlight';
import { claim, report } from './report-builder';

const happyWindows: Window[] = [];
function parseHappy(html: string): Document {
  const window = new Window({ url: 'https://clinic.example/' });
  happyWindows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
afterAll(async () => {
  for (const w of happyWindows) await w.happyDOM.close();
});

function textNodeCount(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

const PAGE = `<!doctype html><html><head><title>CAR-T</title><style>p{color:red}</style></head><body>
<h1>CAR-T therapy with Kymriah</h1>
<p>Our team offers <b>Kymriah</b> (tisagenlecleucel) to children.   In the ELIANA trial,
<em>83%</em> of patients achieved remission within three months.</p>
<p>Kymriah\u00a0is approved for adults with lymphoma after one line of therapy.</p>
<p>KymriahX is not a product; neither is preKymriah.</p>
<script>var note = "Kymriah in a script must stay untouched";</script>
<textarea>Kymriah in a form field</textarea>
<ul><li>Guaranteed cure</li><li>for every patient</li></ul>
</body></html>`;

const CLAIM_RESPONSE = claim(
  'c1',
  'In the ELIANA trial, 83% of patients achieved remission within three months.',
  '83% of patients achieved remission',
);
const CLAIM_SCOPE = claim(
  'c2',
  'Kymriah is approved for adults with lymphoma after one line of therapy.',
  'after one line',
  {
    kind: 'indication',
    verdict: 'differs',
  },
);
const CLAIM_SAME_SENTENCE = claim(
  'c3',
  'Kymriah is approved for adults with lymphoma after one line of therapy.',
  'approved',
  {
    kind: 'approval',
  },
);
const CLAIM_MISSING = claim('c4', 'This sentence is not on the page at all.', 'not on the page');
const FULL = report(
  ['Kymriah', 'tisagenlecleucel'],
  [CLAIM_RESPONSE, CLAIM_SCOPE, CLAIM_SAME_SENTENCE, CLAIM_MISSING],
);

describe.each([
  ['linkedom', parseDocument],
  ['happy-dom', parseHappy],
])('highlights in %s', (_name, parse) => {
  it('leaves the page serializing exactly as before after apply then clear', () => {
    const doc = parse(PAGE);
    const before = doc.documentElement.outerHTML;
    const textNodesBefore = textNodeCount(doc);
    const count = applyHighlights(doc, FULL);
    expect(count).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    clearHighlights(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(hasHighlights(doc)).toBe(false);
    // Not only the same markup: the split text nodes are merged back, as the parser left them.
    expect(textNodeCount(doc)).toBe(textNodesBefore);
  });

  it('marks a claim that spans several elements, piece by piece, under one claim id', () => {
    const doc = parse(PAGE);
    applyHighlights(doc, FULL);
    const pieces = Array.from(doc.querySelectorAll('mark[data-therapylens-claims="c1"]'));
    expect(pieces.length).toBeGreaterThan(1);
    expect(
      pieces
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    ).toBe('In the ELIANA trial, 83% of patients achieved remission within three months.');
    expect(pieces.every((m) => m.getAttribute('data-therapylens-verdict') === 'consistent')).toBe(true);
  });

  it('gives two claims quoting one sentence a single shared mark', () => {
    const doc = parse(PAGE);
    applyHighlights(doc, FULL);
    const shared = doc.querySelectorAll('mark[data-therapylens-claims="c2 c3"]');
    expect(shared.length).toBe(1);
    expect(shared[0]?.getAttribute('data-therapylens-verdict')).toBe('differs');
  });

  it('marks product names as whole words only, and never inside script or form fields', () => {
    const doc = parse(PAGE);
    applyHighlights(doc, FULL);
    const mentions = Array.from(doc.querySelectorAll('mark[data-therapylens="mention"]')).map(
      (m) => m.textContent,
    );
    // h1, the bold name, the INN and the claim sentence (a non-breaking space follows it there).
    expect(mentions).toEqual(['Kymriah', 'Kymriah', 'tisagenlecleucel', 'Kymriah']);
    expect(doc.querySelector('script')?.textContent).toBe(
      'var note = "Kymriah in a script must stay untouched";',
    );
    expect(doc.querySelector('textarea')?.childNodes.length).toBe(1);
    expect(doc.querySelector('textarea mark')).toBeNull();
  });

  it('counts only what it could find, and injects one style element that clear removes', () => {
    const doc = parse(PAGE);
    // c1, the shared c2/c3 sentence, and 4 mentions; c4 is not on the page.
    expect(applyHighlights(doc, FULL)).toBe(6);
    expect(doc.querySelectorAll('style[data-therapylens]').length).toBe(1);
    // Applying again replaces the marks instead of nesting them.
    expect(applyHighlights(doc, FULL)).toBe(6);
    expect(doc.querySelectorAll('style[data-therapylens]').length).toBe(1);
    expect(doc.querySelectorAll('mark mark[data-therapylens="claim"]').length).toBe(0);
    clearHighlights(doc);
    expect(doc.querySelectorAll('style[data-therapylens], mark').length).toBe(0);
  });

  it('gives the same words in two places (repeated table cells) a mark each', () => {
    const doc = parse(
      '<html><body><table><tr><td>Carvykti</td><td>Multiple myeloma after 3+ lines</td></tr>' +
        '<tr><td>Abecma</td><td>Multiple myeloma after 3+ lines</td></tr></table></body></html>',
    );
    const row = (id: string, block: number) =>
      claim(id, 'Multiple myeloma after 3+ lines', 'after 3+ lines', {
        position: { block, start: 0, end: 31 },
      });
    expect(applyHighlights(doc, report([], [row('c1', 4), row('c2', 5)]))).toBe(2);
    const cells = Array.from(doc.querySelectorAll('td')).map((td) =>
      td.querySelector('mark')?.getAttribute('data-therapylens-claims'),
    );
    expect(cells).toEqual([undefined, 'c1', undefined, 'c2']);
  });

  it('marks each claim of a table row by its own fragment when the joined row is not on the page', () => {
    const doc = parse(
      '<html><body><table><tr><td>Yescarta</td><td>CD19</td><td>June 2021</td></tr></table></body></html>',
    );
    const rowText = 'Yescarta | CD19 | June 2021';
    const target = claim('c1', rowText, 'CD19', {
      kind: 'target',
      position: { block: 2, start: 0, end: 27 },
    });
    const date = claim('c2', rowText, 'June 2021', {
      kind: 'approval',
      position: { block: 2, start: 0, end: 27 },
    });
    expect(applyHighlights(doc, report([], [target, date]))).toBe(2);
    const cells = Array.from(doc.querySelectorAll('td')).map((td) =>
      td.querySelector('mark')?.getAttribute('data-therapylens-claims'),
    );
    expect(cells).toEqual([undefined, 'c1', 'c2']);
  });

  it('falls back to the matched fragment when the whole sentence is not on the page', () => {
    const doc = parse(PAGE);
    const tableRow = claim('c9', 'Guaranteed cure | for every patient', 'Guaranteed cure', {
      kind: 'marketing',
    });
    expect(applyHighlights(doc, report([], [tableRow]))).toBe(1);
    const mark = doc.querySelector('mark[data-therapylens-claims="c9"]');
    expect(mark?.textContent).toBe('Guaranteed cure');
    expect(mark?.getAttribute('data-therapylens-verdict')).toBe('caution');
  });

  it('focuses a marked claim by id and reports a claim it cannot find', () => {
    const doc = parse(PAGE);
    applyHighlights(doc, FULL);
    expect(focusClaim(doc, 'c3')).toBe(true);
    const flashed = Array.from(doc.querySelectorAll('mark.therapylens-flash'));
    expect(flashed.map((m) => m.getAttribute('data-therapylens-claims'))).toEqual(['c2 c3']);
    expect(focusClaim(doc, 'c1')).toBe(true);
    // Only the newest claim flashes.
    expect(doc.querySelectorAll('mark.therapylens-flash[data-therapylens-claims="c2 c3"]').length).toBe(0);
    expect(focusClaim(doc, 'c4')).toBe(false);
    expect(focusClaim(doc, '"] , body')).toBe(false);
  });

  it('does nothing to a page when the report has nothing to mark', () => {
    const doc = parse(PAGE);
    const before = doc.documentElement.outerHTML;
    expect(applyHighlights(doc, report([], []))).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
