// Regulatory steps that are not approvals: IND clearance, designations, filings, committee opinions.
// Pages write them with approval words ("IND approval", "cleared by the FDA", "received PRIME"), so
// both the approval rule (to stay silent) and the designation rule (to read them) use this table.

import type { DecisionKind } from './fields.frame';

// The designation frame's vocabulary (lib/claims/fields.frame.ts).
export type { DecisionKind };

const PENDING_DECISION = [
  String.raw`\b(?:due|expected|set|scheduled|slated) to (?:decide|rule|make (?:a|its) decision)\b|\bdecision (?:is )?(?:expected|due)\b|\bdecision date\b`,
  String.raw`Entscheidungsdatum|(?<![\p{L}])(?:soll|wird|sollte)\s[^.;]{0,40}?entschieden werden|Entscheidung\s(?:\p{L}+\s){0,3}?(?:erwartet|fällig)`,
  String.raw`(?<![\p{L}])(?:tiene previsto|prevé|debe|deberá|deve|deverá) decidir|decisión\s(?:\p{L}+\s){0,3}?(?:está\s)?(?:prevista|esperada)|fecha de decisión`,
  String.raw`decisão\s(?:\p{L}+\s){0,3}?(?:está\s)?(?:prevista|esperada)|data de decisão`,
  String.raw`(?<![\p{L}])doit (?:rendre sa décision|se prononcer|décider)|décision\s(?:\p{L}+\s){0,3}?(?:est\s)?(?:attendue|prévue)|date de décision`,
  String.raw`решени\p{L}*\s(?:\p{L}+\s){0,3}?ожида\p{L}*|ожидается решение|дата (?:принятия )?решения`,
  String.raw`预计[^，。；]{0,12}?(?:作出|做出)?[^，。；]{0,4}?决定|审批决定[^，。；]{0,6}?(?:预计|将于)`,
  String.raw`承認(?:の)?(?:可否|判断)[^、。]{0,10}?(?:予定|見込み)`,
  String.raw`허가\s?(?:여부|결정)[^,.]{0,12}?(?:예정|전망)`,
];

