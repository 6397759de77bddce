// IND clearances, designations, filings and committee opinions: regulatory steps that are never
// approvals. They are checked only against the steps the dataset records for the product; a step
// it has no record of is unverified, and an approval it records never confirms or refutes one.
// The dataset's records of steps are partial, so a step it lacks, or records on another date, is
// never called different: only a recorded step of the same kind (and regulator, and date where the
// page gives one) confirms the page.
import type { Designation, DesignationKind, LabelEvent } from '../dataset/schema';
import type { Finding, VerifyContext } from './types';
import { shortName } from './format';
import { date, nest, part } from './explain/part';
import type { ExplanationParam } from '../explanation-types';
import { regulatorParam } from './explain/facts';

/** The kinds of step the page's words name, in the languages the claim rules read. */
const NAMED_KINDS: ReadonlyArray<readonly [RegExp, readonly DesignationKind[]]> = [
  // "статус прорывной терапии", "designación de terapia innovadora", "terapia inovadora", "thérapie
  // innovante", "Therapiedurchbruch": the FDA's scheme in the words of other languages' pages.
  [
    /breakthrough|突破性|ブレ[ーイ]クスルー|画期的治療薬|획기적|прорывн|terapia (?:innovadora|inovadora|de avance)|th[ée]rapie innovante|Durchbruch/i,
    ['breakthrough', 'nmpa-breakthrough'],
  ],
  [/SAKIGAKE|先駆け|先驱/i, ['sakigake']],
  [
    /orphan|孤儿药|孤兒藥|希少疾病|희귀|orphelin|huérfan|órfão|сиротск|орфанн|seltene Krankheiten/i,
    ['orphan'],
  ],
  [/\bRMAT\b|regenerative medicine advanced|再生医学先进|再生醫學先進/i, ['rmat']],
  [/\bPRIME\b/, ['prime']],
  // Korea's expedited review of advanced biopharmaceuticals: "신속처리 대상으로 지정".
  [/fast[- ]track|快速通道|신속\s?처리|신속\s?심사/i, ['fast-track']],
  [/priority review|优先审评|優先審査|priorit[äa]r|prioritaire|revisión prioritaria/i, ['priority-review']],
  [
    /\bCHMP\b|positive opinion|avis favorable|opini[oó]n (?:favorable|positiva)|parecer positivo/i,
    ['chmp-opinion'],
  ],
  [/\bIND\b|investigational new drug|临床试验(?:申请|许可)|默示许可/i, ['ind-clearance']],
  [
    /\bPDUFA\b|action date|decid|prononc|pronunci|decisi[oó]n|entschieden|entscheiden|Entscheidung|decisão|décision|решени|决定|判断|결정|목표일|심사\s?결과/i,
    ['action-date'],
  ],
  [/\b(?:s?BLA|MAA|NDA)\b|accepted|filed|submitted|受理|申請|申请|신청/i, ['bla-accepted']],
];

/** The recorded kinds each step of the claim frame stands for; a designation names its own kind. */
const STEP_RECORDS: Readonly<Partial<Record<string, readonly DesignationKind[]>>> = {
  'ind-clearance': ['ind-clearance'],
  filing: ['bla-accepted'],
  'committee-opinion': ['chmp-opinion'],
};

function kindsNamed(text: string): Set<DesignationKind> {
  const out = new Set<DesignationKind>();
  for (const [re, kinds] of NAMED_KINDS) if (re.test(text)) for (const k of kinds) out.add(k);
  return out;
}

/** Same at the coarser of the two precisions ("2019" and "2019-12"). */
function sameDate(page: string, record: string): boolean {
  const n = Math.min(page.length, record.length);
  return page.slice(0, n) === record.slice(0, n);
}

