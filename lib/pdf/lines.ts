// Text runs → lines → fragments. pdf.js reports runs in the order the PDF draws them, which need
// not be reading order, so lines are rebuilt from positions: runs on one baseline form a line, and
// a gap wider than about a character splits it into fragments (two columns side by side, or the
// cells of a table row, share a baseline but not a fragment).
import type { Fragment, TextRun } from './types';

/** Gap, in font sizes, that separates fragments (wider than any word space, narrower than a gutter). */
export const FRAGMENT_GAP = 0.9;
/** Baselines closer than this (in font sizes) are the same line. */
const SAME_LINE = 0.35;
/** A gap wider than this (in font sizes) between two runs is a word space even without a space character. */
const WORD_GAP = 0.15;
/** Above and below the baseline, in font sizes: the line box used for vertical gaps. */
const ASCENT = 0.8;
const DESCENT = 0.2;

const LIGATURES = /[\uFB00-\uFB06]/g;

export function fragmentsOf(runs: readonly TextRun[]): Fragment[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(run.y - first.y) <= SAME_LINE * Math.max(run.size, first.size))
      line.push(run);
    else lines.push([run]);
  }
  const fragments: Fragment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    let current: Fragment | undefined;
    let lastEnd = -Infinity;
    for (const run of line) {
      const gap = run.x0 - lastEnd;
      if (current && gap < FRAGMENT_GAP * Math.max(run.size, current.size)) {
        const space = gap > WORD_GAP * run.size && !/\s$/.test(current.text) && !/^\s/.test(run.text);
        current.text += (space ? ' ' : '') + run.text;
        current.x1 = Math.max(current.x1, run.x1);
        current.top = Math.min(current.top, run.y - ASCENT * run.size);
        current.bottom = Math.max(current.bottom, run.y + DESCENT * run.size);
        current.size = Math.max(current.size, run.size);
      } else {
        current = {
          text: run.text,
          x0: run.x0,
          x1: run.x1,
          y: run.y,
          top: run.y - ASCENT * run.size,
          bottom: run.y + DESCENT * run.size,
          size: run.size,
        };
        fragments.push(current);
      }
      lastEnd = Math.max(lastEnd, run.x1);
    }
  }
  for (const f of fragments)
    f.text = f.text
      .replace(LIGATURES, (c) => c.normalize('NFKC'))
      .replace(/\s+/g, ' ')
      .trim();
  return fragments.filter((f) => f.text !== '');
}
