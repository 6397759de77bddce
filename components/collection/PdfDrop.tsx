// Drop a PDF (or choose one) to check it like a page: it is read in the browser, never uploaded,
// and its report is saved to the collection. The work happens in utils/use-pdf-drop.ts.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { usePdfDrop, type PdfDropDeps, type PdfDropStatus } from '../../utils/use-pdf-drop';

export function PdfDrop({ onSaved, deps }: { onSaved: () => void; deps?: PdfDropDeps }) {
  const { status, analyzeFiles, busy } = usePdfDrop(onSaved, deps);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A file dropped beside the zone would make the browser leave the collection to show it.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!busy) void analyzeFiles([...event.dataTransfer.files]);
  };

  return (
    <section
      className={over ? 'pdf-drop over' : 'pdf-drop'}
      aria-label="Check a PDF"
      data-testid="pdf-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>
        Drop a PDF here (a label, leaflet or saved page) or{' '}
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          Choose a PDF…
        </button>{' '}
        <span className="hint">It is read in your browser and never uploaded.</span>
      </p>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        multiple
        hidden
        aria-label="PDF to check"
        data-testid="pdf-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void analyzeFiles(files);
        }}
      />
      <p role={status.state === 'failed' ? 'alert' : 'status'} className="pdf-status">
        {describe(status)}
      </p>
    </section>
  );
}

function describe(status: PdfDropStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'reading':
      return `Reading ${status.name}…`;
    case 'saved':
      return `${status.name}: ${count(status.products, 'therapy', 'therapies')} and ${count(status.claims, 'claim', 'claims')} found; saved to the collection.`;
    case 'failed':
      return `${status.name}: ${status.error}`;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
