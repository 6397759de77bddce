// Approval and indication claims against the product's approvals: regulator (when the page names
// one), condition, population, line of therapy and date. An indication no regulator granted is
// `not-approved`; a granted one with a wrong part (age, lines, year) `differs`, saying which part.
import type { Dataset, Indication, Product, RecordedFirst, Regulator } from '../dataset/schema';
import type { DatasetLookups } from '../dataset/lookups';
import type { DatasetIndex } from '../match/dataset-index';
import { conditionName } from './lookup';
import { covers as conditionCovers } from '../dataset/conditions';
import { partialDateRange } from '../dataset/dates';
import type { Reference } from '../schema';
import { indicationReference, productReference, shortName, displayName } from './format';
import type { Finding, VerifyContext } from './types';
import type { FrameOf } from '../claims/types';
import { completeRegulators, firstApprovalKnown, impliedPriorLines, rankClassCovered } from './scope';
import { earlierInClass, modalityOf, rankConflict, recordedFirst } from './rank';
import { scriptRegulator } from '../claims/regulator-words';
import { findDates } from '../claims/patterns';
import { approvalsParam, regulatorItem, regulatorParam, unconfirmedParam } from './explain/facts';
import { date, list, nest, optional, part } from './explain/part';
import type { ExplanationParam, ExplanationPart } from '../explanation-types';

interface Query {
  regulator?: Regulator;
  /** The regulator as the page names it ("TİTCK"), for regulators the dataset does not track. */
  regulatorName?: string;
  conditionId?: string;
  /** A subtype the page's qualifier excludes ("muscle-invasive" bladder cancer excludes NMIBC). */
  excludes?: string;
  qualifier?: string;
  /** "the first cellular therapy": the class the product is said to be first (or only) in. */
  firstOf?: string;
  rank?: 'first' | 'only';
  /** Its place when not the first ("the second CAR-T"). */
  rankPlace?: number;
  /** Whether the words limiting the ranking ("for MZL", "in China") were all read. */
  rankScopeRead?: boolean;
  rankRegion?: string;
  rankCategory?: 'solid' | 'hematologic';
  population?: string;
  maxAge?: number;
  minAge?: number;
  minPriorLines?: number;
  linesMinimum: boolean;
  date?: string;
  approvalType?: string;
}

/** The approval and indication frames read as one: each field either may hold, all optional. */
type UseFrame = Partial<FrameOf<'approval'>> & Partial<FrameOf<'indication'>>;

/** Every key present (undefined when the page did not say): one object shape for every claim. */
function queryOf(d: UseFrame): Query {
  return {
    regulator: d.regulator,
    regulatorName: d.regulatorName,
    conditionId: d.conditionId,
    excludes: d.excludesConditionId,
    qualifier: d.conditionQualifier,
    firstOf: d.firstOf,
    rank: d.rank,
    rankPlace: d.rankPlace,
    rankScopeRead: d.rankScopeRead === true,
    rankRegion: d.rankRegion,
    rankCategory: d.rankCategory,
    population: d.population,
    maxAge: d.maxAge,
    minAge: d.minAge,
    minPriorLines: d.minPriorLines,
    linesMinimum: d.linesMinimum === true,
    date: d.date,
    approvalType: d.approvalType,
  };
}

export function verifyApproval({ claim, product, dataset }: VerifyContext<'approval'>): Finding {
  return assess(claim, product, dataset, true);
}

/**
 * Words presenting a use as approved or on offer, in the languages pages use: approval and registration
 * words, "indicated", "available", "offered", "we offer", "standard", "reimbursed".
 */
const PRESENTED_AS_APPROVED =
  /(?:FDA|EMA|EC|NMPA|PMDA|MHLW|MHRA|CDSCO|TGA|MFDS|ANVISA|Anvisa|Swissmedic|HSA|Health Canada)\W{0,4}(?:19|20)\d{2}|accelerated|conditional|approv|authori[sz]|licen[sc]|regist|indicated|available|offer|prescri|standard of care|reimburs|aprob|autoriz|indicad|disponib|ofrece|oferec|aprov|zugelassen|Zulassung|indiziert|verfügbar|angeboten|bieten|autoris|approuv|indiqué|propos|одобр|зарегистр|показан|доступ|предлага|批准|获批|獲批|核准|上市|注册|註冊|适应症|適應症|可用|提供|承認|適応|使える|使用でき|受けられ|허가|승인|적응증|받을 수|쓸 수|사용할 수/iu;

export function verifyIndication({ claim, product, dataset }: VerifyContext<'indication'>): Finding {
  return assess(claim, product, dataset, false);
}

/** What assess reads of an approval or indication claim. */
interface UseClaim {
  text: string;
  details: UseFrame;
}

