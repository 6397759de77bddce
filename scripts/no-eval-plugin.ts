// Build-time patch: pdf.js can generate or load code at run time, and TherapyLens needs none of it.
// - Three `new Function` calls (a feature test in the main module and in the worker, and the
//   worker's PostScript-function compiler). We run pdf.js with isEvalSupported: false; the feature
//   test then reports "no eval" and PostScript functions are interpreted.
// - Three `import()` of a URL chosen at run time: the main-thread "fake worker" fallback (used only
//   when a Worker cannot start; ours is bundled and always can), a blob: wrapper for a worker on a
//   CDN (ours is the extension's own file), and the worker's JPEG 2000 fallback module (image
//   decoding; we read text only). They now fail with an error instead of loading code.
// The packaged extension is then free of code generation and dynamic code loading, which Firefox's
// store lint flags (DANGEROUS_EVAL, UNSAFE_VAR_ASSIGNMENT) and extension pages forbid by CSP anyway.
// Each patch must match exactly `count` times or the build fails, so a pdf.js upgrade cannot
// quietly bring one back.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: string;
  to: string;
  count: number;
}

const PATCHES: Patch[] = [
  {
    file: /pdfjs-dist[\\/]build[\\/]pdf(\.worker)?\.mjs$/,
    from: 'new Function("");',
    to: 'throw new Error("code generation is disabled in TherapyLens");',
    count: 1,
  },
  {
    file: /pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/,
    from: 'return new Function("src", "srcOffset", "dest", "destOffset", compiled);',
    to: 'void compiled; /* code generation is disabled in TherapyLens: interpreted below */',
    count: 1,
  },
  {
    file: /pdfjs-dist[\\/]build[\\/]pdf\.mjs$/,
    from: 'await import(\n      /*webpackIgnore: true*/\n      /*@vite-ignore*/\n      this.workerSrc);',
    to: 'await Promise.reject(new Error("the PDF reader (pdf.js worker) could not start"));',
    count: 1,
  },
  {
    // A blob: script that imports a cross-origin worker (a CDN). Ours is the extension's own file.
    file: /pdfjs-dist[\\/]build[\\/]pdf\.mjs$/,
    from: 'const wrapper = `await import("${url}");`;',
    to: 'throw new Error("TherapyLens loads the PDF reader only from the extension itself");',
    count: 1,
  },
  {
    file: /pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/,
    from: 'await import(\n      /*webpackIgnore: true*/\n      /*@vite-ignore*/\n      path);',
    to: 'await Promise.reject(new Error(`JPEG 2000 fallback not bundled (${path})`));',
    count: 1,
  },
];

export function applyNoEvalPatches(code: string, id: string): string | null {
  // Only the modules themselves: `…?worker&url` is Vite's stub that points at the worker bundle.
  if (id.includes('?')) return null;
  const patches = PATCHES.filter((p) => p.file.test(id));
  if (patches.length === 0) return null;
  let out = code;
  for (const p of patches) {
    const found = out.split(p.from).length - 1;
    if (found !== p.count)
      throw new Error(`no-eval: expected ${p.count}× "${p.from}" in ${id}, found ${found}`);
    out = out.replaceAll(p.from, p.to);
  }
  return out;
}

export function noEval(): Plugin {
  return {
    name: 'therapylens:no-eval',
    enforce: 'pre',
    transform(code, id) {
      const out = applyNoEvalPatches(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
