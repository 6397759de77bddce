// Regulatory steps that are not approvals: IND clearance, designations, filings, committee opinions.
// Pages write them with approval words ("IND approval", "cleared by the FDA", "received PRIME"), so
// both the approval rule (to stay silent) and the designation rule (to read them) use this table.

import type { DecisionKind } from './fields.frame';

// The designation frame's vocabulary (lib/claims/fields.frame.ts).
export type { DecisionKind };

const PENDING_DECISION = [
  String.raw`\b(?:due|expected|set|scheduled|slated) to (?:decide|rule|make (?:a|its) decision)\b|\bdecision (?:is )?(?:expected|due)\b|\bdecision date\b`,
  // Waiting for the decision: "awaits an FDA decision", "attend une décision de la FDA", "wartet … auf
  // die Entscheidung", "aguarda a decisão", "espera la decisión", "ждёт решения".
  String.raw`(?<![\p{L}])(?:awaits?|awaiting|attend(?:ent)?|wartet|warten|aguarda[mr]?|espera[nr]?|ожида(?:ет|ют)|жд[её]т|ждут)\s(?:[^\s.;]+\s){0,5}?(?:(?:a|an|the|une|la|die|a|el|una)\s)?(?:\p{L}+\s)?(?:decision|décision|Entscheidung|decisão|decisión|решени\p{L}*)`,
  String.raw`Entscheidungsdatum|(?<![\p{L}])(?:soll|wird|sollte)\s[^;]{0,40}?entschieden werden|(?<![\p{L}])(?:will|soll|wird|muss|möchte)\s[^;]{0,40}?entscheiden(?![\p{L}])|Entscheidung\s(?:[^.;!?]|(?<=\d)\.){0,60}?(?:erwartet|fällig)`,
  String.raw`(?<![\p{L}])(?:tiene previsto|prevé|debe|deberá|deve|deverá) decidir|decisión\s(?:\p{L}+\s){0,3}?(?:está\s)?(?:prevista|esperada)|fecha de decisión`,
  String.raw`decisão\s(?:\p{L}+\s){0,3}?(?:está\s)?(?:prevista|esperada)|data de decisão`,
  String.raw`(?<![\p{L}])doit (?:rendre sa décision|se prononcer|décider)|décision\s(?:\p{L}+\s){0,3}?(?:est\s)?(?:attendue|prévue)|date de décision`,
  String.raw`решени\p{L}*\s(?:\p{L}+\s){0,3}?ожида\p{L}*|ожидается решение|дата (?:принятия )?решения`,
  String.raw`预计[^，。；]{0,12}?(?:作出|做出)?[^，。；]{0,4}?决定|审批决定[^，。；]{0,6}?(?:预计|将于)`,
  String.raw`承認(?:の)?(?:可否|判断)[^、。]{0,10}?(?:予定|見込み)`,
  // "허가 여부는 … 결정될 예정", "심사 결과가 2026년 12월 23일로 예정": the result of the review is to come.
  String.raw`(?:허가\s?(?:여부|결정)|심사\s?결과)[^,.]{0,24}?(?:예정|전망)`,
];

const PENDING = new RegExp(PENDING_DECISION.join('|'), 'iu');

/** Whether the text says a regulator's decision is still to come ("attend une décision de la FDA"). */
export function awaitsDecision(text: string): boolean {
  return PENDING.test(text);
}

/**
 * Words of an approval withdrawn or revoked, in English and Chinese; each pack carries its language's
 * (`steps.withdrawal`: "zurückgezogen", "отозвана", "retirée" of an authorisation, not cells "retirados
 * do tumor").
 */
const WITHDRAWAL =
  /(?<![\p{L}])(?:withdrawn|revoked|(?:taken|pulled) off the market|(?<=(?:authori[sz]ation|licen[cs]e|approval)[^.;]{0,40})(?:ended|expired|lapsed))(?!\s+from\s+(?:the\s+)?(?:stud|trial))|撤回|撤销|撤銷/iu;