function assess(claim: UseClaim, product: Product, dataset: DatasetIndex, isApproval: boolean): Finding {
  const d = claim.details;
  const q = queryOf(d);
  const name = shortName(product);
  const asOf = date(dataset.meta.asOf);
  if (d.approved === false) return assessNotApproved(product, q, dataset, asOf, d.everywhere === true);
  // A decision the page dates after the records' as-of date ("Dec 23, 2026" for a product still under
  // review then) is beyond them, whatever they say of the product.
  if (isApproval && q.date !== undefined && endsBefore(dataset.meta.asOf, q.date)) {
    return {
      verdict: 'unverified',
      parts: [part('approval.afterAsOf', { name, asOf })],
      reference: null,
      compared: [],
    };
  }
  // "Zalmoxis received a conditional authorisation on 18 August 2016", "authorised in the EU in
  // September 2013" (Provenge, withdrawn in 2015): a dated approval is history, checked against every
  // record, withdrawn ones included.
  const historical = q.date !== undefined || d.dated === true || d.historical === true;
  const statusNote =
    historical && product.status === 'withdrawn' ? undefined : productStatusNote(product, asOf);
  // "In its trial, most patients had no detectable leukemia after BE-CAR7": a use of an
  // investigational product told without a word presenting it as approved or available is its trials'
  // use, which the page may state truly; only a use presented as approved or on offer is not approved.
  if (
    statusNote &&
    !isApproval &&
    product.status === 'investigational' &&
    !PRESENTED_AS_APPROVED.test(claim.text)
  )
    return {
      verdict: 'unverified',
      parts: [statusNote, part('indication.investigationalUse')],
      reference: null,
      compared: [],
    };
  if (statusNote) return { verdict: 'not-approved', parts: [statusNote], reference: null, compared: [] };

  let pool = product.indications.filter((i) => historical || i.status !== 'withdrawn');
  if (pool.length === 0) {
    return {
      verdict: 'not-approved',
      parts: [part('approval.noneRecorded', { name, asOf })],
      reference: null,
      compared: [],
    };
  }
  const ref = (i: Indication): Reference => indicationReference(dataset, i, product);

  if (q.regulator && !dataset.trackedRegulators.has(q.regulator)) {
    // Only an approval the dataset happens to record for that very authority can be compared.
    const own = pool.filter(
      (i) => i.regulator === q.regulator && (q.regulator !== 'OTHER' || mentions(i, q.regulatorName)),
    );
    if (own.length === 0) return untracked(dataset, product, q, asOf);
    pool = own;
  } else if (q.regulator) {
    const byReg = pool.filter((i) => i.regulator === q.regulator);
    if (byReg.length === 0 && !isApproval && d.regulatorOwnedByApproval === true) {
      // The approval claim of the same sentence says whether this regulator approved it; here only
      // the use is checked, against every regulator's approvals.
      const details = { ...d, regulator: undefined, regulatorOwnedByApproval: undefined };
      const use = assess({ ...claim, details }, product, dataset, false);
      return {
        ...use,
        parts: [part('indication.useOnly', { regulator: regulatorParam(q.regulator), name }), ...use.parts],
      };
    }
    if (byReg.length === 0) {
      const elsewhere = summarize(
        dataset,
        pool.filter((i) => i.status === 'active'),
      );
      const regulator = regulatorParam(q.regulator);
      if (!firstApprovalKnown(dataset, product, q.regulator)) {
        return {
          verdict: 'unverified',
          parts: [
            part('approval.regulatorIncomplete', { regulator, name, asOf }),
            part('approval.itRecords', { approvals: elsewhere }),
          ],
          reference: null,
          compared: pool.map(ref),
        };
      }
      return {
        verdict: 'not-approved',
        parts: [
          part('approval.noRegulatorApproval', { regulator, name, asOf }),
          part('approval.approvedBy', { approvals: elsewhere }),
        ],
        reference: pool[0] ? ref(pool[0]) : null,
        compared: pool.map(ref),
      };
    }
    pool = byReg;
  }

  /** "The approval covers DLBCL, narrower than the page's LBCL": said after the verdict's own reasons. */
  let broaderNote: ExplanationPart[] = [];
  if (q.conditionId) {
    const cond = q.conditionId;
    // "muscle-invasive bladder cancer": nothing inside the excluded subtype counts.
    const outside = (i: Indication): boolean =>
      q.excludes === undefined || !conditionCovers(dataset, q.excludes, i.conditionId);
    const covering = pool.filter((i) => outside(i) && coversCondition(dataset, i, cond, product.indications));
    const narrower = pool.filter(
      (i) => !covering.includes(i) && outside(i) && conditionCovers(dataset, cond, i.conditionId),
    );
    if (covering.length > 0) pool = covering;
    else if (narrower.length > 0) {
      pool = narrower;
      broaderNote = [
        part('approval.narrower', {
          condition: conditionName(dataset, narrower[0]!.conditionId),
          pageCondition: conditionName(dataset, cond),
        }),
      ];
    } else {
      const complete = completeRegulators(product, q.regulator);
      if (complete.length === 0) {
        const what = { name, condition: conditionName(dataset, cond), asOf };
        return {
          verdict: 'unverified',
          parts: [
            q.regulator
              ? part('approval.conditionIncompleteRegulator', {
                  ...what,
                  regulator: regulatorParam(q.regulator),
                })
              : part('approval.conditionIncompleteAll', what),
            part('approval.usesRecorded', {
              approvals: summarize(
                dataset,
                product.indications.filter((i) => i.status === 'active'),
              ),
            }),
          ],
          reference: null,
          compared: pool.map(ref),
        };
      }
      const nobody = optional(
        q.excludes !== undefined || anyApproval(dataset, cond)
          ? undefined
          : part('approval.nobodyFor', { condition: conditionName(dataset, cond) }),
      );
      const condition: ExplanationParam =
        q.excludes !== undefined && q.qualifier
          ? nest(
              part('approval.qualifiedCondition', {
                qualifier: q.qualifier,
                condition: conditionName(dataset, cond).toLowerCase(),
                excluded: conditionName(dataset, q.excludes),
              }),
            )
          : conditionName(dataset, cond);
      const approvedFor = summarize(
        dataset,
        (q.regulator ? pool : product.indications).filter((i) => i.status === 'active'),
      );
      const what = { name, condition, nobody, asOf };
      return {
        verdict: 'not-approved',
        parts: [
          q.regulator
            ? part('approval.regulatorNotFor', { ...what, regulator: regulatorParam(q.regulator) })
            : part('approval.completeNotFor', {
                ...what,
                regulators: list(complete.map(regulatorItem), 'items'),
              }),
          part('approval.approvedUses', { approvals: approvedFor }),
        ],
        reference: null,
        compared: pool.map(ref),
      };
    }
  }

  // Every record of the uses the page names, before narrowing to the one it dates.
  const named = pool;
  // "first approved in 2015": the date is the product's first approval (by that regulator).
  if (isApproval && d.first === true && q.date !== undefined) {
    pool = [earliestOf(pool)!];
  }
  // A record whose scope our sources did not settle (unconfirmed, "all ages") says nothing about a
  // population or line of therapy: it can neither confirm nor refute those fields.
  const statesScope =
    q.population !== undefined ||
    q.maxAge !== undefined ||
    q.minAge !== undefined ||
    q.minPriorLines !== undefined;
  const specifies = (i: Indication): boolean =>
    i.confidence !== 'unconfirmed' || i.population.group !== 'all-ages';
  if (statesScope && pool.some(specifies)) pool = pool.filter(specifies);
  const ranked = pool
    .map((i) => {
      const c = conflictsOf(dataset, i, q, isApproval);
      return { i, conflicts: c.conflicts, exactLines: c.exactLines };
    })
    .sort(
      (a, b) =>
        a.conflicts.length - b.conflicts.length ||
        Number(sameDecision(b.i, q)) - Number(sameDecision(a.i, q)) ||
        Number(b.exactLines) - Number(a.exactLines) ||
        activeFirst(a.i, b.i) ||
        regulatorOrder(a.i, b.i) ||
        (a.i.date < b.i.date ? -1 : 1),
    );
  let best = ranked[0]!;
  // A record that does not say after how many lines it applies cannot confirm the page's line; when
  // records that do say disagree with the page (FDA: after 2 lines; page: second line), the one
  // that is silent is no evidence either way.
  if (q.minPriorLines !== undefined && best.conflicts.length === 0 && !statesLines(best.i, q)) {
    const stated = ranked.find((r) => r.conflicts.length === 0 && statesLines(r.i, q));
    if (stated) best = stated;
    else if (
      ranked.some(
        (r) => r.conflicts.length > 0 && statesLines(r.i, q) && r.i.conditionId === best.i.conditionId,
      )
    )
      return {
        verdict: 'unverified',
        parts: [
          part('notApproved.partsOpen', {
            name: shortName(product),
            approvals: summarize(
              dataset,
              ranked.map((r) => r.i),
            ),
          }),
        ],
        reference: null,
        compared: ranked.map((r) => ref(r.i)),
      };
  }
  const compared = [ref(best.i), ...ranked.filter((r) => r !== best).map((r) => ref(r.i))];
  const reg = regulatorParam(best.i.regulator);
  const when = date(best.i.date);
  /** The approval found, as the page's wording is compared with it. */
  const found = {
    regulator: reg,
    date: when,
    quote: best.i.labelQuote,
    unconfirmed: unconfirmedParam(best.i.confidence),
  };
  const only = q.rank === 'only';

  // "이전에 세 가지 이상 치료를 받은 … 환자에게 사용" on a Korean page, no regulator named and no date: the
  // line or age matches another country's label (Canada: three prior therapies), but no label of the
  // regulator the sentence's script points to (Korea: four) does. Which one the page means is not
  // said, so neither confirms it. Kana, hangul and Cyrillic only: pages in Chinese speak of the FDA's
  // labels as often as of China's, and a history ("当初は…") or a dated decision is told as it was.
  const scriptLocal = scriptRegulator(claim.text);
  const localActive = ranked.filter((r) => r.i.regulator === scriptLocal && r.i.status === 'active');
  if (
    best.conflicts.length === 0 &&
    statesScope &&
    !q.regulator &&
    !historical &&
    scriptLocal !== 'NMPA' &&
    scriptLocal !== undefined &&
    best.i.regulator !== scriptLocal &&
    localActive.length > 0 &&
    localActive.every((r) => r.conflicts.length > 0)
  ) {
    const own = localActive[0]!.i;
    return {
      verdict: 'unverified',
      parts: [
        part('approval.matches', found),
        part('indication.localLabelDiffers', {
          regulator: regulatorParam(own.regulator),
          date: date(own.date),
          quote: own.labelQuote,
        }),
      ],
      reference: ref(own),
      compared,
    };
  }

  if (best.conflicts.length === 0) {
    const bareStatus =
      isApproval &&
      !q.conditionId &&
      !q.regulator &&
      !q.date &&
      q.population === undefined &&
      q.minPriorLines === undefined;
    const text: ExplanationPart[] = [
      bareStatus
        ? part(
            historical && product.status === 'withdrawn' ? 'approval.wasApproved' : 'approval.isApproved',
            {
              product: displayName(product),
              approvals: summarize(
                dataset,
                // A history ("… approved in 2016; withdrawn in 2019") is told with the records it was.
                pool.filter((i) => i.status === 'active' || (historical && i.status === 'withdrawn')),
              ),
            },
          )
        : part('approval.matches', found),
    ];
    const place = q.rankPlace ?? 1;
    const rankQuery = {
      firstOf: q.firstOf ?? '',
      rank: q.rank ?? 'first',
      place,
      regulator: q.regulator,
      region: q.rankRegion === 'world' ? undefined : q.rankRegion,
      category: q.rankCategory,
      conditionId: q.conditionId,
    } as const;
    // A ranking the product's sources state ("the first gene therapy for bladder cancer"), where the
    // records of the class, or of the ranking's limit, could not settle it.
    const stated =
      isApproval && q.firstOf !== undefined
        ? recordedFirst(dataset, product, rankQuery, claim.text)
        : undefined;
    const statedFirst = (record: RecordedFirst): Finding => ({
      verdict: 'consistent',
      parts: [...text, part('approval.recordedFirst', { record: record.text }), ...broaderNote],
      reference: ref(best.i),
      compared,
    });
    // It holds before any other reading of the ranking: where the class is not recorded completely,
    // where the limit is unread, and where the rank reader missed the limit ("首个用于脑胶质瘤的溶瘤病毒"
    // read as "the first oncolytic virus", which an earlier one of another use would contradict).
    if (stated) return statedFirst(stated);
    if (isApproval && q.firstOf !== undefined && !rankClassCovered(q.firstOf, q.conditionId !== undefined)) {
      // The approval itself matches; being the first of a class wider than the dataset cannot be checked.
      return {
        verdict: 'unverified',
        parts: [
          part(only ? 'approval.classNotCoveredOnly' : 'approval.classNotCoveredFirst', {
            name,
            class: q.firstOf,
          }),
          part('approval.recordsApproval', found),
          ...broaderNote,
        ],
        reference: ref(best.i),
        compared,
      };
    }
    if (isApproval && q.firstOf !== undefined && q.rankScopeRead) {
      // "The first BCMA CAR-T approved by the FDA": every product of that kind in the dataset, by first approval.
      const conflict = rankConflict(dataset, product, rankQuery);
      // "큐로셀의 안발셀은 국내 첫 CAR-T 치료제": a product first approved at home, ranked first at home with no
      // word of approval, may be the first made there; another product approved there earlier does not
      // refute that.
      if (
        conflict &&
        d.rankHome === true &&
        q.regulator !== undefined &&
        earliestOf(product.indications.filter((i) => i.regulator !== 'OTHER'))?.regulator === q.regulator
      ) {
        return {
          verdict: 'unverified',
          parts: [
            part('approval.rankHome', { name }),
            part('approval.recordsApproval', found),
            ...broaderNote,
          ],
          reference: ref(best.i),
          compared,
        };
      }
      if (conflict) {
        return {
          verdict: 'differs',
          parts: [
            part(place > 1 ? 'approval.notPlace' : only ? 'approval.notOnly' : 'approval.notFirst', {
              product: displayName(product),
              regulator: reg,
              date: when,
              class: q.firstOf,
              place,
              conflict: nest(conflict),
            }),
          ],
          reference: ref(best.i),
          compared,
        };
      }
    }
    if (isApproval && q.firstOf !== undefined) {
      // No earlier product was found, which confirms a ranking only where the records are whole: one
      // named regulator, with every limit of the ranking understood. Worldwide, or with a limit
      // TherapyLens does not read ("the first indigenous CAR-T"), absence of a rival is no evidence.
      const modality = modalityOf(q.firstOf);
      const whole = modality !== undefined && dataset.meta.completeClasses.includes(modality);
      // "The second CAR-T" where the records hold fewer earlier ones: one may be missing from them.
      const shortfall =
        place > 1 && q.rankScopeRead ? earlierInClass(dataset, product, rankQuery) : undefined;
      const why = !q.rankScopeRead
        ? part('rankReason.scope')
        : !q.regulator && !whole
          ? part('rankReason.worldwide', { class: q.firstOf })
          : shortfall !== undefined && shortfall < place - 1
            ? part('rankReason.fewerEarlier', { count: shortfall })
            : undefined;
      if (why) {
        return {
          verdict: 'unverified',
          parts: [
            part(
              place > 1
                ? 'approval.cannotConfirmPlace'
                : only
                  ? 'approval.cannotConfirmOnly'
                  : 'approval.cannotConfirmFirst',
              { name, class: q.firstOf, place, reason: nest(why) },
            ),
            part('approval.recordsApproval', found),
            ...broaderNote,
          ],
          reference: ref(best.i),
          compared,
        };
      }
    }
    const current = best.i.status === 'superseded' ? successorOf(product, best.i) : undefined;
    const presentedAsCurrent = statesScope && q.date === undefined && d.dated !== true;
    if (current && presentedAsCurrent) {
      // The page states the old label's line of therapy or population as today's.
      return {
        verdict: 'differs',
        parts: [
          part('approval.outdated', { regulator: reg, date: when, quote: best.i.labelQuote }),
          part('approval.currentLabel', currentLabel(current)),
          ...broaderNote,
        ],
        reference: ref(current),
        compared: [ref(current), ...compared],
      };
    }
    if (current) text.push(part('approval.partlyOutdated', currentLabel(current)));
    else if (best.i.status === 'superseded') text.push(part('approval.superseded'));
    // The ranking held: say what it was checked against.
    if (isApproval && q.firstOf !== undefined && !only)
      text.push(
        part(place > 1 ? 'approval.placeHolds' : 'approval.firstHolds', {
          class: q.firstOf,
          count: place - 1,
          where: optional(
            q.regulator ? part('rank.by', { regulator: regulatorParam(q.regulator) }) : undefined,
          ),
        }),
      );
    return { verdict: 'consistent', parts: [...text, ...broaderNote], reference: ref(best.i), compared };
  }

  // An age group no regulator approved is a use that was never approved; a wrong date or line of
  // therapy for an approved disease is a wrong detail of a real approval.
  // Another regulator's label for that disease may cover the age group: then the page has this
  // regulator's approval wrong, not a use nobody approved ("aprovado pela Comissão Europeia … a partir
  // dos 18 anos": the EU's is from 26, the FDA's from 18).
  const population =
    best.conflicts.some((c) => c.population) &&
    !product.indications.some(
      (i) =>
        i.status === 'active' &&
        i.conditionId === best.i.conditionId &&
        specifies(i) &&
        !conflictsOf(dataset, i, { ...q, regulator: undefined, date: undefined }, isApproval).conflicts.some(
          (c) => c.population,
        ),
    );
  const text = part('approval.conflicts', {
    regulator: reg,
    date: when,
    condition: conditionName(dataset, best.i.conditionId),
    conflicts: list(
      best.conflicts.map((c) => c.part),
      'clauses',
    ),
  });
  // Every record conflicts; that is evidence only where a regulator's decisions are all recorded
  // (a later widening or another date could be missing from an incomplete record).
  // A date before the regulator's first approval of the product is wrong whatever came later.
  // A date before the regulator's first approval of the use is wrong whatever came later. That first
  // approval is settled where the regulator's approvals are listed whole (FDA, EMA) or, for a named
  // regulator, where the record of it is confirmed (its event is the decision that added the use; an
  // earlier one would have been that decision). A page naming no regulator may mean one the dataset
  // does not track.
  const regulator = q.regulator ?? best.i.regulator;
  const first = earliestOf(named.filter((i) => i.regulator === regulator));
  // A named regulator's own record speaks only where the sentence pairs it with one date: with two,
  // the date may be another regulator's decision ("2022年2月首先在美国获批，2024年8月在国内获批").
  // (Or where the date sits in the regulator's own clause: "…, after a conditional authorisation from
  // the MHRA in April 2024".)
  const settled =
    first !== undefined &&
    (firstApprovalKnown(dataset, product, regulator) ||
      (q.regulator !== undefined &&
        first.confidence === 'confirmed' &&
        (findDates(claim.text).length === 1 || d.regulatorDated === true)));
  const beforeFirst = isApproval && q.date !== undefined && settled && endsBefore(q.date, first.date);
  // "Seit 2023 hat es eine Swissmedic-Zulassung", "recebeu registro da Anvisa em abril de 2023": the
  // page dates the regulator's first approval, so a later date is wrong whatever came later; unless a
  // recorded decision of that regulator has the page's date (a widening the page took for the entry).
  const afterFirst =
    isApproval &&
    d.first === true &&
    q.regulator !== undefined &&
    q.date !== undefined &&
    settled &&
    endsBefore(first.date, q.date) &&
    !product.indications.some((i) => i.regulator === regulator && sameDate(q.date!, i.date));
  // The decision the page dates is itself recorded (same regulator and date): what it says about
  // that decision can be checked whatever else the record lacks.
  // A date no recorded approval has, with no regulator named, may be another regulator's decision
  // whose records are not complete ("2022年8月に濾胞性リンパ腫の適応が追加" is Japan's, not the FDA's).
  // Only the regulator of the sentence's own script is a candidate (kana: Japan, hangul: Korea, Han:
  // China, Cyrillic: Russia); an English page's unnamed regulator is not guessed at. A sentence that
  // places the approval in "the country" without naming it ("quarto CAR-T registrado no país") means
  // a national regulator the page does not name: only a date before the first approval anywhere is
  // settled then.
  const onlyDate = best.conflicts.every((c) => c.part.key === 'conflict.date');
  const local = scriptLocal;
  const domesticOpen = (): boolean => {
    const earliest = earliestOf(product.indications)?.date;
    return q.date !== undefined && earliest !== undefined && !endsBefore(q.date, earliest);
  };
  const anyIncomplete =
    !q.regulator &&
    onlyDate &&
    ((local !== undefined && !firstApprovalKnown(dataset, product, local)) ||
      (d.domestic === true && domesticOpen()));
  if (
    (completeRegulators(product, q.regulator).length === 0 || anyIncomplete) &&
    !beforeFirst &&
    !afterFirst &&
    !sameDecision(best.i, q) &&
    // Nor the decision a dated approval beside the use points to (lib/claims/dated-regulator.ts);
    // though plain "adults" ("LAL-B de l'adulte | juillet 2025") is too loose a reading of that
    // decision's age limit to settle it.
    !(sameDecision(best.i, { ...q, date: d.decisionDate }) && !plainAdultsOnly(q, best.conflicts))
  ) {
    return {
      verdict: 'unverified',
      parts: [
        text,
        q.regulator
          ? part('approval.incompleteRegulator', { regulator: regulatorParam(q.regulator), name })
          : part('approval.incompleteAll', { name }),
        ...broaderNote,
      ],
      reference: ref(best.i),
      compared,
    };
  }
  const nobody = population ? [part('approval.noAgeGroup', { asOf })] : [];
  const firstNote =
    beforeFirst || afterFirst
      ? [
          part(beforeFirst ? 'approval.beforeFirst' : 'approval.firstWasEarlier', {
            regulator: regulatorParam(regulator),
            date: date(first.date),
            condition: conditionName(dataset, first.conditionId),
          }),
        ]
      : [];
  return {
    verdict: population ? 'not-approved' : 'differs',
    parts: [text, ...firstNote, ...nobody, ...broaderNote],
    reference: ref(best.i),
    compared,
  };
}

