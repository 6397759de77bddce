// How pages name the regulators the dataset records approvals from. Acronyms are matched
// case-sensitively; full names in any case. Country names ("approved in Japan") are read by the
// approval rule, not here, because "Japan" alone is not a regulator mention.
import type { Regulator } from '../dataset/schema';

export const REGULATOR_NAMES: ReadonlyArray<readonly [Regulator, readonly string[]]> = [
  [
    'FDA',
    [
      'FDA',
      'USFDA',
      'US FDA',
      'U.S. FDA',
      'Food and Drug Administration',
      'US Food and Drug Administration',
      'U.S. Food and Drug Administration',
      'United States Food and Drug Administration',
    ],
  ],
  [
    'EMA',
    [
      'EMA',
      'European Medicines Agency',
      'European Commission',
      'CHMP',
      'Committee for Medicinal Products for Human Use',
    ],
  ],
  [
    'NMPA',
    [
      'NMPA',
      'CFDA',
      'SFDA',
      'National Medical Products Administration',
      "China's National Medical Products Administration",
      'China National Medical Products Administration',
      'China Food and Drug Administration',
      'State Food and Drug Administration',
      'Chinese National Medical Products Administration',
    ],
  ],
  [
    'PMDA',
    [
      'PMDA',
      'MHLW',
      'Pharmaceuticals and Medical Devices Agency',
      'Ministry of Health, Labour and Welfare',
      'Japanese Ministry of Health',
      "Japan's Ministry of Health",
    ],
  ],
  [
    'CDSCO',
    [
      'CDSCO',
      'DCGI',
      'Central Drugs Standard Control Organisation',
      'Central Drugs Standard Control Organization',
      'Drugs Controller General of India',
    ],
  ],
  ['MHRA', ['MHRA', 'Medicines and Healthcare products Regulatory Agency']],
  ['HC', ['Health Canada', 'Notice of Compliance', 'NOC/c', 'NOC']],
  ['TGA', ['TGA', 'Therapeutic Goods Administration', 'Australian Register of Therapeutic Goods', 'ARTG']],
  ['HSA', ['Health Sciences Authority']],
  ['MFDS', ['MFDS', 'Ministry of Food and Drug Safety', 'Korea Ministry of Food and Drug Safety']],
  ['SWISSMEDIC', ['Swissmedic']],
  ['ANVISA', ['ANVISA', 'Anvisa', 'Brazilian Health Regulatory Agency']],
  ['RU_MOH', ['Russian Ministry of Health', 'Roszdravnadzor']],
  // National authorities whose decisions the dataset does not track: named so a claim about them
  // is read as theirs (and left unverified), never as the EMA's or FDA's named later in the sentence.
  [
    'OTHER',
    [
      'AEMPS',
      'Agencia Española de Medicamentos y Productos Sanitarios',
      'Agencia Española del Medicamento y Productos Sanitarios',
      'COFEPRIS',
      'ANMAT',
      'INVIMA',
      'DIGEMID',
      'Instituto de Salud Pública',
      'ARCSA',
      'CECMED',
      'TFDA',
      'TİTCK',
      'TITCK',
      'Medsafe',
      'NPRA',
      'Paul-Ehrlich-Institut',
      'BfArM',
      'ANSM',
      'AIFA',
      'Thai FDA',
      'Saudi FDA',
    ],
  ],
];

/** Country or region words that, after "approved in", stand for that country's regulator. */
export const REGULATOR_PLACES: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['FDA', /^(?:the\s+)?(?:U\.?S\.?A?\.?|United States|America)$/i],
  ['EMA', /^(?:the\s+)?(?:EU|E\.U\.|European Union|Europe)$/i],
  ['NMPA', /^(?:mainland\s+)?China$/i],
  ['PMDA', /^Japan$/i],
  ['CDSCO', /^India$/i],
  ['MHRA', /^(?:the\s+)?(?:UK|U\.K\.|GB|United Kingdom|Britain|Great Britain)$/i],
  ['HC', /^Canada$/i],
  ['TGA', /^Australia$/i],
  ['HSA', /^Singapore$/i],
  ['MFDS', /^(?:South\s+)?Korea$/i],
  ['ANVISA', /^Brazil$/i],
  ['SWISSMEDIC', /^Switzerland$/i],
  ['RU_MOH', /^Russia$/i],
  // Countries whose regulators the dataset does not track: a claim naming them cannot be checked.
  [
    'OTHER',
    /^(?:Turkey|T[üu]rkiye|Israel|Taiwan|Saudi Arabia|Mexico|Argentina|Thailand|Malaysia|New Zealand|Hong Kong|Macao|Macau)$/i,
  ],
];

export const REGULATOR_LABEL: Readonly<Record<Regulator, string>> = {
  FDA: 'FDA',
  EMA: 'EMA',
  NMPA: 'NMPA',
  PMDA: 'PMDA/MHLW',
  CDSCO: 'CDSCO',
  MHRA: 'MHRA',
  HSA: 'HSA',
  HC: 'Health Canada',
  TGA: 'TGA',
  MFDS: 'MFDS',
  SWISSMEDIC: 'Swissmedic',
  ANVISA: 'ANVISA',
  RU_MOH: 'Russian Ministry of Health',
  OTHER: 'another regulator',
};