export function verifyDesignation({ claim, product }: VerifyContext<'designation'>): Finding {
  const step = nest(part(`step.${claim.details.decision}`));
  const { regulator, date: pageDate } = claim.details;
  // "No application has been lodged with the TGA": the records hold the steps taken, never that
  // one was not, so a denied step is never confirmed by a record of another.
  if (claim.details.denied) {
    return {
      verdict: 'unverified',
      parts: [part('designation.denied', { step, name: shortName(product) })],
      reference: null,
      compared: [],
    };
  }
  // The kinds the page's words name, and those of the step the claim rule read (its words may be
  // another language's: "разрешение на клинические исследования" is an IND clearance).
  if (claim.details.decision === 'crl') return verifyCrl(claim.details, product, step);
  if (claim.details.decision === 'withdrawal') return verifyWithdrawal(claim.details, product, step);
  // The dataset holds regulators' decisions, not payers': a reimbursement is never on record.
  if (claim.details.decision === 'reimbursement') return noRecord(step, product);
  const kinds = kindsNamed(claim.text);
  for (const k of STEP_RECORDS[claim.details.decision] ?? []) kinds.add(k);
  const recorded = product.designations.filter(
    (d) => kinds.has(d.kind) && (regulator === undefined || d.regulator === regulator),
  );
  const match: Designation | undefined =
    pageDate === undefined
      ? recorded[0]
      : recorded.find((d) => d.date !== undefined && sameDate(pageDate, d.date));
  if (match) {
    const found = {
      step,
      regulator: regulatorParam(match.regulator),
      record: nest(part(`designationKind.${match.kind}`)),
    };
    return {
      verdict: 'consistent',
      parts: [
        match.date
          ? part('designation.matches', { ...found, date: date(match.date) })
          : part('designation.matchesUndated', found),
      ],
      // No reference card: the content script's copy of a step keeps no source (its size budget,
      // scripts/slim-dataset-plugin.ts); the explanation names the record compared with.
      reference: null,
      compared: [],
    };
  }
  return noRecord(step, product);
}

/**
 * A complete response letter, against the ones the product's label history records (events of
 * kind `crl`): one of the same regulator and date confirms the page; none, or another date (a
 * product may have had several), leaves it unverified.
 */
function verifyCrl(
  d: VerifyContext<'designation'>['claim']['details'],
  product: VerifyContext<'designation'>['product'],
  step: ExplanationParam,
): Finding {
  const { match } = recordedEvents('crl', d, product);
  return match ? matchesEvent(step, match) : noRecord(step, product);
}

/**
 * A withdrawal, against the withdrawals on record. A product is withdrawn once by a regulator, so a
 * recorded withdrawal by that regulator on another date contradicts the page's; with none on record,
 * nothing is said.
 */
function verifyWithdrawal(
  d: VerifyContext<'designation'>['claim']['details'],
  product: VerifyContext<'designation'>['product'],
  step: ExplanationParam,
): Finding {
  const { match, recorded } = recordedEvents('withdrawal', d, product);
  if (match) return matchesEvent(step, match);
  const other = recorded[0];
  if (!other || d.date === undefined) return noRecord(step, product);
  return {
    verdict: 'differs',
    parts: [
      part('withdrawal.otherDate', {
        regulator: regulatorParam(other.regulator),
        date: date(other.date),
        pageDate: date(d.date),
      }),
    ],
    reference: null,
    compared: [],
  };
}

/** The product's label events of a kind (by the page's regulator, if it names one), and the one on the page's date. */
function recordedEvents(
  kind: 'crl' | 'withdrawal',
  d: VerifyContext<'designation'>['claim']['details'],
  product: VerifyContext<'designation'>['product'],
): { match: LabelEvent | undefined; recorded: LabelEvent[] } {
  const recorded = product.events.filter(
    (e) => e.kind === kind && (d.regulator === undefined || e.regulator === d.regulator),
  );
  const match = d.date === undefined ? recorded[0] : recorded.find((e) => sameDate(d.date!, e.date));
  return { match, recorded };
}

/** The page's step matches this recorded event. */
function matchesEvent(step: ExplanationParam, e: LabelEvent): Finding {
  return {
    verdict: 'consistent',
    parts: [
      part('designation.matches', {
        step,
        regulator: regulatorParam(e.regulator),
        record: step,
        date: date(e.date),
      }),
    ],
    reference: null,
    compared: [],
  };
}

/** A step the product's record does not hold: nothing to confirm, nothing to refute. */
function noRecord(step: ExplanationParam, product: VerifyContext['product']): Finding {
  return {
    verdict: 'unverified',
    parts: [part('designation', { step, name: shortName(product) })],
    reference: null,
    compared: [],
  };
}
