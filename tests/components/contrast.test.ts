// WCAG AA for every text colour pair the popup uses, in light and dark schemes, read from the CSS
// custom properties themselves so a colour edit that breaks contrast fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

const css = readFileSync(testPath('..', 'components', 'therapylens.css'), 'utf8');

function vars(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out.set(m[1]!, m[2]!.toLowerCase());
  return out;
}

const lightBlock = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
const darkBlock = /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
const schemes = { light: vars(lightBlock), dark: vars(darkBlock) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, as the stylesheet pairs them. */
const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['button-fg', 'button-bg'],
  ['primary-fg', 'primary-bg'],
  ['consistent-fg', 'consistent-bg'],
  ['differs-fg', 'differs-bg'],
  ['not-approved-fg', 'not-approved-bg'],
  ['unverified-fg', 'unverified-bg'],
  ['caution-fg', 'caution-bg'],
  ['note-fg', 'note-bg'],
  ['not-approved-fg', 'surface'],
  // The summary sentence when something on the page differs.
  ['not-approved-fg', 'bg'],
  ['error-fg', 'bg'],
  ['error-fg', 'surface'],
];

describe('colour contrast', () => {
  it('computes the WCAG ratio correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, scheme] of Object.entries(schemes)) {
    it(`${name}: every pair is at least 4.5:1`, () => {
      expect(scheme.size).toBeGreaterThan(20);
      for (const [fg, bg] of PAIRS) {
        const a = scheme.get(fg);
        const b = scheme.get(bg);
        expect(a, `--${fg} missing in ${name}`).toBeDefined();
        expect(b, `--${bg} missing in ${name}`).toBeDefined();
        expect(contrast(a!, b!), `--${fg} on --${bg} in ${name}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