/**
 * The decision date the records hold for an investigational product when it had passed by the records'
 * as-of date with no outcome recorded after it (no complete response letter, no approval): the
 * decision was due, and what it was the dataset does not say. A decision date after the as-of date
 * leaves the product unapproved as of that date.
 */
function pendingDecision(product: Product, asOf: string): { regulator: Regulator; date: string } | undefined {
  const due = product.designations
    .filter((d) => d.kind === 'action-date' && d.date !== undefined && d.date <= asOf)
    .sort((a, b) => (a.date! < b.date! ? 1 : -1))[0];
  if (!due) return undefined;
  const outcome = product.events.some(
    (e) => e.kind === 'crl' && e.regulator === due.regulator && e.date >= due.date!,
  );
  return outcome ? undefined : { regulator: due.regulator, date: due.date! };
}

/** "not yet approved by the FDA", "still investigational": right when the dataset has no such approval. */
function assessNotApproved(
  product: Product,
  q: Query,
  dataset: DatasetIndex,
  asOf: ExplanationParam,
  everywhere?: boolean,
): Finding {
  const name = displayName(product);
  const ref = (i: Indication): Reference => indicationReference(dataset, i, product);
  if (product.status !== 'approved') {
    const reference = productReference(product, `${name}: ${product.status}`);
    // A decision date passed with no outcome recorded: the page may be dated after the decision.
    const pending =
      product.status === 'investigational' ? pendingDecision(product, dataset.meta.asOf) : undefined;
    if (pending)
      return {
        verdict: 'unverified',
        parts: [
          part('notApproved.pending', {
            product: name,
            asOf,
            regulator: regulatorParam(pending.regulator),
            date: date(pending.date),
          }),
        ],
        reference,
        compared: [reference],
      };
    return {
      verdict: 'consistent',
      parts: [part(`notApproved.${product.status}`, { product: name, asOf })],
      reference,
      compared: [reference],
    };
  }
  let pool = product.indications.filter((i) => i.status !== 'withdrawn');
  const who = nest(
    q.regulator === 'OTHER' && q.regulatorName
      ? part('notApproved.byNamed', { name: q.regulatorName })
      : q.regulator === 'OTHER'
        ? part('notApproved.byOther')
        : q.regulator
          ? part('notApproved.byRegulator', { regulator: regulatorParam(q.regulator) })
          : part('notApproved.byAny'),
  );
  if (!q.regulator && !q.conditionId && !deniesParts(q) && pool.length > 0 && everywhere !== true) {
    // "Not approved", without saying where or for what: TherapyLens cannot tell which approval the
    // page denies (a country it did not read, a use it did not name), so it only lists them.
    return {
      verdict: 'unverified',
      parts: [
        part('notApproved.unspecified', { name }),
        part('notApproved.recordsThese', {
          approvals: summarize(
            dataset,
            pool.filter((i) => i.status === 'active'),
          ),
        }),
      ],
      reference: null,
      compared: pool.map(ref),
    };
  }
  const limiting = q.conditionId
    ? pool.find((i) => (!q.regulator || i.regulator === q.regulator) && excludes(dataset, i, q.conditionId!))
    : undefined;
  if (limiting) {
    // The label itself says so (a limitation of use), which is what such pages quote.
    return {
      verdict: 'consistent',
      parts: [
        part('notApproved.limitation', {
          regulator: regulatorParam(limiting.regulator),
          condition: conditionName(dataset, q.conditionId!),
          note: optional(
            limiting.note ? part('notApproved.limitationNote', { note: limiting.note }) : undefined,
          ),
        }),
      ],
      reference: ref(limiting),
      compared: [ref(limiting)],
    };
  }
  // "Not approved by COFEPRIS": only an approval by that very authority would contradict it, never
  // another untracked authority's (Macao's, Hong Kong's) that the dataset happens to record.
  if (q.regulator)
    pool = pool.filter(
      (i) => i.regulator === q.regulator && (q.regulator !== 'OTHER' || mentions(i, q.regulatorName)),
    );
  if (q.conditionId) {
    const all = pool;
    pool = pool.filter((i) => coversCondition(dataset, i, q.conditionId!, product.indications));
    // "Not indicated for lymphoma" on a product approved for large B-cell lymphoma: the page may
    // mean a kind of lymphoma TherapyLens did not read (primary CNS lymphoma), so it settles nothing.
    const narrower = all.filter(
      (i) =>
        i.status === 'active' &&
        i.conditionId !== q.conditionId &&
        conditionCovers(dataset, q.conditionId!, i.conditionId),
    );
    // "Not for children with leukaemia" on products approved for adults with B-ALL: every kind of
    // the disease it is approved for leaves those patients out, so the records agree.
    if (pool.length === 0 && narrower.length > 0 && deniesParts(q) && leavesOut(narrower, q))
      return {
        verdict: 'consistent',
        parts: [
          part('notApproved.otherPatientsOnly', {
            name: shortName(product),
            approvals: summarize(dataset, narrower),
            asOf,
          }),
        ],
        reference: ref(narrower[0]!),
        compared: narrower.map(ref),
      };
    if (pool.length === 0 && narrower.length > 0)
      return {
        verdict: 'unverified',
        parts: [
          part('notApproved.broaderThanApproved', {
            name: shortName(product),
            condition: conditionName(dataset, q.conditionId),
            approvals: summarize(dataset, narrower),
          }),
        ],
        reference: null,
        compared: narrower.map(ref),
      };
  }
  if (pool.length === 0) {
    const where = optional(
      q.conditionId
        ? part('notApproved.for', { condition: conditionName(dataset, q.conditionId) })
        : undefined,
    );
    const what = { name: shortName(product), who, where, asOf };
    // With no use named, a regulator whose approvals the dataset lists completely (FDA, EMA) settles
    // "not approved by the FDA" for a product it never approved at all.
    const settled =
      completeRegulators(product, q.regulator).length > 0 ||
      (q.regulator !== undefined &&
        !q.conditionId &&
        !product.indications.some((i) => i.regulator === q.regulator) &&
        firstApprovalKnown(dataset, product, q.regulator));
    if (!settled) {
      // "Not approved by ANVISA": an absence in an incomplete record confirms nothing.
      return {
        verdict: 'unverified',
        parts: [part('notApproved.incomplete', what)],
        reference: null,
        compared: product.indications.map(ref),
      };
    }
    return {
      verdict: 'consistent',
      parts: [
        part('notApproved.matchesNone', what),
        part('approval.approvedUses', {
          approvals: summarize(
            dataset,
            product.indications.filter((i) => i.status === 'active'),
          ),
        }),
      ],
      reference: null,
      compared: product.indications.map(ref),
    };
  }
  const sorted = [...pool].sort((a, b) => activeFirst(a, b) || (a.date < b.date ? -1 : 1));
  // "Not indicated for primary CNS lymphoma" after the regulator removed that limitation.
  const lifted = q.conditionId ? liftedLimitation(product, q.conditionId, dataset, q.regulator) : undefined;
  if (lifted) {
    return {
      verdict: 'differs',
      parts: [
        part('notApproved.lifted', {
          regulator: regulatorParam(lifted.regulator),
          date: date(lifted.date),
          text: lifted.text,
        }),
      ],
      reference: ref(sorted[0]!),
      compared: sorted.map(ref),
    };
  }
  // Only an approval that names the condition refutes "not approved for it": one for a broader
  // disease ("large B-cell lymphoma" for primary CNS lymphoma) may exclude it, as labels often do.
  const explicit = q.conditionId
    ? sorted.filter((i) => i.conditionId === q.conditionId || i.includesConditions.includes(q.conditionId!))
    : sorted;
  // "Not approved for second-line treatment of LBCL", "not approved for children": an approval
  // that covers that line and those patients refutes it; when every recorded approval leaves them
  // out (after more lines, adults only), the records agree with the page; anything else is open.
  if (deniesParts(q) && explicit.length > 0) {
    const active = explicit.filter((i) => i.status === 'active');
    const reach = active.map((i) => reachOf(i, q));
    // A denial naming no regulator speaks of the page's own market, which TherapyLens does not
    // know: only an FDA or EMA approval, which pages everywhere cite, refutes it.
    const covering = active.filter(
      (i, k) =>
        reach[k] === 'covers' &&
        (q.regulator !== undefined || i.regulator === 'FDA' || i.regulator === 'EMA'),
    );
    if (covering.length > 0)
      return {
        verdict: 'differs',
        parts: [part('notApproved.differs', { name, approvals: summarize(dataset, covering) })],
        reference: ref(covering[0]!),
        compared: covering.map(ref),
      };
    if (active.length > 0 && leavesOut(active, q))
      return {
        verdict: 'consistent',
        parts: [
          part('notApproved.otherPatientsOnly', {
            name: shortName(product),
            approvals: summarize(dataset, active),
            asOf,
          }),
        ],
        reference: ref(active[0]!),
        compared: active.map(ref),
      };
    return {
      verdict: 'unverified',
      parts: [
        part('notApproved.partsOpen', { name: shortName(product), approvals: summarize(dataset, active) }),
      ],
      reference: null,
      compared: explicit.map(ref),
    };
  }
  if (explicit.length === 0) {
    return {
      verdict: 'unverified',
      parts: [
        part('notApproved.broader', {
          name: shortName(product),
          condition: conditionName(dataset, sorted[0]!.conditionId),
          pageCondition: conditionName(dataset, q.conditionId!),
        }),
      ],
      reference: ref(sorted[0]!),
      compared: sorted.map(ref),
    };
  }
  return {
    verdict: 'differs',
    parts: [part('notApproved.differs', { name, approvals: summarize(dataset, sorted) })],
    reference: ref(sorted[0]!),
    compared: sorted.map(ref),
  };
}

