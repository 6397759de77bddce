// The ways a PDF can fail to give text, each with the one line a reader sees (CLI stderr, the
// collection page). Typed by `code` so callers and tests never match on message wording.

export type PdfErrorCode = 'empty' | 'not-pdf' | 'too-large' | 'encrypted' | 'no-text' | 'damaged';

const MESSAGES: Record<Exclude<PdfErrorCode, 'damaged'>, string> = {
  empty: 'empty file (no PDF data)',
  'not-pdf': 'not a PDF (the file does not start with a PDF header)',
  'too-large': 'PDF too large to analyze here',
  encrypted:
    'the PDF is password-protected; open it with its password and save or print an unprotected copy, then try again',
  'no-text': 'the PDF has no text layer (a scan or images only); run it through text recognition (OCR) first',
};

export class PdfError extends Error {
  override readonly name = 'PdfError';
  constructor(
    readonly code: PdfErrorCode,
    detail?: string,
  ) {
    super(
      code === 'damaged'
        ? `the PDF could not be read (damaged or unsupported${detail ? `: ${oneLine(detail)}` : ''})`
        : detail
          ? `${MESSAGES[code]} (${oneLine(detail)})`
          : MESSAGES[code],
    );
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