/** Each kind with the words that name it, most specific first. */
const KINDS: ReadonlyArray<readonly [DecisionKind, RegExp]> = [
  [
    'ind-clearance',
    new RegExp(
      [
        String.raw`\bIND\b|\binvestigational new drug\b|\bclinical trial (?:application|authori[sz]ation)\b|\bCTA\b|临床试验(?:申请|许可)|默示许可`,
        // A trial's permission, which pages write with approval words: "治験計画届", "임상 1상 승인",
        // "разрешение … на проведение клинических исследований", "klinische Prüfung genehmigt".
        String.raw`治験(?:計画)?届|임상\s?(?:\d\s?상\s?)?(?:시험\s?)?(?:계획\s?)?(?:승인|허가)`,
        String.raw`разрешени\p{L}*\s(?:\p{L}+\s){0,3}?на\s(?:проведение\s)?клиническ\p{L}*|клиническ\p{L}*\sисследовани\p{L}*[^.;]{0,20}?,\sразрешени\p{L}*`,
        String.raw`klinische\s(?:Prüfung|Studie)\s(?:\p{L}+\s){0,2}?genehmigt|autori[sz]aci[oó]n\sde(?:l)?\sensayo|autorisation\sd['’]essai`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'designation',
    new RegExp(
      [
        String.raw`\bdesignations?\b|\bdesignated\b|\bbreakthrough (?:therapy|device|status)\b|\borphan(?: drug| medicine)? (?:status|designation|drug)\b|\bRMAT\b|\bPRIME\b|\bfast[- ]track\b|\bpriority review\b|突破性治疗|孤儿药|优先审评`,
        // Each language's designations, by the programme's name and the word for being designated:
        // "先駆け審査指定", "希少疾病用再生医療等製品に指定", "희귀의약품 지정", "статус орфанного
        // препарата", "Orphan-Drug-Status", "designación de terapia innovadora", "statut de
        // médicament orphelin", "designação".
        String.raw`先駆け(?:審査|的医薬品)?(?:の)?指定|希少疾病用(?:医薬品|再生医療等製品)(?:に|として|の)?指定|(?:オーファンドラッグ|ブレークスルー(?:セラピー)?|画期的治療薬|優先審査)(?:の|に)?指定`,
        String.raw`(?:희귀\s?의약품|신속\s?처리|신속\s?심사|우선\s?심사|혁신\s?(?:신약|제품)|GIFT)(?:\s?대상)?(?:으로|로)?\s?지정`,
        String.raw`статус\p{L}*\s(?:\p{L}+\s){0,2}?(?:орфанн|прорывн)\p{L}*|(?:орфанн|прорывн)\p{L}*\s(?:\p{L}+\s)?статус\p{L}*`,
        String.raw`(?:Orphan[- ]?(?:Drug)?|Breakthrough[- ]Therapy|Durchbruchstherapie)[- ](?:Status|Designation|Ausweisung|Einstufung)|Arzneimittel\sfür\sseltene\sLeiden`,
        String.raw`(?<![\p{L}])(?:designa(?:ci[oó]n|[çc][ãa]o|ções|ciones)|désignation|statut\s(?:de\s)?(?:médicament\sorphelin|thérapie\sinnovante)|(?:estatus|condición|calificación|status)\sde\s(?:medicamento\shu[ée]rfano|medicamento\sórfão|terapia\s(?:innovadora|inovadora|revolucionária|revolucionaria)))`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'filing',
    new RegExp(
      [
        String.raw`\b(?:s?BLA|NDA|MAA)\b(?! approval)|\b(?:accepted|filed|submitted) (?:\w+ ){0,3}?(?:for review|application|submission)\b|\bunder (?:priority )?review\b|\bPDUFA\b|\b(?:target )?action date\b|上市申请|获受理|受理`,
        // An application for approval in each language: "承認申請", "품목허가를 신청", "подала заявку
        // на регистрацию", "Zulassungsantrag", "solicitud de autorización", "pedido de registro",
        // "demande d'autorisation".
        String.raw`承認(?:を)?申請|申請(?:を行|し|され|が受理|中)|(?:품목\s?)?허가\s?(?:를|을)?\s?신청|신청서를\s?제출`,
        String.raw`(?:подал\p{L}*|подан\p{L}*|направил\p{L}*)\s(?:\p{L}+\s){0,3}?заявк\p{L}*|заявк\p{L}*\sна\s(?:регистраци|одобрени)\p{L}*`,
        String.raw`Zulassungsantrag\p{L}*|Antrag\sauf\s(?:\p{L}+\s)?Zulassung|(?<![\p{L}])beantragt`,
        String.raw`(?<![\p{L}])(?:solicitud|pedido)\sde\s(?:autorización|aprobación|registro|registo|comercialización|aprovação|autorização)|demande\sd['’](?:autorisation|AMM)|dossier\sd['’](?:AMM|autorisation)`,
      ].join('|'),
      'iu',
    ),
  ],
  // A decision still to come, as each language dates it: "is due to decide by", "soll … entschieden
  // werden", "Entscheidungsdatum", "tiene previsto decidir", "a decisão … está prevista", "doit
  // rendre sa décision", "решение ожидается", "预计…作出审批决定", "承認の可否…予定", "허가 여부 … 예정".
  ['filing', new RegExp(PENDING_DECISION.join('|'), 'iu')],
  [
    'committee-opinion',
    new RegExp(
      [
        String.raw`\bCHMP\b|\bpositive opinion\b|\brecommend(?:ed|s|ation)? (?:for )?(?:approval|granting|authori[sz]ation)\b`,
        // "部会で承認了承", "positive Stellungnahme", "avis favorable", "opinión positiva", "parecer
        // favorável", "рекомендовал … к одобрению"; not a payer's opinion ("avis favorable au
        // remboursement", "parecer favorável à incorporação").
        String.raw`部会[^。]{0,20}?(?:了承|承認を可)|Zulassungsempfehlung|(?:positive\s(?:Stellungnahme|Empfehlung)|avis\s(?:positif|favorable)|(?:opinión|dictamen)\s(?:positiv[oa]|favorable)|parecer\s(?:positivo|favorável))(?![^.;]{0,24}?(?:rembours|prise\sen\scharge|reembols|financia|incorpora|Erstattung|Kostenübernahme))|положительн\p{L}*\s(?:заключени|мнени)\p{L}*|рекомендовал\p{L}*\s(?:\p{L}+\s){0,3}?(?:к\s)?(?:одобрени|регистраци)\p{L}*`,
      ].join('|'),
      'iu',
    ),
  ],
];

/** The same patterns, global, to step past an occurrence that does not count. */
const KINDS_GLOBAL = KINDS.map(([kind, re]) => [kind, new RegExp(re.source, 'giu')] as const);

/** Any of the words above: the designation rule's gate. */
export const DECISION_WORDS = new RegExp(KINDS.map(([, re]) => re.source).join('|'), 'iu');

/** The decision a stretch of text names, if it is one of these steps rather than an approval. */
export function decisionIn(text: string): { kind: DecisionKind; start: number; end: number } | undefined {
  let best: { kind: DecisionKind; start: number; end: number } | undefined;
  for (const [kind, all] of KINDS_GLOBAL) {
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (kind === 'filing' && APPROVED_APPLICATION.test(text.slice(Math.max(0, m.index - 16), m.index)))
        continue;
      if (!best || m.index < best.start) best = { kind, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/** An approval of the application is the approval: "批准其上市申请", "approved Kymriah's BLA", "genehmigte den Zulassungsantrag". */
const APPROVED_APPLICATION =
  /(?:批准|核准|approved|approves|granted|genehmigt\p{L}*|aprob\p{L}*|approuv\p{L}*|одобрил\p{L}*|承認し)[^。，,;.]{0,14}$/iu;

/**
 * A clause break: what lies beyond it belongs to another statement. A relative clause (", which
 * has been cleared") stays with the noun it describes (the IND).
 */
const CLAUSE_BREAK = /[;.!?。；]\s|,\s+(?:and|but|while|whereas)\b|[、，]/g;

/**
 * The step an approval word at `at` really reports: "IND approval", "approval of the IND", "has
 * been cleared" after "IND application", "received PRIME designation", within the same clause.
 */
export function decisionGoverning(text: string, at: number, length: number): DecisionKind | undefined {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text))
    from = m.index + m[0].length;
  const rest = text.slice(at + length);
  const next = rest.search(/[;.!?。；]\s|[;.!?。；]$|[、，]/);
  const clause = text.slice(from, at + length + (next === -1 ? rest.length : next));
  return assertedDecision(clause, at - from)?.kind;
}

/**
 * The step a text asserts, leaving out steps named as the circumstance of something else before
 * `before`: "Following a Priority Review, Health Canada has approved Kymriah", "After receiving
 * Breakthrough Therapy designation, Carvykti was approved" (a phrase led by a preposition and
 * closed by a comma). An IND is never a circumstance: "approved after the IND" is still about it.
 */
export function assertedDecision(
  text: string,
  before = text.length,
): { kind: DecisionKind; start: number; end: number } | undefined {
  const circumstances: Array<[number, number]> = [];
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(text); m; m = ADJUNCT.exec(text))
    if (m.index + m[0].length <= before) circumstances.push([m.index, m.index + m[0].length]);
  if (circumstances.length === 0) return decisionIn(text);
  let best: { kind: DecisionKind; start: number; end: number } | undefined;
  for (const [kind, re] of KINDS) {
    const all = new RegExp(re.source, 'giu');
    for (let m = all.exec(text); m; m = all.exec(text)) {
      const inside = circumstances.some(([s, e]) => m!.index >= s && m!.index < e);
      if (inside && !/\b(?:IND|CTA)\b/.test(m[0])) continue;
      if (kind === 'filing' && APPROVED_APPLICATION.test(text.slice(Math.max(0, m.index - 16), m.index)))
        continue;
      if (!best || m.index < best.start) best = { kind, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

const ADJUNCT = /\b(?:after|following|upon|under|via|through|based on)\s[^,;]{1,80},/gi;
