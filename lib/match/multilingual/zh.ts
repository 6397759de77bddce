// Chinese names. Names are written in simplified characters; Hong Kong and Taiwan pages (and
// converted copies of mainland articles) are read folded to simplified ones (`hanFold`, generated
// from OpenCC: lib/match/multilingual/zh-hant.ts), and so are names only Taiwan or Hong Kong use
// (何杰金氏, 瀰漫性大型B細胞, 和緩性, 淋巴球性), written here as such.
// Chinese has no spaces, so names are found by substring, longest first: a name inside a longer
// listed name never counts on its own ("B细胞淋巴瘤" inside "弥漫大B细胞淋巴瘤"). So every name that
// holds a shorter name of another condition is listed, and no bare class word (肿瘤, 肉瘤, 胶质瘤,
// 癌) is a name.
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';
import { HANT_PAIRS } from './zh-hant';

/** The names as written: traditional forms are read through the pack's fold (`hanFold` below). */
function zh(...names: string[]): string[] {
  return names;
}

export const CONDITIONS: ConditionNames = {
  leukemia: zh('白血病'),
  // 淋巴癌: the lay name of lymphoma in Taiwan, Hong Kong and many mainland patient pages.
  lymphoma: zh('淋巴瘤', '淋巴癌'),
  all: zh(
    '急性淋巴细胞白血病',
    '急性淋巴细胞性白血病',
    '急性淋巴母细胞白血病',
    '急性淋巴性白血病',
    '急性淋巴球性白血病',
  ),
  'b-all': zh(
    'B细胞急性淋巴细胞白血病',
    'B细胞急性淋巴细胞性白血病',
    'B细胞急性淋巴白血病',
    '急性B淋巴细胞白血病',
    'B系急性淋巴细胞白血病',
    'B細胞急性淋巴性白血病',
  ),
  't-all': zh('T细胞急性淋巴细胞白血病', '急性T淋巴细胞白血病'),
  // 急性非淋巴细胞白血病: the older mainland name of AML; 急性骨髓性白血病: Taiwan's.
  aml: zh(
    '急性髓系白血病',
    '急性髓细胞白血病',
    '急性髓细胞性白血病',
    '急性髓性白血病',
    '急性非淋巴细胞白血病',
    '急性骨髓性白血病',
  ),
  cll: zh(
    '慢性淋巴细胞白血病',
    '慢性淋巴细胞性白血病',
    '小淋巴细胞淋巴瘤',
    '慢性淋巴球性白血病',
    '慢性淋巴性白血病',
  ),
  cml: zh('慢性髓系白血病', '慢性粒细胞白血病', '慢性髓细胞白血病', '慢性骨髓性白血病'),
  // Each Hodgkin name below has its 非 (non-) form here, so the longer non-Hodgkin name wins.
  nhl: zh(
    '非霍奇金淋巴瘤',
    '非霍奇金氏淋巴瘤',
    '非何杰金氏淋巴瘤',
    '非何杰金淋巴瘤',
    '非霍奇金淋巴癌',
    '非何杰金氏淋巴癌',
  ),
  'b-nhl': zh('B细胞淋巴瘤', 'B细胞非霍奇金淋巴瘤', 'B細胞非何杰金氏淋巴瘤'),
  // 侵袭性B细胞淋巴瘤: aggressive B-cell lymphoma, which the dataset files under LBCL.
  lbcl: zh('大B细胞淋巴瘤', '侵袭性B细胞淋巴瘤', '大型B細胞淋巴瘤'),
  dlbcl: zh(
    '弥漫大B细胞淋巴瘤',
    '弥漫性大B细胞淋巴瘤',
    '瀰漫性大B細胞淋巴瘤',
    '瀰漫大B細胞淋巴瘤',
    '瀰漫性大型B細胞淋巴瘤',
  ),
  // Found inside 原发(性)纵隔大B细胞淋巴瘤 too.
  pmbcl: zh('纵隔大B细胞淋巴瘤', '縱膈大B細胞淋巴瘤', '縱膈大型B細胞淋巴瘤'),
  hgbcl: zh('高级别B细胞淋巴瘤'),
  // "滤泡性淋巴瘤转化(的弥漫大B细胞淋巴瘤)": DLBCL transformed from FL.
  tfl: zh('转化型滤泡性淋巴瘤', '转化性滤泡性淋巴瘤', '滤泡性淋巴瘤转化'),
  // Only the primary form: a bare 中枢神经系统淋巴瘤 may be secondary CNS involvement.
  pcnsl: zh('原发性中枢神经系统淋巴瘤', '原发中枢神经系统淋巴瘤'),
  // 和緩性淋巴瘤: Taiwan's term for indolent lymphoma.
  'indolent-nhl': zh('惰性淋巴瘤', '惰性B细胞淋巴瘤', '惰性非霍奇金淋巴瘤', '和緩性淋巴瘤'),
  fl: zh('滤泡性淋巴瘤', '滤泡淋巴瘤'),
  fl3b: zh('3B级滤泡性淋巴瘤', '滤泡性淋巴瘤3B级'),
  mzl: zh('边缘区淋巴瘤', '边缘区B细胞淋巴瘤', '边缘带淋巴瘤'),
  // Also found inside Taiwan's 被套細胞淋巴瘤 / 外套細胞淋巴瘤.
  mcl: zh('套细胞淋巴瘤'),
  'hodgkin-lymphoma': zh(
    '霍奇金淋巴瘤',
    '霍奇金氏淋巴瘤',
    '何杰金氏淋巴瘤',
    '何杰金淋巴瘤',
    '霍奇金淋巴癌',
    '何杰金氏淋巴癌',
  ),
  // Also inside 外周T细胞淋巴瘤, NK/T细胞淋巴瘤.
  't-cell-lymphoma': zh('T细胞淋巴瘤'),
  'multiple-myeloma': zh('骨髓瘤'),
  // 骨髓化生不良症候群: Taiwan's name of MDS.
  mds: zh('骨髓增生异常综合征', '骨髓增生异常综合症', '骨髓化生不良症候群'),
  ptld: zh(
    '移植后淋巴细胞增殖性疾病',
    '移植后淋巴细胞增生性疾病',
    '移植后淋巴组织增生性疾病',
    '移植后淋巴增殖性疾病',
    '移植后淋巴增生性疾病',
  ),
  'solid-tumor': zh('实体瘤', '实体肿瘤'),
  'soft-tissue-sarcoma': zh('软组织肉瘤'),
  'synovial-sarcoma': zh('滑膜肉瘤'),
  'myxoid-round-cell-liposarcoma': zh('黏液样脂肪肉瘤', '粘液样脂肪肉瘤'),
  melanoma: zh('黑色素瘤'),
  'bladder-cancer': zh('膀胱癌', '膀胱尿路上皮癌'),
  nmibc: zh('非肌层浸润性膀胱癌', '非肌肉浸润性膀胱癌'),
  // 胶质瘤 alone is any glioma; only the malignant / high-grade names are this condition.
  'malignant-glioma': zh('恶性胶质瘤', '恶性脑胶质瘤', '高级别胶质瘤'),
  // 膠母細胞瘤 is also inside Taiwan's 神經膠母細胞瘤.
  glioblastoma: zh('胶质母细胞瘤', '膠母細胞瘤'),
  'gastric-gej-adenocarcinoma': zh(
    '胃癌',
    '胃腺癌',
    '胃食管结合部腺癌',
    '胃食管交界处腺癌',
    '食管胃结合部腺癌',
    '胃食道交界處腺癌',
  ),
  'head-and-neck-cancer': zh('头颈癌', '头颈部癌'),
  'head-and-neck-scc': zh('头颈部鳞癌', '头颈部鳞状细胞癌', '头颈鳞癌', '头颈鳞状细胞癌'),
  'nasopharyngeal-carcinoma': zh('鼻咽癌'),
  'hepatocellular-carcinoma': zh('肝细胞癌', '肝癌'),
  // 胰臟癌: Taiwan's name.
  'pancreatic-cancer': zh('胰腺癌', '胰臟癌', '胰腺导管腺癌'),
  'lung-cancer': zh('肺癌'),
  // 乳癌: Taiwan and Hong Kong (and Japan).
  'breast-cancer': zh('乳腺癌', '乳癌'),
  'ovarian-cancer': zh('卵巢癌'),
  // 结肠癌 / 直肠癌 are also inside 结直肠癌.
  'colorectal-cancer': zh('结肠癌', '直肠癌', '大肠癌'),
  'prostate-cancer': zh('前列腺癌'),
  'cervical-cancer': zh('宫颈癌'),
  'esophageal-cancer': zh('食管癌', '食道癌', '食管鳞癌', '食管鳞状细胞癌'),
  neuroblastoma: zh('神经母细胞瘤'),
  mesothelioma: zh('间皮瘤'),
};

