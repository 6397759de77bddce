// Readability rewrites the DOM it is given; extract must hand it a clone and only read the page.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { readFixture } from '../helpers/dom';
import { DOMS } from './helpers';

describe.each(DOMS)('extract never changes the page (%s)', (_name, parse) => {
  it.each(['seed-leukemia.html', 'table-outside.html'])('%s', (fixture) => {
    const doc = parse(readFixture('unit', fixture));
    const before = doc.documentElement.outerHTML;
    const childCount = doc.body.childNodes.length;
    const result = extract(doc);
    expect(result.readable).toBe(true);
    expect(result.blocks.length).toBeGreaterThan(5);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.body.childNodes.length).toBe(childCount);
  });
});
