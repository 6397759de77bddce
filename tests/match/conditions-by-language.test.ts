// Every condition of the dataset is found on pages in Spanish, Portuguese, German, French, Russian,
// Chinese (simplified and traditional), Japanese and Korean, as the most specific condition the
// words name; and nothing is found in the words around them: a class word ("sarcoma", "腫瘍",
// "glioma"), another disease, or a Hodgkin name inside a non-Hodgkin one. The sentences are written
// for this test.
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { languageNames } from '../../lib/match/multilingual';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';
import { REGULATOR_LABEL } from '../../lib/match/regulators';
import * as de from '../../lib/match/multilingual/de';
import * as es from '../../lib/match/multilingual/es';
import * as fr from '../../lib/match/multilingual/fr';
import * as ja from '../../lib/match/multilingual/ja';
import * as ko from '../../lib/match/multilingual/ko';
import * as ru from '../../lib/match/multilingual/ru';
import * as zh from '../../lib/match/multilingual/zh';
import { hitsIn, idsOf } from './helpers';

const { conditions: CONDITION_NAMES, regulators: REGULATOR_NAMES_OTHER } = languageNames(ALL_LANGUAGE_PACKS);

const conditions = (text: string) => idsOf(text, 'condition');
const regulators = (text: string) => idsOf(text, 'regulator');

type Table = Array<[string, string]>;