/**
 * Whether the approvals leave out the patients and line a denial names: each excludes them, or,
 * when the page names no regulator, the FDA's and EMA's do and no other covers them (a record that
 * does not say which lines or ages it covers settles nothing either way; as for refuting such a
 * denial, the FDA's and EMA's records decide).
 */
function leavesOut(approvals: readonly Indication[], q: Query): boolean {
  const active = approvals.filter((i) => i.status === 'active');
  const reach = active.map((i) => reachOf(i, q));
  if (active.length === 0) return false;
  if (reach.every((r) => r === 'excludes')) return true;
  if (q.regulator !== undefined) return false;
  const cited = active.filter((i) => i.regulator === 'FDA' || i.regulator === 'EMA');
  return (
    cited.length > 0 &&
    active.every(
      (i, k) =>
        reach[k] === 'excludes' || (reach[k] === 'open' && i.regulator !== 'FDA' && i.regulator !== 'EMA'),
    )
  );
}

/**
 * The prior lines an approval's record requires, read for the page's line: for a first-line claim,
 * what the label implies ("newly diagnosed" is none); otherwise the count it states.
 */
function labelLinesFor(i: Indication, q: Query): number | undefined {
  return q.minPriorLines === 0 ? impliedPriorLines(i) : i.line.minPriorLines;
}

