import { describe, expect, it } from 'vitest';
import { REASONS, reasonForInjectionError, restrictionReason } from '../../utils/restricted-url';

describe('restrictionReason', () => {
  it.each([
    ['chrome://extensions/', REASONS.browserPage],
    ['chrome://newtab/', REASONS.browserPage],
    ['edge://settings', REASONS.browserPage],
    ['about:blank', REASONS.browserPage],
    ['about:addons', REASONS.browserPage],
    ['brave://settings', REASONS.browserPage],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', REASONS.extensionPage],
    ['moz-extension://0b1c2d3e-1111-2222-3333-444455556666/collection.html', REASONS.extensionPage],
    ['view-source:https://clinic.example/', REASONS.viewSource],
    ['https://chrome.google.com/webstore/detail/xyz', REASONS.store],
    ['https://chromewebstore.google.com/detail/therapylens/abc', REASONS.store],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', REASONS.store],
    ['https://microsoftedge.microsoft.com/addons/detail/x', REASONS.store],
    ['https://www.fda.gov/media/107296/download/label.pdf', REASONS.pdf],
    ['https://example.org/Trial-Results.PDF?download=1', REASONS.pdf],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', REASONS.pdf],
    ['https://clinic.example/leaflets/kymriah.pdf#page=2', REASONS.pdf],
    ['file:///home/me/Downloads/label.pdf', REASONS.pdf],
    ['data:text/html,<p>Kymriah</p>', REASONS.data],
    [undefined, REASONS.unknown],
    ['', REASONS.unknown],
    ['not a url', REASONS.unknown],
    ['ftp://files.example/x', REASONS.blocked],
  ])('%s is refused', (url, reason) => {
    expect(restrictionReason(url)).toBe(reason);
  });

  it.each([
    'https://clinic.example/car-t',
    'http://127.0.0.1:8080/page.html',
    'https://chrome.google.com/search?q=kymriah',
    'https://example.org/pdf-guide',
    'https://www.mozilla.org/addons-info',
    'file:///home/me/saved-page.html',
  ])('%s may be tried', (url) => {
    expect(restrictionReason(url)).toBeNull();
  });
});

describe('reasonForInjectionError', () => {
  it('explains file access for file: pages whatever the error says', () => {
    expect(reasonForInjectionError('file:///home/me/page.html', 'Cannot access contents of url')).toBe(
      REASONS.file,
    );
  });
  it('recognizes the browser refusing access', () => {
    expect(reasonForInjectionError('https://x.example/', 'The extensions gallery cannot be scripted.')).toBe(
      REASONS.blocked,
    );
    expect(reasonForInjectionError('https://x.example/', 'Cannot access contents of the page.')).toBe(
      REASONS.blocked,
    );
  });
  it('names the PDF viewer when it refuses the script on a PDF whose address does not end in .pdf', () => {
    expect(
      reasonForInjectionError(
        'https://x.example/download?file=label.pdf',
        'Missing host permission for the tab',
      ),
    ).toBe(REASONS.pdf);
  });
  it('tells the reader how to check a PDF: save it and drop it on the collection page, or the CLI', () => {
    expect(REASONS.pdf).toMatch(/save the PDF and drop it on the TherapyLens collection page/);
    expect(REASONS.pdf).toContain('npm run analyze -- file.pdf');
  });
  it('leaves other errors to the failure state', () => {
    expect(reasonForInjectionError('https://x.example/', 'Frame with ID 0 was removed.')).toBeNull();
  });
});
