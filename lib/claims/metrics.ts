// Names pages give efficacy measures, mapped to a small set of page metrics. The verifier maps
// these onto dataset metrics (lib/verify/metric-family.ts); rules only say what the page wrote.

// The response frame's vocabulary (lib/claims/fields.frame.ts).
import type { PageMetric } from './fields.frame';

export type { PageMetric };

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
  // French, Spanish and Portuguese abbreviations: "RC 60 %", "RCi 21 %" (réponse/respuesta/resposta completa).
  [/\bRCi\b/g, 'CRi'],
  [/\bRC\b/g, 'CR'],
  // Forum posts written in lower case: "cr was 52%", "~85% orr" ("crs" is cytokine release syndrome).
  [/\borrs?\b/g, 'ORR'],
  [/\bcr\b(?!\s*\/)/g, 'CR'],
  // Russian abbreviations, in capitals only: "ЧОО" (objective response rate), "ОО", "ПО" (complete
  // response), "сПО" or "строгий ПО" (stringent complete response), "ЧПО" (complete response rate).
  [/(?<![\p{L}])(?:сПО|строг(?:ий|ого|им)\s+ПО)(?![\p{L}])/gu, 'sCR'],
  [/(?<![\p{L}])(?:ЧОО|ОО)(?![\p{L}])/gu, 'ORR'],
  [/(?<![\p{L}])(?:ЧПО|ПО)(?![\p{L}])/gu, 'CR'],
];
const SPELLED: ReadonlyArray<readonly [RegExp, PageMetric]> = [
  [
    /\b(?:complete (?:response|remission) or better|(?:complete or stringent|stringent complete or complete) (?:complete )?(?:response|remission)s?)\b/gi,
    'CR/sCR',
  ],
  [/\bstringent complete (?:response|remission)s?\b/gi, 'sCR'],
  [/\bMRD[- ]?negative\b|\bminimal residual disease[- ]negative\b/gi, 'MRD-negative'],
  [
    /\b(?:remained|stayed|were still|still) in (?:response|remission)\b|\bresponse (?:lasted|lasting)\b/gi,
    'durable',
  ],
  [/\b(?:overall|composite) (?:complete )?remissions?(?: rates?)?\b/gi, 'CR/CRi'],
  [/\bcomplete (?:remission|response) with (?:incomplete|partial) (?:\w+ ){0,2}recovery\b/gi, 'CRi'],
  [
    /\b(?:remisi[oó]n|respuesta) completa con recuperaci[oó]n (?:hematol[oó]gica |hemat[oó]logica )?incompleta\b/gi,
    'CRi',
  ],
  // The same in German, French and Portuguese: "komplette Remission mit unvollständiger
  // Blutbilderholung", "rémission complète avec récupération hématologique incomplète".
  [
    /(?<![\p{L}])(?:komplette[rn]? Remission mit unvollständiger (?:hämatologischer |Blutbild)?[Ee]rholung|rémission complète avec récupération (?:hématologique )?incomplète|remissão completa com recuperação (?:hematológica )?incompleta)(?![\p{L}])/giu,
    'CRi',
  ],
  // Overall remission (CR and CRi together), in the other languages: "Gesamtremissionsrate".
  [
    /(?<![\p{L}])(?:Gesamtremission(?:srate)?|taux de rémission globale|rémission globale|tasa de remisión global|remisión global|taxa de remissão global|remissão global)(?![\p{L}])/giu,
    'CR/CRi',
  ],
  [
    /\b(?:overall|objective|best overall) response(?: rates?)?\b|\btasa de respuesta (?:global|general|objetiva)\b/gi,
    'ORR',
  ],
  [/\bdurable response(?: rates?)?\b/gi, 'DRR'],
  [/\bcomplete remissions?(?: rates?)?\b|\bremisi[oó]n completa\b/gi, 'complete remission'],
  [
    /\brespuestas? (?:(?:fue|es|ha sido) )?completas?\b|\bresponse was complete\b|\bcomplete (?:response|responder)s?(?: rates?)?\b|\b(?:shr[ai]nk|shrunk|disappeared|went away|cleared) completely\b/gi,
    'CR',
  ],
  [/\bremissions?(?: rates?)?\b|\bin remission\b|\bremisi[oó]n(?:es)?\b/gi, 'remission'],
  [
    /\b(?:response|responder)s?(?: rates?)?\b|\brespond(?:ed|s)?\b|\b(?:tasa de )?respuesta\b|\brespondieron\b/gi,
    'response',
  ],
  // Plain language for a response rate: "works for about 70% of patients", "shrank tumors in 48%".
  [
    /\bwork(?:s|ed)? (?:for|in)\b|\b(?:shr[ai]nk|shrunk|shrinks|shrinking)\s+(?:the\s+|their\s+)?(?:tumou?rs?|cancers?|lesions)\b|\b(?:tumou?rs?|cancers?)\s+(?:shr[ai]nk|shrunk|shrinks)\b/gi,
    'response',
  ],
  // German, French, Portuguese, Russian (letters bound the words: \b is ASCII-only).
  [
    /(?<![\p{L}])(?:полн(?:ый|ого|ым) ответ\p{L}* (?:и|или) (?:лучше|более глубок\p{L}*))(?![\p{L}])/giu,
    'CR/sCR',
  ],
  [
    /(?<![\p{L}])(?:строг(?:ий|ого|им) полн(?:ый|ого|ым) ответ\p{L}*|respuestas? completas? (?:estrictas?|rigurosas?)|respostas? completas? (?:estritas?|rigorosas?|estringentes?)|réponses? complètes? (?:strictes?|stringentes?)|stringente[snr]? (?:komplette[snr]? )?(?:Remission|Ansprechen))(?![\p{L}])/giu,
    'sCR',
  ],
  [
    /(?<![\p{L}])(?:Gesamtansprechrate|Gesamtansprechen|taux de réponse (?:globale|objective)|taxa de resposta (?:global|objetiva)|réponses? globales?|réponses? objectives?|respuestas? global(?:es)?|respuestas? objetivas?|respostas? (?:global|globais)|respostas? objetivas?|частота общего ответа|общий ответ|частота объективного ответа|объективн(?:ый|ого) ответ\p{L}*)(?![\p{L}])/giu,
    'ORR',
  ],
  [
    /(?<![\p{L}])(?:kompletter? Remission(?:en)?|komplette[rn]? Remission(?:en)?|Rate kompletter Remissionen|komplettes? Ansprechen|réponses? (?:(?:a été|était|est) )?complètes?|rémission complète|respostas? (?:(?:foi|é) )?completas?|remissão completa|полн(?:ый|ого|ой|ая|ым|ых|ые) (?:ответ\p{L}*|ремисси\p{L}*))(?![\p{L}])/giu,
    'CR',
  ],
  // The complete share of responses told before it, by the adjective alone: "33,6 % de réponses objectives,
  // dont 15,0 % complètes", "ORR 62%, of which 40% complete", "davon 35 % komplett".
  [
    /(?<=(?<![\p{L}])(?:dont|of which|including|davon|darunter|de (?:ellas|ellos|los cuales|las cuales)|das quais|dos quais|incluindo|из них)\s+(?:(?:~|≈|about|environ|etwa|cerca de|около)\s*)?\d{1,3}(?:[.,]\d+)?\s*%\s*)(?:complètes?|completes?|completas?|completos?|komplett\p{L}*|vollständig\p{L}*|полн\p{L}*)(?![\p{L}])(?=\s*(?:[,.;:)）]|$|(?:responses?|respuestas?|réponses?|respostas?|remissions?|Remission\p{L}*|ответ\p{L}*)(?![\p{L}])))/giu,
    'CR',
  ],
  // Plain words for a complete response: "ficou sem sinais de doença", "no signs of the disease".
  [
    /(?<![\p{L}])(?:no (?:visible |detectable )?(?:signs?|evidence) of (?:the )?(?:disease|cancer|lymphoma|leuka?emia)|sin (?:signos|rastro) de (?:la )?enfermedad|sem (?:sinais|sinal|evidência) d[ea] doença|plus (?:de|aucun) signe de (?:la )?maladie|keine Anzeichen (?:der|einer) Erkrankung)(?![\p{L}])/giu,
    'CR',
  ],
  [
    // Russian "ответ" (response; also "answer", so not as a FAQ's "Ответ:" label), "ответили" (responded).
    // German separable "sprachen … an" ("In iMMagine-1 sprachen 97 % der Patienten an"); Spanish and
    // Portuguese verbs in the past ("respondió el 97,9 %", "responderam").
    /(?<![\p{L}])(?:sprach(?:en)?(?=(?:[^.;:!?]|[.,](?=\d)){0,60}?\san(?![\p{L}]))|schrumpft(?:e|en)?|resposta(?!\s*:)|respondi[oó]|respondían|responderam|respondeu|ont répondu|a répondu|(?<!(?:ne|n['’])\s*)répond(?:ent|aient|ait)?(?=\s+(?:au\s+traitement|à\s+(?:ce|cette|la)\s+(?:traitement|thérapie)|aux?\s+(?:CAR-?T|cellules)|à\s+(?!(?:un|une|des|la|le|les|ce|cette|ces|nos|vos|leurs?|tous|toutes|plusieurs|chaque|l['’]\s*(?:urgence|attente|appel|exigence|objectif)))(?:l['’]\s*)?\p{L})|\s*[.,;])|Ansprechrate|Ansprechen|Ansprechens|angesprochen|sprachen an|taux de réponse|taxa de resposta|частота ответа|ответ(?:а|ом|ы)?(?!\s*:)|ответил[аи]?|ответивших)(?![\p{L}])/giu,
    'response',
  ],
  [
    /(?<![\p{L}])(?:Remissionen?|Remissionsrate|rémissions?|remiss(?:ão|ões)|ремисси\p{L}*)(?![\p{L}])/giu,
    'remission',
  ],
  // Japanese and Korean.
  // "持続的奏効率", "지속 반응률", "持久缓解率": a durable response rate (longer than 奏効率, so it wins).
  [/持続的?奏効率|持続奏効率|지속(?:적)? ?반응률|持久(?:缓解|应答|反应)率|持續(?:緩解|反應)率/g, 'DRR'],
  // "奏効割合" (the share responding) is the rate, as 奏効率 is.
  [/奏効率|奏効割合|客観的奏効率|全奏効率|객관적 반응률|전체 반응률|객관적반응률/g, 'ORR'],
  [/厳格(?:な)?完全奏効|엄격한 ?완전 ?관해/g, 'sCR'],
  // A response kept over time ("奏効を維持していた", "반응이 유지된", "缓解持续"): a durable response.
  [
    /(?:奏効|寛解)(?:を|が)(?:維持|持続)|(?:반응|관해)(?:이|가|을|를)?\s?(?:유지|지속)|持续缓解|缓解(?:持续|维持)(?!时间)/g,
    'durable',
  ],
  [/完全奏効(?:率|割合)?|完全寛解(?:率|割合)?|완전 ?관해율?|완전 ?반응률?/g, 'CR'],
  // The cancer gone on the scans: "半数余りでがんが画像上消えた", "肿瘤完全消失", "종양이 완전히 사라졌다".
  [
    /(?:がん|癌|腫瘍)(?:が|は)?(?:画像上|完全に)?(?:消え|消失)|(?:肿瘤|癌灶)(?:完全)?消失|종양이\s?(?:완전히\s?)?사라/g,
    'CR',
  ],
  // "8割の患者に有効だった": effective in a share of patients, the plain word for responding; Korean
  // "83%가 반응했고" (responded).
  // Bare 奏効 ("約7割が奏効した", "奏効はおよそ半数"): response; 完全奏効 and 奏効率 outrank it (longer).
  [
    /寛解率?|관해율?|반응률|반응(?:했|한|을 보였|이 나타났)|有効(?:率|だった|であった|でした|とされ)|奏効(?!期間)|効果があ(?:った|りました)|効果が(?:確認され|認められ|みられ|見られ)|(?:がん|腫瘍)(?:が|の)縮小|効いた/g,
    'response',
  ],
  // Chinese has no word boundaries.
  [
    /客观缓解率|客观反应率|客觀反應率|总缓解率|总有效率|客观缓解|客觀緩解率|整體反應率|總緩解率|整体反应率/g,
    'ORR',
  ],
  [/严格意义的完全缓解|严格完全缓解/g, 'sCR'],
  [/完全缓解率?|完全緩解率?|完全反應率?|完全反应率?/g, 'CR'],
  // "约五成二的病人有反应": had a response, the plain words for responding (not "没有反应", nor
  // "有反应性发热", a reactive fever).
  [/缓解率|有效率|緩解率|反應率|反应率|(?<![没沒无無未])有(?:反应|反應)(?!性)/g, 'response'],
  // "近九成患者获得缓解", "達到(整體)緩解": remission reached, the bare word (the rates above outrank it).
  [/(?:获得|達到|达到|取得|獲得)(?:了)?(?:整体|总体)?(?:缓解|緩解)/g, 'remission'],
];

/** Words that say a percentage measures something other than efficacy. */
/**
 * Words of measures other than response. The abbreviations are matched in capitals and as whole words
 * of any script: a case-blind "OS" found "os" in "niños" and the Portuguese article "os".
 */
const NOT_EFFICACY =
  /(?<![\p{L}\d])(?:(?:progression|event|disease|leuka?emia|relapse|recurrence|lymphoma|myeloma)[- ]free|alive|cytokine release|neurotoxicit\p{L}*|neurologic\p{L}*|survival|survived|mortality|deaths?|died|relapse rates?|risk|hazard|grade|adverse|side[- ]effects?|toxicit\p{L}*|infections?|cost|price|discount|fees?|manufactur\p{L}*|success(?:ful)? rates?|reduction|probability|likelihood|chance|satisf\p{L}*)(?![\p{L}\d])/giu;
const NOT_EFFICACY_ABBREVIATED =
  /(?<![\p{L}\d])(?:CRS|ICANS|PFS|EFS|OS|SLP|SSP|SLE|SSE|ВБП|БСВ)(?![\p{L}\d])/gu;

const NON_RESPONSE_BEFORE =
  /(?:\b(?:not|never|no|failed to|fail(?:s|ed)? to|unable to|without)|n['’]t)\s+(?:[\w-]+\s+){0,2}$/i;

/** Text every abbreviated pattern needs ("CR", "ORR", "DRR"), and every spelled-out one needs one of these words. */
const ABBREVIATED_GATE = /CR|ORR|DRR|\bcr\b|\borr|\bRC|ОО|ПО/;
const SPELLED_GATE =
  /signs? of|evidence of|sin signos|sin rastro|sinais|sinal|evidência|signe de|Anzeichen|schrumpf|respon|répon|sprach|反應|反应|緩解|効果があ|効果が(?:確認され|認められ|みられ|見られ)|縮小|消え|消失|사라|効いた|respuesta|remission|remisi|mrd|minimal residual|complete|work(?:s|ed)? (?:for|in)|shr[aiu]nk|缓解|有效|Ansprech|angesprochen|sprachen|Remission|réponse|rémission|resposta|remiss|ответ|ремисс|奏効|寛解|有効|반응|관해/i;

/** The bare words for responding and remission, which a named measure outranks. */
const GENERIC: ReadonlySet<PageMetric> = new Set(['response', 'remission']);

export function findMetrics(text: string): MetricMention[] {
  const found: MetricMention[] = [];
  // Two cheap tests spare most sentences the two dozen pattern scans.
  for (const [re, metric] of [
    ...(ABBREVIATED_GATE.test(text) ? ABBREVIATED : []),
    ...(SPELLED_GATE.test(text) ? SPELLED : []),
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, metric });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // Longest first at overlapping spans: "overall remission" beats "remission". A named measure beats
  // the bare word it overlaps wherever it starts: "tasa de respuesta completa" is a CR rate, though
  // "tasa de respuesta" starts first.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: MetricMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (GENERIC.has(last.metric) && !GENERIC.has(m.metric)) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  // "eine CR mit unvollständiger hämatologischer Erholung (CRi)", "komplette Remission (CR)": the
  // abbreviation in brackets after a measure's words names that measure, and is not a second one.
  for (let k = out.length - 2; k >= 0; k--) {
    const m = out[k]!;
    const b = out[k + 1]!;
    if (BRACKETED_AFTER.test(text.slice(m.end, b.start)) && text[b.end] === ')') {
      out[k] = { start: m.start, end: b.end + 1, metric: b.metric };
      out.splice(k + 1, 1);
    }
  }
  // "30% did not respond", "no response in 12%": a figure of non-response is no response rate.
  return out.filter((m) => !NON_RESPONSE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
}

/** The rest of a measure's words, then an opening bracket: no figure, clause or sentence between. */
const BRACKETED_AFTER = /^[^\d%,;.()]{0,60}\(\s*$/u;

const TIME_METRICS: ReadonlyArray<readonly [RegExp, PageMetric]> = [
  [/\b(?:progression[- ]free survival|PFS)\b/gi, 'median PFS'],
  [/\b(?:event[- ]free survival|EFS)\b/gi, 'median EFS'],
  [/\b(?:overall survival|OS)\b/g, 'median OS'],
  [/\boverall survival\b/gi, 'median OS'],
  [/\b(?:duration of (?:the )?response|DoR|response (?:lasted|duration))\b/gi, 'median DoR'],
  [/\b(?:HR|hazard ratio)\b/gi, 'HR'],
  // Spanish, Portuguese, French, German, Russian (letters bound the words).
  [
    /(?<![\p{L}])(?:supervivencia libre de progresi[oó]n|sobrevida livre de progress[aã]o|sobreviv[eê]ncia livre de progress[aã]o|survie sans progression|progressionsfreie[sn]? [ÜU]berleben|выживаемост\p{L}* без прогрессирования)(?![\p{L}])/giu,
    'median PFS',
  ],
  [
    /(?<![\p{L}])(?:supervivencia libre de eventos|sobrevida livre de eventos|sobreviv[eê]ncia livre de eventos|survie sans [ée]v[ée]nement|ereignisfreie[sn]? [ÜU]berleben|ohne (?:ein )?Ereignis|бессобытийн\p{L}* выживаемост\p{L}*)(?![\p{L}])/giu,
    'median EFS',
  ],
  [
    /(?<![\p{L}])(?:supervivencia global|sobrevida global|sobreviv[eê]ncia global|survie globale|Gesamt[üu]berleben|общ\p{L}* выживаемост\p{L}*)(?![\p{L}])/giu,
    'median OS',
  ],
  [
    /(?<![\p{L}])(?:duraci[oó]n de (?:la )?respuesta|dura[cç][aã]o da resposta|dur[ée]e de (?:la )?r[ée]ponse|Ansprechdauer|Dauer des Ansprechens|длительност\p{L}* ответа)(?![\p{L}])/giu,
    'median DoR',
  ],
  [
    /(?<![\p{L}])(?:razón de riesgos?|raz[aã]o de risco|rapport de risque|отношение рисков)(?![\p{L}])/giu,
    'HR',
  ],
  // The same measures as Spanish, Portuguese, French and Russian tables shorten them, in capitals:
  // "SLP 13.3 vs. 4.4 meses", "SSP médiane", "ВБП". "SLE" (also lupus) and "SSE" only beside "median".
  [/(?<![\p{L}\d])(?:SLP|SSP|ВБП)(?![\p{L}\d])/gu, 'median PFS'],
  [
    /(?<![\p{L}\d])(?:SLE|SSE)(?=\s+m[ée]dian[ao]?(?![\p{L}]))|(?<=m[ée]dian[ao]?\s+(?:de\s+(?:la\s+)?)?)(?:SLE|SSE)(?![\p{L}\d])|(?<![\p{L}\d])БСВ(?![\p{L}\d])/gu,
    'median EFS',
  ],
  // Japanese and Korean.
  [/無増悪生存期間?|무진행 ?생존(?:기간)?/g, 'median PFS'],
  [/無イベント生存期間?|무사건 ?생존(?:기간)?/g, 'median EFS'],
  [/全生存期間?|전체 ?생존(?:기간)?/g, 'median OS'],
  [/奏効期間|반응 ?지속 ?기간/g, 'median DoR'],
  [/ハザード比|위험비|风险比|風險比/g, 'HR'],
  // Chinese has no word boundaries. Taiwan writes 存活 for 生存 and 惡化 for 进展 ("無事件存活期",
  // "無惡化存活期", "整體存活期"), folded to simplified characters before rules read them.
  [/无(?:进展|恶化|疾病恶化)(?:生存|存活)期?/g, 'median PFS'],
  [/无事件(?:生存|存活)期?/g, 'median EFS'],
  [/(?:总|整体)(?:生存|存活)期?/g, 'median OS'],
  [/(?:缓解|反应)持续时间/g, 'median DoR'],
];

/** Time-to-event measures ("median PFS", "duration of response") and hazard ratios. */
export function findTimeMetrics(text: string): MetricMention[] {
  const found: MetricMention[] = [];
  for (const [re, metric] of TIME_METRICS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      found.push({ start: m.index, end: m.index + m[0].length, metric });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findNonEfficacy(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of [NOT_EFFICACY, NOT_EFFICACY_ABBREVIATED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function metricInHeader(header: string | undefined): PageMetric | undefined {
  if (!header) return undefined;
  return findMetrics(header)[0]?.metric;
}