const TABLES: Record<string, Table> = {
  es: [
    ['pacientes con leucemia linfoblástica aguda de precursores B en recaída', 'b-all'],
    ['indicado en leucemia linfoblástica aguda B', 'b-all'],
    ['adultos con leucemia linfática crónica', 'cll'],
    ['un linfoma no Hodgkin agresivo', 'nhl'],
    ['linfoma B difuso de células grandes (LBDCG) refractario', 'dlbcl'],
    ['linfoma de células B grandes en segunda línea', 'lbcl'],
    ['linfoma mediastínico primario de células B grandes', 'pmbcl'],
    ['linfoma de células B de alto grado', 'hgbcl'],
    ['linfoma folicular transformado', 'tfl'],
    ['linfoma primario del sistema nervioso central', 'pcnsl'],
    ['linfomas foliculares en recaída', 'fl'],
    ['linfoma de la zona marginal', 'mzl'],
    ['linfoma de células del manto tras un inhibidor de BTK', 'mcl'],
    ['linfoma de Hodgkin clásico', 'hodgkin-lymphoma'],
    ['mieloma múltiple en recaída', 'multiple-myeloma'],
    ['síndrome mielodisplásico', 'mds'],
    ['trastorno linfoproliferativo postrasplante positivo para VEB', 'ptld'],
    ['en tumores sólidos', 'solid-tumor'],
    ['sarcoma sinovial avanzado', 'synovial-sarcoma'],
    ['sarcoma de partes blandas', 'soft-tissue-sarcoma'],
    ['liposarcoma mixoide', 'myxoid-round-cell-liposarcoma'],
    ['cáncer de vejiga no músculo invasivo que no responde a BCG', 'nmibc'],
    ['glioma de alto grado', 'malignant-glioma'],
    ['adenocarcinoma de la unión gastroesofágica', 'gastric-gej-adenocarcinoma'],
    ['carcinoma epidermoide de cabeza y cuello', 'head-and-neck-scc'],
    ['carcinoma nasofaríngeo', 'nasopharyngeal-carcinoma'],
    ['carcinoma hepatocelular', 'hepatocellular-carcinoma'],
    ['cáncer de pulmón no microcítico', 'lung-cancer'],
    ['cáncer de cuello uterino', 'cervical-cancer'],
  ],
  pt: [
    ['leucemia linfoblástica aguda B em adultos', 'b-all'],
    ['leucemia linfocítica crônica', 'cll'],
    ['linfoma não Hodgkin de células B', 'b-nhl'],
    ['linfoma difuso de grandes células B (LDGCB)', 'dlbcl'],
    ['linfoma de grandes células B primário do mediastino', 'pmbcl'],
    ['linfoma da zona marginal', 'mzl'],
    ['linfoma de células do manto', 'mcl'],
    ['mieloma múltiplo recidivado', 'multiple-myeloma'],
    ['sarcoma sinovial metastático', 'synovial-sarcoma'],
    ['lipossarcoma mixoide', 'myxoid-round-cell-liposarcoma'],
    ['câncer de bexiga não músculo-invasivo', 'nmibc'],
    ['glioma de alto grau', 'malignant-glioma'],
    ['câncer de cabeça e pescoço', 'head-and-neck-cancer'],
    ['cancro da mama', 'breast-cancer'],
    ['câncer de colo do útero', 'cervical-cancer'],
  ],
  de: [
    ['bei akuter lymphatischer Leukämie', 'all'],
    ['akuter lymphoblastischer B-Zell-Leukämie (B-ALL)', 'b-all'],
    ['der chronischen lymphatischen Leukämie', 'cll'],
    ['Non-Hodgkin-Lymphome', 'nhl'],
    ['mit diffusem großzelligem B-Zell-Lymphom', 'dlbcl'],
    ['des diffusen großzelligen B-Zell-Lymphoms', 'dlbcl'],
    ['grosszellige B-Zell-Lymphome', 'lbcl'],
    ['primär mediastinales großzelliges B-Zell-Lymphom', 'pmbcl'],
    ['transformiertes follikuläres Lymphom', 'tfl'],
    ['primäres ZNS-Lymphom', 'pcnsl'],
    ['follikuläres Lymphom Grad 3B', 'fl3b'],
    ['Marginalzonenlymphom', 'mzl'],
    ['Mantelzell-Lymphom', 'mcl'],
    ['Patienten mit Plasmozytom', 'multiple-myeloma'],
    ['myelodysplastische Syndrome', 'mds'],
    ['solide Tumoren', 'solid-tumor'],
    ['Synovialsarkom', 'synovial-sarcoma'],
    ['nicht-muskelinvasives Blasenkarzinom', 'nmibc'],
    ['maligne Gliome', 'malignant-glioma'],
    ['Glioblastom', 'glioblastoma'],
    ['Plattenepithelkarzinom des Kopf-Hals-Bereichs', 'head-and-neck-scc'],
    ['hepatozelluläres Karzinom', 'hepatocellular-carcinoma'],
    ['Bauchspeicheldrüsenkrebs', 'pancreatic-cancer'],
    ['Gebärmutterhalskrebs', 'cervical-cancer'],
  ],
  fr: [
    ['leucémie aiguë lymphoblastique à précurseurs B', 'b-all'],
    ['leucémie aigüe lymphoblastique', 'all'],
    ['leucémie lymphoïde chronique', 'cll'],
    ['lymphome B diffus à grandes cellules', 'dlbcl'],
    ['lymphomes B à grandes cellules', 'lbcl'],
    ['lymphome B médiastinal primitif', 'pmbcl'],
    ['lymphome B de haut grade', 'hgbcl'],
    ['lymphome cérébral primitif', 'pcnsl'],
    ['lymphome de la zone marginale', 'mzl'],
    ['lymphome à cellules du manteau', 'mcl'],
    ['lymphome de Hodgkin', 'hodgkin-lymphoma'],
    ['myélome multiple en rechute', 'multiple-myeloma'],
    ['synovialosarcome', 'synovial-sarcoma'],
    ['liposarcome myxoïde', 'myxoid-round-cell-liposarcoma'],
    ["cancer de la vessie n'infiltrant pas le muscle", 'nmibc'],
    ['gliome de haut grade', 'malignant-glioma'],
    ['adénocarcinome de la jonction oeso-gastrique', 'gastric-gej-adenocarcinoma'],
    ['cancer ORL', 'head-and-neck-cancer'],
    ['cancer du cavum', 'nasopharyngeal-carcinoma'],
    ['cancer bronchique', 'lung-cancer'],
    ["cancer de l'œsophage", 'esophageal-cancer'],
  ],
  ru: [
    ['пациентам с В-клеточным острым лимфобластным лейкозом', 'b-all'],
    ['хронический лимфолейкоз', 'cll'],
    ['неходжкинские лимфомы', 'nhl'],
    ['B-клеточной лимфомы', 'b-nhl'],
    ['диффузной В-крупноклеточной лимфомой', 'dlbcl'],
    ['первичная медиастинальная В-крупноклеточная лимфома', 'pmbcl'],
    ['с лимфомой маргинальной зоны', 'mzl'],
    ['мантийноклеточной лимфомы', 'mcl'],
    ['лимфогранулематоз', 'hodgkin-lymphoma'],
    ['множественной миеломой', 'multiple-myeloma'],
    ['посттрансплантационное лимфопролиферативное заболевание', 'ptld'],
    ['солидных опухолей', 'solid-tumor'],
    ['пациенты с синовиальной саркомой', 'synovial-sarcoma'],
    ['при немышечно-инвазивном раке мочевого пузыря', 'nmibc'],
    ['злокачественной глиомы', 'malignant-glioma'],
    ['рака желудка', 'gastric-gej-adenocarcinoma'],
    ['плоскоклеточным раком головы и шеи', 'head-and-neck-scc'],
    ['при раке лёгкого', 'lung-cancer'],
    ['рака легких', 'lung-cancer'],
    ['раком молочной железы', 'breast-cancer'],
  ],
  zh: [
    ['急性B淋巴细胞白血病', 'b-all'],
    ['B細胞急性淋巴細胞白血病', 'b-all'],
    ['慢性淋巴球性白血病', 'cll'],
    ['非何杰金氏淋巴瘤', 'nhl'],
    ['瀰漫性大型B細胞淋巴瘤', 'dlbcl'],
    ['原发纵隔大B细胞淋巴瘤', 'pmbcl'],
    ['高级别B细胞淋巴瘤', 'hgbcl'],
    ['转化型滤泡性淋巴瘤', 'tfl'],
    ['原發性中樞神經系統淋巴瘤', 'pcnsl'],
    ['和緩性淋巴瘤', 'indolent-nhl'],
    ['边缘区淋巴瘤', 'mzl'],
    ['被套細胞淋巴瘤', 'mcl'],
    ['何杰金氏淋巴瘤', 'hodgkin-lymphoma'],
    ['外周T细胞淋巴瘤', 't-cell-lymphoma'],
    ['骨髓增生异常综合征', 'mds'],
    ['移植後淋巴增生性疾病', 'ptld'],
    ['晚期实体瘤', 'solid-tumor'],
    ['晚期軟組織肉瘤', 'soft-tissue-sarcoma'],
    ['滑膜肉瘤', 'synovial-sarcoma'],
    ['黏液样脂肪肉瘤', 'myxoid-round-cell-liposarcoma'],
    ['非肌层浸润性膀胱癌', 'nmibc'],
    ['恶性胶质瘤', 'malignant-glioma'],
    ['神經膠母細胞瘤', 'glioblastoma'],
    ['头颈部鳞状细胞癌', 'head-and-neck-scc'],
    ['胰臟癌', 'pancreatic-cancer'],
    ['非小细胞肺癌', 'lung-cancer'],
    ['乳癌', 'breast-cancer'],
    ['結直腸癌', 'colorectal-cancer'],
    ['子宫颈癌', 'cervical-cancer'],
    ['恶性胸膜间皮瘤', 'mesothelioma'],
  ],
  ja: [
    ['悪性神経膠腫を対象とした腫瘍溶解性ウイルス', 'malignant-glioma'],
    ['滑膜肉腫に対するTCR-T療法', 'synovial-sarcoma'],
    ['B細胞性急性リンパ芽球性白血病', 'b-all'],
    ['急性骨髄性白血病', 'aml'],
    ['非ホジキンリンパ腫', 'nhl'],
    ['再発又は難治性のびまん性大細胞型B細胞リンパ腫', 'dlbcl'],
    ['原発性縦隔大細胞型B細胞リンパ腫', 'pmbcl'],
    ['高悪性度B細胞リンパ腫', 'hgbcl'],
    ['形質転換濾胞性リンパ腫', 'tfl'],
    ['中枢神経系原発リンパ腫', 'pcnsl'],
    ['濾胞性リンパ腫グレード3B', 'fl3b'],
    ['辺縁帯リンパ腫', 'mzl'],
    ['マントル細胞リンパ腫', 'mcl'],
    ['多発性骨髄腫', 'multiple-myeloma'],
    ['移植後リンパ増殖性疾患', 'ptld'],
    ['固形がんへの応用', 'solid-tumor'],
    ['骨・軟部肉腫の専門医', 'solid-tumor'],
    ['軟部肉腫', 'soft-tissue-sarcoma'],
    ['粘液型脂肪肉腫', 'myxoid-round-cell-liposarcoma'],
    ['悪性黒色腫に対する', 'melanoma'],
    ['BCG不応の筋層非浸潤性膀胱がん', 'nmibc'],
    ['膠芽腫', 'glioblastoma'],
    ['胃食道接合部腺癌', 'gastric-gej-adenocarcinoma'],
    ['頭頸部扁平上皮癌', 'head-and-neck-scc'],
    ['上咽頭がん', 'nasopharyngeal-carcinoma'],
    ['肝細胞がん', 'hepatocellular-carcinoma'],
    ['膵臓がん', 'pancreatic-cancer'],
    ['非小細胞肺がん', 'lung-cancer'],
    ['子宮頸がん', 'cervical-cancer'],
    ['神経芽腫', 'neuroblastoma'],
  ],
  ko: [
    ['급성림프구성백혈병 환자', 'all'],
    ['B세포 급성 림프모구 백혈병', 'b-all'],
    ['비호지킨 림프종', 'nhl'],
    ['미만성 큰 B-세포 림프종', 'dlbcl'],
    ['미만성거대B세포림프종에', 'dlbcl'],
    ['원발성 종격동 거대 B세포 림프종', 'pmbcl'],
    ['고등급 B세포 림프종', 'hgbcl'],
    ['원발성 중추신경계 림프종', 'pcnsl'],
    ['소포림프종', 'fl'],
    ['변연부 림프종', 'mzl'],
    ['외투세포 림프종', 'mcl'],
    ['다발골수종 치료제', 'multiple-myeloma'],
    ['골수이형성증후군', 'mds'],
    ['고형암 치료', 'solid-tumor'],
    ['활막육종', 'synovial-sarcoma'],
    ['점액성 지방육종', 'myxoid-round-cell-liposarcoma'],
    ['악성흑색종', 'melanoma'],
    ['비근침윤성방광암에 대한', 'nmibc'],
    ['악성 신경교종', 'malignant-glioma'],
    ['교모세포종', 'glioblastoma'],
    ['위식도 접합부 선암', 'gastric-gej-adenocarcinoma'],
    ['두경부 편평세포암', 'head-and-neck-scc'],
    ['비인두암', 'nasopharyngeal-carcinoma'],
    ['간세포암종', 'hepatocellular-carcinoma'],
    ['비소세포폐암', 'lung-cancer'],
    ['삼중음성유방암', 'breast-cancer'],
    ['거세저항성 전립선암', 'prostate-cancer'],
    ['신경모세포종', 'neuroblastoma'],
  ],
};