// 药监局 alone is China's NMPA; pages also write "美国药监局" for the FDA and so on, so each
// country's form is listed to keep it from being read as China's.
export const REGULATORS: RegulatorNames = [
  ['NMPA', zh('国家药品监督管理局', '国家药监局', '药监局', '国家食品药品监督管理总局')],
  ['FDA', zh('美国食品药品监督管理局', '美国食品和药物管理局', '美国食品药物管理局', '美国药监局')],
  ['EMA', zh('欧洲药品管理局', '欧盟委员会', '欧洲委员会', '欧洲药监局')],
  ['PMDA', zh('厚生劳动省', '日本药品医疗器械综合机构', '日本药监局')],
  ['MFDS', zh('韩国食品药品安全部', '韩国食品医药品安全处', '韩国食药处', '韩国药监局')],
  [
    'MHRA',
    zh('英国药品和医疗产品管理局', '英国药品与医疗产品管理局', '英国药品和医疗器械监管局', '英国药监局'),
  ],
  ['HC', zh('加拿大卫生部')],
  ['TGA', zh('澳大利亚治疗用品管理局', '澳大利亚医疗用品管理局')],
  ['CDSCO', zh('印度中央药品标准控制组织', '印度药监局')],
  ['RU_MOH', zh('俄罗斯卫生部')],
];

