// Plain-text rendering of the metrics for the terminal: one row per page with what went wrong
// listed under it, then the corpus totals.
import {
  KINDS,
  VERDICTS,
  type Metrics,
  type PageScore,
  type SetScore,
  type SliceScore,
  type VerdictErrors,
} from './score';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pr = (s: SetScore): string => `${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`;

function pageLines(page: PageScore, nameWidth: number): string[] {
  const row = [
    page.name.padEnd(nameWidth),
    pr(page.products).padStart(9),
    pr(page.targets).padStart(9),
    `${page.claims.right}/${page.claims.expected}`.padStart(7),
    String(page.claims.found).padStart(5),
    String(page.unlabeledClaims).padStart(9),
  ].join('  ');
  const lines = [row];
  const detail = (text: string): number => lines.push(`    ${text}`);
  if (page.products.missing.length) detail(`missing products: ${page.products.missing.join(', ')}`);
  if (page.products.extra.length) detail(`extra products: ${page.products.extra.join(', ')}`);
  if (page.targets.missing.length) detail(`missing targets: ${page.targets.missing.join(', ')}`);
  if (page.targets.extra.length) detail(`extra targets: ${page.targets.extra.join(', ')}`);
  for (const o of page.outcomes) {
    if (o.status === 'right') continue;
    const e = o.expected;
    const head = `[${e.kind} ${e.productId ?? '-'}] "${e.quote}": want ${e.verdict}`;
    if (o.status === 'wrong-verdict')
      detail(`${head}, got ${o.got?.verdict ?? '?'} (${o.got?.explanation ?? ''})`);
    else detail(`${head}, missed${o.near.length ? `; seen as ${o.near.join(', ')}` : ''}`);
  }
  return lines;
}

function errorsLine(head: string, e: VerdictErrors): string {
  return (
    `${head}: wrong claims caught ${e.caught}/${e.wrong} (${pct(e.caughtRate)}), ` +
    `false alarms ${e.falseAlarms} (${pct(e.falseAlarmRate)} of claims), false reassurance ${e.falseReassurance}`
  );
}

function sliceLine(name: string, s: SliceScore): string {
  return (
    `  ${name.padEnd(12)} right ${s.right}/${s.expected} (${pct(s.accuracy)}), found ${s.found} (${pct(s.recall)}), ` +
    `caught ${s.caught}/${s.wrong}, false alarms ${s.falseAlarms}, false reassurance ${s.falseReassurance}`
  );
}

export function formatMetrics(metrics: Metrics): string {
  const nameWidth = Math.max(24, ...metrics.perPage.map((p) => p.name.length));
  const header = [
    'page'.padEnd(nameWidth),
    'prod P/R'.padStart(9),
    'targ P/R'.padStart(9),
    'right'.padStart(7),
    'found'.padStart(5),
    'unlabeled'.padStart(9),
  ].join('  ');
  const lines = [header, '-'.repeat(header.length)];
  for (const page of metrics.perPage) lines.push(...pageLines(page, nameWidth));

  const c = metrics.claims;
  lines.push(
    '',
    `pages: ${metrics.pages}`,
    `products: precision ${pct(metrics.products.precision)}, recall ${pct(metrics.products.recall)} ` +
      `(tp ${metrics.products.tp}, fp ${metrics.products.fp}, fn ${metrics.products.fn})`,
    `targets: precision ${pct(metrics.targets.precision)}, recall ${pct(metrics.targets.recall)} ` +
      `(tp ${metrics.targets.tp}, fp ${metrics.targets.fp}, fn ${metrics.targets.fn})`,
    `claims: verdict accuracy ${pct(c.accuracy)} (${c.right}/${c.expected}), ` +
      `recall ${pct(c.recall)} (${c.found}/${c.expected}), unlabeled report claims ${metrics.unlabeledClaims} (${metrics.notClaimsReported} labelled not a claim)`,
    errorsLine('errors', metrics.errors) + `; unlabeled accusing claims ${metrics.unlabeledAccusing}`,
    'by kind:',
    ...KINDS.map((k) => sliceLine(k, metrics.byKind[k])),
    'by language:',
    ...Object.entries(metrics.byLang).map(([lang, s]) => sliceLine(lang, s)),
    'confusion (rows: expected verdict; columns: report verdict):',
    `  ${''.padEnd(14)}${[...VERDICTS, 'missed' as const].map((v) => v.padStart(13)).join('')}`,
    ...VERDICTS.map((v) => {
      const row = metrics.confusion[v];
      const cells = [...VERDICTS, 'missed' as const].map((col) => String(row[col]).padStart(13));
      return `  ${v.padEnd(14)}${cells.join('')}`;
    }),
  );
  return lines.join('\n');
}
