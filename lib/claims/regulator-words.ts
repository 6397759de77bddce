// Regulators named in short texts the matcher does not see (table headers, row labels):
// "First FDA approval", "NMPA approval", "Prior lines required (US)".
import type { Regulator } from '../dataset/schema';
import { looseUnion } from './quick-reject';

const IN_HEADER: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['FDA', /\b(?:FDA|U\.?S\.?A?|United States)\b/],
  ['EMA', /\b(?:EMA|EU|Europe(?:an)?|EC)\b/],
  ['NMPA', /\b(?:NMPA|CFDA|China|Chinese)\b/],
  ['PMDA', /\b(?:PMDA|MHLW|Japan(?:ese)?)\b/],
  ['CDSCO', /\b(?:CDSCO|DCGI|India(?:n)?)\b/],
  ['MHRA', /\b(?:MHRA|UK|U\.K\.|GB)\b/],
  ['HC', /\b(?:Health Canada|Canada|Canadian)\b/],
  ['TGA', /\b(?:TGA|ARTG|Australia|Australian)\b/],
  ['SWISSMEDIC', /\b(?:Swissmedic|Switzerland|Swiss)\b/],
  ['ANVISA', /\b(?:ANVISA|Anvisa|Brazil|Brazilian)\b/],
  ['MFDS', /\b(?:MFDS|South Korea|Korean?)\b/],
];

/**
 * "Under its Australian registration", "the Japanese label", "the EU SmPC": the regulator whose
 * decision a country's adjective names.
 */
const ADJECTIVE_DECISION =
  /\b((?:EU|US|U\.S\.|European|American|Chinese|Japanese|Indian|UK|British|Canadian|Australian|Swiss|Brazilian|Korean)\s+(?:registration|label(?:ling)?|approval|authori[sz]ation|licen[cs]e|product monograph|product information|prescribing information|SmPC))\b/;

export function adjectiveRegulator(text: string): Regulator | undefined {
  const m = ADJECTIVE_DECISION.exec(text);
  return m ? regulatorIn(m[1]) : undefined;
}

/**
 * The same places as other languages write them bare, in a header or a line's key ("União Europeia",
 * "США", "美国"): each pack's words (LanguagePack.places), and Chinese here (its pack is at its size
 * budget). Compiled once per analysis into the dataset index; a Latin or Cyrillic word stands alone,
 * a CJK one may touch the next word ("美国获批时间").
 */
const CHINESE_PLACES: Readonly<Partial<Record<Regulator, string>>> = {
  FDA: '美国',
  EMA: '欧盟|欧洲',
  NMPA: '中国',
  PMDA: '日本',
};

export function placeWordsOf(
  packs: ReadonlyArray<Readonly<Partial<Record<Regulator, string>>>>,
): ReadonlyArray<readonly [Regulator, RegExp]> {
  const words = new Map<Regulator, string[]>();
  for (const pack of [CHINESE_PLACES, ...packs])
    for (const [id, src] of Object.entries(pack) as Array<[Regulator, string]>)
      words.set(id, [...(words.get(id) ?? []), src]);
  const edge = String.raw`\p{Script=Latin}\p{Script=Cyrillic}`;
  return [...words].map(([id, srcs]) => [
    id,
    new RegExp(`(?<![${edge}])(?:${srcs.join('|')})(?![${edge}])`, 'u'),
  ]);
}

/**
 * The regulator a short text names (a header, a row label, a line's key): by name or English place,
 * else by a place in the page's language (`places`, the dataset index's placeWords).
 */
export function regulatorIn(
  text: string | undefined,
  places: ReadonlyArray<readonly [Regulator, RegExp]> = [],
): Regulator | undefined {
  if (!text) return undefined;
  return IN_HEADER.find(([, re]) => re.test(text))?.[0] ?? places.find(([, re]) => re.test(text))?.[0];
}

/**
 * The regulator a column's header names ("EU-Zulassung", "FDA approval", "미국 FDA"), or the page's own
 * country's where it says "domestic" ("国内承認", "국내 허가"): Japan's where the row is written with
 * kana, Korea's with hangul, China's with Han characters alone.
 */
