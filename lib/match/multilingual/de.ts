// German names. German declines the adjectives and the noun of a disease name ("diffuses
// großzelliges B-Zell-Lymphom", "mit diffusem großzelligem B-Zell-Lymphom", "des diffusen
// großzelligen B-Zell-Lymphoms", "großzellige B-Zell-Lymphome"), and the matcher compares whole
// words, so each name is written once as a template and `de` spells out its forms: "{}" takes every
// adjective ending, a last word in -om also its -oms/-ome/-omen forms, and "ß" also "ss" (Swiss pages).
// Forms no page writes ("akutes lymphatisches Leukämie") cost nothing but a lookup key.
import type { ConditionNames, LanguagePack, RegulatorNames } from './types';

const ENDINGS = ['e', 'en', 'er', 'es', 'em'];

function de(...templates: string[]): string[] {
  const out = new Set<string>();
  for (const template of templates) {
    for (const ending of template.includes('{}') ? ENDINGS : ['']) {
      const name = template.split('{}').join(ending);
      for (const form of /om$/.test(name) ? [name, `${name}s`, `${name}e`, `${name}en`] : [name]) {
        out.add(form);
        if (form.includes('ß')) out.add(form.split('ß').join('ss'));
      }
    }
  }
  return [...out];
}

export const CONDITIONS: ConditionNames = {
  leukemia: de('Leukämie', 'Leukämien'),
  lymphoma: de('Lymphom'),
  all: de('akut{} lymphatisch{} Leukämie', 'akut{} lymphoblastisch{} Leukämie'),
  'b-all': de(
    'B-Zell-ALL',
    'B-Vorläufer-ALL',
    'akut{} lymphoblastisch{} B-Zell-Leukämie',
    'akut{} lymphatisch{} B-Zell-Leukämie',
  ),
  't-all': de('T-Zell-ALL', 'akut{} lymphoblastisch{} T-Zell-Leukämie'),
  aml: de('akut{} myeloisch{} Leukämie'),
  cll: de('chronisch{} lymphatisch{} Leukämie'),
  cml: de('chronisch{} myeloisch{} Leukämie'),
  // Every Hodgkin form has its Non-Hodgkin form: the scan starts at "Non" and takes the longer name.
  nhl: de('Non-Hodgkin-Lymphom'),
  'b-nhl': de('B-Zell-Lymphom', 'B-Zell-Non-Hodgkin-Lymphom'),
  lbcl: de('großzellig{} B-Zell-Lymphom'),
  dlbcl: de('diffus{} großzellig{} B-Zell-Lymphom', 'diffus großzellig{} B-Zell-Lymphom'),
  pmbcl: de('primär mediastinal{} B-Zell-Lymphom', 'primär mediastinal{} großzellig{} B-Zell-Lymphom'),
  hgbcl: de('hochmalign{} B-Zell-Lymphom', 'High-Grade-B-Zell-Lymphom'),
  tfl: de('transformiert{} follikulär{} Lymphom'),
  pcnsl: de('primär{} ZNS-Lymphom', 'primär{} Lymphom des zentralen Nervensystems'),
  'indolent-nhl': de('indolent{} Lymphom', 'indolent{} Non-Hodgkin-Lymphom', 'indolent{} B-Zell-Lymphom'),
  fl: de('follikulär{} Lymphom'),
  fl3b: de('follikulär{} Lymphom Grad 3B'),
  mzl: de('Marginalzonenlymphom', 'Marginalzonen-Lymphom'),
  mcl: de('Mantelzell-Lymphom', 'Mantelzelllymphom'),
  'hodgkin-lymphoma': de('Hodgkin-Lymphom', 'Morbus Hodgkin'),
  't-cell-lymphoma': de('T-Zell-Lymphom'),
  // "Plasmozytom" is the name German patient pages give multiple myeloma ("Multiples Myelom (Plasmozytom)").
  'multiple-myeloma': de('Myelom', 'Plasmozytom'),
  mds: de('myelodysplastisch{} Syndrom'),
  ptld: de(
    'Posttransplantations-lymphoproliferative Erkrankung',
    'lymphoproliferativ{} Erkrankung nach Transplantation',
  ),
  'solid-tumor': de('solid{} Tumor', 'solid{} Tumoren', 'solid{} Tumore'),
  'soft-tissue-sarcoma': de('Weichteilsarkom', 'Weichgewebesarkom'),
  'synovial-sarcoma': de('Synovialsarkom', 'synovial{} Sarkom'),
  'myxoid-round-cell-liposarcoma': de('myxoid{} Liposarkom', 'myxoid{}/rundzellig{} Liposarkom'),
  melanoma: de('Melanom'),
  'bladder-cancer': de('Blasenkrebs', 'Harnblasenkrebs', 'Blasenkarzinom', 'Harnblasenkarzinom'),
  nmibc: de(
    'nicht-muskelinvasiv{} Blasenkarzinom',
    'nicht-muskelinvasiv{} Harnblasenkarzinom',
    'nicht-muskelinvasiv{} Blasenkrebs',
    'nicht-muskelinvasiv{} Harnblasenkrebs',
  ),
  'malignant-glioma': de('malign{} Gliom', 'hochgradig{} Gliom'),
  glioblastoma: de('Glioblastom'),
  'gastric-gej-adenocarcinoma': de(
    'Magenkrebs',
    'Magenkarzinom',
    'Adenokarzinom des Magens',
    'Karzinom des gastroösophagealen Übergangs',
    'Adenokarzinom des gastroösophagealen Übergangs',
  ),
  'head-and-neck-cancer': de(
    'Kopf-Hals-Krebs',
    'Kopf-Hals-Karzinom',
    'Kopf-Hals-Tumoren',
    'Kopf-Hals-Tumore',
  ),
  'head-and-neck-scc': de(
    'Plattenepithelkarzinom des Kopf-Hals-Bereichs',
    'Plattenepithelkarzinom im Kopf-Hals-Bereich',
    'Kopf-Hals-Plattenepithelkarzinom',
  ),
  'nasopharyngeal-carcinoma': de('Nasopharynxkarzinom', 'Nasenrachenkrebs', 'Nasenrachenkarzinom'),
  'hepatocellular-carcinoma': de('hepatozellulär{} Karzinom', 'Leberzellkarzinom', 'Leberkrebs'),
  'pancreatic-cancer': de('Bauchspeicheldrüsenkrebs', 'Pankreaskarzinom', 'Pankreaskrebs'),
  'lung-cancer': de('Lungenkrebs', 'Lungenkarzinom', 'Bronchialkarzinom'),
  'breast-cancer': de('Brustkrebs', 'Mammakarzinom'),
  'ovarian-cancer': de('Eierstockkrebs', 'Ovarialkarzinom'),
  'colorectal-cancer': de(
    'Darmkrebs',
    'Dickdarmkrebs',
    'kolorektal{} Karzinom',
    'Kolorektalkarzinom',
    'Kolonkarzinom',
    'Rektumkarzinom',
  ),
  'prostate-cancer': de('Prostatakrebs', 'Prostatakarzinom'),
  'cervical-cancer': de('Gebärmutterhalskrebs', 'Zervixkarzinom'),
  'esophageal-cancer': de('Speiseröhrenkrebs', 'Ösophaguskarzinom'),
  neuroblastoma: de('Neuroblastom'),
  mesothelioma: de('Mesotheliom', 'Pleuramesotheliom'),
};

