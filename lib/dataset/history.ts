// A product's label history, replayed: which of its indications a regulator had in force on a given
// day. The dataset stores both the current indications and the dated events that produced them;
// replaying the events must give back the current label (an invariant), and replaying them up to an
// earlier day gives the label a page written then was describing.
import { partialDateRange } from './dates';
import type { EventKind, LabelEvent, Product, Regulator } from './schema';

/** Event kinds that put an indication on the label (it must name the indication). */
export const ADDS_INDICATION: ReadonlySet<EventKind> = new Set([
  'approval',
  'indication-added',
  'indication-widened',
]);

/** Event kinds that name the indication they change. */
export const NEEDS_INDICATION: ReadonlySet<EventKind> = new Set([...ADDS_INDICATION, 'converted-to-regular']);

/** Earliest day an event's (possibly partial) date can mean, for ordering. */
export function eventDay(e: Pick<LabelEvent, 'date'>): string {
  return partialDateRange(e.date)?.first ?? e.date;
}

/**
 * Ids of the indications `regulator` had in force for `product`, after replaying its events in
 * date order up to and including `until` (a YYYY-MM-DD day; all events when absent). Events whose
 * partial date may fall after `until` are left out.
 */
export function labelAt(product: Product, regulator: Regulator, until?: string): Set<string> {
  const byId = new Map(product.indications.map((i) => [i.id, i]));
  const events = product.events
    .filter((e) => e.regulator === regulator)
    .filter((e) => until === undefined || (partialDateRange(e.date)?.last ?? e.date) <= until)
    .sort((a, b) => eventDay(a).localeCompare(eventDay(b)));
  const active = new Set<string>();
  for (const e of events) {
    if (ADDS_INDICATION.has(e.kind) && e.indicationId !== undefined) {
      active.add(e.indicationId);
      const replaced = byId.get(e.indicationId)?.supersedes;
      if (e.kind === 'indication-widened' && replaced !== undefined) active.delete(replaced);
    } else if (e.kind === 'withdrawal') {
      if (e.indicationId === undefined) active.clear();
      else active.delete(e.indicationId);
    }
  }
  return active;
}

/** Regulators that appear in a product's indications or events. */
export function regulatorsOf(product: Product): Regulator[] {
  return [...new Set([...product.indications, ...product.events].map((x) => x.regulator))];
}
