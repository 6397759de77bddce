// French names. `fr` adds the spellings pages mix: "œ" or "oe", "aiguë" or "aigüe" (1990 spelling).
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

function fr(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    out.add(name.split('œ').join('oe'));
    out.add(name.split('aiguë').join('aigüe').split('aiguës').join('aigües'));
  }
  return [...out];
}

export const CONDITIONS: ConditionNames = {
  leukemia: fr('leucémie', 'leucémies'),
  lymphoma: fr('lymphome', 'lymphomes'),
  all: fr(
    'leucémie aiguë lymphoblastique',
    'leucémies aiguës lymphoblastiques',
    'leucémie lymphoblastique aiguë',
    'leucémie aiguë lymphoïde',
  ),
  'b-all': fr(
    'leucémie aiguë lymphoblastique B',
    'leucémie aiguë lymphoblastique à cellules B',
    'leucémie aiguë lymphoblastique à précurseurs B',
    'leucémie aiguë lymphoblastique de la lignée B',
    'LAL-B',
  ),
  't-all': fr('leucémie aiguë lymphoblastique T', 'leucémie aiguë lymphoblastique à cellules T', 'LAL-T'),
  aml: fr('leucémie aiguë myéloïde', 'leucémies aiguës myéloïdes', 'leucémie myéloïde aiguë'),
  cll: fr('leucémie lymphoïde chronique', 'leucémie lymphocytaire chronique', 'lymphome lymphocytique'),
  cml: fr('leucémie myéloïde chronique'),
  // "lymphome non hodgkinien" is read from its first word, so it wins over "lymphome hodgkinien".
  nhl: fr('lymphome non hodgkinien', 'lymphomes non hodgkiniens', 'LNH'),
  // "lymphome B" starts longer names (DLBCL, LBCL, PMBCL, high grade, marginal zone), each listed below.
  'b-nhl': fr(
    'lymphome B',
    'lymphomes B',
    'lymphome à cellules B',
    'lymphomes à cellules B',
    'lymphome non hodgkinien B',
    'lymphomes non hodgkiniens B',
  ),
  lbcl: fr(
    'lymphome à grandes cellules B',
    'lymphomes à grandes cellules B',
    'lymphome B à grandes cellules',
    'lymphomes B à grandes cellules',
  ),
  dlbcl: fr(
    'lymphome diffus à grandes cellules B',
    'lymphome B diffus à grandes cellules',
    'lymphomes B diffus à grandes cellules',
    'LDGCB',
    'LBDGC',
  ),
  pmbcl: fr(
    'lymphome B médiastinal primitif',
    'lymphome médiastinal primitif à grandes cellules B',
    'lymphome primitif du médiastin',
    'LMPGCB',
  ),
  hgbcl: fr('lymphome B de haut grade', 'lymphomes B de haut grade', 'lymphome à cellules B de haut grade'),
  tfl: fr('lymphome folliculaire transformé', 'lymphomes folliculaires transformés'),
  pcnsl: fr(
    'lymphome primitif du système nerveux central',
    'lymphome primitif du SNC',
    'lymphome cérébral primitif',
    'lymphomes cérébraux primitifs',
  ),
  'indolent-nhl': fr(
    'lymphome indolent',
    'lymphomes indolents',
    'lymphome B indolent',
    'lymphomes B indolents',
    'lymphome non hodgkinien indolent',
    'lymphomes non hodgkiniens indolents',
  ),
  fl: fr('lymphome folliculaire', 'lymphomes folliculaires'),
  fl3b: fr('lymphome folliculaire de grade 3B', 'lymphome folliculaire grade 3B'),
  mzl: fr(
    'lymphome de la zone marginale',
    'lymphomes de la zone marginale',
    'lymphome B de la zone marginale',
  ),
  mcl: fr('lymphome à cellules du manteau', 'lymphomes à cellules du manteau', 'lymphome du manteau', 'LCM'),
  'hodgkin-lymphoma': fr(
    'lymphome de Hodgkin',
    'lymphomes de Hodgkin',
    'lymphome hodgkinien',
    'maladie de Hodgkin',
  ),
  't-cell-lymphoma': fr('lymphome T', 'lymphomes T', 'lymphome à cellules T'),
  'multiple-myeloma': fr('myélome', 'myélomes'),
  mds: fr('syndrome myélodysplasique', 'syndromes myélodysplasiques'),
  ptld: fr(
    'syndrome lymphoprolifératif post-transplantation',
    'syndromes lymphoprolifératifs post-transplantation',
    'syndrome lymphoprolifératif post-greffe',
  ),
  'solid-tumor': fr('tumeurs solides', 'tumeur solide'),
  'soft-tissue-sarcoma': fr(
    'sarcome des tissus mous',
    'sarcomes des tissus mous',
    'sarcome des parties molles',
    'sarcomes des parties molles',
  ),
  'synovial-sarcoma': fr('synovialosarcome', 'synovialosarcomes', 'sarcome synovial', 'sarcomes synoviaux'),
  'myxoid-round-cell-liposarcoma': fr('liposarcome myxoïde', 'liposarcomes myxoïdes'),
  melanoma: fr('mélanome', 'mélanomes'),
  'bladder-cancer': fr('cancer de la vessie'),
  // "TVNIM": tumeur de vessie n'infiltrant pas le muscle, the French name of NMIBC.
  nmibc: fr(
    "cancer de la vessie n'infiltrant pas le muscle",
    "tumeur de la vessie n'infiltrant pas le muscle",
    "tumeur de vessie n'infiltrant pas le muscle",
    'TVNIM',
  ),
  'malignant-glioma': fr('gliome malin', 'gliomes malins', 'gliome de haut grade', 'gliomes de haut grade'),
  glioblastoma: fr('glioblastome', 'glioblastomes'),
  'gastric-gej-adenocarcinoma': fr(
    "cancer de l'estomac",
    'cancer gastrique',
    'adénocarcinome gastrique',
    "adénocarcinome de l'estomac",
    'adénocarcinome de la jonction œso-gastrique',
    'adénocarcinome de la jonction gastro-œsophagienne',
  ),
  // "ORL" (oto-rhino-laryngologie) is how French pages name head and neck cancer.
  'head-and-neck-cancer': fr(
    'cancer de la tête et du cou',
    'cancers de la tête et du cou',
    'cancer ORL',
    'cancers ORL',
  ),
  'head-and-neck-scc': fr(
    'carcinome épidermoïde de la tête et du cou',
    'carcinomes épidermoïdes de la tête et du cou',
    'carcinome épidermoïde ORL',
  ),
  'nasopharyngeal-carcinoma': fr(
    'carcinome du nasopharynx',
    'cancer du nasopharynx',
    'cancer du cavum',
    'carcinome nasopharyngé',
  ),
  'hepatocellular-carcinoma': fr('carcinome hépatocellulaire', 'cancer du foie', 'hépatocarcinome'),
  'pancreatic-cancer': fr(
    'cancer du pancréas',
    'adénocarcinome du pancréas',
    'adénocarcinome canalaire du pancréas',
  ),
  'lung-cancer': fr('cancer du poumon', 'cancer bronchique', 'cancer bronchopulmonaire'),
  'breast-cancer': fr('cancer du sein'),
  'ovarian-cancer': fr("cancer de l'ovaire", 'cancer des ovaires'),
  'colorectal-cancer': fr('cancer colorectal', 'cancer du côlon', 'cancer du colon', 'cancer du rectum'),
  'prostate-cancer': fr('cancer de la prostate'),
  'cervical-cancer': fr("cancer du col de l'utérus", 'cancer du col utérin'),
  'esophageal-cancer': fr("cancer de l'œsophage"),
  neuroblastoma: fr('neuroblastome', 'neuroblastomes'),
  mesothelioma: fr('mésothéliome', 'mésothéliomes'),
};

