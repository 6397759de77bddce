// Portuguese names (Brazil, and "cancro" where Portugal's pages write it), where they differ from
// the Spanish ones ("linfoma folicular", "sarcoma sinovial" and the like are in es.ts).
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

/** A cancer named by its organ: the article after "de" varies with the organ and the country. */
const CANCER_OF = /^(?:câncer|cancro|carcinoma|adenocarcinoma) /;

/**
 * Each name as both countries write it: "câncer" (Brazil) and "cancro" (Portugal), and its first
 * "de" with or without the article ("câncer de nasofaringe", "cancro da nasofaringe", "carcinoma
 * espinocelular da cabeça e pescoço").
 */
function pt(names: Record<string, string[]>): ConditionNames {
  const out: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(names)) {
    const forms = new Set<string>();
    for (const name of list)
      for (const country of [name, name.replace(/câncer/g, 'cancro'), name.replace(/cancro/g, 'câncer')])
        for (const article of CANCER_OF.test(country) ? [' de ', ' da ', ' do '] : [' de '])
          forms.add(article === ' de ' ? country : country.replace(/ d[eao] /, article));
    out[id] = [...forms];
  }
  return out;
}

export const CONDITIONS: ConditionNames = pt({
  'b-all': ['leucemia linfoide aguda de células B'],
  cll: ['leucemia linfocítica crônica', 'leucemia linfoide crônica'],
  cml: ['leucemia mieloide crônica'],
  nhl: ['linfoma não Hodgkin', 'linfomas não Hodgkin'],
  'b-nhl': ['linfoma não Hodgkin de células B'],
  lbcl: ['linfomas de grandes células B'],
  dlbcl: ['LDGCB'],
  pmbcl: [
    'linfoma primário do mediastino de grandes células B',
    'linfoma de grandes células B primário do mediastino',
    'linfoma mediastinal primário de grandes células B',
    'LPMGCB',
  ],
  hgbcl: ['linfoma de células B de alto grau', 'linfoma B de alto grau'],
  pcnsl: ['linfoma primário do sistema nervoso central', 'linfoma primário do SNC'],
  'indolent-nhl': ['linfoma não Hodgkin indolente'],
  fl3b: ['linfoma folicular grau 3B', 'linfoma folicular de grau 3B'],
  mzl: ['linfoma da zona marginal'],
  mcl: ['linfoma de células do manto', 'linfoma do manto', 'LCM'],
  'hodgkin-lymphoma': ['doença de Hodgkin'],
  mds: ['síndrome mielodisplásica', 'síndromes mielodisplásicas'],
  ptld: ['doença linfoproliferativa pós-transplante'],
  'soft-tissue-sarcoma': [
    'sarcoma de partes moles',
    'sarcomas de partes moles',
    'sarcoma de tecidos moles',
    'sarcomas de tecidos moles',
  ],
  'myxoid-round-cell-liposarcoma': ['lipossarcoma mixoide'],
  'bladder-cancer': ['câncer de bexiga', 'cancro da bexiga'],
  nmibc: ['câncer de bexiga não músculo invasivo', 'câncer de bexiga sem invasão muscular'],
  'malignant-glioma': ['glioma de alto grau', 'gliomas de alto grau'],
  'gastric-gej-adenocarcinoma': [
    'câncer gástrico',
    'câncer de estômago',
    'cancro do estômago',
    'adenocarcinoma da junção gastroesofágica',
  ],
  'head-and-neck-cancer': ['câncer de cabeça e pescoço', 'cancro da cabeça e pescoço'],
  'head-and-neck-scc': [
    'carcinoma de células escamosas de cabeça e pescoço',
    'carcinoma de células escamosas da cabeça e pescoço',
    'carcinoma espinocelular de cabeça e pescoço',
    'carcinoma epidermoide de cabeça e pescoço',
    'carcinoma epidermoide da cabeça e pescoço',
    'carcinoma escamoso de cabeça e pescoço',
  ],
  'nasopharyngeal-carcinoma': ['carcinoma de nasofaringe', 'câncer de nasofaringe'],
  'hepatocellular-carcinoma': ['câncer de fígado', 'cancro do fígado'],
  'pancreatic-cancer': ['câncer de pâncreas', 'cancro do pâncreas'],
  'lung-cancer': ['câncer de pulmão', 'cancro do pulmão'],
  'breast-cancer': ['câncer de mama', 'cancro da mama'],
  'ovarian-cancer': ['câncer de ovário', 'cancro do ovário'],
  'colorectal-cancer': ['câncer colorretal', 'cancro colorretal', 'câncer de cólon'],
  'prostate-cancer': ['câncer de próstata', 'cancro da próstata'],
  'cervical-cancer': ['câncer do colo do útero', 'câncer de colo do útero', 'cancro do colo do útero'],
  'esophageal-cancer': ['câncer de esôfago'],
});

export const REGULATORS: RegulatorNames = [
  ['EMA', ['Agência Europeia de Medicamentos', 'Agência Europeia do Medicamento', 'Comissão Europeia']],
  ['ANVISA', ['Agência Nacional de Vigilância Sanitária']],
];

