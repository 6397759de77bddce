// Rules a schema cannot express: uniqueness across files, references between entities, dates
// against the dataset's as-of date, naming conventions the engine relies on. Pure, so the tests
// and `npm run dataset` report the same problems. Each message names the entity it is about.
import { partialDateRange } from './dates';
import { ADDS_INDICATION, NEEDS_INDICATION, eventDay, labelAt, regulatorsOf } from './history';
import type { Dataset, Figure, Indication, Product, Source } from './schema';

export { partialDateRange };

/** A regulator as it appears in ids: "RU_MOH" → "ru-moh". */
export function regulatorSlug(regulator: string): string {
  return regulator.toLowerCase().replace(/_/g, '-');
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
    ...n.localNames.map((l) => l.name),
    ...n.formerNames,
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
      const prefix = `${p.id}--${regulatorSlug(i.regulator)}--${i.conditionId}--${i.date.slice(0, 4)}`;
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
    checkNames(p, add);
    checkHistory(p, ownIndications, checkDate, checkSource, checkCondition, add);
  }
  for (const id of duplicates(ds.products.flatMap((p) => p.events.map((e) => e.id))))
    add(`event id "${id}" is used twice`);
  for (const id of duplicates(ds.products.flatMap((p) => p.designations.map((d) => d.id))))
    add(`designation id "${id}" is used twice`);
  return problems;
}

/** Which script each language's local names must be written in (so a mislabeled name is caught). */
const SCRIPT_OF_LANG: Readonly<Record<string, RegExp>> = {
  ja: /[\u3040-\u30ff\u3400-\u9fff]/,
  ko: /[\uac00-\ud7af]/,
  ru: /[\u0400-\u04ff]/,
  zh: /[\u3400-\u9fff]/,
};

function checkNames(p: Product, add: (msg: string) => void): void {
  const where = `product "${p.id}"`;
  for (const l of p.names.localNames) {
    const script = SCRIPT_OF_LANG[l.lang.slice(0, 2)];
    if (script && !script.test(l.name))
      add(`${where}: local name "${l.name}" is not written in ${l.lang} script`);
    if (p.names.chinese.includes(l.name)) add(`${where}: local name "${l.name}" is also in names.chinese`);
  }
  if (p.names.inn !== undefined && p.names.formerNames.includes(p.names.inn))
    add(`${where}: former name "${p.names.inn}" is also the current INN`);
}

type Check = (value: string, where: string) => void;

/**
 * Label history: every event dated, sourced and in date order; events that create or change an
 * indication name one of this product's, of the same regulator; replaying them gives back the
 * current label; designations are never approvals; each regulator with a record has a coverage flag.
 */
function checkHistory(
  p: Product,
  ownIndications: Map<string, Indication>,
  checkDate: Check,
  checkSource: (s: Source, where: string) => void,
  checkCondition: Check,
  add: (msg: string) => void,
): void {
  const where = `product "${p.id}"`;
  const idPrefix = (regulator: string, kind: string, date: string) =>
    `${p.id}--${regulatorSlug(regulator)}--${kind}--${date.slice(0, 4)}`;

  let previous = '';
  for (const e of p.events) {
    const ew = `event "${e.id}"`;
    const prefix = idPrefix(e.regulator, e.kind, e.date);
    if (e.id !== prefix && !e.id.startsWith(`${prefix}-`)) add(`${ew}: id should start with "${prefix}"`);
    checkDate(e.date, ew);
    if (e.sources.length === 0) add(`${ew}: has no source`);
    for (const s of e.sources) checkSource(s, ew);
    if (e.confidence === 'unconfirmed' && !e.note)
      add(`${ew}: unconfirmed without a note saying what is open`);
    const day = eventDay(e);
    if (day < previous) add(`${ew}: events are not in date order`);
    previous = day > previous ? day : previous;
    if (NEEDS_INDICATION.has(e.kind) && e.indicationId === undefined)
      add(`${ew}: a "${e.kind}" event must name its indication`);
    if (e.indicationId === undefined) continue;
    const ind = ownIndications.get(e.indicationId);
    if (!ind) {
      add(`${ew}: indication "${e.indicationId}" is not an indication of ${p.id}`);
      continue;
    }
    if (ind.regulator !== e.regulator) add(`${ew}: indication "${ind.id}" belongs to another regulator`);
    if (ADDS_INDICATION.has(e.kind) && ind.date !== e.date)
      add(`${ew}: dated ${e.date}, but indication "${ind.id}" is dated ${ind.date}`);
    if (e.kind === 'indication-widened' && ind.supersedes === undefined)
      add(`${ew}: widens "${ind.id}", which supersedes nothing`);
    if (e.kind === 'converted-to-regular' && ind.approvalType !== 'regular')
      add(`${ew}: converts "${ind.id}" to regular approval, but its approvalType is "${ind.approvalType}"`);
    if (e.kind === 'withdrawal' && ind.status !== 'withdrawn')
      add(`${ew}: withdraws "${ind.id}", whose status is "${ind.status}"`);
  }

  // The current label is what the events add up to, regulator by regulator.
  for (const regulator of regulatorsOf(p)) {
    const replayed = labelAt(p, regulator);
    const current = p.indications.filter((i) => i.regulator === regulator && i.status === 'active');
    for (const i of current)
      if (!replayed.has(i.id)) add(`indication "${i.id}": active, but no event puts it on the label`);
    for (const id of replayed)
      if (!current.some((i) => i.id === id))
        add(`${where}: events leave "${id}" on the ${regulator} label, but it is not active`);
  }

  // Designations and filings are milestones, never approvals.
  for (const d of p.designations) {
    const dw = `designation "${d.id}"`;
    const prefix = idPrefix(d.regulator, d.kind, d.date ?? 'undated');
    if (d.date !== undefined && d.id !== prefix && !d.id.startsWith(`${prefix}-`))
      add(`${dw}: id should start with "${prefix}"`);
    // An action date is a target the regulator set, so it may lie after the as-of date.
    if (d.date !== undefined && d.kind !== 'action-date') checkDate(d.date, dw);
    if (d.sources.length === 0) add(`${dw}: has no source`);
    for (const s of d.sources) checkSource(s, dw);
    if (d.conditionId !== undefined) checkCondition(d.conditionId, dw);
    if (d.confidence === 'unconfirmed' && !d.note)
      add(`${dw}: unconfirmed without a note saying what is open`);
    if (ownIndications.has(d.id)) add(`${dw}: shares its id with an indication`);
  }

  // A regulator with any decision recorded says how complete its record is.
  for (const regulator of regulatorsOf(p)) {
    if (regulator === 'OTHER') continue;
    if (p.regulatorCoverage[regulator] === undefined)
      add(`${where}: has ${regulator} decisions but no regulatorCoverage flag for ${regulator}`);
  }
  if (p.regulatorCoverage.OTHER !== undefined)
    add(`${where}: OTHER groups several regulators and cannot be complete or partial`);

  // Boxed-warning items are current label text, so each one comes from a dated event.
  const boxedTexts = p.events
    .filter(
      (e) => e.regulator === 'FDA' && ['approval', 'boxed-warning-added', 'label-update'].includes(e.kind),
    )
    .map((e) => e.text.toLowerCase());
  for (const item of p.boxedWarning)
    if (!boxedTexts.some((t) => t.includes(item.toLowerCase())))
      add(
        `${where}: boxed-warning item "${item}" is not named by any FDA approval, boxed-warning-added or label-update event`,
      );
}