/** Whether an approval's record says after how many lines it applies (or implies none, for first line). */
function statesLines(i: Indication, q: Query): boolean {
  return labelLinesFor(i, q) !== undefined;
}

/** Whether a denial names the patients or the line it is about ("not for children", "not in first line"). */
function deniesParts(q: Query): boolean {
  return (
    q.minPriorLines !== undefined ||
    q.population !== undefined ||
    q.minAge !== undefined ||
    q.maxAge !== undefined
  );
}

/** The only conflicts are of the population, and the page says just "adults", with no age. */
function plainAdultsOnly(q: Query, conflicts: ReadonlyArray<{ population: boolean }>): boolean {
  return (
    q.population === 'adults' &&
    q.minAge === undefined &&
    q.maxAge === undefined &&
    conflicts.length > 0 &&
    conflicts.every((c) => c.population)
  );
}

/** Ages as a closed range; `undefined` when the record leaves them open. */
function pageAges(q: Query): [number, number] | undefined {
  if (q.population === undefined && q.minAge === undefined && q.maxAge === undefined) return undefined;
  const min = q.minAge ?? (q.population === 'adults' ? 18 : 0);
  const max =
    q.maxAge ??
    (q.population === 'pediatric' ? 17 : q.population === 'pediatric-and-young-adults' ? 25 : Infinity);
  return [min, max];
}

