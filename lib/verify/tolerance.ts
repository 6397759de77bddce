// When a page's figure agrees with a dataset figure. Documented tolerance:
// - a plain value, "~", "about", "approximately", "nearly": within ±2 percentage points
//   ("~73%" vs 72% agrees; "~98%" vs 97.9% agrees; "98%" vs 72% does not);
// - a range "39-43%": the figure lies in the range widened by 2 points on each side;
// - ">", "more than", "over", "exceeding": the figure is at least the value ("> 80%" vs 81-83% agrees);
//   "≥", "at least": the figure is at least the value minus 0.5 (rounding);
// - "<", "less than": the figure is below the value; "≤": at most the value plus 0.5;
// - "up to": the highest figure compared lies within 2 points below the value (and not above it
//   by more than 0.5), so "up to 90%" needs some figure of 88-90.5%.
import type { Comparator } from '../claims/patterns';

// Durations: within 0.5 months or 5%, whichever is larger. Hazard ratios: within 0.02.
export const TOLERANCE_POINTS = 2;
const ROUNDING = 0.5;

export interface PageFigure {
  value: number;
  comparator: Comparator;
  low?: number;
  high?: number;
  unit?: '%' | 'months' | 'ratio';
  /** A hazard ratio the page gave as a risk reduction in percent ("74 % lower risk"). */
  riskReduction?: number;
}

export function agrees(page: PageFigure, figure: number): boolean {
  const v = page.value;
  if (page.unit === 'months') return Math.abs(figure - v) <= Math.max(0.5, v * 0.05);
  if (page.unit === 'ratio') return Math.abs(figure - v) <= 0.02;
  if (page.low !== undefined && page.high !== undefined) {
    return figure >= page.low - TOLERANCE_POINTS && figure <= page.high + TOLERANCE_POINTS;
  }
  switch (page.comparator) {
    case '>':
      return figure >= v;
    case '≥':
      return figure >= v - ROUNDING;
    case '<':
      return figure < v;
    case '≤':
      return figure <= v + ROUNDING;
    case 'up to':
      return figure <= v + ROUNDING && figure >= v - TOLERANCE_POINTS;
    default:
      return Math.abs(figure - v) <= TOLERANCE_POINTS;
  }
}

export function distance(page: PageFigure, figure: number): number {
  return Math.abs(figure - page.value);
}
