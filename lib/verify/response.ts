// Response and time-to-event figures against the dataset's label, publication and press figures
// for the attributed product, like with like (metric family, condition, trial when named).
// A figure that disagrees only with press-release numbers is `unverified`, not `differs`: press
// figures are too loosely defined (which cohort, which cut-off) to call a conflict on.
import type { Figure, Product } from '../dataset/schema';
import type { DatasetIndex } from '../match/dataset-index';
import { covers as conditionCovers } from '../dataset/conditions';
import type { FrameOf } from '../claims/types';
import { METRIC_FAMILY, type MetricMatch } from './metric-family';
import { timepointMonths } from '../claims/landmark-rates';
import { agrees, distance, TOLERANCE_POINTS, type PageFigure } from './tolerance';
import { figureReference, shortName } from './format';
import { conditionName } from './lookup';
import {
  figureFactsParam,
  figureKindParam,
  figuresParam,
  pageFigureParam,
  valueParam,
  type ComparedFigure,
} from './explain/facts';
import { nest, optional, part } from './explain/part';
import type { ExplanationPart } from '../explanation-types';
import type { Finding, VerifyContext } from './types';

/** How close (percentage points) an unattributed figure may be to the recorded ones and still be another analysis. */
/** How far (as a share of the recorded value) a median or hazard ratio may sit from the trial's recorded ones and still be another analysis of it. */
const OTHER_CUT_GAP = 0.15;
const NEAR_POINTS = 5;
/** Rates at a time point: their time point is part of the measure, not a reason to set them aside. */
const LANDMARK_METRICS: ReadonlySet<string> = new Set(['EFS rate', 'PFS rate', 'OS rate']);
const KIND_ORDER: Record<Figure['kind'], number> = { label: 0, publication: 1, press: 2 };