export const REGULATORS: RegulatorNames = [
  // German press names the FDA "die (US-)amerikanische Arzneimittelbehörde" or "US-Arzneimittelbehörde".
  [
    'FDA',
    de(
      'US-Arzneimittelbehörde',
      'US-Zulassungsbehörde',
      'amerikanisch{} Arzneimittelbehörde',
      'amerikanisch{} Zulassungsbehörde',
    ),
  ],
  ['EMA', de('Europäisch{} Kommission', 'Europäisch{} Arzneimittel-Agentur', 'EU-Kommission')],
];

/** Regulatory steps that are not approvals, as de pages write them (lib/claims/decisions.ts). */
const STEPS: LanguagePack['steps'] = {
  'ind-clearance': String.raw`klinische\s(?:Prüfung|Studie)\s(?:\p{L}+\s){0,2}?genehmigt`,
  designation: String.raw`(?:Orphan[- ]?(?:Drug)?|Breakthrough[- ]Therapy|Durchbruchstherapie)[- ](?:Status|Designation|Ausweisung|Einstufung)|Arzneimittel\sfür\sseltene\sLeiden`,
  // "vom Markt genommen", "die EU-Zulassung … endete 2015": an approval taken back or ended.
  // Paid for by the insurers: "Kostenübernahme", "erstattet", "erstattungsfähig".
  reimbursement: String.raw`(?<![\p{L}])(?:Kostenübernahme|erstattet|erstattungsfähig|Erstattung|Kassenleistung|von\s+den\s+(?:gesetzlichen\s+)?Krankenkassen\s+(?:übernommen|bezahlt))(?![\p{L}])`,
  withdrawal: String.raw`(?<![\p{L}])(?:zurückgezogen|widerrufen|vom Markt genommen|(?<=Zulassung[^.;]{0,40})(?:endete|erlosch|ausgelaufen))(?![\p{L}])`,
  filing: String.raw`Zulassungsantrag\p{L}*|Antrag\s(?:auf\s(?:\p{L}+\s)?Zulassung|bei\sd|[^.;]{0,60}?(?:eingereicht|gestellt))|(?<![\p{L}])beantragt`,
  'committee-opinion': String.raw`Zulassungsempfehlung|positive\s(?:Stellungnahme|Empfehlung)(?![^.;]{0,24}?(?:Erstattung|Kostenübernahme))`,
};