function labelAges(i: Indication): [number, number] | undefined {
  const pop = i.population;
  // An unconfirmed "all ages" is a gap in the record, not a label without an age limit.
  if (pop.group === 'all-ages' && i.confidence === 'unconfirmed' && pop.minAge === undefined)
    return undefined;
  const min = pop.minAge ?? (pop.group === 'adults' ? 18 : 0);
  const max = pop.maxAge ?? (pop.group === 'pediatric' ? 17 : Infinity);
  return [min, max];
}

/**
 * How one approval stands to the line and patients a denial names: it `covers` them all, it
 * `excludes` them (only after more lines, or patients of other ages), or it is `open` (it covers
 * some of them, or the record does not say).
 */
function reachOf(i: Indication, q: Query): 'covers' | 'excludes' | 'open' {
  let covers = true;
  if (q.minPriorLines !== undefined) {
    const lines = labelLinesFor(i, q);
    if (lines !== undefined && lines > q.minPriorLines) return 'excludes';
    if (lines === undefined && q.minPriorLines < 2) covers = false;
  }
  const page = pageAges(q);
  if (page) {
    const label = labelAges(i);
    if (!label) return 'open';
    if (page[1] < label[0] || page[0] > label[1]) return 'excludes';
    if (!(label[0] <= page[0] && page[1] <= label[1])) covers = false;
  }
  return covers ? 'covers' : 'open';
}

/** The label event that removed a limitation of use naming the condition, if any. */
function liftedLimitation(
  product: Product,
  cond: string,
  ds: DatasetIndex,
  regulator?: Regulator,
): Product['events'][number] | undefined {
  const c = ds.conditionsById.get(cond);
  if (!c) return undefined;
  const names = [c.name, ...c.synonyms].map((n) => n.toLowerCase());
  return product.events.find(
    (e) =>
      e.kind === 'limitation-removed' &&
      (!regulator || e.regulator === regulator) &&
      (names.some((n) => e.text.toLowerCase().includes(n)) ||
        c.abbreviations.some((a) => e.text.includes(a))),
  );
}

function productStatusNote(product: Product, asOf: ExplanationParam): ExplanationPart | undefined {
  if (product.status === 'approved') return undefined;
  return part(`status.${product.status}`, { product: displayName(product), asOf });
}