export function verifyResponse({ claim, product, dataset }: VerifyContext<'response'>): Finding {
  const d = claim.details;
  const { metric, value, comparator, conditionId, trial } = d;
  if (d.basis === 'lesions') {
    return none(part('response.lesions'));
  }
  if (d.source === 'own') {
    return none(part('response.ownPatients'));
  }
  const unit = d.unit ?? '%';
  const page: PageFigure = { value, comparator, unit };
  if (d.riskReduction !== undefined) page.riskReduction = d.riskReduction;
  if (d.low !== undefined && d.high !== undefined) {
    page.low = d.low;
    page.high = d.high;
  }

  const isAll = (id: string): boolean => conditionCovers(dataset, 'all', id);
  const matchFor = (f: Figure): MetricMatch | undefined =>
    METRIC_FAMILY[metric].find((m) => m.metric === f.metric && (!m.allOnly || isAll(f.conditionId)));
  let candidates =
    metric === 'CRi'
      ? derivedCri(product)
      : product.figures.filter((f) => f.unit === unit && matchFor(f) !== undefined);
  // A landmark rate is compared only with a rate of its measure at the same time point ("2-year EFS"
  // with ZUMA-7's 24-month EFS rate, never with its median or another landmark).
  const landmark = LANDMARK_METRICS.has(metric);
  if (landmark)
    candidates = candidates.filter(
      (f) =>
        timepointMonths(f.timepoint) !== undefined &&
        timepointMonths(f.timepoint) === timepointMonths(d.timepoint),
    );
  // A figure the page gives as the label's is the label's figure, not a publication's: the two are
  // different facts ("the label reports 93%" where the label says 87% and a paper 93%).
  if (d.fromLabel === true && candidates.some((f) => f.kind === 'label'))
    candidates = candidates.filter((f) => f.kind === 'label');
  // A hazard ratio of a named survival measure is compared only with the ratios of that measure
  // (TRANSFORM's overall-survival ratio is not its progression-free one).
  if (d.endpoint !== undefined)
    candidates = candidates.filter((f) => f.endpoint === undefined || f.endpoint === d.endpoint);
  // A condition read from the table row or the heading, not written beside the figure, only narrows
  // the comparison when the dataset has figures there (and, when a trial is named, from that trial).
  const inferred = d.conditionFrom === 'row' || d.conditionFrom === 'heading';
  let outsideContext = false;
  if (conditionId) {
    const inCondition = candidates.filter(
      (f) =>
        conditionCovers(dataset, f.conditionId, conditionId) ||
        conditionCovers(dataset, conditionId, f.conditionId),
    );
    const trialElsewhere =
      trial !== undefined &&
      !inCondition.some((f) => sameTrial(f.trial, trial)) &&
      candidates.some((f) => sameTrial(f.trial, trial));
    if (inferred && (trialElsewhere || inCondition.length === 0) && candidates.length > 0)
      outsideContext = !trialElsewhere;
    else candidates = inCondition;
  }
  if (d.pivotal === true) {
    // A "pivotal" figure is not comparable with an early-phase part of the programme ("phase I/II" can be the pivotal study).
    candidates = candidates.filter(
      (f) =>
        /\bpivotal\b/i.test(f.trial) ||
        !/\b(?:phase (?:1|I)\b(?!\s*\/)|initial|dose[- ]escalation|first[- ]in[- ]human)/i.test(
          `${f.trial} ${f.followUp ?? ''} ${f.note ?? ''}`,
        ),
    );
  }
  // The page names a trial the product's figures do not come from: nothing here is like for like.
  let trialMissing = false;
  if (trial) {
    const inTrial = candidates.filter((f) => sameTrial(f.trial, trial));
    if (inTrial.length > 0) candidates = inTrial;
    else trialMissing = candidates.length > 0;
  }
  if (candidates.length === 0) {
    const noted = fromNotes(dataset, product, metric, page);
    if (noted) return noted;
    // "No overall survival HR figure": a ratio's endpoint, when the page names one, is what is missing.
    const metricPart =
      metric === 'HR' && d.endpoint !== undefined
        ? part(`endpointHr.${d.endpoint}`)
        : part(`pageMetric.${metric}`);
    const what = { metric: nest(metricPart), name: shortName(product) };
    return none(
      conditionId
        ? part('response.noneToCompareIn', { ...what, condition: conditionName(dataset, conditionId) })
        : part('response.noneToCompare', what),
    );
  }

  candidates.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || distance(page, a.value) - distance(page, b.value),
  );
  const agreeing = candidates.filter((f) => agrees(page, f.value));
  const compared = candidates.slice(0, 8).map((f) => figureReference(dataset, f, product));
  const pageArm = d.comparatorValue;

  // A figure is evidence only about the same measurement: the trial the page names, and no
  // time point or cohort the dataset's figures do not share. Otherwise the dataset simply has no record.
  const shown = candidates.slice(0, 3);
  const figures = figuresParam(shown, product);
  const notLikeForLike = notComparable(d, trialMissing);
  if (notLikeForLike) {
    return {
      verdict: 'unverified',
      parts: [notLikeForLike, part('response.nearest', { figures })],
      reference: null,
      compared,
    };
  }
  // "Of 11 patients given Yescarta, 7 (64%) …": with no trial named, a figure over far fewer or far
  // more patients than every agreeing record is another cohort's (a centre's, a subgroup's), and its
  // nearness to a trial's figure proves nothing.
  const otherCohort =
    d.n !== undefined &&
    !trial &&
    agreeing.length > 0 &&
    agreeing.every((f) => f.n !== undefined && (d.n! * 2 < f.n || d.n! > f.n * 2));
  // One finding for a page cohort the records do not hold: its figure is neither confirmed nor refuted.
  const cohortFinding = (pageN: number, records: readonly Figure[]): Finding => ({
    verdict: 'unverified',
    parts: [
      part('response.figures', { figures }),
      part('response.otherCohort', {
        page: pageFigureParam(page),
        pageN,
        n: [...new Set(records.map((f) => f.n))].join(', '),
      }),
    ],
    reference: null,
    compared,
  });
  if (otherCohort) return cohortFinding(d.n!, agreeing);
  if (agreeing.length > 0) {
    const main =
      agreeing.find(
        (f) =>
          pageArm === undefined ||
          f.comparatorValue === undefined ||
          agrees({ ...page, value: pageArm, comparator: '=' }, f.comparatorValue),
      ) ?? agreeing[0]!;
    const others = candidates.filter((f) => f !== main).slice(0, 3);
    const parts = [
      part('response.matches', {
        kind: figureKindParam(main, product, false),
        figure: figureFactsParam(main),
        arm: optional(
          main.comparatorValue === undefined
            ? undefined
            : part('response.arm', { value: valueParam(main.comparatorValue, unit) }),
        ),
      }),
    ];
    if (others.length > 0) parts.push(part('response.figures', { figures: figuresParam(others, product) }));
    const note = matchFor(main)?.note;
    if (note) parts.push(part(note));
    if (
      pageArm !== undefined &&
      main.comparatorValue !== undefined &&
      !agrees({ ...page, value: pageArm, comparator: '=' }, main.comparatorValue)
    ) {
      parts.push(part('response.armDiffers', { page: pageArm, source: main.comparatorValue }));
    }
    const n = d.n;
    if (n !== undefined && main.n !== undefined && main.n !== n)
      parts.push(part('response.nDiffers', { pageN: n, n: main.n }));
    if (
      conditionId &&
      !conditionCovers(dataset, main.conditionId, conditionId) &&
      !conditionCovers(dataset, conditionId, main.conditionId)
    ) {
      parts.push(
        part('response.otherCondition', {
          condition: conditionName(dataset, main.conditionId),
          pageCondition: conditionName(dataset, conditionId),
        }),
      );
    }
    return {
      verdict: 'consistent',
      parts,
      reference: figureReference(dataset, main, product),
      compared: [figureReference(dataset, main, product), ...compared.filter((r) => r.id !== main.id)],
    };
  }

  // "在91例既往未接受过CAR-T治疗的患者中，客观缓解率为98.9%": a figure over another number of
  // patients than every figure the dataset holds is another cohort or data cut, not a wrong one.
  const pageN = d.n;
  // (A later update of a trial may not restate its n: it does not make the page's cohort the trial's.)
  if (
    pageN !== undefined &&
    candidates.some((f) => f.n !== undefined) &&
    candidates.every((f) => f.n === undefined || f.n !== pageN)
  )
    return cohortFinding(pageN, candidates);
  // A landmark rate without its trial: another trial of the product may report one at that time.
  if (landmark && !trial) {
    return {
      verdict: 'unverified',
      parts: [
        part('response.figures', { figures }),
        part('response.landmarkNoTrial', { page: pageFigureParam(page) }),
      ],
      reference: null,
      compared,
    };
  }
  if (outsideContext) {
    return {
      verdict: 'unverified',
      parts: [
        part('response.outsideContext', {
          name: shortName(product),
          condition: conditionName(dataset, conditionId ?? ''),
          figures,
        }),
      ],
      reference: null,
      compared,
    };
  }
  if (candidates.every((f) => f.kind === 'press')) {
    return {
      verdict: 'unverified',
      parts: [part('response.pressOnly', { figures, page: pageFigureParam(page) })],
      reference: null,
      compared,
    };
  }
  // A figure with neither its trial nor its disease, for a product whose figures come from trials in
  // several diseases: which one the page means is unknown, so no one of them contradicts it.
  if (!trial && !conditionId && new Set(candidates.map((f) => f.conditionId)).size > 1) {
    return {
      verdict: 'unverified',
      parts: [
        part('response.figures', { figures }),
        part('response.whichUse', { page: pageFigureParam(page), name: shortName(product) }),
      ],
      reference: null,
      compared,
    };
  }
  // Without a named trial, a figure a few points from every recorded one may come from an analysis
  // the dataset does not hold (another data cut, cohort or publication): close is not contradicted.
  // The same holds for a named trial whose label figure the dataset does not hold: the label's
  // primary analysis and a later publication often differ by a few points.
  const nearest = Math.min(...candidates.map((f) => distance(page, f.value)));
  const labelHeld = candidates.some((f) => f.kind === 'label');
  if ((!trial || !labelHeld) && unit === '%' && nearest <= NEAR_POINTS) {
    return {
      verdict: 'unverified',
      parts: [
        part('response.figures', { figures }),
        part('response.near', { page: pageFigureParam(page), points: NEAR_POINTS }),
      ],
      reference: null,
      compared,
    };
  }
  // A median or a hazard ratio the label does not give: trials report them at several analyses (a
  // primary one, later cuts), of which the dataset holds some; a different value is not a contradiction.
  // Far from every recorded value of the trial the page names (HR 0.62 for CARTITUDE-4's 0.26) is
  // still a contradiction; a few tenths either way is another analysis.
  const relativeGap = Math.min(
    ...candidates.map((f) => Math.abs(page.value - f.value) / Math.max(f.value, 1e-9)),
  );
  if (unit !== '%' && !labelHeld && (!trial || relativeGap <= OTHER_CUT_GAP)) {
    return {
      verdict: 'unverified',
      parts: [
        part('response.figures', { figures }),
        part('response.otherCut', { page: pageFigureParam(page) }),
      ],
      reference: null,
      compared,
    };
  }
  const which = shown.length === 1 ? 'One' : shown.length === 2 ? 'Both' : 'All';
  const tolerance = optional(
    unit === '%' ? part('response.tolerance', { points: TOLERANCE_POINTS }) : undefined,
  );
  return {
    verdict: 'differs',
    parts: [
      part('response.figures', { figures }),
      part(`response.differs${which}`, { page: pageFigureParam(page), tolerance }),
    ],
    reference: compared[0] ?? null,
    compared,
  };
}

