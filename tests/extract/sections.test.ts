import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { normalizeText } from '../../lib/normalize';
import { readFixture } from '../helpers/dom';
import { DOMS, page } from './helpers';

describe.each(DOMS)('main article and outside text (%s)', (_name, parse) => {
  const seedPage = (): ReturnType<typeof extract> =>
    extract(parse(readFixture('unit', 'seed-leukemia.html')));

  it('marks the article main and the "Key numbers" aside and later sections outside, once each', () => {
    const result = seedPage();
    expect(result.readable).toBe(true);
    expect(result.notes).toEqual([]);
    const section = (start: string): string | undefined =>
      result.blocks.find((b) => b.text.startsWith(start))?.section;
    expect(section('Leukemia is where gene therapy')).toBe('main');
    expect(section('Tisagenlecleucel (Kymriah) |')).toBe('main');
    expect(section('Key Numbers')).toBe('outside');
    expect(section('>80% Response Rate: Tisagenlecleucel in r/r ALL')).toBe('outside');
    expect(section('Cytokine release syndrome')).toBe('outside');
    const all = result.blocks.map((b) => b.text);
    expect(new Set(all).size).toBe(all.length);
  });

  it('leaves out chrome, banners, icon words and hidden text from a realistic page', () => {
    const all = seedPage()
      .blocks.map((b) => b.text)
      .join('\n');
    for (const gone of [
      'CancerFax\n',
      'Home',
      'We use cookies',
      'Accept all',
      'check_circle',
      'analytics',
      '100% cure',
      'informational purposes',
      'tracking',
    ]) {
      expect(all).not.toContain(gone);
    }
    expect(all).toContain('At a Glance');
    expect(all).toContain('Gene therapy for leukaemia includes CAR-T');
  });

  it('gives table rows their header and headings, and the text normalizes to the claims', () => {
    const row = seedPage().blocks.find((b) => b.cells?.[0] === 'Tisagenlecleucel (Kymriah)');
    expect(row).toBeDefined();
    expect(row!.header).toEqual(['Product', 'Target', 'Indication', 'Key Response Data']);
    expect(row!.headings).toEqual([
      'GENE THERAPY FOR LEUKEMIA',
      'Approved CAR-T Products for Leukemia and Related Blood Cancers',
    ]);
    expect(normalizeText(row!.cells![2]!).text).toBe('r/r B-cell ALL (\u226425 yrs); r/r DLBCL adults');
  });

  it('uses Readability\u2019s title, else <title>, else the first h1', () => {
    expect(seedPage().title).toBe('Gene Therapy for Leukemia | CancerFax');
    expect(
      extract(parse(page('<h1>Only heading</h1><p>short</p>', '<title> Page  title </title>'))).title,
    ).toBe('Page title');
    expect(extract(parse(page('<h2>Sub</h2><h1>First h1</h1><p>short</p>'))).title).toBe('First h1');
    expect(extract(parse(page('<p>short</p>'))).title).toBe('');
  });

  it('treats all visible text as main when Readability finds no article, and says so', () => {
    const result = extract(
      parse(
        page(
          '<h1>Kymriah</h1><p>Approved in 2017.</p><table><tr><th>ORR</th></tr><tr><td>81%</td></tr></table>',
        ),
      ),
    );
    expect(result.readable).toBe(false);
    expect(result.blocks.map((b) => [b.text, b.section])).toEqual([
      ['Kymriah', 'main'],
      ['Approved in 2017.', 'main'],
      ['ORR', 'main'],
      ['81%', 'main'],
    ]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/all visible text was treated as main content/);
  });
});
