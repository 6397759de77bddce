// Plain-word renderings of dataset values, shared by the product cards and claim list.
import type { Figure, Indication, Product } from '../lib/dataset/schema';
import type { ClaimKind } from '../lib/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-08-30" → "30 Aug 2017", "2021-08" → "Aug 2021", "2003" → "2003"; other text unchanged. */
export function formatPartialDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (!name) return year ?? date;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

const MODALITY: Record<Product['modality'], string> = {
  'car-t': 'CAR-T cell therapy',
  'tcr-t': 'TCR-T cell therapy',
  til: 'Tumour-infiltrating lymphocyte (TIL) therapy',
  'oncolytic-virus': 'Oncolytic virus',
  'viral-vector-gene-therapy': 'Gene therapy (viral vector)',
  'gene-edited-cell-therapy': 'Gene-edited cell therapy',
  'gene-modified-cell-therapy': 'Gene-modified cell therapy',
  'cellular-immunotherapy': 'Cellular immunotherapy (not gene-modified)',
};

export function modalityLabel(modality: Product['modality']): string {
  return MODALITY[modality];
}

const APPROVAL_TYPE: Record<Indication['approvalType'], string | null> = {
  regular: null,
  accelerated: 'Accelerated approval',
  conditional: 'Conditional approval',
  'conditional-time-limited': 'Conditional, time-limited approval',
};

/** Null for a regular approval: only the special kinds need a tag. */
export function approvalTypeLabel(type: Indication['approvalType']): string | null {
  return APPROVAL_TYPE[type];
}

const FIGURE_KIND: Record<Figure['kind'], string> = {
  label: 'Label',
  publication: 'Publication',
  press: 'Press release',
};

export function figureKindLabel(kind: Figure['kind']): string {
  return FIGURE_KIND[kind];
}

function withUnit(value: number, unit: Figure['unit']): string {
  if (unit === '%') return `${value}%`;
  if (unit === 'months') return `${value} months`;
  return String(value);
}

/** "ORR 72% (95% CI 62–81%)", "median PFS 13.3 vs 8.6 months". */
export function figureValue(figure: Figure): string {
  const value =
    figure.comparatorValue === undefined
      ? withUnit(figure.value, figure.unit)
      : `${withUnit(figure.value, figure.unit)} vs ${withUnit(figure.comparatorValue, figure.unit)}`;
  const ci = figure.ci ? ` (95% CI ${figure.ci[0]}–${withUnit(figure.ci[1], figure.unit)})` : '';
  return `${figure.metric} ${value}${ci}`;
}

/** "ZUMA-1 · n=101 evaluable · 24 months follow-up". */
export function figureContext(figure: Figure): string {
  const parts = [figure.trial];
  if (figure.n !== undefined) parts.push(`n=${figure.n}${figure.nBasis ? ` ${figure.nBasis}` : ''}`);
  if (figure.followUp) parts.push(figure.followUp);
  return parts.join(' · ');
}

const CLAIM_KIND: Record<ClaimKind, string> = {
  response: 'Result figure',
  approval: 'Approval',
  indication: 'Who it is for',
  target: 'Target',
  marketing: 'Marketing wording',
};

export function claimKindLabel(kind: ClaimKind): string {
  return CLAIM_KIND[kind];
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export interface QuoteParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The quoted sentence split around the matched fragment, shortened to about `max` characters
 * while keeping the fragment in view (table rows can be very long).
 */
export function quoteParts(text: string, matched: string, max = 280): QuoteParts {
  const at = matched === '' ? -1 : text.indexOf(matched);
  if (at < 0) return { before: shorten(text, max), match: '', after: '' };
  let before = text.slice(0, at);
  let after = text.slice(at + matched.length);
  const room = Math.max(40, max - matched.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore).trimStart()}`;
    if (keepAfter < after.length) after = `${after.slice(0, keepAfter).trimEnd()}…`;
  }
  return { before, match: matched, after };
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
