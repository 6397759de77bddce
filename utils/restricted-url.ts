// Pages no extension may read, recognized from the URL before anything is injected, so the popup
// can say why in one line instead of showing an injection error.

const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export const REASONS = {
  // With activeTab the browser tells the popup the address of any page it may read; no address
  // means one of the pages it keeps from extensions.
  unknown:
    'The browser keeps this page private from extensions (for example its own settings, new-tab or error pages).',
  browserPage: 'This is one of the browser’s own pages, which extensions are not allowed to read.',
  extensionPage: 'This page belongs to a browser extension, which other extensions cannot read.',
  store: 'Browsers do not let extensions read their add-on store pages.',
  // Chrome's viewer and Firefox's pdf.js viewer are both closed to extensions; the PDF itself is not.
  pdf: 'This is a PDF in the browser’s PDF viewer, which extensions cannot read. To check it, save the PDF and drop it on the TherapyLens collection page (it is read in your browser, nothing is uploaded), or run “npm run analyze -- file.pdf” from the TherapyLens command line.',
  viewSource: 'This is a source-code view. Open the page itself and try again.',
  data: 'Pages opened from a data: address cannot be read.',
  file: 'Files opened from your computer can only be read after you allow “file access” for TherapyLens in the browser’s extension settings.',
  blocked: 'The browser does not allow extensions to read this page.',
} as const;

const BROWSER_SCHEMES = [
  'chrome:',
  'edge:',
  'about:',
  'brave:',
  'opera:',
  'vivaldi:',
  'devtools:',
  'chrome-search:',
  'chrome-untrusted:',
  'chrome-error:',
  'resource:',
  'javascript:',
  'blob:',
];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:'];

function isStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && (path === '/webstore' || path.startsWith('/webstore/'))) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && path.startsWith('/addons'))
  );
}

/** Why this URL cannot be read, or null when injection may be tried (file: is tried first). */
export function restrictionReason(rawUrl: string | undefined): string | null {
  if (rawUrl === undefined || rawUrl.trim() === '') return REASONS.unknown;
  const lower = rawUrl.trim().toLowerCase();
  if (lower.startsWith('view-source:')) return REASONS.viewSource;
  if (lower.startsWith('data:')) return REASONS.data;
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return REASONS.unknown;
  }
  if (url.protocol === 'chrome-extension:' && url.hostname === PDF_VIEWER_ID) return REASONS.pdf;
  if (EXTENSION_SCHEMES.includes(url.protocol)) return REASONS.extensionPage;
  if (BROWSER_SCHEMES.includes(url.protocol)) return REASONS.browserPage;
  if (url.pathname.toLowerCase().endsWith('.pdf')) return REASONS.pdf;
  if (url.protocol === 'http:' || url.protocol === 'https:') return isStore(url) ? REASONS.store : null;
  if (url.protocol === 'file:') return null;
  return REASONS.blocked;
}

/** Injection errors that mean "not allowed here" rather than "something broke". */
export function reasonForInjectionError(url: string | undefined, message: string): string | null {
  if (url?.toLowerCase().startsWith('file:')) return REASONS.file;
  if (
    /cannot be scripted|cannot access|missing host permission|permission to access|extensions gallery/i.test(
      message,
    )
  ) {
    // A PDF served from an address that does not end in .pdf (…/download?file=label.pdf) is only
    // recognized when the viewer refuses the script.
    return url !== undefined && /\.pdf\b/i.test(url) ? REASONS.pdf : REASONS.blocked;
  }
  return null;
}
