// Module hook of the analysis workers: a few exact changes to linkedom and Readability that let
// each page's DOM die young. A page's objects should all be garbage when its report is written; a
// young-generation collection then frees them almost for free. Any reference to them from the old
// generation makes the collector copy them twice and promote them, to die only in a full
// collection, which the collector's helper threads mark concurrently, taking the cores the other
// workers need. Measured on the fixture pages (one thread, --trace-gc-nvp): 7 % of all the memory
// a page allocates was promoted, 2.4 % with these changes (parsing, extraction and matching now
// promote nothing).
// - linkedom interface/event-target.js is replaced by ./linkedom-event-target.mjs (listener maps
//   made on first use; why: see that file).
// - Two module-wide WeakMaps keyed by a page's objects, whose values point back into the page,
//   become a property of the object itself: a style declaration's element
//   (interface/css-style-declaration.js; Readability reads `node.style` of every node it scores)
//   and a document's window (interface/document.js; made by parseHTML and by `baseURI`, which
//   Readability reads). V8's young-generation collector treats the values of a WeakMap in the old
//   generation as strong, so one such entry kept a page's whole DOM alive.
// - Readability's constructor reads `arguments[2]` (an old calling convention) in a sloppy-mode
//   function; with that, the document it is given survived the young collections (measured: the
//   constructor alone promoted 95 KB of each fixture page; with a rest parameter, nothing). The
//   rest parameter keeps the behaviour and `Readability.length`.
// Each change must match the original code exactly once, and applies only to the versions they
// were made for; any other version is loaded as it is, so an upgrade never runs a stale copy or
// patch (the hook test then fails, as a reminder to compare the new version's files and redo them).
import { readFileSync } from 'node:fs';

const EVENT_TARGET = new URL('./linkedom-event-target.mjs', import.meta.url);

/** Package → version the changes were made for, and its files → [original, ours] pairs. */
const PATCHES = {
  linkedom: {
    version: '0.18.14',
    files: {
      'esm/interface/css-style-declaration.js': [
        ['const refs = new WeakMap;', "const ELEMENT = Symbol('element');"],
        ["refs.get(style).getAttributeNode('style')", "style[ELEMENT].getAttributeNode('style')"],
        ['const element = refs.get(style);', 'const element = style[ELEMENT];'],
        ['refs.set(this, element);', 'this[ELEMENT] = element;'],
        ["refs.get(this).setAttribute('style', value);", "this[ELEMENT].setAttribute('style', value);"],
        [
          'const {prototype} = CSSStyleDeclaration;',
          'const {prototype} = CSSStyleDeclaration;\nCSSStyleDeclaration.elementInProperty = true;',
        ],
      ],
      'esm/interface/document.js': [
        ['const window = new WeakMap;', "const WINDOW = Symbol('window');"],
        [
          'if (!window.has(this))\n      window.set(this, new Proxy(',
          'if (!this[WINDOW])\n      this[WINDOW] = (new Proxy(',
        ],
        [
          "case 'window':\n              return window.get(this);",
          "case 'window':\n              return this[WINDOW];",
        ],
        ['return window.get(this);', 'return this[WINDOW];'],
      ],
    },
  },
  '@mozilla/readability': {
    version: '0.6.0',
    files: {
      'Readability.js': [
        ['function Readability(doc, options) {', 'function Readability(doc, options, ...rest) {'],
        ['options = arguments[2];', 'options = rest[0];'],
      ],
    },
  },
};

const versions = new Map();

/** The package of `url` and its file, if it is one we change and its version is the one we know. */
function target(url) {
  for (const [name, { version, files }] of Object.entries(PATCHES)) {
    const root = `/node_modules/${name}/`;
    const at = url.indexOf(root);
    if (at < 0) continue;
    const file = url.slice(at + root.length);
    if (file !== 'esm/interface/event-target.js' && !files[file]) return undefined;
    const pkg = url.slice(0, at + root.length) + 'package.json';
    if (!versions.has(pkg)) {
      try {
        versions.set(pkg, JSON.parse(readFileSync(new URL(pkg), 'utf8')).version);
      } catch {
        versions.set(pkg, undefined);
      }
    }
    return versions.get(pkg) === version ? { name, version, file, patches: files[file] } : undefined;
  }
  return undefined;
}

function patched({ name, version, file, patches }, source) {
  let out = source;
  for (const [from, to] of patches) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0)
      throw new Error(`dom-hooks: ${name} ${version}'s ${file} does not hold "${from}" exactly once`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

export async function load(url, context, nextLoad) {
  const found = target(url);
  if (!found) return nextLoad(url, context);
  if (found.file === 'esm/interface/event-target.js')
    return { format: 'module', source: readFileSync(EVENT_TARGET, 'utf8'), shortCircuit: true };
  const loaded = await nextLoad(url, context);
  // Node leaves a CommonJS module's source (Readability.js) for its own loader to read.
  const source = loaded.source ?? readFileSync(new URL(url), 'utf8');
  return { ...loaded, source: patched(found, String(source)), shortCircuit: true };
}
