// State for the collection page's PDF drop zone: each PDF dropped or chosen is analyzed in the
// browser (utils/pdf-file.ts) and saved to the collection like a page; one line of status per file.
import { useCallback, useState } from 'react';
import type { PageReport } from '../lib/schema';
import { saveReport } from './collection-store';

export type PdfDropStatus =
  | { state: 'idle' }
  | { state: 'reading'; name: string }
  | { state: 'saved'; name: string; products: number; claims: number }
  | { state: 'failed'; name: string; error: string };

export interface PdfDropDeps {
  analyze(file: File, now: string): Promise<{ ok: true; report: PageReport } | { ok: false; error: string }>;
  save(report: PageReport, now: string): Promise<{ ok: true } | { ok: false; error: string }>;
  now(): string;
}

const browserDeps: PdfDropDeps = {
  analyze: async (file, now) => (await import('./pdf-file')).analyzePdfFile(file, now),
  save: (report, now) => saveReport(report, { now }),
  now: () => new Date().toISOString(),
};

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

export function usePdfDrop(onSaved: () => void, deps: PdfDropDeps = browserDeps) {
  const [status, setStatus] = useState<PdfDropStatus>({ state: 'idle' });

  const analyzeFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        if (!isPdf(file)) {
          setStatus({ state: 'failed', name: file.name, error: 'not a PDF (choose a file ending in .pdf)' });
          continue;
        }
        setStatus({ state: 'reading', name: file.name });
        const now = deps.now();
        const outcome = await deps.analyze(file, now);
        if (!outcome.ok) {
          setStatus({ state: 'failed', name: file.name, error: outcome.error });
          continue;
        }
        const saved = await deps.save(outcome.report, now);
        if (!saved.ok) {
          setStatus({ state: 'failed', name: file.name, error: saved.error });
          continue;
        }
        setStatus({
          state: 'saved',
          name: file.name,
          products: outcome.report.products.length,
          claims: outcome.report.claims.length,
        });
        onSaved();
      }
    },
    [deps, onSaved],
  );

  return { status, analyzeFiles, busy: status.state === 'reading' };
}