describe('condition names in each language', () => {
  for (const [lang, table] of Object.entries(TABLES)) {
    it.each(table)(`${lang}: %j → %s`, (text, id) => {
      expect(conditions(text)).toEqual([id]);
    });
  }
});

describe('words that name no condition, or a broader or different one', () => {
  it.each([
    // Class words and other diseases.
    ['es', 'sarcoma de Ewing y otros tumores cerebrales como el glioma'],
    ['pt', 'sarcoma de Ewing'],
    ['de', 'Ewing-Sarkom, Gliom und andere Hirntumoren'],
    ['fr', "sarcome d'Ewing, gliome et autres tumeurs cérébrales"],
    ['ru', 'саркома Юинга, глиома и другие опухоли мозга'],
    ['zh', '胶质瘤是最常见的脑肿瘤，肉瘤和淋巴结肿大'],
    ['zh-Hant', '膠質瘤與腫瘤'],
    ['ja', 'グリオーマ（神経膠腫）は脳腫瘍の一種で、肉腫とは異なる'],
    ['ko', '신경교종은 뇌종양이며 육종과 다르다'],
    // English pages: company suffixes and a lab test are no French or Spanish leukaemia.
    ['en', 'Kite Pharma, LLC ran the LAL endotoxin test'],
  ])('%s: %j', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });

  it.each([
    ['es', 'linfoma no Hodgkin', 'nhl'],
    ['pt', 'linfomas não Hodgkin', 'nhl'],
    ['de', 'Non-Hodgkin-Lymphom', 'nhl'],
    ['fr', 'lymphomes non hodgkiniens', 'nhl'],
    ['ru', 'неходжкинская лимфома', 'nhl'],
    ['zh', '非霍奇金淋巴瘤', 'nhl'],
    ['zh-Hant', '非何杰金氏淋巴癌', 'nhl'],
    ['ja', '非ホジキンリンパ腫', 'nhl'],
    ['ko', '비호지킨림프종', 'nhl'],
    // A katakana name inside a longer katakana word is none.
    ['ja', 'ノンホジキンリンパ腫', undefined],
    // The most specific name wins over the class inside it.
    ['zh', 'B细胞非霍奇金淋巴瘤', 'b-nhl'],
    ['ja', '中枢神経系原発びまん性大細胞型B細胞リンパ腫', 'pcnsl'],
  ])('%s: %j is only %s', (_lang, text, id) => {
    expect(conditions(text)).toEqual(id ? [id] : []);
  });
});

