// The "site" a researcher groups pages by: the host name without "www.". File paths (CLI input)
// and unparsable URLs have no site.
export function siteOf(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only http(s) pages get a link back: a stored `javascript:` or `data:` URL must never be clickable. */
export function isLinkable(url: string): boolean {
  return /^https?:\/\//i.test(url) && siteOf(url) !== '';
}
