// Russian names. The matcher folds the case endings of Cyrillic words of six letters or more
// (lib/match/tokens.ts: "лимфома", "лимфомы", "лимфомой" are one word to it), so one form of such
// words is enough. Shorter words keep their endings: `ru` spells out the cases of "рак" ("рака
// желудка", "раком лёгкого", "при раке"), adds "е" for "ё" ("лёгкого"/"легкого") and the Latin
// capital for the Cyrillic one in "В-клеточная" / "Т-клеточная" (pages type either).
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

const RAK = ['рак', 'рака', 'раку', 'раком', 'раке'];

function ru(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const cases = /(?:^|\s)рак(?=\s|$)/.test(name)
      ? RAK.map((form) => name.replace(/(^|\s)рак(?=\s|$)/, `$1${form}`))
      : [name];
    for (const form of cases) {
      for (const spelling of [form, form.replace(/ё/g, 'е')]) {
        out.add(spelling);
        out.add(spelling.replace(/В-/g, 'B-').replace(/Т-/g, 'T-'));
      }
    }
  }
  return [...out];
}

export const CONDITIONS: ConditionNames = {
  leukemia: ru('лейкоз', 'лейкемия'),
  lymphoma: ru('лимфома'),
  all: ru('острый лимфобластный лейкоз', 'острый лимфолейкоз', 'ОЛЛ'),
  'b-all': ru(
    'В-клеточный острый лимфобластный лейкоз',
    'острый В-лимфобластный лейкоз',
    'В-линейный острый лимфобластный лейкоз',
    'В-ОЛЛ',
  ),
  't-all': ru('Т-клеточный острый лимфобластный лейкоз', 'острый Т-лимфобластный лейкоз', 'Т-ОЛЛ'),
  aml: ru('острый миелоидный лейкоз', 'острый миелобластный лейкоз', 'ОМЛ'),
  cll: ru(
    'хронический лимфолейкоз',
    'хронический лимфоцитарный лейкоз',
    'ХЛЛ',
    'лимфома из малых лимфоцитов',
  ),
  cml: ru('хронический миелолейкоз', 'хронический миелоидный лейкоз', 'ХМЛ'),
  nhl: ru('неходжкинская лимфома'),
  'b-nhl': ru('В-клеточная лимфома', 'В-клеточная неходжкинская лимфома'),
  lbcl: ru(
    'крупноклеточная В-клеточная лимфома',
    'В-крупноклеточная лимфома',
    'лимфома из крупных В-клеток',
    'КВКЛ',
  ),
  // ДВКЛ / ДВККЛ: the Russian abbreviations of DLBCL (КВКЛ of LBCL, ФЛ, ЛМЗ and ЛКМ of FL, MZL and MCL).
  dlbcl: ru(
    'диффузная В-крупноклеточная лимфома',
    'диффузная крупноклеточная В-клеточная лимфома',
    'диффузная В-клеточная крупноклеточная лимфома',
    'диффузная В-клеточная лимфома',
    'ДВКЛ',
    'ДВККЛ',
  ),
  pmbcl: ru('первичная медиастинальная В-крупноклеточная лимфома', 'первичная медиастинальная лимфома'),
  hgbcl: ru('В-клеточная лимфома высокой степени злокачественности', 'В-клеточная лимфома высокого грейда'),
  tfl: ru('трансформированная фолликулярная лимфома'),
  pcnsl: ru('первичная лимфома центральной нервной системы', 'первичная лимфома ЦНС'),
  'indolent-nhl': ru(
    'индолентная лимфома',
    'индолентная неходжкинская лимфома',
    'индолентная В-клеточная лимфома',
  ),
  fl: ru('фолликулярная лимфома', 'ФЛ'),
  mzl: ru('лимфома маргинальной зоны', 'лимфома из клеток маргинальной зоны', 'ЛМЗ'),
  mcl: ru(
    'лимфома из клеток мантийной зоны',
    'лимфома из клеток мантии',
    'лимфома мантийной зоны',
    'мантийноклеточная лимфома',
    'ЛКМ',
  ),
  // "лимфогранулематоз" is the older Russian name of Hodgkin lymphoma, still common on patient pages.
  'hodgkin-lymphoma': ru('лимфома Ходжкина', 'лимфогранулематоз'),
  't-cell-lymphoma': ru('Т-клеточная лимфома'),
  'multiple-myeloma': ru('миелома', 'миеломная болезнь'),
  mds: ru('миелодиспластический синдром'),
  ptld: ru(
    'посттрансплантационное лимфопролиферативное заболевание',
    'посттрансплантационное лимфопролиферативное расстройство',
  ),
  'solid-tumor': ru('солидные опухоли'),
  'soft-tissue-sarcoma': ru('саркома мягких тканей'),
  'synovial-sarcoma': ru('синовиальная саркома'),
  'myxoid-round-cell-liposarcoma': ru('миксоидная липосаркома', 'миксоидная/круглоклеточная липосаркома'),
  melanoma: ru('меланома'),
  'bladder-cancer': ru('рак мочевого пузыря'),
  // "поверхностный" (superficial) is the older Russian name of the non-muscle-invasive form.
  nmibc: ru(
    'немышечно-инвазивный рак мочевого пузыря',
    'мышечно-неинвазивный рак мочевого пузыря',
    'поверхностный рак мочевого пузыря',
  ),
  'malignant-glioma': ru('злокачественная глиома', 'глиома высокой степени злокачественности'),
  glioblastoma: ru('глиобластома'),
  'gastric-gej-adenocarcinoma': ru(
    'рак желудка',
    'аденокарцинома желудка',
    'рак пищеводно-желудочного перехода',
    'аденокарцинома пищеводно-желудочного перехода',
  ),
  'head-and-neck-cancer': ru('рак головы и шеи'),
  'head-and-neck-scc': ru('плоскоклеточный рак головы и шеи', 'плоскоклеточная карцинома головы и шеи'),
  'nasopharyngeal-carcinoma': ru('рак носоглотки', 'назофарингеальная карцинома', 'назофарингеальный рак'),
  'hepatocellular-carcinoma': ru('гепатоцеллюлярная карцинома', 'гепатоцеллюлярный рак', 'рак печени'),
  'pancreatic-cancer': ru('рак поджелудочной железы', 'аденокарцинома поджелудочной железы'),
  // "лёгкого" and "лёгких" fold to the same word.
  'lung-cancer': ru('рак лёгкого'),
  'breast-cancer': ru('рак молочной железы', 'рак груди'),
  'ovarian-cancer': ru('рак яичников'),
  'colorectal-cancer': ru('колоректальный рак', 'рак толстой кишки', 'рак прямой кишки'),
  'prostate-cancer': ru('рак предстательной железы', 'рак простаты'),
  'cervical-cancer': ru('рак шейки матки'),
  'esophageal-cancer': ru('рак пищевода'),
  neuroblastoma: ru('нейробластома'),
  mesothelioma: ru('мезотелиома'),
};

