// Deterministic clinic-page HTML of a chosen size, for the benchmark and the large-page e2e test.
// Pages look like the medical-tourism pages the extension is built for: a nav, a hero, sections of
// prose naming products with response figures, comparison tables, lists, FAQ and a long footer.
// Same seed and size → byte-identical HTML, so timings compare like with like across runs.

/** mulberry32: tiny, fast, good enough to vary text; Math.random is not seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Product {
  inn: string;
  brand: string;
  short: string;
  target: string;
  condition: string;
}

const PRODUCTS: Product[] = [
  {
    inn: 'Tisagenlecleucel',
    brand: 'Kymriah',
    short: 'tisa-cel',
    target: 'CD19',
    condition: 'B-cell acute lymphoblastic leukemia',
  },
  {
    inn: 'Axicabtagene ciloleucel',
    brand: 'Yescarta',
    short: 'axi-cel',
    target: 'CD19',
    condition: 'large B-cell lymphoma',
  },
  {
    inn: 'Lisocabtagene maraleucel',
    brand: 'Breyanzi',
    short: 'liso-cel',
    target: 'CD19',
    condition: 'follicular lymphoma',
  },
  {
    inn: 'Brexucabtagene autoleucel',
    brand: 'Tecartus',
    short: 'brexu-cel',
    target: 'CD19',
    condition: 'mantle cell lymphoma',
  },
  {
    inn: 'Idecabtagene vicleucel',
    brand: 'Abecma',
    short: 'ide-cel',
    target: 'BCMA',
    condition: 'multiple myeloma',
  },
  {
    inn: 'Ciltacabtagene autoleucel',
    brand: 'Carvykti',
    short: 'cilta-cel',
    target: 'BCMA',
    condition: 'multiple myeloma',
  },
  {
    inn: 'Equecabtagene autoleucel',
    brand: 'Fucaso',
    short: 'eque-cel',
    target: 'BCMA',
    condition: 'multiple myeloma',
  },
  {
    inn: 'Inaticabtagene autoleucel',
    brand: 'CNCT19',
    short: 'inati-cel',
    target: 'CD19',
    condition: 'B-cell acute lymphoblastic leukemia',
  },
  {
    inn: 'Afamitresgene autoleucel',
    brand: 'Tecelra',
    short: 'afami-cel',
    target: 'MAGE-A4',
    condition: 'synovial sarcoma',
  },
  { inn: 'Lifileucel', brand: 'Amtagvi', short: 'lifileucel', target: 'TIL', condition: 'melanoma' },
  {
    inn: 'Talimogene laherparepvec',
    brand: 'Imlygic',
    short: 'T-VEC',
    target: 'oncolytic HSV-1',
    condition: 'melanoma',
  },
];

const CLINICS = [
  'Riverside Cancer Institute',
  'Harbor Cell Therapy Center',
  'Lotus Oncology Hospital',
  'Beijing Gobroad Partner Clinic',
];
const METRICS = [
  'complete remission',
  'overall response rate',
  'ORR',
  'CR rate',
  'best overall response',
  'MRD-negative remission',
];
const HEDGES = ['up to', 'as high as', 'more than', 'approximately', 'nearly', ''];
const TRIALS = [
  'ELIANA',
  'ZUMA-1',
  'TRANSCEND',
  'KarMMa',
  'CARTITUDE-1',
  'ZUMA-2',
  'FUMANBA-1',
  'SPEARHEAD-1',
  'C-144-01',
];
const REGULATORS = ['FDA', 'EMA', 'NMPA', 'PMDA', 'MHRA'];
const FILLER = [
  'Our multidisciplinary team reviews every referral within two working days.',
  'Patients travel from more than forty countries for consultation and treatment.',
  'Eligibility depends on prior lines of therapy, organ function and disease burden.',
  'Cytokine release syndrome and neurotoxicity are monitored around the clock in a dedicated ward.',
  'Manufacturing usually takes three to four weeks after leukapheresis.',
  'Bridging therapy may be given while the cells are manufactured.',
  'Families are offered accommodation close to the hospital during the monitoring period.',
  'International patient coordinators speak English, Russian, Arabic and Mandarin.',
  'Costs vary with the product, the length of stay and the need for intensive care.',
  'Follow-up visits continue for fifteen years as part of long-term safety monitoring.',
];

class Writer {
  private parts: string[] = [];
  length = 0;
  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  toString(): string {
    return this.parts.join('');
  }
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function pct(rand: () => number): number {
  return 40 + Math.floor(rand() * 55);
}

function productName(rand: () => number, p: Product): string {
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `${p.inn} (${p.brand})`;
    case 1:
      return p.brand;
    case 2:
      return p.short;
    default:
      return p.inn.toLowerCase();
  }
}

function claimSentence(rand: () => number): string {
  const p = pick(rand, PRODUCTS);
  const hedge = pick(rand, HEDGES);
  const metric = pick(rand, METRICS);
  const name = productName(rand, p);
  switch (Math.floor(rand() * 5)) {
    case 0:
      return `${name} achieved ${hedge ? `${hedge} ` : ''}${pct(rand)}% ${metric} in patients with relapsed or refractory ${p.condition}.`;
    case 1:
      return `In the ${pick(rand, TRIALS)} trial (n=${20 + Math.floor(rand() * 180)}), ${name} showed an ${metric} of ${pct(rand)}%.`;
    case 2:
      return `${name} is approved by the ${pick(rand, REGULATORS)} for adults with ${p.condition} after two or more lines of therapy.`;
    case 3:
      return `Our ${p.target}-directed CAR-T program, similar to ${name}, reports a ${pct(rand)}% ${metric} and is a cure for many patients.`;
    default:
      return `${name} targets ${p.target} and may be an option for ${p.condition} when other treatments have failed.`;
  }
}

function paragraph(rand: () => number): string {
  const n = 3 + Math.floor(rand() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(rand() < 0.22 ? claimSentence(rand) : pick(rand, FILLER));
  const text = sentences.join(' ');
  return rand() < 0.2
    ? `<p><strong>Key point:</strong> ${text} <a href="/contact">Ask our team</a>.</p>\n`
    : `<p>${text}</p>\n`;
}

function table(rand: () => number): string {
  const rows: string[] = [];
  const n = 3 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const p = pick(rand, PRODUCTS);
    rows.push(
      `<tr><td>${p.inn} (${p.brand})</td><td>${p.target}</td><td>r/r ${p.condition}</td>` +
        `<td>${pct(rand)}% ${pick(rand, METRICS)}</td><td>${pick(rand, REGULATORS)} ${2017 + Math.floor(rand() * 8)}</td></tr>`,
    );
  }
  return (
    '<table class="compare"><caption>Approved and investigational cell therapies</caption>\n' +
    '<thead><tr><th>Product</th><th>Target</th><th>Indication</th><th>Key response data</th><th>Approval</th></tr></thead>\n' +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>\n`
  );
}

function list(rand: () => number): string {
  const items: string[] = [];
  const n = 3 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++)
    items.push(`<li>${rand() < 0.3 ? claimSentence(rand) : pick(rand, FILLER)}</li>`);
  return `<ul class="checklist">\n${items.join('\n')}\n</ul>\n`;
}

function faq(rand: () => number): string {
  const p = pick(rand, PRODUCTS);
  return (
    `<details class="faq"><summary>Is ${p.brand} available for ${p.condition}?</summary>` +
    `<div><p>${claimSentence(rand)} ${pick(rand, FILLER)}</p></div></details>\n`
  );
}

const ICON =
  '<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 15-5-5 1.4-1.4L11 14.2l5.6-5.6L18 10l-7 7z"/></svg>';

/** Page-builder markup around content, as WordPress/Elementor-style sites emit it. */
function wrap(rand: () => number, inner: string): string {
  const id = Math.floor(rand() * 0xffffff).toString(16);
  return (
    `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-text-editor" data-id="${id}" data-element_type="widget" data-widget_type="text-editor.default">` +
    `<div class="elementor-widget-container">${rand() < 0.3 ? ICON : ''}${inner}</div></div>\n`
  );
}

