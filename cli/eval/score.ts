// Scoring of engine reports against the hand-labeled corpus. Pure: expected files and reports in,
// numbers out, so the lead can reuse it (bench, CI summaries) and it is unit-tested on its own.
import type { Claim, ClaimKind, PageReport, Verdict } from '../../lib/schema';
import type { ExpectedClaim, ExpectedPage } from './expected';
import { normalizeForMatch } from './normalize';

export const VERDICTS = [
  'consistent',
  'differs',
  'not-approved',
  'unverified',
] as const satisfies readonly Verdict[];
export const KINDS = [
  'response',
  'approval',
  'indication',
  'target',
  'marketing',
] as const satisfies readonly ClaimKind[];

export interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was predicted (no false positive was made). */
  precision: number;
  /** tp / (tp + fn); 1 when nothing was expected. */
  recall: number;
}

export interface PageSetScore extends SetScore {
  missing: string[];
  extra: string[];
}

export interface ClaimCounts {
  expected: number;
  /** Expected claims the report contains, whatever its verdict. */
  found: number;
  /** Found with the expected verdict. */
  right: number;
  recall: number;
  /** right / expected: a missed claim counts as wrong. */
  accuracy: number;
}

export interface ClaimOutcome {
  expected: ExpectedClaim;
  status: 'right' | 'wrong-verdict' | 'missed';
  /** The report claim it was matched to. */
  got: { id: string; verdict: Verdict; text: string; explanation: string } | null;
  /** For a miss: report claims whose text holds the quote but differ in kind or product. */
  near: string[];
}

export interface PageScore {
  name: string;
  products: PageSetScore;
  targets: PageSetScore;
  claims: ClaimCounts;
  outcomes: ClaimOutcome[];
  /** Report claims no expected claim was matched to (labels list what a careful reader checks). */
  unlabeledClaims: number;
  /** Of those, the ones that accuse the page (`differs`/`not-approved`). */
  unlabeledAccusing: number;
  /** Report claims a person labelled as not a claim (the page's `notClaims`). */
  notClaimsReported: number;
  /** The report claims neither a claim label nor a not-claim label covers, for the fixture test. */
  unlabeled: Claim[];
  lang: string;
}

export type Confusion = Record<Verdict, Record<Verdict | 'missed', number>>;

/** The two ways a verdict betrays the reader, and how many wrong statements were caught. */
export interface VerdictErrors {
  /** Expected `differs` or `not-approved`: statements that are wrong. */
  wrong: number;
  /** Of those, the report said `differs` or `not-approved`. */
  caught: number;
  /** caught / wrong (1 when nothing was wrong). */
  caughtRate: number;
  /** True or unknowable statements (expected `consistent`/`unverified`) the report accused. */
  falseAlarms: number;
  /** falseAlarms / all expected claims. */
  falseAlarmRate: number;
  /** Wrong statements the report called `consistent`. */
  falseReassurance: number;
}

/** Claim counts with the error counts, for one slice (a kind, a language). */
export interface SliceScore extends ClaimCounts, VerdictErrors {}

export interface Metrics {
  pages: number;
  products: SetScore;
  targets: SetScore;
  claims: ClaimCounts;
  errors: VerdictErrors;
  byKind: Record<ClaimKind, SliceScore>;
  /** By the page's language (`lang` in its expected file; English when absent). */
  byLang: Record<string, SliceScore>;
  /** Report claims no label matched that accuse the page (`differs`/`not-approved`). */
  unlabeledAccusing: number;
  byVerdict: Record<Verdict, ClaimCounts>;
  /** Rows: expected verdict. Columns: the verdict the report gave, or "missed". */
  confusion: Confusion;
  unlabeledClaims: number;
  /** Report claims labelled as not claims (part of unlabeledClaims). */
  notClaimsReported: number;
  perPage: PageScore[];
}

