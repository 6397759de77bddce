import { describe, expect, it } from 'vitest';
import { addToTally, createProgress, createTally, summaryLine } from '../../cli/progress';
import { claim, report } from '../collection/factory';

function sink(tty: boolean, plain: boolean, total: number) {
  let text = '';
  let ms = 0;
  const progress = createProgress(total, { tty, plain, write: (t) => (text += t), clock: () => ms });
  return { progress, text: () => text, advance: (by: number) => (ms += by) };
}

describe('createProgress', () => {
  it('draws a bar of inputs with pages and pages/s on a terminal, cleared around errors and at the end', () => {
    const { progress, text, advance } = sink(true, false, 3);
    advance(500);
    progress.page('a.html');
    progress.inputDone();
    progress.error('error: b.html: file not found');
    progress.inputDone();
    advance(500);
    progress.page('c.warc: https://x.example/1');
    progress.page('c.warc: https://x.example/2');
    progress.inputDone();
    progress.done();
    expect(text()).toContain(
      '[--------] 0/3 inputs read · 1 pages · 2.0 pages/s a.html'.replace('--------', '-'.repeat(24)),
    );
    expect(text()).toContain(
      '[################--------] 2/3 inputs read · 3 pages · 3.0 pages/s c.warc: https://x.example/2',
    );
    expect(text()).toContain('\r\x1b[2Kerror: b.html: file not found\n');
    expect(text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('prints plain lines with the rate only with --progress when there is no terminal; errors always', () => {
    const quiet = sink(false, false, 3);
    quiet.progress.page('a.html');
    quiet.progress.error('error: b.html: file not found');
    quiet.progress.done();
    expect(quiet.text()).toBe('error: b.html: file not found\n');

    const plain = sink(false, true, 2);
    plain.advance(1000);
    plain.progress.page('a.html');
    plain.progress.page('b.html');
    expect(plain.text()).toBe('[1 pages, 1.0 pages/s] a.html\n[2 pages, 2.0 pages/s] b.html\n');
  });
});

describe('summaryLine', () => {
  it('counts pages, products and claims by verdict, errors, skipped records and pages left to other runs', () => {
    const a = report({
      claims: [claim('c1'), claim('c2', { verdict: 'differs' }), claim('c3', { verdict: 'differs' })],
    });
    const b = report({ claims: [claim('c1', { verdict: 'unverified' })] });
    const tally = createTally();
    addToTally(tally, a);
    addToTally(tally, b);
    expect(summaryLine(tally, { pages: 3, errors: 1 })).toBe(
      'summary: 2 of 3 pages analyzed; products 2 (1 distinct); claims 4 (consistent 1, differs 2, not-approved 0, unverified 1); errors 1',
    );
    expect(summaryLine(tally, { pages: 3, errors: 1, skipped: 4, notInRun: 7 })).toMatch(
      /errors 1; archive records skipped 4 \(not HTML responses\); pages left to other shards or done before 7$/,
    );
  });
});
