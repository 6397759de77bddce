// Korean names. Hangul names are found by substring and must start a word (lib/match/lexicon.ts:
// "림프종" after "비호지킨" is no name of its own; particles after a name are fine). Pages write
// disease names with or without spaces ("급성 림프구성 백혈병", "급성림프구성백혈병") and "B세포" as
// "B-세포" too: `ko` spells out those forms of each name.
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

function ko(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const cells = /[BT]세포/.test(name) ? [name, name.replace(/([BT])세포/g, '$1-세포')] : [name];
    for (const form of cells) {
      out.add(form);
      out.add(form.replace(/ /g, ''));
    }
  }
  return [...out];
}

export const CONDITIONS: ConditionNames = {
  leukemia: ko('백혈병', '급성 백혈병'),
  lymphoma: ko('림프종', '악성 림프종'),
  all: ko('급성 림프구성 백혈병', '급성 림프모구 백혈병', '급성 림프모구성 백혈병', '급성 림프구 백혈병'),
  'b-all': ko('B세포 급성 림프구성 백혈병', 'B세포 급성 림프모구 백혈병', 'B세포 급성 림프모구성 백혈병'),
  't-all': ko('T세포 급성 림프구성 백혈병', 'T세포 급성 림프모구 백혈병'),
  aml: ko('급성 골수성 백혈병', '급성 골수구성 백혈병'),
  cll: ko('만성 림프구성 백혈병', '소림프구성 림프종'),
  cml: ko('만성 골수성 백혈병'),
  nhl: ko('비호지킨 림프종', '비호지킨성 림프종'),
  'b-nhl': ko('B세포 림프종', 'B세포 비호지킨 림프종'),
  // 거대, 대형 and 큰 all translate "large".
  lbcl: ko('거대 B세포 림프종', '대형 B세포 림프종', '큰 B세포 림프종'),
  dlbcl: ko('미만성 거대 B세포 림프종', '미만성 대형 B세포 림프종', '미만성 큰 B세포 림프종'),
  // Also inside 원발성 종격동 … (primary mediastinal).
  pmbcl: ko('종격동 거대 B세포 림프종', '종격동 대형 B세포 림프종', '종격동 B세포 림프종'),
  hgbcl: ko('고등급 B세포 림프종', '고악성도 B세포 림프종'),
  tfl: ko('형질전환 여포성 림프종', '형질전환된 여포성 림프종', '형질전환 여포 림프종'),
  pcnsl: ko('원발성 중추신경계 림프종'),
  fl: ko('여포성 림프종', '여포 림프종', '소포성 림프종', '소포 림프종'),
  mzl: ko('변연부 림프종', '변연부 B세포 림프종'),
  mcl: ko('외투세포 림프종', '맨틀세포 림프종'),
  'hodgkin-lymphoma': ko('호지킨 림프종', '호지킨병'),
  't-cell-lymphoma': ko('T세포 림프종'),
  'multiple-myeloma': ko('다발골수종', '다발성 골수종', '골수종'),
  mds: ko('골수이형성 증후군', '골수형성이상 증후군'),
  ptld: ko('이식 후 림프증식성 질환', '이식 후 림프세포증식성 질환', '이식 후 림프구증식성 질환'),
  'solid-tumor': ko('고형암', '고형 종양'),
  'soft-tissue-sarcoma': ko('연부조직 육종', '연조직 육종'),
  'synovial-sarcoma': ko('활막 육종', '윤활막 육종'),
  'myxoid-round-cell-liposarcoma': ko('점액성 지방육종', '점액양 지방육종'),
  melanoma: ko('흑색종', '악성 흑색종'),
  'bladder-cancer': ko('방광암'),
  nmibc: ko('비근침윤성 방광암', '비근육침윤성 방광암'),
  // 교종 / 신경교종 alone is any glioma; only the malignant / high-grade names are this condition.
  'malignant-glioma': ko('악성 신경교종', '악성 교종', '악성 뇌교종', '고등급 신경교종', '고등급 교종'),
  glioblastoma: ko('교모세포종', '다형성 교모세포종'),
  'gastric-gej-adenocarcinoma': ko('위암', '위선암', '위식도 접합부 선암', '위식도 접합부암'),
  'head-and-neck-cancer': ko('두경부암'),
  'head-and-neck-scc': ko('두경부 편평세포암', '두경부 편평상피세포암'),
  'nasopharyngeal-carcinoma': ko('비인두암', '비인강암'),
  'hepatocellular-carcinoma': ko('간세포암', '간암'),
  'pancreatic-cancer': ko('췌장암'),
  // A name glued to a prefix ("비소세포폐암") does not start a word, so the usual compounds are listed.
  'lung-cancer': ko('폐암', '비소세포 폐암', '소세포 폐암'),
  'breast-cancer': ko('유방암', '삼중음성 유방암'),
  'ovarian-cancer': ko('난소암'),
  'colorectal-cancer': ko('대장암', '결장암', '직장암', '결장직장암', '결직장암'),
  'prostate-cancer': ko('전립선암', '거세저항성 전립선암'),
  'cervical-cancer': ko('자궁경부암'),
  'esophageal-cancer': ko('식도암'),
  neuroblastoma: ko('신경모세포종'),
  mesothelioma: ko('중피종', '악성 중피종'),
};