export function columnRegulator(s: {
  readonly header?: string | undefined;
  readonly text: string;
  readonly rowCells?: ReadonlyArray<{ readonly text: string }> | undefined;
  readonly dataset: { readonly placeWords: ReadonlyArray<readonly [Regulator, RegExp]> };
}): Regulator | undefined {
  const header = s.header;
  const named = regulatorIn(header, s.dataset.placeWords);
  if (named || !header || !/国内|國內|국내/u.test(header)) return named;
  const row = [header, s.text, ...(s.rowCells ?? []).map((c) => c.text)].join(' ');
  if (/[\u3040-\u30ff]/u.test(row)) return 'PMDA';
  if (/[\uac00-\ud7af]/u.test(row)) return 'MFDS';
  return 'NMPA';
}

/** What rowRegulator reads of a table row: each cell's text, header and the regulators found in it. */
interface RowCell {
  readonly text: string;
  readonly header?: string | undefined;
  readonly hits: ReadonlyArray<{ readonly kind: string; readonly id: string }>;
}

/** A status cell saying the product is not approved there, or that nothing is known. */
const NOT_THERE =
  /미허가|허가\s?없음|허가되지|정보\s?없음|확인\s?안|未承認|未承认|未批准|未獲批|未获批|未注册|未註冊|未上市|情報なし|未確認|not (?:yet )?(?:approved|authori[sz]ed|registered)|no (?:aprobad|autorizad|registrad)|não (?:aprovad|autorizad|registrad)|nicht zugelassen|non (?:autoris|approuv)|не (?:зарегистр|одобр)/iu;

/** A cell this short is a label ("США, FDA", "Health Canada"), not a sentence naming regulators in passing. */
const LABEL_CELL_MAX = 40;

/**
 * The one regulator the other cells of a row name: by their headers (`by: 'headers'`, "EU-Zulassung bei
 * ALL" beside "Alter": an indication's table) or, in a short label cell, by name or place (`by:
 * 'labels'`, "США, FDA | 30 августа 2017 г. | ОЛЛ": a date's row). Not both: in a table with a column
 * per regulator ("미국 FDA | 국내 허가"), another column's header names another decision. Two
 * regulators leave it open.
 */