/** A payer's or health system's decision to pay for a product, in English and Chinese. */
const REIMBURSEMENT = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:reimburs(?:ed|ement|able)|(?:insurance|Medicare|Medicaid|PBS|payer) coverage|covered by (?:the )?(?:insurance|insurers|health insurance|Medicare|Medicaid|the NHS|NHS)|(?:NHS[- ]funded|funded (?:by|on) the NHS|NHS funding)|(?:PBS[- ]listed|listed on the PBS|PBS listing))(?![\p{L}])`,
    '(?:纳入|被纳入|列入)(?:国家)?(?:医保|健保|医疗保险)|医保(?:报销|目录|支付|谈判)|健保给付|(?:納入|列入)(?:國家)?(?:醫保|健保)|醫保(?:報銷|目錄|支付)|健保給付',
  ].join('|'),
  'iu',
);

/** Each kind with the words that name it, most specific first: English, and the Chinese words the
 * engine read before the packs carried each language's (lib/match/multilingual/<lang>.ts `steps`). */
const KINDS: ReadonlyArray<readonly [DecisionKind, RegExp]> = [
  // An approval withdrawn or revoked ("регистрация была отозвана", "zurückgezogen", "retirée en 2019"):
  // a dated step of its own, checked against the withdrawals on record.
  ['withdrawal', WITHDRAWAL],
  // A payer's decision to pay ("reimbursed since 2020", "covered by Medicare", "纳入医保"): it follows an
  // approval, on a date of its own, and the dataset records none, so it is never checked as one.
  ['reimbursement', REIMBURSEMENT],
  // A complete response letter: the FDA's refusal to approve as filed ("received a CRL").
  [
    'crl',
    /\bcomplete response letters?\b|\bCRLs?(?![A-Za-z])|完全回应函|完整回应函|完整回复函|完全回應函|完整回應函|完整回覆函|完全回覆函/iu,
  ],
  [
    'ind-clearance',
    /\bIND\b|\binvestigational new drug\b|\bclinical trial (?:application|authori[sz]ation)\b|\bCTA\b|临床试验(?:申请|许可)|默示许可/iu,
  ],
  [
    'designation',
    /\bdesignations?\b|\bdesignated\b|\bbreakthrough (?:therapy|device|status)\b|\borphan(?: drug| medicine)? (?:status|designation|drug)\b|\bRMAT\b|\bPRIME\b|\bfast[- ]track\b|\bpriority review\b|突破性(?:治疗|疗法)|快速通道|孤儿药/iu,
  ],
  [
    'filing',
    /\b(?:s?BLA|NDA|MAA)\b(?! approval)|\b(?:accepted|filed|submitted) (?:\w+ ){0,3}?(?:for review|application|submission)\b|\b(?:application|submission|dossier|filing)\s(?:\w+\s){0,3}?(?:was|were|has been|have been|had been|is|are)\s(?:\w+\s)?(?:submitted|filed|lodged|validated)\b|\b(?:applied|filed) for (?:\w+ ){0,2}?(?:approval|authori[sz]ation|licen[cs]e|registration)\b|\bunder (?:priority )?review\b|\bPDUFA\b|\b(?:target )?action date\b|上市申请|获受理|受理|(?:审查|审评|审批)中|目标审(?:查|评)日/iu,
  ],
  // A decision still to come, as each language dates it: "is due to decide by", "soll … entschieden
  // werden", "Entscheidungsdatum", "tiene previsto decidir", "a decisão … está prevista", "doit
  // rendre sa décision", "решение ожидается", "预计…作出审批决定", "承認の可否…予定", "허가 여부 … 예정".
  // German puts the participle last, after the date: "die Entscheidung der FDA wird bis zum 23.
  // Dezember 2026 erwartet".
  ['filing', PENDING],
  [
    'committee-opinion',
    /\bCHMP\b|\bpositive opinion\b|\brecommend(?:ed|s|ation)? (?:for )?(?:approval|granting|authori[sz]ation)\b/iu,
  ],
];

/** A kind with its words, global, as the dataset index carries them from the packs. */
export type StepWords = ReadonlyArray<readonly [DecisionKind, RegExp]>;

const STEP_KINDS: readonly DecisionKind[] = [
  'withdrawal',
  'reimbursement',
  'ind-clearance',
  'designation',
  'filing',
  'committee-opinion',
  'crl',
];

/**
 * The packs' words for each step ("承認申請", "품목허가를 신청", "Zulassungsantrag"), compiled once per
 * analysis by indexDataset: a page's language's words arrive only with its pack.
 */
export function stepWordsOf(steps: ReadonlyArray<Partial<Record<DecisionKind, string>>>): StepWords {
  const out: Array<readonly [DecisionKind, RegExp]> = [];
  for (const kind of STEP_KINDS) {
    const sources = steps.flatMap((st) => st[kind] ?? []);
    if (sources.length > 0) out.push([kind, new RegExp(sources.join('|'), 'giu')]);
  }
  return out;
}

/** The same patterns, global, to step past an occurrence that does not count. */
const KINDS_GLOBAL = KINDS.map(([kind, re]) => [kind, new RegExp(re.source, 'giu')] as const);

/**
 * The designation rule's gate: the words above, and a word every pack's step words contain (the
 * packs' own patterns decide).
 */
export const DECISION_WORDS = new RegExp(
  [
    ...KINDS.map(([, re]) => re.source),
    String.raw`指定|申請|治験|部会|优先审评|临床|지정|신청|임상|заявк|статус|разрешени|рекомендовал|заключени|Antrag|beantragt|Status|Stellungnahme|Empfehlung|Leiden|zurückgezogen|widerrufen|отозван|retir|klinische|designa|désignation|statut|demande|dossier|avis|solicitud|pedido|opinión|dictamen|parecer|ensayo|essai|lettre|carta|письм|審査完了|보완`,
  ].join('|'),
  'iu',
);

/** The decision a stretch of text names, if it is one of these steps rather than an approval. */
export function decisionIn(
  text: string,
  extra: StepWords = [],
  skip?: DecisionKind,
): { kind: DecisionKind; start: number; end: number } | undefined {
  let best: { kind: DecisionKind; start: number; end: number } | undefined;
  for (const [kind, all] of [...KINDS_GLOBAL, ...extra]) {
    if (kind === skip) continue;
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (notAStep(kind, text, m)) continue;
      if (!best || m.index < best.start) best = { kind, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/** Every step a text names, in order, not counting an application the words before it approve. */
export function stepsIn(
  text: string,
  extra: StepWords = [],
): Array<{ kind: DecisionKind; start: number; end: number }> {
  const out: Array<{ kind: DecisionKind; start: number; end: number }> = [];
  for (const [kind, all] of [...KINDS_GLOBAL, ...extra]) {
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (m[0].length === 0) all.lastIndex++;
      else if (!notAStep(kind, text, m)) out.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * What a label carries besides the approval, which a regulator can lift while the approval stands: a
 * REMS, a boxed warning, a restriction or requirement, a clinical hold.
 */
const LABEL_MEASURE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:REMS|boxed warnings?|black[- ]box(?: warnings?)?|warnings?|restrictions?|requirements?|limitations?(?: of use)?|(?:clinical )?hold)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:recuadros?|advertencias?|restricci(?:ón|ones)|requisitos?|limitaci(?:ón|ones)|exigencias?|restriç(?:ão|ões)|advertências?|exigências?|alertas?|Warnhinweis\p{L}*|Auflagen?|Einschränkung(?:en)?|Anforderung(?:en)?|mises? en garde|encadrés?|exigences?|avertissements?|ограничени\p{L}*|предупреждени\p{L}*|требовани\p{L}*)(?![\p{L}])`,
    '黑框警告|警告|限制|制限|경고|제한',
  ].join('|'),
  'iu',
);