function coversCondition(
  ds: DatasetIndex,
  i: Indication,
  cond: string,
  siblings: readonly Indication[] = [i],
): boolean {
  // A limitation of use anywhere on the same regulator's label applies to the whole label.
  if (siblings.some((x) => x.regulator === i.regulator && excludes(ds, x, cond))) return false;
  if (conditionCovers(ds, i.conditionId, cond)) return true;
  return i.includesConditions.some((c) => conditionCovers(ds, c, cond));
}

/** The label's own limitation of use: "not indicated for … primary central nervous system lymphoma". */
function excludes(ds: DatasetIndex, i: Indication, cond: string): boolean {
  return ds.labelExclusions.get(i)?.has(cond) ?? limitationNames(ds, limitationsOf(i), cond);
}

/** Every indication's limitations of use, read once per dataset into its index (indexDataset). */
export function labelExclusionsOf(
  ds: Dataset & Pick<DatasetLookups, 'conditionsById'>,
): ReadonlyMap<Indication, ReadonlySet<string>> {
  const out = new Map<Indication, ReadonlySet<string>>();
  for (const p of ds.products) {
    for (const i of p.indications) {
      const limits = limitationsOf(i);
      const excluded = new Set<string>();
      // Few labels limit their use: only theirs are compared with every condition.
      if (limits.length > 0)
        for (const id of ds.conditionsById.keys()) if (limitationNames(ds, limits, id)) excluded.add(id);
      out.set(i, excluded);
    }
  }
  return out;
}

/** What follows each "not indicated for", "not for use in" of the label's text. */
function limitationsOf(i: Indication): string[] {
  const text = [i.labelQuote, i.line.text, ...i.line.requirements, i.note ?? ''].join(' ');
  const out: string[] = [];
  if (!/\bnot\b/i.test(text)) return out;
  const not = /\bnot (?:indicated |approved |for use )?(?:for|in)\b([^.;]*)/gi;
  for (let m = not.exec(text); m; m = not.exec(text)) out.push(m[1] ?? '');
  return out;
}

/** Whether one of those limitations names the condition, by a name, synonym or abbreviation. */
function limitationNames(
  ds: Pick<DatasetLookups, 'conditionsById'>,
  limits: readonly string[],
  cond: string,
): boolean {
  const c = ds.conditionsById.get(cond);
  if (!c) return false;
  for (const rest of limits) {
    const lower = rest.toLowerCase();
    if ([c.name, ...c.synonyms].some((n) => lower.includes(n.toLowerCase()))) return true;
    if (c.abbreviations.some((a) => new RegExp(`\\b${a.replace(/[^\w]/g, '\\$&')}\\b`).test(rest)))
      return true;
  }
  return false;
}

function anyApproval(ds: DatasetIndex, cond: string): boolean {
  return ds.products.some(
    (p) =>
      p.status === 'approved' &&
      p.indications.some(
        (i) =>
          i.status !== 'withdrawn' &&
          (coversCondition(ds, i, cond) || conditionCovers(ds, cond, i.conditionId)),
      ),
  );
}

/** A part of an approval the page gets wrong; `population` when it is the age group. */
interface Conflict {
  part: ExplanationPart;
  population: boolean;
}

function conflictsOf(
  ds: DatasetIndex,
  i: Indication,
  q: Query,
  isApproval: boolean,
): { conflicts: Conflict[]; exactLines: boolean } {
  const conflicts: Conflict[] = [];
  const add = (p: ExplanationPart, population = false): void => void conflicts.push({ part: p, population });
  const pop = i.population;
  const maxAge = pop.maxAge;
  const minAge = pop.minAge ?? (pop.group === 'adults' ? 18 : undefined);
  const childOnly = pop.group === 'pediatric' || pop.group === 'pediatric-and-young-adults';
  if (q.population === 'adults' && childOnly)
    add(part('conflict.onlyPopulation', { population: pop.text }), true);
  else if (
    q.population === 'all-ages' &&
    pop.group !== 'all-ages' &&
    (maxAge !== undefined || minAge !== undefined || childOnly)
  )
    // "regardless of age", "年齢を問わず" against a label with an age limit or group.
    add(part('conflict.onlyForAllAges', { population: pop.text }), true);
  else if (
    (q.population === 'pediatric' || q.population === 'pediatric-and-young-adults') &&
    pop.group === 'adults'
  ) {
    const key =
      q.population === 'pediatric-and-young-adults'
        ? 'conflict.onlyForChildrenAndYoungAdults'
        : 'conflict.onlyForChildren';
    add(part(key, { population: pop.text }), true);
  } else if (
    q.population === 'adults' &&
    minAge !== undefined &&
    minAge > 18 &&
    !(q.minAge !== undefined && q.minAge >= minAge)
  ) {
    // "adults aged 26 and above" states the label's own limit; plain "adults" is wider than it.
    add(part('conflict.onlyPopulation', { population: pop.text }), true);
  }
  // "up to 30" where the label says "up to 25": the ages overlap, so the use is approved and its limit
  // is a wrong detail (differs); an age group outside every approved range is a use never approved.
  if (q.maxAge !== undefined && maxAge !== undefined && q.maxAge > maxAge)
    add(
      part('conflict.upToAge', { age: maxAge, pageAge: q.maxAge }),
      q.minAge !== undefined && q.minAge > maxAge,
    );
  // "19세 이하" where the label says "up to 25": a bare limit the page states that is not the label's
  // misstates the use. Not a range ("3 to 17") or a group ("Kinder und Jugendliche unter 18"), which
  // name patients within the use, nor a year's difference ("under 25" for "25 and younger"). Young
  // adults bounded past 18 ("Kinder, Jugendliche und junge Erwachsene bis einschließlich 21 Jahre") are
  // the label's own group, its bound restated wrongly.
  if (
    q.maxAge !== undefined &&
    maxAge !== undefined &&
    q.maxAge < maxAge - 1 &&
    q.minAge === undefined &&
    (q.population === undefined || (q.population === 'pediatric-and-young-adults' && q.maxAge > 18)) &&
    (minAge === undefined || q.maxAge >= minAge)
  )
    add(part('conflict.ageLimit', { age: maxAge, pageAge: q.maxAge }));
  if (q.maxAge !== undefined && minAge !== undefined && q.maxAge < minAge)
    add(part('conflict.fromAgeNotUpTo', { age: minAge, pageAge: q.maxAge }), true);
  // "キムリアの対象は投与時30歳以下": a young patient's upper bound, the page's only limit, is no limit of an
  // adults' label, which has none (it is the bound of the young patients' use, or of none). Not where the
  // page names a disease: a list's bound may be another disease's ("25세 이하 B-ALL, 성인 DLBCL, 여포성 림프종").
  else if (
    q.conditionId === undefined &&
    q.maxAge !== undefined &&
    q.maxAge <= 30 &&
    q.minAge === undefined &&
    (q.population === undefined || q.population === 'pediatric-and-young-adults') &&
    maxAge === undefined &&
    pop.group === 'adults'
  )
    add(part('conflict.noUpperAge', { pageAge: q.maxAge }));
  if (q.minAge !== undefined && maxAge !== undefined && q.minAge > maxAge)
    add(part('conflict.upToAgeNotFrom', { age: maxAge, pageAge: q.minAge }), true);
  // "newly diagnosed" (0 lines) against a label for relapsed or refractory disease, which implies ≥1.
  const labelLines = labelLinesFor(i, q);
  if (q.minPriorLines !== undefined && labelLines !== undefined && q.minPriorLines < labelLines) {
    const pageLines = nest(
      q.minPriorLines === 0
        ? part('conflict.noPriorLine')
        : part('conflict.pageLines', { lines: q.minPriorLines }),
    );
    add(
      part(labelLines === 1 ? 'conflict.afterPriorLine' : 'conflict.afterPriorLines', {
        lines: labelLines,
        pageLines,
      }),
    );
  }
  // "at least four prior treatments" states the label's threshold: a label that asks fewer is
  // misstated (the old label, or another regulator's, may ask exactly that many: it is then the match).
  if (
    q.linesMinimum &&
    q.minPriorLines !== undefined &&
    labelLines !== undefined &&
    q.minPriorLines > labelLines
  )
    add(
      part(labelLines === 1 ? 'conflict.alreadyAfterPriorLine' : 'conflict.alreadyAfterPriorLines', {
        lines: labelLines,
        pageLines: q.minPriorLines,
      }),
    );
  const exactLines = q.minPriorLines !== undefined && labelLines === q.minPriorLines;
  if (isApproval && q.date && !sameDate(q.date, i.date))
    add(part('conflict.date', { date: date(i.date), pageDate: date(q.date) }));
  // "Full approval" for a conditional or accelerated one, and the reverse (a later conversion is
  // its own record, with its own date).
  if (isApproval && q.approvalType && i.approvalType !== q.approvalType && !i.approvalTypeOpen) {
    const fullPage = q.approvalType === 'regular';
    const fullLabel = i.approvalType === 'regular';
    if (fullPage !== fullLabel)
      add(
        part('conflict.approvalType', {
          type: nest(part(`approvalType.${i.approvalType}`)),
          pageType: approvalTypeParam(q.approvalType),
        }),
      );
  }
  void ds;
  return { conflicts, exactLines };
}