export const REGULATORS: RegulatorNames = [
  ['FDA', ko('미국 식품의약국')],
  ['EMA', ko('유럽연합 집행위원회', 'EU 집행위원회', '유럽의약품청', '유럽 의약품청')],
  // 식품의약품안전청 / 식약청: the MFDS's name before 2013.
  ['MFDS', ko('식약처', '식품의약품안전처', '식품의약품안전청', '식약청')],
  ['PMDA', ko('일본 후생노동성', '후생노동성')],
  ['NMPA', ko('중국 국가약품감독관리국', '국가약품감독관리국')],
  ['HC', ko('캐나다 보건부')],
  ['MHRA', ko('영국 의약품 및 의료제품 규제청')],
];

/** Regulatory steps that are not approvals, as ko pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  crl: String.raw`보완\s?요구\s?(?:서|공문)`,
  'ind-clearance': String.raw`임상\s?(?:\d\s?상\s?)?(?:시험\s?)?(?:계획\s?)?(?:승인|허가)`,
  designation: String.raw`(?:희귀\s?의약품|신속\s?처리|신속\s?심사|우선\s?심사|혁신\s?(?:신약|제품)|GIFT)(?:\s?대상)?(?:으로|로)?\s?지정`,
  // A decision date still to come: "FDA 심사 목표일 2026년 12월 23일".
  // Health insurance coverage: "건강보험이 적용", "급여 등재", "보험 급여".
  reimbursement: String.raw`건강\s?보험(?:이|의|을)?\s?(?:적용|급여)|(?:보험\s?)?급여\s?(?:적용|등재|확대|결정|여부)|급여화`,
  filing: String.raw`(?:품목\s?)?허가\s?(?:를|을)?\s?신청|신청서를\s?제출|(?:심사|결정)\s?목표일`,
};

/** A label extended to a new use, as ko pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`적응증\s?(?:을|이|의)?\s?(?:확대|추가|넓)|사용\s?범위(?:가|를)?\s?(?:넓어|넓혀|확대)|(?:환자|적응증|종|병|암)\s?까지\s?(?:넓어|넓혀|확대)|쓸\s?수\s?있(?:도록\s?(?:넓|확대)|게\s?(?:됐|되었|바뀌))`;

/** A product the page does not name, as a sentence's subject: "다른 제품 …", "또 다른 CAR-T 치료제 …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|,\s*)(?:또\s*)?다른\s+(?:CAR-?T\s*)?(?:제품|치료제|약)`;

/** Places as ko tables and keyed lines write them bare: "미국", "유럽" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: '미국',
  EMA: '유럽',
  NMPA: '중국',
  PMDA: '일본',
  CDSCO: '인도',
  // A column headed "식약처 허가" names the regulator by its short name.
  MFDS: '식약처|식품의약품안전처|한국',
};

/** "Since <date>" beside a use, as ko pages write it (lib/claims/since-use.ts). */
const SINCE = {
  marker: String.raw`(?:19|20)\d{2}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?\s*(?:부터|이후)`,
  use: String.raw`쓸\s?수\s?있|사용할\s?수\s?있|사용\s?가능|이\s?적응증`,
};

/** A product that followed an approval the text just told, the date first (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = { before: String.raw`뒤를\s?이(?:었|어)|뒤따(?:랐|라)` };

/** Condition names ko pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = { fl: ['여포성', '여포'], mcl: ['외투세포'], mzl: ['변연부'] };

export const PACK: LanguagePack = {
  language: 'ko',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`이 약(?![\p{L}])|해당 제품`,
  obligation: String.raw`해야`,
  places: PLACES,
};