/** The approval itself, named as what a withdrawal takes away. */
const APPROVAL_NOUN =
  /authori[sz]ation|approval|licen[cs]e|registration|Zulassung|Genehmigung|autorizaci[oó]n|aprobaci[oó]n|registro|registo|autoriza[çc][ãa]o|aprova[çc][ãa]o|autorisation|approbation|(?<![\p{L}])AMM(?![\p{L}])|регистрац|одобрени|удостоверени|批准|许可|許可|承認|허가|승인/iu;
/** A cause before a measure: the reason for the withdrawal, not what it takes away ("wegen nicht erfüllter Auflagen"). */
const CAUSE =
  /(?<![\p{L}])(?:due to|because of|owing to|wegen|aufgrund|infolge|por|debido a|faute de|en raison de|из-за|по причине)(?![\p{L}])|由于|由於|因为|因為|のため|때문/iu;
/** The measure as the withdrawal verb's own object right after it ("retiró el REMS", "withdrew the boxed warning"). */
const MEASURE_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:the|its|el|la|los|las|su|o|a|os|as|sua|le|les|son|sa|ses|die|der|das|den|ihre?n?)\s+)?(?:${LABEL_MEASURE.source})`,
  'iu',
);

/**
 * A withdrawal whose object, in its own clause, is a measure on the label and not the approval ("REMS
 * retirado en junio de 2025", "the boxed warning was withdrawn", "撤销了…的限制"): the approval stands.
 * Not where the clause names the approval, nor a measure given as the cause ("withdrawn due to unmet
 * requirements", "wegen nicht erfüllter Auflagen widerrufen"): then the approval is what went.
 */
function withdrawsNoApproval(kind: DecisionKind, text: string, m: RegExpExecArray): boolean {
  if (kind !== 'withdrawal') return false;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const ownBefore = before.slice(before.search(/[^.;,:。；，、]*$/u));
  if (APPROVAL_NOUN.test(ownBefore)) return false;
  const measure = LABEL_MEASURE.exec(ownBefore);
  if (measure) return !CAUSE.test(ownBefore.slice(0, measure.index));
  return MEASURE_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
}

/** Step words that name no step: an application approved (the approval), a label measure withdrawn. */
function notAStep(kind: DecisionKind, text: string, m: RegExpExecArray): boolean {
  return approvedApplication(kind, text, m) || withdrawsNoApproval(kind, text, m);
}

/** A filing the words around it approve: the approval of the application, not a step. */
function approvedApplication(kind: DecisionKind, text: string, m: RegExpExecArray): boolean {
  if (kind !== 'filing') return false;
  const end = m.index + m[0].length;
  return (
    APPROVED_APPLICATION.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
    APPLICATION_APPROVED.test(text.slice(end, end + 60))
  );
}

/**
 * An application the clause goes on to say was approved ("La solicitud presentada por Novartis fue
 * aprobada por la Comisión Europea", "O pedido … foi aprovado pela Anvisa"): the approval.
 */
const APPLICATION_APPROVED =
  /^[^.;。；]{0,40}?(?<![\p{L}])(?:fue|foi|was|were|wurde|a été|была?|было)\s+(?:\p{L}+\s+)?(?:aprobad|aprovad|approved|authori[sz]ed|genehmigt|approuvé|autorisé|одобрен)/iu;

/** An approval of the application is the approval: "批准其上市申请", "approved Kymriah's BLA", "genehmigte den Zulassungsantrag". */
const APPROVED_APPLICATION =
  /(?:批准|核准|approved|approves|granted|genehmigt\p{L}*|aprob\p{L}*|approuv\p{L}*|одобрил\p{L}*|承認し)[^。，,;.]{0,14}$/iu;

/** A past verb of approving, as a second verb after a step's ("… and approved it"). */
const APPROVAL_VERB = String.raw`(?:approved|authori[sz]ed|licensed|cleared|aprob(?:ó|aron)|autoriz(?:ó|aron|ou|aram)|aprov(?:ou|aram)|genehmigt(?:e|en)?|zugelassen|approuv(?:é|ée|a)|autoris(?:é|ée|a)|одобрил\p{L}*|зарегистрировал\p{L}*)(?![\p{L}])`;

/**
 * A clause break: what lies beyond it belongs to another statement. A relative clause (", which
 * has been cleared") stays with the noun it describes (the IND). Chinese and Japanese commas arrive
 * normalized to "," with no space, before the next Han or kana character. "… and was approved in
 * 2022" after a step is a decision of its own, and so is a second verb of approving ("accepted the
 * BLA … and approved it", "y autorizó", "und genehmigte"). Korean joins a step to the approval that
 * followed with a verb ending ("지정돼 허가를 받았다", "지정됐고", "신청한 지 1년 만에 허가").
 */
const CLAUSE_BREAK = new RegExp(
  [
    // Not the full stop of an ordinal inside a sentence ("am 3. März 2020", "nach der 2. Linie").
    String.raw`[;!?。；]\s|(?<!\d)\.\s|,\s+(?:and|but|while|whereas)\b|[、，]|[,;](?=[\u3040-\u30ff\u3400-\u9fff])`,
    String.raw`\s(?:and|y|e|und|et|и)\s(?=(?:was|were|has|have|got|won|fue|foi|wurde|a été|был|была|было)(?![\p{L}]))`,
    String.raw`\s(?:and|y|e|und|et|и)\s(?:(?:then|later|finally|luego|después|depois|dann|später|puis|ensuite|затем|потом)\s)?(?=${APPROVAL_VERB})`,
    String.raw`(?<=[\uac00-\ud7af])(?:고|돼|되어|되며|하며|으며|하여)\s|(?<=[\uac00-\ud7af])[,;]\s*|(?<=[한된])\s지\s`,
  ].join('|'),
  'giu',
);

/** The breaks above in `text`, in order, as [start, end] (a zero-length match is no break). */
function* clauseBreaks(text: string): Generator<readonly [number, number]> {
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
    else yield [m.index, m.index + m[0].length];
  }
}

/**
 * Where the last clause between `from` and `to` starts, by the breaks above: a step's clause and an
 * approval's ("…신청한 지 | 1년 4개월 만에 허가를 받았다", "… in 2016 | and was approved …").
 */
export function lastStepBreak(text: string, from: number, to: number): number | undefined {
  let last: number | undefined;
  for (const [, end] of clauseBreaks(text.slice(from, to))) last = from + end;
  return last;
}

/** Where the first clause after a break between `from` and `to` starts: the end of a step's own clause. */
export function firstStepBreak(text: string, from: number, to: number): number | undefined {
  for (const [, end] of clauseBreaks(text.slice(from, to))) return from + end;
  return undefined;
}

/**
 * The clause a step at `start`–`end` is said in: from the last clause break before it to the first
 * after it ("Amtagvi was approved by the FDA in February 2024, | and an application was submitted to
 * the EMA in June 2024"), and the sentence's opening up to its first break, where a date or place
 * heads the whole sentence ("2018年3月，…", "2025년 8월 13일에는 …").
 */
export function stepClause(
  text: string,
  start: number,
  end: number,
): { from: number; to: number; head: number } {
  let from = 0;
  let to = text.length;
  let head = text.length;
  for (const [at, after] of clauseBreaks(text)) {
    if (head === text.length) head = at;
    if (after <= start) from = after;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to, head };
}

/**
 * A step joined to the approval by a bare "and" right before its word ("autorisé en 2013 … et
 * retiré en 2015", "authorised in 2016 and withdrawn in 2019"), or ending it ("desde agosto de 2016
 * hasta su retirada", "until its withdrawal"): the step is an event of its own, and its clause starts
 * at the joining word.
 */
const AND_BEFORE_STEP =
  /\s(?:(?:and|y|e|und|et|и)\s+(?:(?:later|then|luego|después|depois|später|puis|ensuite|затем|потом)\s+)?|(?:until|hasta|jusqu['’]à|bis\s+zu|até|до)\s+(?:(?:its|su|sa|son|seine[rm]?|ihre[rm]?|a\s+sua|o\s+seu|sua|seu|его|её)\s+)?)$/iu;
export function coordinatedStep(text: string, from: number, to: number): number | undefined {
  const m = AND_BEFORE_STEP.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

/**
 * The step an approval word at `at` really reports: "IND approval", "approval of the IND", "has
 * been cleared" after "IND application", "received PRIME designation", within the same clause.
 */
export function decisionGoverning(
  text: string,
  at: number,
  length: number,
  extra: StepWords = [],
  floor = 0,
): DecisionKind | undefined {
  let from = floor;
  for (const [start, end] of clauseBreaks(text)) {
    if (start >= at) break;
    from = Math.max(from, end);
  }
  const rest = text.slice(at + length);
  // "미국 FDA가 2021년 3월 승인한 첫 BCMA CAR-T 아벡마는 국내에 허가 신청이 접수되지 않았습니다": an approval
  // word in a clause that modifies the noun after it ends its clause there; the main clause's step
  // (the application here) is a statement of its own.
  // Not where the noun it modifies is a step itself ("FDA가 승인한 임상시험계획(IND)", "FDAが承認した治験"):
  // the word then names that step.
  const modifier = ADNOMINAL_END.exec(rest);
  const next =
    modifier && !STEP_NOUN.test(rest.slice(modifier[0].length))
      ? modifier[0].length
      : rest.search(/[;.!?。；]\s|[;.!?。；]$|[、，]|[,;](?=[\u3040-\u30ff\u3400-\u9fff])/u);
  const clause = text.slice(from, at + length + (next === -1 ? rest.length : next));
  const step = assertedDecision(clause, at - from, extra);
  // "autorisé aux États-Unis en février 2024, a fait l'objet d'une demande auprès de l'EMA": a step
  // after the word and a comma is an assertion of its own, not what the word names.
  // So is one joined by "and" right before its word: "autorisé en 2013 et retiré en 2015".
  if (step && step.start >= at - from + length) {
    const between = clause.slice(at - from + length, step.start);
    if (/[,，]/u.test(between) || AND_BEFORE_STEP.test(between)) return undefined;
  }
  // An application told before the word and joined to it by "and" ("la solicitud se presentó en 2017 y
  // la EMA la aprobó en 2018", "o pedido foi submetido em 2021 e aprovado pela Anvisa em 2022"): the
  // approval that followed it, a decision of its own.
  if (step?.kind === 'filing' && step.end <= at - from) {
    if (/\s(?:and|y|e|und|et|и)\s/iu.test(clause.slice(step.end, at - from))) return undefined;
  }
  // A payer's decision is named by an approval word only right beside it ("급여 승인", "approved for
  // reimbursement"): "(2022년 12월 미국 FDA 허가)은 건강보험이 적용됩니다" tells the FDA's approval and a coverage.
  if (step?.kind === 'reimbursement') {
    const gap =
      step.start >= at - from + length
        ? clause.slice(at - from + length, step.start)
        : clause.slice(step.end, at - from);
    if (gap.length > REIMBURSEMENT_GAP || /[()（）\d]/u.test(gap)) return undefined;
  }
  return step?.kind;
}

/** How far an approval word may stand from a payer's decision it names ("approved for reimbursement"). */
const REIMBURSEMENT_GAP = 10;

/** A trial or application noun: what an approval word modifying it names ("승인한 임상시험", "承認した治験"). */
const STEP_NOUN = /^\s?(?:임상|시험|治験|臨床|临床|試験|IND|CTA|신청|申請|申请)/u;
/** The ending of a verb that modifies the noun after it: Korean "승인한 ", "허가된 ", Japanese "承認された". */
const ADNOMINAL_END =
  /^(?:(?:한|된|받은|했던|되었던)\s|(?:した|された|されている)(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z]))/u;

/**
 * The step a text asserts, leaving out steps named as the circumstance of something else before
 * `before`: "Following a Priority Review, Health Canada has approved Kymriah", "After receiving
 * Breakthrough Therapy designation, Carvykti was approved" (a phrase led by a preposition and
 * closed by a comma). An IND is never a circumstance: "approved after the IND" is still about it.
 */
export function assertedDecision(
  text: string,
  before = text.length,
  extra: StepWords = [],
): { kind: DecisionKind; start: number; end: number } | undefined {
  const circumstances: Array<[number, number]> = [];
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(text); m; m = ADJUNCT.exec(text))
    if (m.index + m[0].length <= before) circumstances.push([m.index, m.index + m[0].length]);
  // "2018 folgte nach einer positiven CHMP-Empfehlung die EU-Zulassung": a step led by "after" in
  // any language is the approval's circumstance, with or without a comma closing it.
  // "신속처리 대상 지정을 거쳐 허가됐다", "優先審査指定を経て承認": the languages that put "after" behind the step.
  const led = (at: number) =>
    at <= before &&
    (LED_BY_AFTER.test(text.slice(Math.max(0, at - 40), at)) || VIA_AFTER.test(text.slice(at, before)));
  if (circumstances.length === 0 && ![...KINDS_GLOBAL, ...extra].some(([, re]) => firstAt(re, text, led)))
    return decisionIn(text, extra);
  let best: { kind: DecisionKind; start: number; end: number } | undefined;
  for (const [kind, all] of [...KINDS_GLOBAL, ...extra]) {
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      const inside = circumstances.some(([s, e]) => m!.index >= s && m!.index < e) || led(m.index);
      if (inside && !/\b(?:IND|CTA)\b/.test(m[0])) continue;
      if (notAStep(kind, text, m)) continue;
      if (!best || m.index < best.start) best = { kind, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

const ADJUNCT = /\b(?:after|following|upon|under|via|through|based on)\s[^,;]{1,80},/gi;

/** "after a positive opinion", "nach einer positiven …", "tras la designación": a step's lead-in. */
const LED_BY_AFTER =
  /(?<![\p{L}])(?:after|following|upon|nach|après|tras|después de|após|depois de|после)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

/** "…지정을 거쳐", "…指定を経て", "…认定后获批": a step the approval came through, "after" written behind it. */
const VIA_AFTER = /^[^、。，,.;]{0,14}?(?:(?:을|를)\s?거쳐|を経て|を受けて|后(?=获|獲)|後(?=获|獲))/u;

/** Whether `re` (global) matches anywhere `where` holds. */
function firstAt(re: RegExp, text: string, where: (at: number) => boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (where(m.index)) return true;
  return false;
}