/** A label extended to a new use, as de pages write it (lib/claims/label-extension.ts). */
const EXTENSION = String.raw`(?<![\p{L}])Erweiterung\s+auf(?=\s+(?:[\p{L}-]+\s+){0,4}?(?:Patient|Erwachsen|Kinder|Jugendlich|Vortherapie|Therapielinie|Linie|\p{L}*(?:lymphom|leukämie|myelom)))|Indikation(?:en)?\s+(?:[\p{L}\d.,-]+\s+){0,24}?erweitert|(?:Zulassungs|Indikations)erweiterung\p{L}*|erweitert(?:e|en)?\s+(?:die|ihre|seine)\s+(?:Zulassung|Indikation)|(?:wurde|wurden)\s+(?:[\p{L}\d.,-]+\s+){0,10}?auf\s+(?:[\p{L}\d.,-]+\s+){0,8}?(?:erweitert|ausgeweitet)`;

/** A product the page does not name, as a sentence's subject: "Ein weiteres Präparat …", "eine neue CAR-T-Zelltherapie …" (lib/claims/indefinite-subject.ts). */
const ANOTHER = String.raw`(?:^|[,;:]\s+)[Ee]in(?:e|es)?\s+(?:(?:weitere[rs]?|andere[rs]?|neue[rs]?|zweite[rs]?|[A-Z0-9][\p{L}\d-]*)\s+){0,2}(?:CAR-T\S*|Präparat|Produkt|Arzneimittel|Zelltherapie|Gentherapie)(?![\p{L}])`;

/** Places as de tables and keyed lines write them bare: "Europäische Union", "Vereinigte Staaten" (lib/claims/regulator-words.ts). */
const PLACES: LanguagePack['places'] = {
  FDA: 'Vereinigte Staaten',
  EMA: 'Europäische Union|Europa|[Ee]uropäische[nr]?',
  ANVISA: 'Brasilien',
  HC: 'Kanada',
  // "Schweizer Zulassung", "schweizerische": the adjective names the place too.
  SWISSMEDIC: String.raw`Schweiz|[Ss]chweizer\p{L}*`,
  MFDS: 'Südkorea',
  CDSCO: 'Indien',
};

/** "Since <date>" beside a use, as de pages write it (lib/claims/since-use.ts). */
const SINCE = {
  use: String.raw`(?<![\p{L}])(?:kann\s+(?:[\p{L}-]+\s+){0,3}?(?:eingesetzt|angewendet|verwendet|gegeben)|eingesetzt|angewendet|(?:in|für)\s+(?:dieser|diese|derselben)\s+(?:Indikation|Anwendung))(?![\p{L}])`,
};

/** A product that followed an approval the text just told, as de pages write it (lib/claims/succession.ts). */
const FOLLOWED: LanguagePack['followed'] = {
  after: String.raw`(?<![\p{L}])folgten?(?![\p{L}])`,
};

/** Condition names de pages shorten once they have named the family (lib/match/elliptical.ts). */
const ELLIPTICAL: LanguagePack['elliptical'] = {
  fl: ['follikulär', 'follikuläre', 'follikulären', 'follikuläres'],
  mcl: ['Mantelzell'],
  mzl: ['Marginalzone', 'Marginalzonen'],
};

export const PACK: LanguagePack = {
  language: 'de',
  conditions: CONDITIONS,
  regulators: REGULATORS,
  elliptical: ELLIPTICAL,
  steps: STEPS,
  extension: EXTENSION,
  followed: FOLLOWED,
  since: SINCE,
  another: ANOTHER,
  thisProduct: String.raw`(?<![\p{L}])(?:das|dieses) (?:Präparat|Medikament|Arzneimittel|Produkt)(?![\p{L}])`,
  obligation: String.raw`(?<![\p{L}])(?:muss|müssen)(?![\p{L}])`,
  places: PLACES,
};
