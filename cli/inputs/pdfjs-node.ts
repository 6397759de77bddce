// pdf.js for Node: its "legacy" build, whose core-js polyfills add what Node 20 lacks
// (Promise.withResolvers, the Set methods, Uint8Array's base64…) but also replace four built-ins
// Node has, for proposals its V8 lacks: Array.prototype.push (a non-writable length's error),
// JSON.parse and JSON.stringify (JSON.parse's source text, JSON.rawJSON) and
// Function.prototype.toString (to show the polyfills as native). In an analysis worker those then
// serve every page after the first PDF, not PDFs only: rendering a report's JSON line took 2 ms
// instead of 0.2, and a fixture page's whole analysis 12.4 ms instead of 9.6. pdf.js uses none of
// those proposals, so the built-ins it replaced are put back once both of its modules are loaded:
// the API and its worker module, which would otherwise load at the first document (as the API's
// in-thread "fake worker") and replace them again.
import type { PdfJs } from '../../lib/pdf';

/** The objects whose own properties core-js may replace (additions are kept: pdf.js needs them). */
const BUILT_INS: object[] = [
  Array,
  Array.prototype,
  Object,
  Object.prototype,
  Function.prototype,
  String.prototype,
  RegExp.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  JSON,
  Math,
];

type Snapshot = Array<[object, PropertyKey, PropertyDescriptor]>;

function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const target of BUILT_INS)
    for (const key of Reflect.ownKeys(target))
      out.push([target, key, Object.getOwnPropertyDescriptor(target, key)!]);
  return out;
}

/** Puts back every property whose value or accessors changed. */
function restore(before: Snapshot): void {
  for (const [target, key, was] of before) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now && now.value === was.value && now.get === was.get && now.set === was.set) continue;
    if (Number.isNaN(was.value) && Number.isNaN(now?.value)) continue;
    Object.defineProperty(target, key, was);
  }
}

let loading: Promise<PdfJs> | undefined;

/** pdf.js's Node build with Node's own built-ins kept; loaded once per thread. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const before = snapshot();
    const [api] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      // Sets globalThis.pdfjsWorker, which the API then uses instead of importing it later.
      // @ts-expect-error -- pdf.js ships no types for its worker module; only its loading matters
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    restore(before);
    return api;
  })();
  return loading;
}