export function rowRegulator(
  cells: readonly RowCell[] | undefined,
  own: string,
  places: ReadonlyArray<readonly [Regulator, RegExp]>,
  by: 'headers' | 'labels',
): Regulator | undefined {
  const named = new Set<Regulator>();
  for (const c of cells ?? []) {
    if (c.text === own) continue;
    if (by === 'headers') {
      // A column whose cell says the regulator has not approved or is unknown ("국내 미허가", "情報なし")
      // is not the one whose use the row lists.
      if (NOT_THERE.test(c.text)) continue;
      const byHeader = columnRegulator({
        header: c.header,
        text: c.text,
        rowCells: cells,
        dataset: { placeWords: places },
      });
      if (byHeader) named.add(byHeader);
      continue;
    }
    if (c.text.length > LABEL_CELL_MAX) continue;
    for (const h of c.hits) if (h.kind === 'regulator') named.add(h.id as Regulator);
    const byText = regulatorIn(c.text, places);
    if (byText) named.add(byText);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Countries and regions in the languages pages use, after a preposition of place; and a national
 * registration the page does not place ("no tiene registro sanitario": Latin American regulators
 * all call their marketing authorisation a "registro sanitario"). "No país" is left alone: a page
 * about Brazil means Brazil by it, which only the rest of the page says.
 */
export const LOCAL_PLACES: ReadonlyArray<readonly [Regulator, RegExp]> = [
  [
    'FDA',
    /(?:(?<![\p{L}])(?:en|em|nos|in den|aux|в)\s+(?:los\s+)?(?:Estados Unidos|EE\.\s?UU\.|EUA|USA|États-Unis|США)|美国|米国|アメリカ|미국)/iu,
  ],
  [
    'EMA',
    /(?:(?<![\p{L}])(?:(?:en|em|na|in|in der|en la|à|в)\s+|(?:dans|de) l['’]\s*)(?:Europa|Europe|UE|EU|Union européenne|Unión Europea|União Europeia|Европе|Евросоюзе|Европейском союзе|ЕС)(?![\p{L}])|欧州|欧盟|유럽|(?<![\p{Script=Latin}])EU(?=\s?(?:で|に|에서|에|와|과)))/iu,
  ],
  ['NMPA', /(?:(?<![\p{L}])(?:en|em|na|in|в)\s+(?:China|Chine|Китае)(?![\p{L}])|中国で|중국|内地|內地)/iu],
  [
    'PMDA',
    /(?:(?<![\p{L}])(?:en|em|no|in|au|в)\s+(?:Japón|Japão|Japan|Japon|Японии)(?![\p{L}])|日本で|일본)/iu,
  ],
  // Every regulator the dataset tracks, in each script, with its locative particle ("カナダで", "캐나다에서"; a
  // bare "스위스 제약사" is a company's nationality) or right before a decision noun ("2025년 8월 캐나다 조건부
  // 허가", "カナダの承認"), as well as "in Kanada".
  [
    'ANVISA',
    /(?:(?<![\p{L}])(?:en|no|in|au|в)\s+(?:Brasil|Brazil|Brasilien|Brésil|Бразилии)(?![\p{L}])|ブラジル|브라질)/iu,
  ],
  [
    'HC',
    /(?:(?<![\p{L}])(?:en|no|in|au|в)\s+(?:Canadá|Kanada|Canada|Канаде)(?![\p{L}])|カナダで|캐나다에서|(?:カナダ|캐나다)(?=\s?(?:조건부\s?|정식\s?)?(?:허가|승인)|の?(?:条件付き)?(?:承認|認可)))/iu,
  ],
  [
    'TGA',
    /(?:(?<![\p{L}])(?:en|na|in|au|в)\s+(?:Australia|Austrália|Australien|Australie|Австралии)(?![\p{L}])|オーストラリアで|호주에서|(?:オーストラリア|호주)(?=\s?(?:조건부\s?|정식\s?)?(?:허가|승인)|の?(?:条件付き)?(?:承認|認可)))/iu,
  ],
  // "l'information professionnelle": the Swiss label's name in French.
  [
    'SWISSMEDIC',
    /(?:(?<![\p{L}])(?:(?:en|na|in der|в)\s+(?:Suiza|Suíça|Schweiz|Suisse|Швейцарии)|information professionnelle)(?![\p{L}])|スイスで|스위스에서|(?:スイス|스위스)(?=\s?(?:조건부\s?|정식\s?)?(?:허가|승인)|の?(?:条件付き)?(?:承認|認可)))/iu,
  ],
  [
    'RU_MOH',
    /(?:(?<![\p{L}])(?:en|na|in|в)\s+(?:Rusia|Rússia|Russland|Russie|России|РФ|Российской Федерации)(?![\p{L}])|ロシア|러시아)/iu,
  ],
  [
    'MFDS',
    /(?:(?<![\p{L}])(?:en|na|in|в)\s+(?:Corea|Coreia|Korea|Corée|Корее)(?![\p{L}])|韓国|韩国|한국|국내)/iu,
  ],
  [
    'CDSCO',
    /(?:(?<![\p{L}])(?:en|na|in|в)\s+(?:la\s+)?(?:India|Indien|Inde|Índia|Индии)(?![\p{L}])|印度|インド|인도)/iu,
  ],
  [
    'MHRA',
    /(?:(?<![\p{L}])(?:en|no|na|in|im|au|в)\s+(?:el\s+|o\s+)?(?:Reino Unido|Vereinigten Königreich|Royaume-Uni|Великобритании)(?![\p{L}])|英国|英國|イギリス|영국)/iu,
  ],
  [
    'OTHER',
    /(?<![\p{L}])(?:(?:en|no|na|in|au|в)\s+(?:México|Mexiko|Mexique|Argentina|Argentinien|Israel|Turquía|Türkei|Colombia|Chile|Perú|Portugal|España|Spanien|Espagne|Alemania|Deutschland|Allemagne|Francia|Frankreich|France|Italia|Italien|Italie)|registros?\s+sanitarios?)(?![\p{L}])/iu,
  ],
];
/** Matches wherever some LOCAL_PLACES pattern does, and fails fast on the many sentences naming none. */
const ANY_LOCAL_PLACE = looseUnion(LOCAL_PLACES.map(([, re]) => re));

/** False when no LOCAL_PLACES pattern can match `text` (callers skip trying them one by one). */
export function mayNameLocalPlace(text: string): boolean {
  return ANY_LOCAL_PLACE.test(text);
}

/** Chinese: a place after 在 ("在美国"), or 国内 for China's own regulator. */
/** A country as the subject of the approval verb after it: "中国早在2005年已核准…", "美国于2017年批准". */
const ZH_SUBJECT = String.raw`(?=[^，。；、,;]{0,12}?(?:批准|核准|获批|上市))`;
export const PLACE_ZH: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['NMPA', new RegExp(String.raw`在中国|中国首个|国内|(?:中国大陆|中国)${ZH_SUBJECT}`, 'u')],
  ['FDA', new RegExp(String.raw`在美国|美国${ZH_SUBJECT}`, 'u')],
  ['PMDA', new RegExp(String.raw`在日本|日本${ZH_SUBJECT}`, 'u')],
  ['EMA', new RegExp(String.raw`在欧洲|在欧盟|欧盟${ZH_SUBJECT}`, 'u')],
  ['CDSCO', new RegExp(String.raw`在印度|印度${ZH_SUBJECT}`, 'u')],
  ['HC', new RegExp(String.raw`在加拿大|加拿大${ZH_SUBJECT}`, 'u')],
  ['SWISSMEDIC', new RegExp(String.raw`在瑞士|瑞士${ZH_SUBJECT}`, 'u')],
  ['ANVISA', new RegExp(String.raw`在巴西|巴西${ZH_SUBJECT}`, 'u')],
  ['TGA', new RegExp(String.raw`在(?:澳大利亚|澳洲)|(?:澳大利亚|澳洲)${ZH_SUBJECT}`, 'u')],
  ['MFDS', new RegExp(String.raw`在韩国|韩国${ZH_SUBJECT}`, 'u')],
  ['MHRA', new RegExp(String.raw`在英国|英国${ZH_SUBJECT}`, 'u')],
  // Hong Kong and Macao, authorities the dataset does not track but whose approvals it may hold.
  ['OTHER', /香港|在港|来港|赴港|澳门|在澳/],
];

/**
 * A place that says where a product was made, not approved: "el primer CAR-T desarrollado
 * íntegramente en Europa", "developed in China", "hergestellt in den USA".
 */
const MADE_BEFORE =
  /(?<![\p{L}])(?:desarrollad|developed|fabricad|manufactured|made|produced|hergestellt|entwickelt|développé|fabriqué|desenvolvid|produzid|разработан|произвед)\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;

export function madeIn(text: string, at: number, end?: number): boolean {
  return (
    MADE_BEFORE.test(text.slice(Math.max(0, at - 50), at)) ||
    (end !== undefined && MADE_AFTER.test(text.slice(end, end + 8)))
  );
}

/** Chinese and Japanese say it after the place: "内地研发的", "中国で開発された". */
const MADE_AFTER = /^\s*(?:自主)?(?:研发|研製|研制|开发|開発|生产|製造|制造)/u;

/**
 * A place named as the one that went before ("米国に続いて欧州でも…承認", "미국에 이어", "following the
 * US, Europe …", "tras EE. UU."): its decision is an earlier one, not the sentence's.
 */
const FOLLOWED_AFTER = /^\s*(?:に続いて|に続き|に次いで|에\s?이어|之后|之後)/u;
const FOLLOWED_BEFORE =
  /(?<![\p{L}])(?:after|following|tras|después de|nach|après|после|depois d[eoa])\s+(?:(?:the|los|la|el|den|der|les|le|l['’]|os|as|o|a)\s+)?$/iu;

function followed(text: string, m: RegExpExecArray): boolean {
  return (
    FOLLOWED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) ||
    FOLLOWED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))
  );
}

/**
 * The tracked regulator of the place a sentence names in its own language ("日本では", "в России",
 * "en Europa"), for rules that read a place as the regulator; untracked places are left out.
 */
export function localPlaceRegulator(text: string): Regulator | undefined {
  const zh = placeZh(text).find(([, re]) => re.test(text))?.[0];
  const found = zh ?? (mayNameLocalPlace(text) ? firstLocalPlace(text)?.id : undefined);
  return found === 'OTHER' ? undefined : found;
}

/**
 * The LOCAL_PLACES place the text names first ("카빅티주는 국내에서 … 4차 이상 …, 미국·유럽과의 격차":
 * Korea's, not the US's; "В Японии …, в Евросоюзе …": Japan's), not the first of the table's order; a
 * place where the product was made is none.
 */
export function firstLocalPlace(text: string): { id: Regulator; match: RegExpExecArray } | undefined {
  let best: { id: Regulator; match: RegExpExecArray } | undefined;
  for (const [id, re] of LOCAL_PLACES) {
    const m = re.exec(text);
    if (
      m &&
      !madeIn(text, m.index, m.index + m[0].length) &&
      !followed(text, m) &&
      (!best || m.index < best.match.index)
    )
      best = { id, match: m };
  }
  return best;
}

const JAPANESE_DOMESTIC: ReadonlyArray<readonly [Regulator, RegExp]> = [['PMDA', /国内|わが国|我が国|本邦/]];

/**
 * The Chinese place table for a sentence: "国内" (domestic) is China's own market in Chinese and
 * Japan's in Japanese, which writes kana around it.
 */
export function placeZh(text: string): ReadonlyArray<readonly [Regulator, RegExp]> {
  return /[\u3040-\u30ff]/u.test(text) ? JAPANESE_DOMESTIC : PLACE_ZH;
}

/** A country in the Russian genitive ("Минздрав Кореи", "Министерство здравоохранения … Японии"). */
const RU_COUNTRY_OF: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['PMDA', /^[^.;:]{0,60}?(?<![\p{L}])Японии(?![\p{L}])/u],
  ['MFDS', /^[^.;:]{0,60}?(?<![\p{L}])(?:Южной\s+)?Кореи(?![\p{L}])/u],
  ['NMPA', /^[^.;:]{0,60}?(?<![\p{L}])Китая(?![\p{L}])/u],
  ['FDA', /^[^.;:]{0,60}?(?<![\p{L}])США(?![\p{L}])/u],
  ['CDSCO', /^[^.;:]{0,60}?(?<![\p{L}])Индии(?![\p{L}])/u],
  ['ANVISA', /^[^.;:]{0,60}?(?<![\p{L}])Бразилии(?![\p{L}])/u],
  ['HC', /^[^.;:]{0,60}?(?<![\p{L}])Канады(?![\p{L}])/u],
  ['SWISSMEDIC', /^[^.;:]{0,60}?(?<![\p{L}])Швейцарии(?![\p{L}])/u],
];

/**
 * "Минздрав" is Russia's ministry unless a country follows it in the genitive: "Минздрав Кореи
 * (MFDS)", "одобрение Министерством здравоохранения, труда и благосостояния Японии".
 */
export function ministryCountry(id: Regulator, after: string): Regulator {
  if (id !== 'RU_MOH') return id;
  return RU_COUNTRY_OF.find(([, re]) => re.test(after))?.[0] ?? id;
}

/**
 * The regulator a sentence's script points to when it names none: Japanese (kana), Korean (hangul),
 * Chinese (Han without kana), Russian (Cyrillic). Latin-script languages span too many countries.
 */
export function scriptRegulator(text: string): Regulator | undefined {
  if (/[\u3040-\u30ff]/u.test(text)) return 'PMDA';
  if (/[\uac00-\ud7af]/u.test(text)) return 'MFDS';
  if (/[\u4e00-\u9fff]/u.test(text)) return 'NMPA';
  if (/[\u0400-\u04ff]/u.test(text)) return 'RU_MOH';
  return undefined;
}
