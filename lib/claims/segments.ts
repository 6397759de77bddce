// The units rules read: sentences of ordinary blocks, cells of table rows (with their column's
// role read from the header). Offsets are into the block's normalized text.
import type { PreparedBlock } from '../normalize/prepare';
import type { CellRole } from './types';
import { splitSentences } from './sentences';

export interface Segment {
  start: number;
  end: number;
  /** Table rows: which cell (column) the segment comes from. */
  column?: number;
  role?: CellRole;
  header?: string;
  /**
   * A date under an approval key ("Date registered: …") in a "Key: value" line or a two-column label
   * table: about the product its entry's title or heading names, never one carried from earlier
   * prose (a register lists other medicines' entries too).
   */
  keyed?: boolean;
}

export interface BlockSegments {
  /** Sentences, or cells for a table row. */
  segments: Segment[];
  /** For table rows: the quoted unit is the whole row. */
  isRow: boolean;
}

// Header words in the languages pages use. Bounded by letters (\b is ASCII-only), or bare for
// scripts without spaces.
const W = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
const ROLE_BY_HEADER: ReadonlyArray<readonly [RegExp, CellRole]> = [
  [
    // Or the aiming phrase itself: "Directed at", "richtet sich gegen", "dirigido contra", or the
    // verb of recognising: "What it recognises", "Erkennt", "Reconoce", "Распознаёт"; or what it acts
    // against: "Contra qué actúa", "Wirkt gegen", "Agit contre".
    W(
      'targets?|antigens?|antígenos?|diana|blanco|ziel(?:struktur)?|zielantigen|cible|alvo|мишень|антиген|(?:directed|aimed) (?:at|against)|(?:richte[nt]|richtet) sich gegen|gerichtet gegen|dirigid[oa]s? (?:contra|a)|dirig[ée]e?s? contre|направлен\\p{L}* (?:против|на)|recogni[sz](?:es|ed|ing)?|erkenn(?:t|en)|recono(?:ce|cen|cido)|reconhec(?:e|em|ido)|reconna(?:ît|it|issent)|распозна\\p{L}*|contra qu[eé]\\s+(?:\\p{L}+\\s+)?(?:act[uú]a|funciona)|act[uú]a contra|(?:acts|works) against|wirkt gegen|wogegen|agit contre|contre quoi|atua contra|contra o qu[eê]|против чего|действует против',
    ),
    'target',
  ],
  // 標的 is folded to 标的 in traditional-Chinese blocks ("標的" in a Taiwanese table).
  // Traditional forms too: a row with little Chinese text may not be read as a zh block, and stays unfolded.
  [/靶点|靶點|靶向|标靶|標靶|標的|标的|ターゲット|표적|识别|識別|認識|인식/, 'target'],
  // A column of the cancer each product is for: "Cancer visé", "Tumor", "Krebsart", "Тип опухоли". Only
  // as the whole header: "Tumour response" is a response column.
  [
    /^\s*(?:(?:type of |тип )?(?:cancers?|cánceres|câncer(?:es)?|cancro|tumou?rs?|tumeurs?|tumores?|Tumor(?:art|typ|en)?|Krebs(?:art|form)?|рак|опухол\p{L}*)(?:\s+(?:visée?s?|ciblée?s?|types?|tratados?|alvo|objetivo))?)\s*$/iu,
    'indication',
  ],
  [
    W(
      'indications?|(?:approved|registered|licen[sc]ed|authori[sz]ed|indicated) for|approved uses?|zugelassen für|(?:aprobad|autorizad|aprovad|indicad|registrad)[oa]s? para|(?:approuvée?|autorisée?|indiquée?)s? (?:pour|dans)|diseases?|conditions?|cancer types?|used for|uses?|for whom|who (?:is it|can get it) for|indicaci[oó]n(?:es)?|indicaç(?:ão|ões)|indikation(?:en)?|anwendungsgebiete?|einsatzgebiete?|anwendung|erkrankung|usos?|utilisation|применение|für wen|enfermedad|para quién|para quem|maladie|pour qui|doença|показани[ея]|заболевание|для кого|para qu[eé]|wofür|pour quoi|à quoi|для чего|ages?|age limits?|edad(?:es)?|idades?|alter(?:sgrenze)?|âges?|возраст|population|l[ií]neas?(?: de tratamiento)?|linhas?(?: de tratamento)?|lignes?(?: de traitement)?|therapielinien?|линия(?: терапии)?',
    ),
    'indication',
  ],
  [
    /适应症|適応|적응증|疾病|疾患|(?<!ない|併存する|外の)病気|病种|질환|질병|암종|対象(?:となる)?(?:がん|癌)|がん種|癌种|癌種|対象疾患|用途|効能|效能|효능|(?:^|\s|主な|の)対象(?:者|患者)?(?:[（(][^）)]*[）)])?$|(?:^|\s)대상(?:자|환자|\s?암|\s?질환)?$|年龄|年齢|연령|人群/,
    'indication',
  ],
  [
    W(
      'response|efficacy|ORR|CR|remission|outcomes?|results?|data|rates?|eficacia|respuesta|wirksamkeit|ansprechen|efficacité|eficácia|эффективность',
    ),
    'response',
  ],
  [/疗效|缓解率|有効性|奏効率|반응률/, 'response'],
  [
    W(
      'products?|drugs?|therap(?:y|ies)|names?|brands?|treatments?|producto|medicamento|produkt|präparat|arzneimittel|produit|médicament|produto|препарат|terapias?|spécialités?|substance active|DCI|МНН|nome|nombre',
    ),
    'product',
  ],
  [/产品|药品|商品名|製品|薬剤|販売名|一般名|제품|약물|치료제|이름/, 'product'],
  [
    W(
      'approv\\w*|regist\\w*|regulators?|regulatory|status|authori[sz]ation|agency|date|year|aprobaci[oó]n|autorizaci[oó]n|zulassung|genehmigung|autorisation|approbation|aprovaç(?:ão|ões)|registro|регистрация|одобрение|одобрен\\p{L}*|зарегистрирован\\p{L}*|fecha|datum|jahr|año|année|ano|дата|год|регулятор|agência|agencia|behörde|autorité|organismo|aprobad[oa]s?|aprovad[oa]s?|autorizad[oa]s?|zugelassen|autorisée?s?|approuvée?s?',
    ),
    'approval',
  ],
  // "規制当局の判断", "监管决定", "규제 결정": the regulator's decision.
  // Traditional forms for rows read unfolded; "時間" only as the whole header (in Japanese it also
  // heads durations).
  [/批准|获批|獲批|核准|上市|承認|허가|승인|时间|^\s*時間\s*$|日期|年份|規制当局|监管|監管|규제/, 'approval'],
  // Last, what the words above miss inside longer words or as abbreviations: German compounds
  // ("Erstzulassung", "Zulassungsdatum"), a licence, the marketing authorisation's initials (AIM,
  // AMM, MA), a registration, and a status column ("香港狀況", "国内状況", "국내 현황"), which holds
  // the decision in words ("已註冊", "未承認").
  // Not a trial's or patients' register ("試験登録番号", "등록 환자 수", "注册临床试验"), nor a licensee, nor a
  // development or enrolment status ("研发状态", "入组状况"): a status only as the whole header, a place at most before it.
  [
    /^(?![^]*(?:試験|治験|臨床|患者|症例|番号|临床|臨床|试验|試驗|病人|受试|임상|환자|번호|인원))(?:[^]*(?:zulassung|(?<![\p{L}])licen[cs]e[ds]?(?![\p{L}])|注册|註冊|登録|등록)|\s*(?:[\u4e00-\u9fff]{0,3}|[\uac00-\ud7af]{0,3}\s?)(?<!研发|研發|開発|开发|入组|入組|개발)(?:状态|狀態|状况|狀況|状況|現況|现况|상태|현황)\s*$)/iu,
    'approval',
  ],
  // The initials in capitals only: "Aim" heads a study's objectives.
  [/(?<![\p{L}])(?:AIM|AMM|MA)(?![\p{L}])/u, 'approval'],
];