/** Why the page's figure is not a like-for-like comparison with the dataset's, or undefined when it is. */
function notComparable(d: FrameOf<'response'>, trialMissing: boolean): ExplanationPart | undefined {
  if (trialMissing) return part('response.trialWithoutFigure', { trial: String(d.trial) });
  if (d.trialName !== undefined) return part('response.trialUnknown', { trial: d.trialName });
  if (d.timepoint !== undefined && !LANDMARK_METRICS.has(d.metric))
    return part('response.timepoint', { timepoint: d.timepoint });
  if (d.cohort !== undefined) return part('response.cohort', { cohort: d.cohort });
  return undefined;
}

/**
 * CRi = (CR/CRi) − CR when one analysis (same trial, n, kind and source date) reports both. The
 * source's date, not its address: the content script's dataset carries no addresses.
 */
function derivedCri(product: Product): ComparedFigure[] {
  const out: ComparedFigure[] = [];
  for (const both of product.figures) {
    if (both.metric !== 'CR/CRi') continue;
    const cr = product.figures.find(
      (f) =>
        f.metric === 'CR' &&
        f.trial === both.trial &&
        f.n === both.n &&
        f.kind === both.kind &&
        f.source.asOf === both.source.asOf,
    );
    if (!cr) continue;
    out.push({ ...both, value: Math.round((both.value - cr.value) * 10) / 10, derivedCri: true });
  }
  return out;
}

