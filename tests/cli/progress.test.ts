import { describe, expect, it } from 'vitest';
import { createProgress, summaryLine } from '../../cli/progress';
import { claim, report } from '../collection/factory';

function sink(tty: boolean, plain: boolean, total: number) {
  let text = '';
  const progress = createProgress(total, { tty, plain, write: (t) => (text += t) });
  return { progress, text: () => text };
}

describe('createProgress', () => {
  it('draws a bar on a terminal for 3+ inputs, and clears it around errors and at the end', () => {
    const { progress, text } = sink(true, false, 3);
    progress.tick('a.html');
    progress.error('error: b.html: file not found');
    progress.tick('b.html');
    progress.tick('c.html');
    progress.done();
    expect(text()).toContain('[########----------------] 1/3 a.html');
    expect(text()).toContain('\r\x1b[2Kerror: b.html: file not found\n');
    expect(text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('prints plain lines only with --progress when there is no terminal; errors always', () => {
    const quiet = sink(false, false, 3);
    quiet.progress.tick('a.html');
    quiet.progress.error('error: b.html: file not found');
    quiet.progress.done();
    expect(quiet.text()).toBe('error: b.html: file not found\n');

    const plain = sink(false, true, 2);
    plain.progress.tick('a.html');
    plain.progress.tick('b.html');
    expect(plain.text()).toBe('[1/2] a.html\n[2/2] b.html\n');

    const few = sink(true, false, 2);
    few.progress.tick('a.html');
    expect(few.text()).toBe('');
  });
});

describe('summaryLine', () => {
  it('counts pages, products and claims by verdict, and errors', () => {
    const a = report({
      claims: [claim('c1'), claim('c2', { verdict: 'differs' }), claim('c3', { verdict: 'differs' })],
    });
    const b = report({ claims: [claim('c1', { verdict: 'unverified' })] });
    expect(summaryLine([a, b], 3, 1)).toBe(
      'summary: 2 of 3 pages analyzed; products 2 (1 distinct); claims 4 (consistent 1, differs 2, not-approved 0, unverified 1); errors 1',
    );
  });
});
