// Names pages give efficacy measures, mapped to a small set of page metrics. The verifier maps
// these onto dataset metrics (lib/verify/metric-family.ts); rules only say what the page wrote.

export type PageMetric =
  | 'ORR' | 'response' | 'CR' | 'complete remission' | 'CR/CRi' | 'CRi' | 'remission' | 'sCR' | 'CR/sCR' | '≥CR' | 'DRR'
  | 'median PFS' | 'median EFS' | 'median OS' | 'median DoR' | 'HR' | 'MRD-negative' | 'durable';

export interface MetricMention {
  start: number;
  end: number;
  metric: PageMetric;
}

// Abbreviations are case-sensitive ("CR", not "cr"); spelled-out names are not.
const ABBREVIATED: ReadonlyArray<readonly [RegExp, PageMetric]> = [
  [/\b(?:CR\s*\/\s*sCR|sCR\s*\/\s*CR)\b/g, 'CR/sCR'],
  [/≥\s*CR\b/g, '≥CR'],
  [/\bsCR\b/g, 'sCR'],
  [/\bCRi\b(?!\s*\/)/g, 'CRi'],
  [/\bCR\s*(?:\/|\+|or|and)\s*CRi\b|\bCRc\b/g, 'CR/CRi'],
  [/\bORRs?(?=\b|[A-Z])/g, 'ORR'],
  [/\bDRR\b/g, 'DRR'],
  [/\bCRs?\b(?!\s*\/\s*(?:CRi|sCR))/g, 'CR'],
];
const SPELLED: ReadonlyArray<readonly [RegExp, PageMetric]> = [
  [/\b(?:complete (?:response|remission) or better|(?:complete or stringent|stringent complete or complete) (?:complete )?(?:response|remission)s?)\b/gi, 'CR/sCR'],
  [/\bstringent complete (?:response|remission)s?\b/gi, 'sCR'],
  [/\bMRD[- ]?negative\b|\bminimal residual disease[- ]negative\b/gi, 'MRD-negative'],
  [/\b(?:remained|stayed|were still|still) in (?:response|remission)\b|\bresponse (?:lasted|lasting)\b/gi, 'durable'],
  [/\b(?:overall|composite) (?:complete )?remissions?(?: rates?)?\b/gi, 'CR/CRi'],
  [/\bcomplete (?:remission|response) with (?:incomplete|partial) (?:\w+ ){0,2}recovery\b/gi, 'CRi'],
  [/\b(?:overall|objective|best overall) response(?: rates?)?\b|\btasa de respuesta (?:global|general|objetiva)\b/gi, 'ORR'],
  [/\bdurable response(?: rates?)?\b/gi, 'DRR'],
  [/\bcomplete remissions?(?: rates?)?\b|\bremisi[oó]n completa\b/gi, 'complete remission'],
  [/\brespuesta completa\b|\bcomplete (?:response|responder)s?(?: rates?)?\b|\b(?:shr[ai]nk|shrunk|disappeared|went away|cleared) completely\b/gi, 'CR'],
  [/\bremissions?(?: rates?)?\b|\bin remission\b/gi, 'remission'],
  [/\b(?:response|responder)s?(?: rates?)?\b|\bresponded\b|\b(?:tasa de )?respuesta\b|\brespondieron\b/gi, 'response'],
  // Chinese has no word boundaries.
  [/客观缓解率|总缓解率|总有效率|客观缓解/g, 'ORR'],
  [/严格意义的完全缓解|严格完全缓解/g, 'sCR'],
  [/完全缓解率?/g, 'CR'],
  [/缓解率|有效率/g, 'response'],
];

/** Words that say a percentage measures something other than efficacy. */
const NOT_EFFICACY = /\b(?:CRS|cytokine release|neurotoxicit\w*|neurologic\w*|ICANS|survival|survived|PFS|EFS|OS|mortality|deaths?|died|relapse rates?|risk|hazard|grade|adverse|side[- ]effects?|toxicit\w*|infections?|cost|price|discount|fees?|manufactur\w*|success(?:ful)? rates?|reduction|probability|likelihood|chance|satisf\w*)\b/gi;

/** Text every abbreviated pattern needs ("CR", "ORR", "DRR"), and every spelled-out one needs one of these words. */
const ABBREVIATED_GATE = /CR|ORR|DRR/;
const SPELLED_GATE = /respon|respuesta|remission|remisi|mrd|minimal residual|complete|缓解|有效/i;

export function findMetrics(text: string): MetricMention[] {
  const found: MetricMention[] = [];
  // Two cheap tests spare most sentences the two dozen pattern scans.
  for (const [re, metric] of [...(ABBREVIATED_GATE.test(text) ? ABBREVIATED : []), ...(SPELLED_GATE.test(text) ? SPELLED : [])]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, metric });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // Longest first at overlapping spans: "overall remission" beats "remission".
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: MetricMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const TIME_METRICS: ReadonlyArray<readonly [RegExp, PageMetric]> = [
  [/\b(?:progression[- ]free survival|PFS)\b/gi, 'median PFS'],
  [/\b(?:event[- ]free survival|EFS)\b/gi, 'median EFS'],
  [/\b(?:overall survival|OS)\b/g, 'median OS'],
  [/\boverall survival\b/gi, 'median OS'],
  [/\b(?:duration of (?:the )?response|DoR|response (?:lasted|duration))\b/gi, 'median DoR'],
  [/\b(?:HR|hazard ratio)\b/gi, 'HR'],
];

/** Time-to-event measures ("median PFS", "duration of response") and hazard ratios. */
export function findTimeMetrics(text: string): MetricMention[] {
  const found: MetricMention[] = [];
  for (const [re, metric] of TIME_METRICS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, metric });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findNonEfficacy(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  NOT_EFFICACY.lastIndex = 0;
  for (let m = NOT_EFFICACY.exec(text); m; m = NOT_EFFICACY.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function metricInHeader(header: string | undefined): PageMetric | undefined {
  if (!header) return undefined;
  return findMetrics(header)[0]?.metric;
}