/** The page's kind of approval, read by lib/claims/rules/approval.ts (a dataset approval type). */
function approvalTypeParam(type: string): ExplanationParam {
  const known = ['regular', 'accelerated', 'conditional', 'conditional-time-limited'] as const;
  const hit = known.find((k) => k === type);
  return hit ? nest(part(`approvalType.${hit}`)) : type;
}

/** The page dates a decision of this regulator, and this record is that decision. */
function sameDecision(i: Indication, q: Query): boolean {
  return q.date !== undefined && (!q.regulator || q.regulator === i.regulator) && sameDate(q.date, i.date);
}

/** Same at the coarser of the two precisions; a one-day difference is a known reporting artefact (announcement vs decision). */
/**
 * Whether every day the page's date can mean falls before the recorded day, with a day's slack for
 * announcements dated the day after the decision.
 */
function endsBefore(page: string, recorded: string): boolean {
  const last = partialDateRange(page)?.last;
  const first = partialDateRange(recorded)?.first;
  if (last === undefined || first === undefined) return false;
  return Date.parse(first) - Date.parse(last) > 86_400_000;
}

function sameDate(page: string, label: string): boolean {
  const n = Math.min(page.length, label.length);
  if (page.slice(0, n) === label.slice(0, n)) return true;
  if (n === 10 && page.slice(0, 7) === label.slice(0, 7))
    return Math.abs(Number(page.slice(8)) - Number(label.slice(8))) <= 1;
  return false;
}

/** The record with the earliest date (the product's, or one regulator's, first approval). */
function earliestOf(records: readonly Indication[]): Indication | undefined {
  return [...records].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
}

function activeFirst(a: Indication, b: Indication): number {
  return Number(a.status !== 'active') - Number(b.status !== 'active');
}

const REGULATOR_RANK: Partial<Record<Regulator, number>> = {
  FDA: 0,
  EMA: 1,
  PMDA: 2,
  NMPA: 3,
  MHRA: 4,
  CDSCO: 5,
};
function regulatorOrder(a: Indication, b: Indication): number {
  return (REGULATOR_RANK[a.regulator] ?? 9) - (REGULATOR_RANK[b.regulator] ?? 9);
}

/** What the label in force covers, for "the current FDA label (…) covers …". */
function currentLabel(current: Indication): {
  regulator: ExplanationParam;
  date: ExplanationParam;
  line: string;
  population: string;
} {
  return {
    regulator: regulatorParam(current.regulator),
    date: date(current.date),
    line: current.line.text,
    population: current.population.text,
  };
}

function successorOf(product: Product, old: Indication): Indication | undefined {
  return (
    product.indications.find((i) => i.supersedes === old.id && i.status === 'active') ??
    product.indications
      .filter(
        (i) =>
          i.status === 'active' &&
          i.regulator === old.regulator &&
          i.conditionId === old.conditionId &&
          i.date > old.date,
      )
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0]
  );
}

/** "FDA (30 Aug 2017) for B-cell ALL; EMA (Aug 2018) for …" — at most four entries, by regulator then date. */
function summarize(ds: DatasetIndex, inds: readonly Indication[]): ExplanationParam {
  return approvalsParam(
    ds,
    [...inds].sort((a, b) => regulatorOrder(a, b) || (a.date < b.date ? -1 : 1)),
  );
}

/** An OTHER-regulator approval the page's name for the authority or place points to ("Hong Kong"). */
function mentions(i: Indication, name: string | undefined): boolean {
  if (!name) return false;
  const text = `${i.note ?? ''} ${i.labelQuote} ${i.sources.map((x) => x.title).join(' ')}`.toLowerCase();
  const place = PLACES_IN_CHINESE.find(([re]) => re.test(name))?.[1];
  return place ? place.some((p) => text.includes(p)) : text.includes(name.toLowerCase());
}

/** The places a Chinese page names an untracked authority by, as the records name them. */
const PLACES_IN_CHINESE: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/香港|港/u, ['hong kong']],
  [/澳门|澳/u, ['macau', 'macao']],
];

/** A regulator the dataset does not track: nothing to confirm or refute. */
function untracked(ds: DatasetIndex, product: Product, q: Query, asOf: ExplanationParam): Finding {
  const who = q.regulatorName ?? (q.regulator ? regulatorParam(q.regulator) : nest(part('regulator.that')));
  const active = product.indications.filter((i) => i.status === 'active');
  const tracked = [...ds.trackedRegulators];
  return {
    verdict: 'unverified',
    parts: [
      part('approval.untracked', {
        regulator: who,
        tracked: tracked.length > 0 ? list(tracked.map(regulatorItem), 'and') : nest(part('regulator.none')),
      }),
      part('approval.recordsFor', { name: shortName(product), approvals: summarize(ds, active), asOf }),
    ],
    reference: null,
    compared: active.map((i) => indicationReference(ds, i, product)),
  };
}
