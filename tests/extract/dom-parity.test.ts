// The engine runs on the browser DOM, linkedom (CLI, tests, bench) and happy-dom (component tests);
// the same page must give the same blocks on each.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseDocument, readFixture } from '../helpers/dom';
import { page, parseHappyDom } from './helpers';

const PAGES: [string, string][] = [
  ['seed-leukemia.html', readFixture('unit', 'seed-leukemia.html')],
  ['table-outside.html', readFixture('unit', 'table-outside.html')],
  [
    'mixed inline and lists',
    page(
      '<main><h2>A <em>b</em></h2><p>x<span>80%</span><span>Rate</span></p><ol><li>one<ul><li>two</li></ul>three</li></ol><dl><dt>Term</dt><dd>Def</dd></dl></main>',
    ),
  ],
];

describe('linkedom and happy-dom agree', () => {
  it.each(PAGES)('%s', (_name, html) => {
    const a = extract(parseDocument(html));
    const b = extract(parseHappyDom(html));
    expect(a.blocks.length).toBeGreaterThan(3);
    expect(b).toEqual(a);
  });
});