/** The header of a column of statements a page takes back (errata, corrections). */
const RETRACTED_HEADER =
  /(?<![\p{L}])(?:what we (?:said|wrote|reported|published)|we (?:said|wrote)|incorrect(?:ly)?|wrong|erratum|errors?|originally|before correction|lo que (?:dijimos|publicamos|escribimos)|(?:dato |texto )?(?:incorrecto|erróneo|errado|incorreto)|ce que nous (?:avons|avions) (?:écrit|dit|publié)|erron[ée]\p{L}*|was wir (?:schrieben|geschrieben haben)|falsch|o que (?:dissemos|publicamos|escrevemos)|было написано|ошибочно|неверно)(?![\p{L}])|^\s*誤\s*$|誤(?:記|り)|错误|錯誤|잘못|오류/iu;

/** A bracket at a header's end: a qualifier ("(요약)", "(summary)", "(US)") or a second content ("(мишень)"). */
const TRAILING_BRACKET = /\s*[(（]([^()（）]*)[)）]\s*$/u;

/** A bracket that puts the column in trials ("Krebsart (laufende Studien)", "대상 (임상시험)"): never a mere qualifier. */
const STUDY_BRACKET =
  /studi|stud(?:y|ies)|trial|essai|ensayo|estudo|исследов|испыт|임상|試験|治験|临床|臨床|off-label|hors AMM|환자|患者|patient/iu;

