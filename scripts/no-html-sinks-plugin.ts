// Build-time patch for the two HTML sinks our dependencies ship, so the packaged extension contains
// no innerHTML assignment at all (store reviewers flag them, and page text must never become markup):
// - React DOM's dangerouslySetInnerHTML handler: TherapyLens bans that prop (scripts/check-no-html-sinks.mjs),
//   so the handler becomes a throw.
// - Readability's page-cache save/restore (innerHTML round trip) becomes a DOM clone, which is
//   equivalent; its <noscript> image unwrap is dropped (images don't matter for text analysis).
// Each patch must match exactly `count` times or the build fails, so an upgrade can't quietly bring a
// sink back or leave a patch half applied.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: string;
  to: string;
  count: number;
}

const PATCHES: Patch[] = [
  {
    file: /react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
    from: '(domElement.innerHTML = key)',
    to: '(() => { throw Error("dangerouslySetInnerHTML is disabled in TherapyLens"); })()',
    count: 2,
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    from: 'var pageCacheHtml = page.innerHTML;',
    to: 'var pageCacheHtml = page.cloneNode(true);',
    count: 1,
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    from: 'page.innerHTML = pageCacheHtml;',
    to: 'while (page.firstChild) page.removeChild(page.firstChild); for (var restored = pageCacheHtml.cloneNode(true); restored.firstChild; ) page.appendChild(restored.firstChild);',
    count: 1,
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    from: 'tmp.innerHTML = noscript.innerHTML;',
    to: '/* noscript images are not unwrapped: TherapyLens analyzes text only */',
    count: 1,
  },
];

/** The patched source for a module id, or null when no patch applies to it. */
export function applyPatches(code: string, id: string): string | null {
  const patches = PATCHES.filter((p) => p.file.test(id));
  if (patches.length === 0) return null;
  let out = code;
  for (const p of patches) {
    const found = out.split(p.from).length - 1;
    if (found !== p.count)
      throw new Error(`no-html-sinks: expected ${p.count}× "${p.from}" in ${id}, found ${found}`);
    out = out.replaceAll(p.from, p.to);
  }
  return out;
}

export function noHtmlSinks(): Plugin {
  return {
    name: 'therapylens:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const out = applyPatches(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
