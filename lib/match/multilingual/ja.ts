// Japanese names. Like Chinese they are found by substring, longest first (lib/match/lexicon.ts),
// with one guard: a katakana name must not sit inside a longer katakana word, so "リンパ腫" after
// "ホジキン" is never a name of its own. Japanese writes cancer as がん or 癌: `gan` gives both.
// Kanji differ from Chinese (髄/髓, 巣/巢, 膠/胶), so names are not shared with zh.ts.
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

function gan(...organs: string[]): string[] {
  return organs.flatMap((organ) => [`${organ}がん`, `${organ}癌`]);
}

export const CONDITIONS: ConditionNames = {
  leukemia: ['白血病'],
  lymphoma: ['リンパ腫'],
  all: ['急性リンパ性白血病', '急性リンパ芽球性白血病', '急性リンパ球性白血病'],
  'b-all': [
    'B細胞性急性リンパ芽球性白血病',
    'B細胞急性リンパ芽球性白血病',
    'B細胞性急性リンパ性白血病',
    'B前駆細胞性急性リンパ芽球性白血病',
  ],
  't-all': ['T細胞性急性リンパ芽球性白血病', 'T細胞急性リンパ芽球性白血病'],
  aml: ['急性骨髄性白血病'],
  cll: ['慢性リンパ性白血病', '小リンパ球性リンパ腫'],
  cml: ['慢性骨髄性白血病'],
  nhl: ['非ホジキンリンパ腫'],
  // "B細胞リンパ腫" is inside the names of LBCL, DLBCL, PMBCL, HGBCL, MZL below, which win as longer.
  'b-nhl': ['B細胞リンパ腫', 'B細胞性リンパ腫', 'B細胞性非ホジキンリンパ腫', 'B細胞非ホジキンリンパ腫'],
  lbcl: ['大細胞型B細胞リンパ腫', '大細胞型B細胞性リンパ腫'],
  dlbcl: ['びまん性大細胞型B細胞リンパ腫', 'びまん性大細胞型B細胞性リンパ腫'],
  // Also inside 原発性縦隔大細胞型B細胞リンパ腫.
  pmbcl: ['縦隔大細胞型B細胞リンパ腫', '縦隔原発大細胞型B細胞リンパ腫'],
  // 高異型度: the term of the Japanese edition of the WHO classification.
  hgbcl: ['高悪性度B細胞リンパ腫', '高異型度B細胞リンパ腫'],
  tfl: ['形質転換濾胞性リンパ腫', '濾胞性リンパ腫から形質転換した'],
  pcnsl: [
    '中枢神経系原発リンパ腫',
    '原発性中枢神経系リンパ腫',
    '中枢神経系原発びまん性大細胞型B細胞リンパ腫',
  ],
  'indolent-nhl': [
    '低悪性度B細胞リンパ腫',
    '低悪性度リンパ腫',
    '低悪性度非ホジキンリンパ腫',
    'インドレントリンパ腫',
  ],
  fl: ['濾胞性リンパ腫'],
  fl3b: ['濾胞性リンパ腫グレード3B', 'グレード3Bの濾胞性リンパ腫'],
  mzl: ['辺縁帯リンパ腫', '辺縁帯B細胞リンパ腫'],
  mcl: ['マントル細胞リンパ腫'],
  'hodgkin-lymphoma': ['ホジキンリンパ腫'],
  't-cell-lymphoma': ['T細胞リンパ腫', 'T細胞性リンパ腫'],
  'multiple-myeloma': ['骨髄腫'],
  mds: ['骨髄異形成症候群'],
  ptld: ['移植後リンパ増殖性疾患', '移植後リンパ増殖性障害'],
  // 骨軟部肉腫 (bone and soft-tissue sarcoma) is a group, not the soft-tissue sarcoma inside its name.
  'solid-tumor': ['固形がん', '固形癌', '固形腫瘍', '骨軟部肉腫', '骨・軟部肉腫'],
  'soft-tissue-sarcoma': ['軟部肉腫', '軟部組織肉腫', '悪性軟部腫瘍'],
  'synovial-sarcoma': ['滑膜肉腫'],
  'myxoid-round-cell-liposarcoma': ['粘液型脂肪肉腫', '粘液性脂肪肉腫'],
  melanoma: ['メラノーマ', '悪性黒色腫'],
  'bladder-cancer': gan('膀胱'),
  nmibc: gan('筋層非浸潤性膀胱'),
  // グリオーマ alone is any glioma; only the malignant / high-grade names are this condition.
  'malignant-glioma': ['悪性神経膠腫', '悪性グリオーマ', '高悪性度神経膠腫', '高悪性度グリオーマ'],
  glioblastoma: ['膠芽腫', 'グリオブラストーマ'],
  'gastric-gej-adenocarcinoma': [
    ...gan('胃', '胃食道接合部', '食道胃接合部'),
    '胃腺癌',
    '胃食道接合部腺癌',
    '食道胃接合部腺癌',
  ],
  'head-and-neck-cancer': gan('頭頸部'),
  'head-and-neck-scc': gan('頭頸部扁平上皮'),
  'nasopharyngeal-carcinoma': gan('上咽頭'),
  'hepatocellular-carcinoma': gan('肝細胞', '肝'),
  'pancreatic-cancer': [...gan('膵', '膵臓'), '膵管腺癌'],
  'lung-cancer': gan('肺'),
  'breast-cancer': gan('乳'),
  'ovarian-cancer': gan('卵巣'),
  'colorectal-cancer': gan('大腸', '結腸', '直腸'),
  'prostate-cancer': gan('前立腺'),
  'cervical-cancer': gan('子宮頸'),
  'esophageal-cancer': gan('食道'),
  neuroblastoma: ['神経芽腫', '神経芽細胞腫'],
  mesothelioma: ['中皮腫'],
};

