// Spanish names of the dataset's conditions and of regulators. Latin-script names are matched as
// whole words, in any case (all-capital short forms in capitals only), accents as written.
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

export const CONDITIONS: ConditionNames = {
  leukemia: ['leucemia', 'leucemias'],
  lymphoma: ['linfoma', 'linfomas'],
  all: ['leucemia linfoblástica aguda', 'leucemia linfocítica aguda', 'leucemia linfoide aguda', 'LLA'],
  'b-all': [
    'leucemia linfoblástica aguda de células B',
    'leucemia linfoblástica aguda de precursores B',
    'leucemia linfoblástica aguda B',
    'LLA-B',
    'LLA de células B',
  ],
  't-all': ['leucemia linfoblástica aguda de células T', 'leucemia linfoblástica aguda T', 'LLA-T'],
  aml: ['leucemia mieloide aguda', 'leucemia mieloblástica aguda'],
  cll: [
    'leucemia linfocítica crónica',
    'leucemia linfática crónica',
    'leucemia linfoide crónica',
    'linfoma linfocítico de células pequeñas',
  ],
  cml: ['leucemia mieloide crónica'],
  // Every Hodgkin name below has its "no Hodgkin" form here, so "linfoma no Hodgkin" is never Hodgkin.
  nhl: ['linfoma no Hodgkin', 'linfomas no Hodgkin', 'linfoma no hodgkiniano', 'LNH'],
  // "linfoma B" starts longer names (DLBCL, PMBCL, high grade), each listed under its own id.
  'b-nhl': [
    'linfoma de células B',
    'linfomas de células B',
    'linfoma no Hodgkin de células B',
    'linfomas no Hodgkin de células B',
    'linfoma B',
    'linfomas B',
  ],
  lbcl: [
    'linfoma de células B grandes',
    'linfomas de células B grandes',
    'linfoma B de células grandes',
    'linfoma de grandes células B',
  ],
  dlbcl: [
    'linfoma difuso de células B grandes',
    'linfoma difuso de grandes células B',
    'linfoma B difuso de células grandes',
    'LBDCG',
    'LDCBG',
  ],
  pmbcl: [
    'linfoma mediastínico primario de células B grandes',
    'linfoma primario mediastínico de células B grandes',
    'linfoma B primario mediastínico',
    'LBPM',
  ],
  hgbcl: ['linfoma de células B de alto grado', 'linfoma B de alto grado', 'LBAG'],
  tfl: ['linfoma folicular transformado'],
  pcnsl: [
    'linfoma primario del sistema nervioso central',
    'linfoma primario del SNC',
    'linfoma cerebral primario',
  ],
  'indolent-nhl': ['linfoma indolente', 'linfomas indolentes', 'linfoma no Hodgkin indolente'],
  fl: ['linfoma folicular', 'linfomas foliculares'],
  fl3b: ['linfoma folicular de grado 3B', 'linfoma folicular grado 3B'],
  mzl: ['linfoma de la zona marginal', 'linfoma de zona marginal', 'linfomas de la zona marginal'],
  mcl: ['linfoma de células del manto', 'linfoma del manto', 'LCM'],
  'hodgkin-lymphoma': [
    'linfoma de Hodgkin',
    'linfoma Hodgkin',
    'linfoma hodgkiniano',
    'enfermedad de Hodgkin',
  ],
  't-cell-lymphoma': ['linfoma de células T', 'linfomas de células T', 'linfoma T periférico'],
  'multiple-myeloma': ['mieloma'],
  mds: ['síndrome mielodisplásico', 'síndromes mielodisplásicos'],
  ptld: ['trastorno linfoproliferativo postrasplante', 'enfermedad linfoproliferativa postrasplante'],
  'solid-tumor': ['tumores sólidos', 'tumor sólido'],
  'soft-tissue-sarcoma': [
    'sarcoma de tejidos blandos',
    'sarcomas de tejidos blandos',
    'sarcoma de partes blandas',
    'sarcomas de partes blandas',
  ],
  'synovial-sarcoma': ['sarcoma sinovial', 'sarcomas sinoviales'],
  'myxoid-round-cell-liposarcoma': ['liposarcoma mixoide'],
  melanoma: ['melanomas'],
  'bladder-cancer': ['cáncer de vejiga', 'cáncer vesical'],
  // The qualifier follows the organ: the longer name wins over "cáncer de vejiga" inside it.
  nmibc: [
    'cáncer de vejiga no músculo invasivo',
    'cáncer de vejiga no musculoinvasivo',
    'cáncer de vejiga sin invasión muscular',
  ],
  'malignant-glioma': ['glioma maligno', 'gliomas malignos', 'glioma de alto grado', 'gliomas de alto grado'],
  'gastric-gej-adenocarcinoma': [
    'cáncer gástrico',
    'cáncer de estómago',
    'adenocarcinoma gástrico',
    'adenocarcinoma de la unión gastroesofágica',
  ],
  'head-and-neck-cancer': ['cáncer de cabeza y cuello'],
  'head-and-neck-scc': [
    'carcinoma de células escamosas de cabeza y cuello',
    'carcinoma escamoso de cabeza y cuello',
    'carcinoma epidermoide de cabeza y cuello',
  ],
  'nasopharyngeal-carcinoma': ['carcinoma nasofaríngeo', 'cáncer nasofaríngeo', 'cáncer de nasofaringe'],
  'hepatocellular-carcinoma': ['carcinoma hepatocelular', 'cáncer de hígado', 'hepatocarcinoma'],
  'pancreatic-cancer': ['cáncer de páncreas', 'cáncer pancreático'],
  'lung-cancer': ['cáncer de pulmón'],
  'breast-cancer': ['cáncer de mama'],
  'ovarian-cancer': ['cáncer de ovario'],
  'colorectal-cancer': ['cáncer colorrectal', 'cáncer de colon', 'cáncer de recto'],
  'prostate-cancer': ['cáncer de próstata'],
  'cervical-cancer': ['cáncer de cuello uterino', 'cáncer cervicouterino'],
  'esophageal-cancer': ['cáncer de esófago'],
  mesothelioma: ['mesotelioma'],
};