export const REGULATORS: RegulatorNames = [
  // French press names the FDA "l'Agence américaine des médicaments" (or "du médicament").
  ['FDA', fr('Agence américaine des médicaments', 'Agence américaine du médicament')],
  [
    'EMA',
    fr('Commission européenne', 'Agence européenne des médicaments', 'Agence européenne du médicament'),
  ],
  ['HC', fr('Santé Canada', 'avis de conformité', 'AC-C')],
];

/** Regulatory steps that are not approvals, as fr pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  crl: String.raw`lettres?\sde\sréponse\scomplète`,
  'ind-clearance': String.raw`autorisation\sd['’]essai`,
  designation: String.raw`désignation|statut\s(?:de\s)?(?:médicament\sorphelin|thérapie\sinnovante)`,
  // Paid for by the health insurance: "remboursé", "pris en charge par l'Assurance maladie".
  reimbursement: String.raw`(?<![\p{L}])(?:rembours\p{L}*|pris\p{L}*\s+en\s+charge\s+par\s+(?:l['’])?(?:Assurance\s+maladie|Sécurité\s+sociale|RAMQ|INAMI)|prise\s+en\s+charge\s+(?:par\s+(?:l['’])?(?:Assurance\s+maladie|Sécurité\s+sociale|RAMQ|INAMI)|à\s+100))(?![\p{L}])`,
  withdrawal: String.raw`(?<![\p{L}])retir\p{L}*(?:(?<=(?:autoris|AMM)[^.;]{0,60})|\sdu\smarché|(?=\s+(?:en|le|depuis)\s+(?:\p{L}+\s+)?\d))`,
  filing: String.raw`demande\s(?:d['’](?:autorisation|AMM)|(?:\p{L}+\s)?auprès\sd)|demande\sdéposée|dossier\sd['’](?:AMM|autorisation)`,
  'committee-opinion': String.raw`avis\s(?:positif|favorable)(?![^.;]{0,24}?(?:rembours|prise\sen\scharge))`,
};

/** A label extended to a new use, as fr pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`extension d['’](?:indication|AMM)|(?:indication|AMM)\s+(?:[\p{L}'’]+\s+){0,6}?(?:étendue?|élargie?)|(?:étendu|élargi)\s+(?:l['’]|son\s+|ses\s+|les?\s+)(?:indications?|AMM|autorisation)|indication\s+(?:[\p{L}'’]+\s+){0,4}?(?:y\s+)?(?:a|ont)\s+été\s+ajoutée?s?|ajout\p{L}*\s+(?:d['’]une\s+|de\s+l['’])?(?:nouvelle\s+)?indication|extension\s+(?:européenne\s+|de\s+l['’]indication\s+)?(?:au|à\s+la|à\s+l['’]|aux)(?=\s|\p{L})|(?:a|ont)\s+été\s+(?:étendue?s?|élargie?s?)\s+(?:au|à\s+la|à\s+l['’]|aux)(?=\s|\p{L})`;

/** A product the page does not name, as a sentence's subject: "Un autre médicament …", "une nouvelle thérapie CAR-T …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[,;:]\s+)[Uu]ne?\s+(?:(?:autre|nouvel(?:le)?|nouveau|seconde?|deuxième|[A-Z0-9][\p{L}\d-]*)\s+){0,2}(?:CAR-?T|produit|médicament|thérapie\s+(?:CAR-?T|cellulaire|génique))(?![\p{L}])`;

/** Places as fr tables and keyed lines write them bare: "Union européenne", "États-Unis" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: 'États-Unis',
  EMA: 'Union européenne|Europe|UE|[Ee]uropéenne?',
  NMPA: 'Chine',
  PMDA: 'Japon',
  ANVISA: 'Brésil',
  SWISSMEDIC: 'Suisse',
  MFDS: 'Corée du Sud',
  CDSCO: 'Inde',
};

/** "Since <date>" beside a use, as fr pages write it (lib/claims/since-use.ts). */
const SINCE = {
  use: String.raw`(?<![\p{L}])(?:peu(?:t|vent)\s+être\s+(?:utilisé|administré|prescrit)\p{L}*|(?:est|sont)\s+(?:\p{L}+\s+)?indiqu\p{L}*|utilisée?s?)(?![\p{L}])|(?<![\p{L}])(?:dans|pour)\s+(?:cette|la\s+même)\s+indication(?![\p{L}])`,
};

/** A product that followed an approval the text just told, as fr pages write it (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = {
  after: String.raw`(?<![\p{L}])(?:a|ont|avait|avaient)\s+suivi(?![\p{L}])`,
  turn: String.raw`(?<![\p{L}])(?:ce fut|c['’]est|c['’]était|vint) (?:le tour|au tour) d(?:e|u|es)(?![\p{L}])`,
};

/** Condition names fr pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = {
  fl: ['folliculaire', 'folliculaires'],
  mcl: ['cellules du manteau', 'manteau'],
  mzl: ['zone marginale'],
};

export const PACK: LanguagePack = {
  language: 'fr',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`(?<![\p{L}])(?:le|ce) (?:médicament|produit)(?![\p{L}])`,
  obligation: String.raw`(?<![\p{L}])(?:doit|doivent|devra|devront)(?![\p{L}])`,
  places: PLACES,
};