/** Regulatory steps that are not approvals, as zh pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  designation: String.raw`优先审评`,
  // Permission to run a trial, worded as an approval: "获批临床", "批准开展临床试验", "临床试验批准".
  'ind-clearance': String.raw`(?:批准|获批|同意)(?:其)?(?:开展|进行|进入|启动)?(?:[^，。；]{0,6}?期)?临床|临床(?:试验|研究)(?:的)?(?:批准|批件|默示许可)`,
};

/** A label extended to a new use, as zh pages write it (lib/claims/label-extension.ts): the word for the
 * indication or the label ("仿单" in Taiwan, "说明书") with a verb of widening, or a product widened to patients. */
const EXTENSION =
  '适应症扩展|扩展适应症|扩大适应症|(?:新增|增加)[^，。；,;]{0,20}?适应症(?!的[临研申注上])|(?:适应症|仿单|说明书)[^，。；]{0,20}?(?:扩[展大]|提前|前移)(?:至|到)|' +
  // "将Abecma扩展至曾接受至少两线治疗的患者".
  '将[^，。；]{1,30}?(?:扩[展大]|拓展|放宽)(?:至|到)|' +
  // "Carvykti在美国于2024年4月扩大到接受过一线治疗…的病人": widened to patients or a line of treatment.
  '(?:扩[展大]|拓展|放宽)(?:至|到)(?=[^，。；]{0,40}?(?:患者|病人|线治疗|线及以上))';

/** "Since <date>" beside a use, as zh pages write it (lib/claims/since-use.ts). */
const SINCE = {
  marker: String.raw`(?:自\s*)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:起|以来)`,
  // "该适应症": the use the text before named; "也可用于": can (also) be used for.
  use: String.raw`(?:该|此|这一)适应症|(?:也|亦)?(?:可|可以)用于`,
};

/** A product that followed an approval the text just told, the date first (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = { before: '跟进|跟進' };

/** Condition names zh pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = { fl: ['滤泡性', '滤泡'], mcl: ['套细胞'], mzl: ['边缘区'] };

export const PACK: LanguagePack = {
  language: 'zh',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  hanFold: HANT_PAIRS,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
};