describe('regulators in each language', () => {
  it.each([
    ['es', 'la Agencia Europea del Medicamento', 'EMA'],
    ['es', 'la Administración de Alimentos y Medicamentos', 'FDA'],
    ['pt', 'a Agência Europeia do Medicamento', 'EMA'],
    ['de', 'die US-amerikanische Arzneimittelbehörde', 'FDA'],
    ['de', 'von der Europäischen Kommission', 'EMA'],
    ['fr', "l'Agence américaine des médicaments", 'FDA'],
    ['ru', 'Управление по санитарному надзору за качеством пищевых продуктов и медикаментов', 'FDA'],
    ['ru', 'Еврокомиссия одобрила', 'EMA'],
    ['ru', 'одобрено Минздравом', 'RU_MOH'],
    ['zh', '美国食品和药物管理局', 'FDA'],
    ['zh', '韩国食品医药品安全处', 'MFDS'],
    ['zh-Hant', '歐洲藥品管理局', 'EMA'],
    ['zh-Hant', '國家藥監局', 'NMPA'],
    ['ja', 'カナダ保健省', 'HC'],
    ['ja', 'オーストラリア医療製品管理局', 'TGA'],
    ['ko', '식품의약품안전청', 'MFDS'],
    ['ko', '일본 후생노동성', 'PMDA'],
  ])('%s: %j → %s', (_lang, text, id) => {
    expect(regulators(text)).toEqual([id]);
  });

  it('reads another country’s 药监局 and Japan’s health ministry as theirs, not China’s or Russia’s', () => {
    expect(regulators('美国药监局批准了该药，国家药监局尚未批准')).toEqual(['FDA', 'NMPA']);
    expect(regulators('英國藥監局')).toEqual(['MHRA']);
    expect(regulators('Министерство здравоохранения, труда и социального обеспечения Японии')).toEqual([
      'PMDA',
    ]);
  });
});

