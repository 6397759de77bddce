// Both Node DOMs the engine must behave identically on.
import { Window } from 'happy-dom';
import { parseDocument } from '../helpers/dom';

export function parseHappyDom(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const DOMS: readonly [string, (html: string) => Document][] = [
  ['linkedom', parseDocument],
  ['happy-dom', parseHappyDom],
];

/** A body-only page, wrapped in a minimal document. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}