export const REGULATORS: RegulatorNames = [
  [
    'RU_MOH',
    ru('Минздрав', 'Минздрав РФ', 'Минздрав России', 'Министерство здравоохранения', 'Росздравнадзор'),
  ],
  // Japan's ministry, so "Министерство здравоохранения" inside its name is not read as Russia's.
  ['PMDA', ru('Министерство здравоохранения, труда и социального обеспечения Японии')],
  ['FDA', ru('Управление по санитарному надзору за качеством пищевых продуктов и медикаментов')],
  [
    'EMA',
    ru(
      'Европейская комиссия',
      'Еврокомиссия',
      'Европейское агентство лекарственных средств',
      'Европейское агентство по лекарственным средствам',
    ),
  ],
];

/** Regulatory steps that are not approvals, as ru pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  crl: String.raw`письм\p{L}*\s(?:\p{L}+\s){0,2}?с\sотказом|письм\p{L}*\sо\sполном\sответе`,
  'ind-clearance': String.raw`разрешени\p{L}*\s(?:\p{L}+\s){0,3}?на\s(?:проведение\s)?(?:клиническ\p{L}*|КИ(?![\p{L}]))|клиническ\p{L}*\sисследовани\p{L}*[^.;]{0,20}?,\sразрешени\p{L}*`,
  designation: String.raw`статус\p{L}*\s(?:\p{L}+\s){0,2}?(?:орфанн|прорывн)\p{L}*|(?:орфанн|прорывн)\p{L}*\s(?:\p{L}+\s)?статус\p{L}*`,
  // Paid for by the state: "за счёт ОМС", "по полису ОМС", "компенсация".
  reimbursement: String.raw`(?<![\p{L}])(?:за\s+сч[её]т\s+(?:средств\s+)?(?:ОМС|бюджета|государства)|по\s+(?:полису\s+)?ОМС|в\s+(?:систему|рамках)\s+ОМС|компенсиру\p{L}*|возмеща\p{L}*)(?![\p{L}])`,
  withdrawal: String.raw`(?<![\p{L}])отозван\p{L}*`,
  filing: String.raw`(?:подал\p{L}*|подан\p{L}*|направил\p{L}*)\s(?:\p{L}+\s){0,3}?заявк\p{L}*|заявк\p{L}*\sна\s(?:регистраци|одобрени)\p{L}*`,
  'committee-opinion': String.raw`положительн\p{L}*\s(?:заключени|мнени)\p{L}*|рекомендовал\p{L}*\s(?:\p{L}+\s){0,3}?(?:к\s)?(?:одобрени|регистраци)\p{L}*`,
};

/** A label extended to a new use, as ru pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`расширил[аио]?\s+(?:[\p{L}]+\s+){0,2}?показани\p{L}*|расширени\p{L}*\s+показаний|показани\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:были\s+|был[аио]?\s+)?расшир(?:ен|ил)\p{L}*`;

/** A product the page does not name, as a sentence's subject: "Другой препарат …", "Ещё один CAR-T …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[,;:]\s+)(?:[Дд]руг(?:ой|ая|ое)|[Ее]щ[её]\s+од(?:ин|на|но)|[Нн]ов(?:ый|ая|ое))\s+(?:\p{L}+\s+){0,2}?(?:CAR-T\S*|препарат|продукт|терапия)(?![\p{L}])`;

/** Places as ru tables and keyed lines write them bare: "США", "Евросоюз" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: 'США',
  EMA: 'Евросоюз|ЕС|Европа',
  NMPA: 'Китай',
  PMDA: 'Япония',
  ANVISA: 'Бразилия',
  HC: 'Канада',
  SWISSMEDIC: 'Швейцария',
  MFDS: 'Южная Корея',
  CDSCO: 'Индия',
};

/** "Since <date>" beside a use, as ru pages write it (lib/claims/since-use.ts). */
const SINCE = {
  marker: String.raw`(?<![\p{L}])с\s+(?=(?:\p{L}+\s+|\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d{2}(?!\d))`,
  use: String.raw`(?<![\p{L}])(?:применя|использу|показан)\p{L}*|(?<![\p{L}])(?:по|в)\s+(?:этому|этом|данному|данном)\s+показани\p{L}*`,
};

/** Condition names ru pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = {
  fl: ['фолликулярная', 'фолликулярной', 'фолликулярную'],
  mcl: ['клеток мантии', 'мантийноклеточная', 'мантийноклеточной'],
  mzl: ['маргинальной зоны'],
};

export const PACK: LanguagePack = {
  language: 'ru',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`(?<![\p{L}])препарат(?![\p{L}])`,
  obligation: String.raw`(?<![\p{L}])(?:должн|обязан)\p{L}*`,
  places: PLACES,
};