/** Regulatory steps that are not approvals, as pt pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  crl: String.raw`cartas?\sde\sresposta\scompleta`,
  designation: String.raw`(?<![\p{L}])(?:designa(?:ç|c)(?:ão|ões)|status\sde\s(?:medicamento\sórfão|terapia\s(?:inovadora|revolucionária)))`,
  // Paid for by a health system: "financiamento do Infarmed", "reembolsado", "incorporado ao SUS".
  reimbursement: String.raw`(?<![\p{L}])(?:reembols\p{L}*|comparticip\p{L}*|financiad[oa]s?\s+pel[oa]s?\s+(?:SNS|Infarmed|Estado|SUS)|financiamento\s+(?:p[úu]blico|do\s+(?:SNS|Infarmed|Estado|SUS))|incorpora\p{L}*\s+(?:a|ao|no|pelo)\s+SUS|coberto\p{L}*\s+pel[oa]s?\s+(?:SUS|planos?\s+de\s+saúde))(?![\p{L}])`,
  withdrawal: String.raw`(?<![\p{L}])retir\p{L}*(?:(?<=(?:autoriza|registr|aprova)[^.;]{0,60})|\sdo\smercado|(?=\s+(?:em|no|desde)\s+(?:\p{L}+\s+(?:de\s+)?)?\d)|(?=\s+(?:de|do|da)\s+[\p{L}-]+\s+(?:em|no|desde)\s+(?:\p{L}+\s+(?:de\s+)?)?\d))`,
  // "o pedido à EMA foi submetido em 2024", "submeteu o pedido": an application, filed.
  filing: String.raw`(?<![\p{L}])pedido\s(?:de\s(?:registro|registo|aprovação|autorização)|junto\s|(?:à|ao)\s(?:EMA|FDA|Anvisa|ANVISA|Infarmed|INFARMED|Agência)(?![\p{L}])|(?:[\p{L}]+\s){0,4}?(?:foi\s)?(?:submetido|apresentado|protocolado)(?![\p{L}]))|(?<![\p{L}])(?:submeteu|protocolou|apresentou)\s(?:o\s|seu\s)?pedido`,
  'committee-opinion': String.raw`parecer\s(?:positivo|favorável)(?![^.;]{0,24}?(?:reembols|incorpora))`,
};

/** A label extended to a new use, as pt pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`(?:ampli(?:ou|aram)|estend(?:eu|eram)|alarg(?:ou|aram))\s+(?:\p{L}+\s+){0,3}?(?:indica[cç][aã]o|aprova[cç][aã]o|autoriza[cç][aã]o|bula|uso)(?![\p{L}])|indica[cç][aã]o\s+(?:\p{L}+\s+){0,4}?(?:foi\s+)?(?:ampliada|estendida|alargada)|amplia[cç][aã]o\s+d[ae]\s+(?:indica[cç][aã]o|bula|aprova[cç][aã]o|autoriza[cç][aã]o)|extens[aã]o\s+d[ae]\s+indica[cç][aã]o|(?:foi|foram)\s+(?:ampliad|estendid|alargad)[oa]s?\s+(?:a|ao|à|aos|às)\s+(?!\d)`;

/** A product the page does not name, as a sentence's subject: "Outro produto …", "uma nova terapia CAR-T …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[,;:]\s+)(?:[Oo]utr[oa]|[Uu]ma?)\s+(?:(?:nov[oa]|segund[oa]|[A-Z0-9][\p{L}\d-]*)\s+){0,2}(?:CAR-?T|produto|medicamento|terapia\s+(?:CAR-?T|celular|gênica))(?![\p{L}])`;

/** Places as pt tables and keyed lines write them bare: "União Europeia", "EUA" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: 'Estados Unidos|EUA',
  EMA: 'União Europeia|Europa|UE|[Ee]uropeia',
  PMDA: 'Japão',
  ANVISA: 'Brasil',
  HC: 'Canadá',
  SWISSMEDIC: 'Suíça',
  MFDS: 'Coreia do Sul',
  CDSCO: 'Índia',
};

/** "Since <date>" beside a use, as pt pages write it (lib/claims/since-use.ts). */
const SINCE = {
  use: String.raw`(?<![\p{L}])(?:pode(?:m)?\s+ser\s+(?:usad|utilizad|administrad)\p{L}*|(?:é|são|está)\s+(?:\p{L}+\s+)?indicad\p{L}*|usad[oa]s?|utilizad[oa]s?)(?![\p{L}])|(?<![\p{L}])(?:nesta|nessa|para\s+esta|para\s+essa|na\s+mesma)\s+indicação(?![\p{L}])`,
};

/** A product that followed an approval the text just told, as pt pages write it (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = {
  after: String.raw`(?<![\p{L}])(?:seguiu(?:-se)?|(?:o|a)\s+seguiu|juntou-se|somou-se)(?![\p{L}])`,
  // "Em novembro de 2005 seguiu-se a Oncorine": the subject after the verb, its date before.
  turn: String.raw`(?<![\p{L}])(?:foi a vez d[oae]s?|seguiu-se)(?![\p{L}])`,
};

/** Condition names pt pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = {
  fl: ['folicular', 'foliculares'],
  mcl: ['células do manto', 'manto'],
  mzl: ['zona marginal'],
};

export const PACK: LanguagePack = {
  language: 'pt',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`(?<![\p{L}])(?:o|este) (?:medicamento|produto|fármaco)(?![\p{L}])`,
  obligation: String.raw`(?<![\p{L}])(?:dever[áã]o?|precisar[áã]o?)(?![\p{L}])`,
  places: PLACES,
};