export const REGULATORS: RegulatorNames = [
  ['NMPA', ['国家薬品監督管理局']],
  ['FDA', ['米国食品医薬品局', 'アメリカ食品医薬品局']],
  ['EMA', ['欧州委員会', '欧州医薬品庁']],
  ['PMDA', ['厚生労働省', '厚労省', '医薬品医療機器総合機構']],
  ['MFDS', ['韓国食品医薬品安全処']],
  ['HC', ['カナダ保健省']],
  ['TGA', ['オーストラリア医療製品管理局']],
];

/** Regulatory steps that are not approvals, as ja pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  // "承認を見送る通知": the notice that defers approval, as a complete response letter does.
  crl: String.raw`審査完了報告(?:通知)?(?:書)?|完全回答書|承認を見送る通知`,
  'ind-clearance': String.raw`治験(?:計画)?届`,
  designation: String.raw`先駆け(?:審査|的医薬品)?(?:の)?指定|希少疾病用(?:医薬品|再生医療等製品)(?:に|として|の)?指定|(?:オーファンドラッグ|ブレ[ーイ]クスルー(?:セラピー)?|画期的治療薬|優先審査)(?:の|に)?指定`,
  filing: String.raw`承認(?:を)?申請|申請(?:を行|し|され|が受理|中|(?=\s*[（(]|$))|審査中|審査(?:終了|完了)?(?:の)?目標日`,
  'committee-opinion': String.raw`部会[^。]{0,20}?(?:了承|承認を可)`,
  // "販売承認が取り下げられた", "（2019年取り下げ）": an approval withdrawn (not an application: "申請を取り下げ").
  // Insurance coverage, which follows an approval on a date of its own: "保険適用", "薬価収載".
  reimbursement: String.raw`保険適用|保険収載|保険償還|薬価収載`,
  withdrawal: String.raw`(?<!申請(?:を|が|は)?)(?:取り下げ|取下げ)|承認(?:が|を|は)?取り消|承認取消`,
};

/** A product the page does not name, as a sentence's subject: "別の製品 …", "もう一つのCAR-T …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[、，,]\s*)(?:別の|ある|もう一つの|もう1つの)[^、。]{0,16}?(?:製品|治療薬|薬剤|医薬品|CAR-?T)`;

/** Places as ja tables and keyed lines write them bare: "米国", "欧州" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: '米国|アメリカ',
  EMA: '欧州',
  PMDA: '日本',
};

/**
 * A label extended to a new use, as ja pages write it (lib/claims/label-extension.ts): the label's
 * word with a verb of widening ("適応が拡大", "使用範囲が広がった"), or a widening toward a use
 * ("2ライン以上へ拡大", "患者にも使えるよう拡大"), or a use added ("濾胞性リンパ腫が追加されました", "追加承認").
 */
const EXTENSION = String.raw`(?:適応|対象|効能|使用範囲)(?:が|を|は)?(?:拡大|広が|広げ|追加)|へと?(?:拡大|広が)|使えるよう(?:に)?(?:拡大|な)|(?:が|も)追加(?:され|承認|とな)|追加承認`;

/** "Since <date>" beside a use, as ja pages write it (lib/claims/since-use.ts). */
const SINCE = {
  marker: String.raw`(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:から|より|以降)`,
  use: String.raw`使え|使用でき|投与でき|この適応`,
};

/** A product that followed an approval the text just told, the date first (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = { before: '続(?:いた|きました)' };

/** Condition names ja pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = { fl: ['濾胞性'], mcl: ['マントル細胞'], mzl: ['辺縁帯'] };

export const PACK: LanguagePack = {
  language: 'ja',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`本剤|この薬|本製品`,
  obligation: String.raw`必要があ|必要とな|求められ|しなければ|ねばなら`,
  places: PLACES,
};
