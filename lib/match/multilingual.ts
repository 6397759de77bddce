// Condition and regulator names in the other languages pages use (Spanish, Chinese), and English
// shorthand the dataset's synonyms do not list.
// The dataset's synonyms are English; these map onto its condition ids, and are only used for
// ids the dataset actually has.
export const CONDITION_NAMES: Readonly<Record<string, readonly string[]>> = {
  'b-all': [
    'leucemia linfoblástica aguda de células B',
    'leucemia linfoblástica aguda de precursores B',
    'LLA-B',
    'LLA de células B',
    'B细胞急性淋巴细胞白血病',
    'B细胞急性淋巴细胞性白血病',
    'B细胞急性淋巴白血病',
    'B-ALL',
  ],
  all: [
    'leucemia linfoblástica aguda',
    'leucemia linfocítica aguda',
    '急性淋巴细胞白血病',
    '急性淋巴细胞性白血病',
  ],
  aml: ['leucemia mieloide aguda', '急性髓系白血病', '急性髓细胞白血病'],
  cll: ['leucemia linfocítica crónica', '慢性淋巴细胞白血病'],
  leukemia: ['leucemia', 'leucemias', '白血病'],
  lymphoma: ['linfoma', 'linfomas', '淋巴瘤'],
  lbcl: ['linfoma de células B grandes', 'linfoma B de células grandes', '大B细胞淋巴瘤'],
  dlbcl: ['linfoma difuso de células B grandes', '弥漫大B细胞淋巴瘤', '弥漫性大B细胞淋巴瘤'],
  fl: ['linfoma folicular', '滤泡性淋巴瘤'],
  mcl: ['linfoma de células del manto', '套细胞淋巴瘤'],
  'multiple-myeloma': ['mieloma múltiple', 'mieloma', '多发性骨髓瘤', '骨髓瘤'],
  melanoma: ['黑色素瘤'],
  'gastric-gej-adenocarcinoma': ['cáncer gástrico', '胃癌', '胃或胃食管结合部腺癌', '胃食管结合部腺癌'],
  'solid-tumor': ['tumores sólidos', '实体瘤'],
  'head-and-neck-scc': ['头颈部鳞癌', '头颈部鳞状细胞癌', '头颈鳞癌'],
  'nasopharyngeal-carcinoma': ['鼻咽癌'],
  'hepatocellular-carcinoma': ['肝细胞癌', '肝癌'],
  // English shorthand once the organ is clear from context ("… non-muscle-invasive disease with CIS").
  nmibc: [
    'non-muscle-invasive disease',
    'non-muscle invasive disease',
    'nonmuscle-invasive disease',
    'BCG-unresponsive disease',
    'BCG-unresponsive non-muscle-invasive disease',
  ],
};

export const REGULATOR_NAMES_OTHER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['NMPA', ['国家药品监督管理局', '国家药监局', '药监局', '国家食品药品监督管理总局']],
  ['FDA', ['美国食品药品监督管理局', '美国FDA']],
  ['EMA', ['Agencia Europea de Medicamentos', 'Comisión Europea', '欧洲药品管理局']],
  ['PMDA', ['日本厚生劳动省']],
];