export function roleOf(header: string | undefined): CellRole {
  if (!header) return 'other';
  // A bracket that only qualifies the column does not name what it holds: "허가 대상(요약)" is a column
  // of uses ("대상"), whatever "(요약)" leaves for the patterns to trip on. A bracket naming content of
  // its own ("Препарат (мишень)": the target beside the name) keeps the whole header's reading.
  const bracket = TRAILING_BRACKET.exec(header);
  const bare = bracket ? header.slice(0, bracket.index) : '';
  if (
    bracket &&
    bare.trim() !== '' &&
    roleFrom(bracket[1]!) === 'other' &&
    !STUDY_BRACKET.test(bracket[1]!)
  ) {
    const role = roleFrom(bare);
    if (role !== 'other') return role;
  }
  return roleFrom(header);
}

function roleFrom(header: string): CellRole {
  for (const [re, role] of ROLE_BY_HEADER) if (re.test(header)) return role;
  return 'other';
}

/**
 * Longest unit a rule reads. Run-on text (no full stops: scraped dumps, Thai) would otherwise make
 * one "sentence" of a whole page, and per-sentence work grows with the square of its length.
 */
export const MAX_SEGMENT_CHARS = 600;

/** Cut a long range at clause ends ("; ", ", ") or, failing that, at a space. */
function chunk(text: string, range: Segment): Segment[] {
  if (range.end - range.start <= MAX_SEGMENT_CHARS) return [range];
  const out: Segment[] = [];
  let start = range.start;
  while (range.end - start > MAX_SEGMENT_CHARS) {
    const limit = start + MAX_SEGMENT_CHARS;
    const window = text.slice(start, limit);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf('. '));
    if (cut < MAX_SEGMENT_CHARS / 3) cut = window.lastIndexOf(', ');
    if (cut < MAX_SEGMENT_CHARS / 3) cut = window.lastIndexOf(' ');
    const end = cut > 0 ? start + cut + 1 : limit;
    out.push({ ...range, start, end });
    start = end;
    while (start < range.end && text[start] === ' ') start++;
  }
  if (start < range.end) out.push({ ...range, start });
  return out;
}

/**
 * Column roles of the page's table header rows, read once per table (its rows share the header
 * array): a memo the claims stage keeps for one analysis and passes in.
 */
export type HeaderRoles = Map<readonly string[], CellRole[]>;

export function segmentBlock(block: PreparedBlock, headerRoles: HeaderRoles): BlockSegments | undefined {
  const found = segmentWhole(block, headerRoles);
  if (!found) return undefined;
  return { isRow: found.isRow, segments: found.segments.flatMap((seg) => chunk(block.text, seg)) };
}

function rolesOf(header: readonly string[], headerRoles: HeaderRoles): CellRole[] {
  let roles = headerRoles.get(header);
  if (!roles) headerRoles.set(header, (roles = header.map(roleOf)));
  return roles;
}

/**
 * A key that names what its value is, as a column header does: "Date registered", "Indication",
 * "Target", "対象". Short (a label, not a clause) and with a role. For an approval the key must
 * say approval or registration: a bare "Date:" or "Status:" line is as often the article's own.
 */
const KEY_MAX_CHARS = 40;
const APPROVAL_KEY =
  /approv|authori[sz]|regist|licen[cs]|\bNOC\b|zulass|genehmig|autoris|aprob|aprov|autoriz|承認|批准|获批|上市|허가|승인|одобр|регистр/iu;

/**
 * A clause before the colon, not a label: adverbs of time and sequence ("此后相继上市：…", "その後、
 * 相次いで承認：") or an auxiliary ("were approved: …"), which a label never holds.
 */
const CLAUSE_KEY =
  /此后|此後|之后|之後|随后|隨後|相继|相繼|先后|先後|陆续|陸續|已经|已經|その後|相次いで|이후|잇달아|차례로|(?<![\p{L}])(?:were|was|have|has|had|been|wurden|wurde|fueron|foram|ont été|были|был[аио]?)(?![\p{L}])/iu;