/** What each page metric without a dataset figure looks like in a figure's note. */
const NOTE_WORDS: Partial<Record<string, RegExp>> = {
  'MRD-negative': /\bMRD[- ]?negative\b/i,
  durable: /\b(?:remained|stayed|still) in (?:response|remission)|\bin response (?:for|at|≥)/i,
  CRi: /\bCRi\b/i,
};

/**
 * Facts the dataset keeps in a figure's note ("all responders MRD-negative", "46% of responders
 * remained in response for 12 months"): a page giving the same number for the same thing agrees.
 */
function fromNotes(
  dataset: DatasetIndex,
  product: Product,
  metric: string,
  page: PageFigure,
): Finding | undefined {
  const words = NOTE_WORDS[metric];
  if (!words || page.unit !== '%') return undefined;
  for (const f of product.figures) {
    const note = `${f.note ?? ''} ${f.followUp ?? ''}`;
    if (!words.test(note)) continue;
    const sameNumber = new RegExp(`(?:^|[^\\d.])${String(page.value).replace('.', '\\.')}\\s*%`).test(note);
    const all = page.value === 100 && /\ball\b/i.test(note);
    if (!sameNumber && !all) continue;
    const reference = figureReference(dataset, f, product);
    return {
      verdict: 'consistent',
      parts: [
        part('response.note', {
          kind: figureKindParam(f, product, false),
          trial: f.trial,
          note: (f.note ?? f.followUp ?? '').trim(),
        }),
      ],
      reference,
      compared: [reference],
    };
  }
  return undefined;
}

function none(reason: ExplanationPart): Finding {
  return { verdict: 'unverified', parts: [reason], reference: null, compared: [] };
}

/** "ZUMA-1" matches "ZUMA-1"; "TRANSCEND" matches "TRANSCEND NHL 001"; "LUMMICAR-1" matches "LUMMICAR STUDY 1". */
export function sameTrial(figureTrial: string, pageTrial: string): boolean {
  const clean = (t: string): string =>
    t
      .toLowerCase()
      .replace(/\(.*?\)/g, ' ')
      .replace(/\bstudy\b/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const a = clean(figureTrial);
  const b = clean(pageTrial);
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}
