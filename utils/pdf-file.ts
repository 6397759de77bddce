// A PDF chosen or dropped on the collection page, analyzed inside the extension page: pdf.js and
// its worker are bundled with the extension (no CDN, no remote code), the bytes never leave the
// browser. Loaded with import() by use-pdf-drop.ts, so pdf.js and the dataset are fetched from the
// extension only when a PDF arrives, and never enter the content script.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
// Built by Vite from pdf.js's worker source (so scripts/no-eval-plugin.ts patches it too) and
// emitted as an extension file.
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?worker&url';
import { analyzePage, indexDataset, type DatasetIndex } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';
import { pdfToDocument, PdfError } from '../lib/pdf';
import type { PageReport } from '../lib/schema';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfOutcome = { ok: true; report: PageReport } | { ok: false; error: string };

/**
 * The dataset, indexed on the first PDF and reused for the next ones this page analyzes, with every
 * language pack: a file can be in any language, and this extension page has no size budget (the
 * packs load with pdf.js, only when a PDF arrives).
 */
let index: DatasetIndex | undefined;

export async function analyzePdfFile(file: File, now: string): Promise<PdfOutcome> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const doc = await pdfToDocument(bytes, { getDocument }, document.implementation.createHTMLDocument(''));
    // The file's name stands for its address: the browser does not tell a page where a file came from.
    return {
      ok: true,
      report: analyzePage(doc, {
        url: file.name,
        index: (index ??= indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS })),
        now,
      }),
    };
  } catch (err) {
    if (err instanceof PdfError) return { ok: false, error: err.message };
    return {
      ok: false,
      error: `could not be analyzed (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}