function keyRole(key: string): CellRole {
  const k = key.trim();
  if (k.length === 0 || k.length > KEY_MAX_CHARS || /\d|%/.test(k) || k.split(/\s+/).length > 5)
    return 'other';
  if (CLAUSE_KEY.test(k)) return 'other';
  const role = roleOf(k);
  if (role === 'approval' && !APPROVAL_KEY.test(k)) return 'other';
  return role === 'product' ? 'other' : role;
}

/** "Date registered: 19 Dec 2018", "対象：悪性神経膠腫": one sentence after a key with a role. */
const KEY_VALUE = /^(\s*)([^:：.;!?。]{1,40}?)\s*[:：]\s*(\S[^]*?)\s*$/u;
/** A value that goes on past its first sentence is prose, read sentence by sentence. */
const SECOND_SENTENCE = /[.!?。！？]\s+\S/u;

/** A "Key: value" line or a two-cell row, whatever its key: an entry's line, not prose. */
export function looksKeyValue(block: PreparedBlock): boolean {
  const kind = block.block.kind;
  if (kind === 'table-row') return !block.header && block.block.cells?.length === 2;
  if (kind !== 'paragraph' && kind !== 'list-item') return false;
  const m = KEY_VALUE.exec(block.text);
  return !!m && !SECOND_SENTENCE.test(m[3]!);
}

function keyValue(block: PreparedBlock): BlockSegments | undefined {
  const kind = block.block.kind;
  if (kind !== 'paragraph' && kind !== 'list-item') return undefined;
  const m = KEY_VALUE.exec(block.text);
  if (!m) return undefined;
  const key = m[2]!;
  const role = keyRole(key);
  // "Target: …" lines are the target rule's own (a label may name a second product in passing).
  if (role === 'other' || role === 'target' || SECOND_SENTENCE.test(m[3]!)) return undefined;
  // The whole line is read, key included: "奏効率：43.2%" keeps its metric beside its figure.
  const start = m[1]!.length;
  return {
    isRow: true,
    segments: [
      {
        start,
        end: block.text.trimEnd().length,
        column: 1,
        role,
        header: key.trim(),
        keyed: role === 'approval',
      },
    ],
  };
}

function segmentWhole(block: PreparedBlock, headerRoles: HeaderRoles): BlockSegments | undefined {
  const cells = block.block.cells;
  if (block.block.kind === 'table-row' && cells && cells.length > 0) {
    const header = block.header;
    // A two-column table of labels and values ("Registration decision | 13 Dec 2018"): the first
    // cell is the second's header.
    if (!header && cells.length === 2 && keyRole(cells[0]!) !== 'other') {
      const located = locateCells(block, cells);
      if (located)
        return {
          isRow: true,
          segments: [
            {
              ...located[1]!,
              column: 1,
              role: keyRole(cells[0]!),
              header: cells[0]!.trim(),
              keyed: keyRole(cells[0]!) === 'approval',
            },
          ],
        };
    }
    if (
      header &&
      header.length === cells.length &&
      header.every((h, k) => h.trim() === (cells[k] ?? '').trim())
    )
      return undefined;
    const located = locateCells(block, cells);
    if (located) {
      const roles = header ? rolesOf(header, headerRoles) : [];
      return {
        isRow: true,
        segments: located
          .map((range, k) => ({
            ...range,
            column: k,
            role: roles[k] ?? 'other',
            header: header?.[k],
          }))
          // A corrections table's column of what the page had said ("What we said", "Lo que
          // publicamos", "誤"): statements it takes back, not claims.
          .filter((seg) => seg.header === undefined || !RETRACTED_HEADER.test(seg.header)),
      };
    }
    return { isRow: true, segments: [{ start: 0, end: block.text.length }] };
  }
  return keyValue(block) ?? { isRow: false, segments: splitSentences(block.text, block.lang) };
}

/** Each cell's range in the row's normalized text, found in the original row text and mapped over. */
function locateCells(
  block: PreparedBlock,
  cells: readonly string[],
): Array<{ start: number; end: number }> | undefined {
  const out: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const cell of cells) {
    const needle = cell.trim();
    if (needle.length === 0) {
      const at = block.toNormalized(cursor);
      out.push({ start: at, end: at });
      continue;
    }
    const at = block.original.indexOf(needle, cursor);
    if (at < 0) return undefined;
    cursor = at + needle.length;
    const start = block.toNormalized(at);
    const end = block.toNormalized(cursor);
    out.push(trimRange(block.text, start, end));
  }
  return out;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  return { start: s, end: e };
}
