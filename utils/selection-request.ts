// Checking a selection: the background leaves the selected text in the content script's isolated
// world (under a symbol the page cannot see), then injects the analyze script, which analyzes a
// small document made of the page title and that text instead of the page.

/** Where, in the content script's isolated world, the text to check waits (a Symbol.for key). */
export const SELECTION_REQUEST = 'therapylens.selection-request';

interface Holder {
  [key: symbol]: unknown;
}

/** Runs in the page's isolated world (scripting.executeScript `func`): must be self-contained. */
export function leaveSelectionRequest(key: string, text: string): void {
  (globalThis as unknown as Holder)[Symbol.for(key)] = text;
}

/** Runs in the page's isolated world: the current selection, as text. */
export function readPageSelection(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

/** The text left for this injection, once: the next injection analyzes the page again. */
export function takeSelectionRequest(scope: object = globalThis): string | null {
  const holder = scope as Holder;
  const key = Symbol.for(SELECTION_REQUEST);
  const text = holder[key];
  delete holder[key];
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}

/**
 * A detached document holding only the title (as a heading, for context such as the product
 * name) and the selected text, one paragraph per line. Text goes in as text, never as markup.
 */
export function selectionDocument(source: Document, text: string): Document {
  const title = source.title;
  const doc = source.implementation.createHTMLDocument(title);
  // The page's declared language still tells which language the selected text is in.
  const lang = source.documentElement?.getAttribute('lang');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  if (title.trim() !== '') {
    const heading = doc.createElement('h1');
    heading.textContent = title;
    doc.body.append(heading);
  }
  for (const line of text.split(/\n+/)) {
    if (line.trim() === '') continue;
    const p = doc.createElement('p');
    p.textContent = line;
    doc.body.append(p);
  }
  return doc;
}