function trackingScript(rand: () => number, index: number): string {
  return (
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Section ${index}",` +
    `"about":{"@type":"MedicalTherapy","name":"${pick(rand, PRODUCTS).inn}"},"lastReviewed":"2025-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}"}</script>\n` +
    `<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:"section_view",section:${index}});</script>\n`
  );
}

function section(rand: () => number, index: number): string {
  const p = pick(rand, PRODUCTS);
  const w = new Writer();
  if (index % 4 === 0) w.push(trackingScript(rand, index));
  w.push(
    `<section id="s${index}" class="content-block elementor-section elementor-top-section">\n<h2>${p.inn} for ${p.condition}</h2>\n`,
  );
  const blocks = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < blocks; i++) {
    const r = rand();
    if (r < 0.55) w.push(wrap(rand, paragraph(rand)));
    else if (r < 0.7) w.push(wrap(rand, table(rand)));
    else if (r < 0.88) w.push(wrap(rand, list(rand)));
    else w.push(wrap(rand, faq(rand)));
  }
  if (rand() < 0.3) w.push(`<h3>What patients should know</h3>\n${paragraph(rand)}`);
  w.push('</section>\n');
  return w.toString();
}

function head(clinic: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<title>CAR-T cell therapy abroad | ${clinic}</title>\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<style>body{font-family:sans-serif;max-width:60rem;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}</style>\n' +
    '</head>\n<body>\n'
  );
}