export interface ScoredInput {
  name: string;
  expected: ExpectedPage;
  report: PageReport;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function setScore(tp: number, fp: number, fn: number): SetScore {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

export function compareSets(predicted: readonly string[], expected: readonly string[]): PageSetScore {
  const got = new Set(predicted);
  const want = new Set(expected);
  const missing = [...want].filter((id) => !got.has(id)).sort();
  const extra = [...got].filter((id) => !want.has(id)).sort();
  return { ...setScore(want.size - missing.length, extra.length, missing.length), missing, extra };
}

function claimCounts(expected: number, found: number, right: number): ClaimCounts {
  return { expected, found, right, recall: ratio(found, expected), accuracy: ratio(right, expected) };
}

/**
 * Same kind, the same product when the label names one, and the same statement: the quote inside
 * the claim's text, or the claim's whole sentence inside a quote that spans several sentences
 * (a labeller quoting "Kymriah: approved March 2019. The first in Asia." as one statement).
 */
export function claimMatches(expected: ExpectedClaim, claim: Claim): boolean {
  if (claim.kind !== expected.kind) return false;
  if (expected.productId !== null && claim.productId !== expected.productId) return false;
  const text = normalizeForMatch(claim.text);
  const quote = normalizeForMatch(expected.quote);
  return text.includes(quote) || (text.length >= MIN_SENTENCE_CHARS && quote.includes(text));
}

/** A claim text shorter than this (a bare "CD19" cell) is too little to stand for a quoted statement. */
const MIN_SENTENCE_CHARS = 12;

/** A report claim a person labelled as not a claim of its kind about its product (same kind, product and quote). */
export function isNotClaim(expected: ExpectedPage, claim: Claim): boolean {
  return (expected.notClaims ?? []).some(
    (n) => n.productId === claim.productId && claimMatches({ ...n, verdict: 'unverified' }, claim),
  );
}

/**
 * One report claim answers at most one expected claim (two figures in one sentence need two
 * claims). The assignment maximizes right verdicts first, then claims found: a maximum-weight
 * bipartite matching, solved as min-cost flow with successive shortest paths (pages are small).
 */
export function matchClaims(expected: readonly ExpectedClaim[], claims: readonly Claim[]): (number | null)[] {
  const n = expected.length;
  const sink = n + claims.length + 1;
  // A right verdict outweighs any number of merely found claims.
  const rightWeight = n + 2;
  interface Edge {
    to: number;
    cap: number;
    cost: number;
    rev: number;
  }
  const graph: Edge[][] = Array.from({ length: sink + 1 }, () => []);
  const edgesOf = (u: number): Edge[] => graph[u] ?? [];
  const addEdge = (from: number, to: number, cost: number): void => {
    edgesOf(from).push({ to, cap: 1, cost, rev: edgesOf(to).length });
    edgesOf(to).push({ to: from, cap: 0, cost: -cost, rev: edgesOf(from).length - 1 });
  };
  expected.forEach((e, i) => {
    addEdge(0, 1 + i, 0);
    claims.forEach((c, j) => {
      if (claimMatches(e, c)) addEdge(1 + i, 1 + n + j, c.verdict === e.verdict ? -rightWeight : -1);
    });
  });
  claims.forEach((_, j) => addEdge(1 + n + j, sink, 0));

  for (;;) {
    // Bellman-Ford: residual costs can be negative; the residual graph never has a negative cycle.
    const dist: number[] = graph.map(() => Infinity);
    const via: ({ node: number; edge: Edge } | null)[] = graph.map(() => null);
    dist[0] = 0;
    for (let changed = true; changed;) {
      changed = false;
      graph.forEach((edges, u) => {
        const du = dist[u] ?? Infinity;
        if (du === Infinity) return;
        for (const edge of edges) {
          if (edge.cap > 0 && du + edge.cost < (dist[edge.to] ?? Infinity)) {
            dist[edge.to] = du + edge.cost;
            via[edge.to] = { node: u, edge };
            changed = true;
          }
        }
      });
    }
    if (!((dist[sink] ?? Infinity) < 0)) break;
    for (let v = sink; v !== 0;) {
      const step = via[v];
      if (!step) break;
      step.edge.cap -= 1;
      const back = edgesOf(step.edge.to)[step.edge.rev];
      if (back) back.cap += 1;
      v = step.node;
    }
  }

  return expected.map((_, i) => {
    const used = edgesOf(1 + i).find((edge) => edge.to > n && edge.to < sink && edge.cap === 0);
    return used ? used.to - 1 - n : null;
  });
}

export function scorePage(name: string, expected: ExpectedPage, report: PageReport): PageScore {
  const assignment = matchClaims(expected.claims, report.claims);
  const outcomes: ClaimOutcome[] = expected.claims.map((e, i) => {
    const j = assignment[i];
    const claim = j === null || j === undefined ? undefined : report.claims[j];
    if (!claim) {
      const quote = normalizeForMatch(e.quote);
      const near = report.claims
        .filter((c) => normalizeForMatch(c.text).includes(quote))
        .map((c) => `${c.kind}/${c.productId ?? 'no product'} (${c.verdict})`);
      return { expected: e, status: 'missed', got: null, near };
    }
    return {
      expected: e,
      status: claim.verdict === e.verdict ? 'right' : 'wrong-verdict',
      got: { id: claim.id, verdict: claim.verdict, text: claim.text, explanation: claim.explanation },
      near: [],
    };
  });
  const found = outcomes.filter((o) => o.status !== 'missed').length;
  const leftover = report.claims.filter((_, j) => !assignment.includes(j));
  const right = outcomes.filter((o) => o.status === 'right').length;
  return {
    name,
    products: compareSets(
      report.products.map((p) => p.id),
      expected.products,
    ),
    targets: compareSets(
      report.targets.map((t) => t.id),
      expected.targets,
    ),
    claims: claimCounts(expected.claims.length, found, right),
    outcomes,
    unlabeledClaims: report.claims.length - found,
    unlabeledAccusing: report.claims.filter((c, j) => isAccusing(c.verdict) && !assignment.includes(j))
      .length,
    notClaimsReported: leftover.filter((c) => isNotClaim(expected, c)).length,
    unlabeled: leftover.filter((c) => !isNotClaim(expected, c)),
    lang: expected.lang ?? 'en',
  };
}

function emptyConfusion(): Confusion {
  const row = (): Record<Verdict | 'missed', number> => ({
    consistent: 0,
    differs: 0,
    'not-approved': 0,
    unverified: 0,
    missed: 0,
  });
  return { consistent: row(), differs: row(), 'not-approved': row(), unverified: row() };
}

function countOutcomes(outcomes: readonly ClaimOutcome[]): ClaimCounts {
  return claimCounts(
    outcomes.length,
    outcomes.filter((o) => o.status !== 'missed').length,
    outcomes.filter((o) => o.status === 'right').length,
  );
}

const isAccusing = (v: Verdict | undefined): boolean => v === 'differs' || v === 'not-approved';

export function verdictErrors(outcomes: readonly ClaimOutcome[]): VerdictErrors {
  const wrong = outcomes.filter((o) => isAccusing(o.expected.verdict));
  const caught = wrong.filter((o) => isAccusing(o.got?.verdict)).length;
  const falseAlarms = outcomes.filter(
    (o) => !isAccusing(o.expected.verdict) && isAccusing(o.got?.verdict),
  ).length;
  return {
    wrong: wrong.length,
    caught,
    caughtRate: ratio(caught, wrong.length),
    falseAlarms,
    falseAlarmRate: outcomes.length === 0 ? 0 : falseAlarms / outcomes.length,
    falseReassurance: wrong.filter((o) => o.got?.verdict === 'consistent').length,
  };
}

function sliceScore(outcomes: readonly ClaimOutcome[]): SliceScore {
  return { ...countOutcomes(outcomes), ...verdictErrors(outcomes) };
}

/** Micro-averaged metrics over every page (each product, target and claim weighs the same). */
export function scoreCorpus(pages: readonly ScoredInput[]): Metrics {
  const perPage = pages.map((p) => scorePage(p.name, p.expected, p.report));
  const sum = (pick: (s: PageScore) => number): number => perPage.reduce((n, s) => n + pick(s), 0);
  const outcomes = perPage.flatMap((s) => s.outcomes);

  const confusion = emptyConfusion();
  for (const o of outcomes) confusion[o.expected.verdict][o.got?.verdict ?? 'missed'] += 1;

  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, sliceScore(outcomes.filter((o) => o.expected.kind === k))]),
  ) as Record<ClaimKind, SliceScore>;
  const langs = [...new Set(perPage.map((p) => p.lang))].sort();
  const byLang = Object.fromEntries(
    langs.map((l) => [l, sliceScore(perPage.filter((p) => p.lang === l).flatMap((p) => p.outcomes))]),
  );
  const byVerdict = Object.fromEntries(
    VERDICTS.map((v) => [v, countOutcomes(outcomes.filter((o) => o.expected.verdict === v))]),
  ) as Record<Verdict, ClaimCounts>;

  return {
    pages: perPage.length,
    products: setScore(
      sum((s) => s.products.tp),
      sum((s) => s.products.fp),
      sum((s) => s.products.fn),
    ),
    targets: setScore(
      sum((s) => s.targets.tp),
      sum((s) => s.targets.fp),
      sum((s) => s.targets.fn),
    ),
    claims: countOutcomes(outcomes),
    errors: verdictErrors(outcomes),
    byKind,
    byLang,
    unlabeledAccusing: sum((s) => s.unlabeledAccusing),
    byVerdict,
    confusion,
    unlabeledClaims: sum((s) => s.unlabeledClaims),
    notClaimsReported: sum((s) => s.notClaimsReported),
    perPage,
  };
}