describe('the name lists', () => {
  const datasetIds = new Set(bundledDataset.conditions.map((c) => c.id));

  it('use only condition ids the dataset has and regulator ids the engine knows', () => {
    expect(Object.keys(CONDITION_NAMES).filter((id) => !datasetIds.has(id))).toEqual([]);
    const regulatorIds = new Set(Object.keys(REGULATOR_LABEL));
    expect(REGULATOR_NAMES_OTHER.map(([id]) => id).filter((id) => !regulatorIds.has(id))).toEqual([]);
  });

  // Names identical to the English ones (melanoma, glioblastoma, neuroblastoma in Spanish) come from
  // the dataset's synonyms; Portuguese lists only what it does not share with Spanish.
  const GAPS: Record<string, string[]> = {
    es: ['high-risk-hematologic-malignancy', 'glioblastoma', 'neuroblastoma'],
    de: ['high-risk-hematologic-malignancy'],
    fr: ['high-risk-hematologic-malignancy'],
    ru: ['high-risk-hematologic-malignancy', 'fl3b'],
    zh: ['high-risk-hematologic-malignancy'],
    ja: ['high-risk-hematologic-malignancy'],
    ko: ['high-risk-hematologic-malignancy', 'indolent-nhl', 'fl3b'],
  };
  it.each(Object.entries({ es, de, fr, ru, zh, ja, ko }))(
    '%s names every dataset condition',
    (lang, names) => {
      const missing = [...datasetIds].filter((id) => !names.CONDITIONS[id]?.length);
      expect(missing.sort()).toEqual(GAPS[lang]?.sort());
    },
  );

  it('each name alone is one mention of its own condition, not of a longer or other name', () => {
    const wrong: string[] = [];
    for (const [id, names] of Object.entries(CONDITION_NAMES)) {
      for (const name of names) {
        const hits = hitsIn(name).filter((h) => h.kind === 'condition');
        if (hits.length !== 1 || hits[0]!.id !== id || hits[0]!.text !== name) wrong.push(`${id}: ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each regulator name alone is that regulator', () => {
    const wrong: string[] = [];
    for (const [id, names] of REGULATOR_NAMES_OTHER) {
      for (const name of names) {
        const hits = hitsIn(name).filter((h) => h.kind === 'regulator');
        if (hits.length !== 1 || hits[0]!.id !== id) wrong.push(`${id}: ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
