// Rules a schema cannot express: uniqueness across files, references between entities, dates
// against the dataset's as-of date, naming conventions the engine relies on. Pure, so the tests
// and `npm run dataset` report the same problems. Each message names the entity it is about.
import type { Dataset, Figure, Indication, Product, Source } from './schema';

/** Earliest and latest calendar day a partial date can mean, as YYYY-MM-DD; undefined if impossible. */
export function partialDateRange(date: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const daysIn = (mo: number) => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(month))) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = String(year).padStart(4, '0');
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (day === undefined)
    return { first: `${y}-${pad(month)}-01`, last: `${y}-${pad(month)}-${pad(daysIn(month))}` };
  return { first: date, last: date };
}

const HGNC_SHAPE = /^[A-Z][A-Z0-9-]*$/;

function productNames(p: Product): string[] {
  const n = p.names;
  return [
    ...n.brands.map((b) => b.name),
    ...(n.inn === undefined ? [] : [n.inn]),
    ...n.abbreviations,
    ...n.codes,
    ...n.chinese,
    ...n.other,
  ];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function checkInvariants(ds: Dataset): string[] {
  const problems: string[] = [];
  const add = (msg: string) => problems.push(msg);

  const asOf = partialDateRange(ds.meta.asOf);
  if (!asOf) add(`meta.asOf "${ds.meta.asOf}" is not a calendar date`);
  const checkDate = (date: string, where: string) => {
    const range = partialDateRange(date);
    if (!range) add(`${where}: "${date}" is not a calendar date`);
    else if (asOf && range.first > asOf.last)
      add(`${where}: "${date}" is after the dataset as-of date ${ds.meta.asOf}`);
  };
  const checkSource = (s: Source, where: string) => checkDate(s.asOf, `${where} source ${s.url}`);

  // Targets and conditions: unique ids, unique names, well-formed references.
  for (const id of duplicates(ds.targets.map((t) => t.id))) add(`target id "${id}" is used twice`);
  for (const t of ds.targets)
    if (!HGNC_SHAPE.test(t.id)) add(`target "${t.id}" is not an HGNC-shaped symbol`);
  const targetTerms = ds.targets.flatMap((t) => [
    ...new Set([t.id, t.label, ...t.aliases].map((x) => x.toLowerCase())),
  ]);
  for (const term of duplicates(targetTerms)) add(`target name "${term}" belongs to two targets`);

  const conditionIds = new Set(ds.conditions.map((c) => c.id));
  for (const id of duplicates(ds.conditions.map((c) => c.id))) add(`condition id "${id}" is used twice`);
  for (const c of ds.conditions) {
    if (c.parent !== undefined && !conditionIds.has(c.parent))
      add(`condition "${c.id}": parent "${c.parent}" does not exist`);
    for (const a of c.abbreviations) {
      // Abbreviations match case-sensitively; an all-lowercase one ("all") would match ordinary words.
      if (a === a.toLowerCase()) add(`condition "${c.id}": abbreviation "${a}" has no capital letter`);
    }
  }
  const synonymTerms = ds.conditions.flatMap((c) => [...new Set(c.synonyms.map((s) => s.toLowerCase()))]);
  for (const term of duplicates(synonymTerms)) add(`condition synonym "${term}" belongs to two conditions`);
  const abbreviationTerms = ds.conditions.flatMap((c) => [...new Set(c.abbreviations)]);
  for (const term of duplicates(abbreviationTerms))
    add(`condition abbreviation "${term}" belongs to two conditions`);
  const parentOf = new Map(ds.conditions.map((c) => [c.id, c.parent]));
  for (const c of ds.conditions) {
    const seen = new Set<string>([c.id]);
    let next = c.parent;
    while (next !== undefined) {
      if (seen.has(next)) {
        add(`condition "${c.id}": parent chain has a cycle through "${next}"`);
        break;
      }
      seen.add(next);
      next = parentOf.get(next);
    }
  }
  const checkCondition = (id: string, where: string) => {
    if (!conditionIds.has(id)) add(`${where}: condition "${id}" does not exist`);
  };

  // Products.
  for (const id of duplicates(ds.products.map((p) => p.id))) add(`product id "${id}" is used twice`);
  const nameOwner = new Map<string, string>();
  for (const p of ds.products) {
    for (const name of new Set(productNames(p).map((x) => x.toLowerCase()))) {
      const owner = nameOwner.get(name);
      if (owner !== undefined && owner !== p.id)
        add(`name "${name}" is used by both "${owner}" and "${p.id}"`);
      else nameOwner.set(name, p.id);
    }
  }
  const targetIds = new Set(ds.targets.map((t) => t.id));
  const allIndications: Indication[] = ds.products.flatMap((p) => p.indications);
  const allFigures: Figure[] = ds.products.flatMap((p) => p.figures);
  for (const id of duplicates(allIndications.map((i) => i.id))) add(`indication id "${id}" is used twice`);
  for (const id of duplicates(allFigures.map((f) => f.id))) add(`figure id "${id}" is used twice`);

  for (const p of ds.products) {
    const where = `product "${p.id}"`;
    for (const t of p.targets) if (!targetIds.has(t)) add(`${where}: target "${t}" is not in targets`);
    const active = p.indications.filter((i) => i.status === 'active');
    if (p.status === 'approved' && active.length === 0)
      add(`${where}: approved but has no active indication`);
    if (p.status === 'investigational') {
      if (active.length > 0) add(`${where}: investigational but has active indications`);
      if (p.sources.length === 0) add(`${where}: investigational but has no source for its status`);
    }
    for (const s of p.sources) checkSource(s, where);

    const ownIndications = new Map(p.indications.map((i) => [i.id, i]));
    for (const i of p.indications) {
      const iw = `indication "${i.id}"`;
      const prefix = `${p.id}--${i.regulator.toLowerCase()}--${i.conditionId}--${i.date.slice(0, 4)}`;
      if (i.id !== prefix && !i.id.startsWith(`${prefix}-`)) add(`${iw}: id should start with "${prefix}"`);
      if (i.sources.length === 0) add(`${iw}: has no source`);
      checkDate(i.date, iw);
      for (const s of i.sources) checkSource(s, iw);
      checkCondition(i.conditionId, iw);
      for (const c of i.includesConditions) checkCondition(c, iw);
      if (i.confidence === 'unconfirmed' && !i.note)
        add(`${iw}: unconfirmed without a note saying what is open`);
      const { minAge, maxAge } = i.population;
      if (minAge !== undefined && maxAge !== undefined && minAge > maxAge)
        add(`${iw}: minAge is above maxAge`);
      if (i.supersedes !== undefined) {
        const old = ownIndications.get(i.supersedes);
        if (!old) add(`${iw}: supersedes "${i.supersedes}", which is not an indication of ${p.id}`);
        else if (old.status === 'active') add(`${iw}: supersedes "${old.id}", which is still active`);
        else if (old.regulator !== i.regulator) add(`${iw}: supersedes "${old.id}" from another regulator`);
      }
    }
    for (const f of p.figures) {
      const fw = `figure "${f.id}"`;
      if (!f.id.startsWith(`${p.id}--`)) add(`${fw}: id should start with "${p.id}--"`);
      if (!f.id.endsWith(`--${f.kind}`)) add(`${fw}: id should end with "--${f.kind}"`);
      checkSource(f.source, fw);
      checkCondition(f.conditionId, fw);
      if (f.confidence === 'unconfirmed' && !f.note)
        add(`${fw}: unconfirmed without a note saying what is open`);
      if (f.unit === '%' && (f.value < 0 || f.value > 100))
        add(`${fw}: percentage ${f.value} is out of range`);
      if (f.ci && (f.ci[0] > f.value || f.ci[1] < f.value))
        add(`${fw}: value ${f.value} lies outside its CI`);
    }
  }
  return problems;
}