function nav(): string {
  const links = [
    'Home',
    'Treatments',
    'CAR-T therapy',
    'Gene therapy',
    'Clinical trials',
    'Costs',
    'Patient stories',
    'Contact',
  ];
  return (
    '<header class="site-header"><a class="logo" href="/">CellCare Global</a>\n<nav aria-label="Main"><ul>' +
    links.map((l, i) => `<li><a href="/page-${i}">${l}</a></li>`).join('') +
    '</ul></nav></header>\n'
  );
}

function footer(rand: () => number): string {
  const cols: string[] = [];
  for (let c = 0; c < 4; c++) {
    const items: string[] = [];
    for (let i = 0; i < 6; i++)
      items.push(`<li><a href="/f${c}-${i}">${pick(rand, PRODUCTS).brand} information ${i + 1}</a></li>`);
    cols.push(`<div class="col"><h4>Resources ${c + 1}</h4><ul>${items.join('')}</ul></div>`);
  }
  return (
    `<footer class="site-footer">${cols.join('\n')}\n` +
    '<p class="disclaimer">Information on this site is not medical advice. Results vary between patients.</p>\n' +
    '<p>&copy; CellCare Global. All rights reserved.</p></footer>\n</body>\n</html>\n'
  );
}

/**
 * A clinic page of about `targetBytes` characters (within one section, ~1–2 KB, above the target).
 * The article grows by sections; nav and footer stay the same size, as on real sites.
 */
export function generateClinicPage(targetBytes: number, seed = 42): string {
  const rand = seededRandom(seed ^ targetBytes);
  const clinic = pick(rand, CLINICS);
  const start = head(clinic) + nav();
  const end = footer(rand);
  const w = new Writer();
  w.push(start);
  w.push(`<main>\n<article>\n<h1>CAR-T cell therapy at ${clinic}</h1>\n`);
  w.push(`<p class="lead">${claimSentence(rand)} ${pick(rand, FILLER)}</p>\n`);
  let i = 0;
  const articleEnd =
    '</article>\n<aside class="sidebar"><h3>Request a free consultation</h3><p>Send your medical reports for review.</p></aside>\n</main>\n';
  while (w.length + end.length + articleEnd.length < targetBytes) w.push(section(rand, i++));
  w.push(articleEnd);
  w.push(end);
  return w.toString();
}

/** Sizes the benchmark covers, with readable labels. */
export const BENCH_SIZES: { label: string; bytes: number }[] = [
  { label: '10 KB', bytes: 10 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '5 MB', bytes: 5 * 1024 * 1024 },
];