export const REGULATORS: RegulatorNames = [
  ['FDA', ['Administración de Alimentos y Medicamentos']],
  // Spain's own press writes "Agencia Europea del Medicamento".
  ['EMA', ['Agencia Europea de Medicamentos', 'Agencia Europea del Medicamento', 'Comisión Europea']],
  ['PMDA', ['Ministerio de Sanidad de Japón']],
  ['ANVISA', ['Agencia Nacional de Vigilancia Sanitaria']],
];

/** Regulatory steps that are not approvals, as es pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  crl: String.raw`cartas?\sde\srespuesta\scompleta`,
  'ind-clearance': String.raw`autori[sz]aci[oó]n\sde(?:l)?\sensayo`,
  designation: String.raw`(?<![\p{L}])(?:designaci(?:ó|o)n(?:es)?|(?:estatus|condición|calificación)\sde\s(?:medicamento\shu[ée]rfano|terapia\s(?:innovadora|revolucionaria)))`,
  // Paid for by a health system: "reembolsado", "financiado por el SNS", "cubierto por el seguro".
  reimbursement: String.raw`(?<![\p{L}])(?:reembols\p{L}*|financiad[oa]s?\s+por\s+(?:el\s+)?(?:SNS|Sistema\s+Nacional\s+de\s+Salud|la\s+seguridad\s+social|el\s+Estado)|financiaci[óo]n\s+p[úu]blica|cubiert[oa]s?\s+por\s+(?:el\s+)?(?:seguro|SNS|IMSS|PBS|POS|plan\s+de\s+beneficios))(?![\p{L}])`,
  withdrawal: String.raw`(?<![\p{L}])retir\p{L}*(?:(?<=(?:autoriza|registr|aprob)[^.;]{0,60})|\sdel\smercado|(?=\s+(?:en|el|desde)\s+(?:\p{L}+\s+(?:de\s+)?)?\d)|(?=\s+(?:de|del)\s+[\p{L}-]+\s+(?:en|el|desde)\s+(?:\p{L}+\s+(?:de\s+)?)?\d))`,
  // "su solicitud a la EMA se presentó en 2024", "presentó la solicitud": an application, filed.
  filing: String.raw`(?<![\p{L}])solicitud\s(?:de\s(?:autorización|aprobación|registro|comercialización)|ante\s|a\s(?:la\s)?(?:EMA|FDA|AEMPS|COFEPRIS|Cofepris|ANMAT|Invima|INVIMA|Agencia)(?![\p{L}])|(?:[\p{L}]+\s){0,4}?(?:se\s)?present(?:ó|ada|ado)(?![\p{L}]))|(?<![\p{L}])present(?:ó|aron)\s(?:la\s|su\s)?solicitud`,
  'committee-opinion': String.raw`(?:opinión|dictamen)\s(?:positiv[oa]|favorable)(?![^.;]{0,24}?(?:reembols|financia))`,
};

/** A label extended to a new use, as es pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`(?:ampli|extendi)(?:ó|aron)\s+(?:\p{L}+\s+){0,3}?(?:indicaci[oó]n|aprobaci[oó]n|autorizaci[oó]n|uso)(?![\p{L}])|(?<![\p{L}])(?:la|lo|se)\s+(?:ampli|extendi)(?:ó|aron)(?![\p{L}])|indicaci[oó]n\s+(?:\p{L}+\s+){0,4}?(?:se\s+)?(?:ampli[óo]|extendi[óo]|fue\s+ampliada|ha\s+sido\s+ampliada)|se\s+ampli[óo]\s+(?:la\s+)?indicaci[oó]n|ampliaci[oó]n\s+de\s+(?:la\s+)?(?:indicaci[oó]n|aprobaci[oó]n|autorizaci[oó]n)|extensi[oó]n\s+de\s+(?:la\s+)?indicaci[oó]n|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:ampliad|extendid)[oa]s?\s+(?:a|al)\s+(?!\d)`;

/** A product the page does not name, as a sentence's subject: "Otro producto …", "En 2024, una nueva terapia CAR-T …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[,;:]\s+)(?:[Oo]tr[oa]|[Uu]na?)\s+(?:(?:nuev[oa]|segund[oa]|[A-Z0-9][\p{L}\d-]*)\s+){0,2}(?:CAR-?T|producto|medicamento|terapia\s+(?:CAR-?T|celular|génica))(?![\p{L}])`;

/** Places as es tables and keyed lines write them bare: "Unión Europea", "EE. UU." (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: String.raw`Estados Unidos|EE\.\s?UU\.?`,
  EMA: 'Unión Europea|Europa|UE|[Ee]uropea',
  PMDA: 'Japón',
  ANVISA: 'Brasil',
  HC: 'Canadá',
  SWISSMEDIC: 'Suiza',
  MFDS: 'Corea del Sur',
};

/** "Since <date>" beside a use, as es pages write it (lib/claims/since-use.ts). */
const SINCE = {
  use: String.raw`(?<![\p{L}])(?:pued(?:e|en)\s+(?:usarse|utilizarse|emplearse|administrarse)|se\s+pued(?:e|en)\s+(?:usar|utilizar)|(?:está|están|es|son)\s+(?:\p{L}+\s+)?indicad\p{L}*|usad[oa]s?|se\s+usa|utilizad[oa]s?)(?![\p{L}])|(?<![\p{L}])(?:en|para)\s+(?:esta|esa|dicha|la\s+misma)\s+indicación(?![\p{L}])`,
};

/** A product that followed an approval the text just told, as es pages write it (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = {
  after: String.raw`(?<![\p{L}])(?:se\s+(?:sumó|unió|añadió)|(?:le|la|lo|les)\s+siguió)(?![\p{L}])`,
  turn: String.raw`(?<![\p{L}])(?:fue|llegó) el turno de(?![\p{L}])`,
};

/** Condition names es pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = {
  fl: ['folicular', 'foliculares'],
  mcl: ['células del manto', 'manto'],
  mzl: ['zona marginal'],
};

export const PACK: LanguagePack = {
  language: 'es',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`(?<![\p{L}])(?:el|este) (?:medicamento|producto|fármaco)(?![\p{L}])`,
  obligation: String.raw`(?<![\p{L}])(?:deber[áa]n?|tendr[áa]n? que)(?![\p{L}])`,
  places: PLACES,
};
