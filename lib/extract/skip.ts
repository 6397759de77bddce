// Which elements carry no readable page content: code, media, navigation, site chrome, cookie
// banners, hidden or icon-only elements. Decided from tag and attributes only (no computed style:
// it forces layout and does not exist in Node), so each check is a few attribute reads.

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'head',
  'meta',
  'link',
  'title',
  'nav',
  'footer',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'progress',
  'meter',
  'slot',
]);

const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search', 'toolbar']);

/** Cookie/consent banners and newsletter boxes, by class or id. */
const NOISE = /cookie|consent|gdpr|onetrust|cookiebot|newsletter/i;
/** Menus and breadcrumbs that are not marked up as <nav>. */
const MENU = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|skip-link)(?:$|[\s_-])/i;
// A class like "consent-given" on a page wrapper must not hide the page: noise rules only apply to
// elements whose text is banner-sized.
const NOISE_MAX_CHARS = 3000;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Icon fonts render a ligature word ("check_circle", "analytics") as a picture. */
const ICON_CLASS = /material-(?:icons|symbols)|icon/i;
const LIGATURE = /^\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)*\s*$/;

/** Containers inside which a <header> is the article's own heading, not the site banner. */
export const CONTENT_TAGS = new Set(['article', 'main', 'section']);

function isIconLigature(el: Element, cls: string): boolean {
  if (!ICON_CLASS.test(cls)) return false;
  const only = el.firstChild;
  return (
    only !== null && only.nextSibling === null && only.nodeType === 3 && LIGATURE.test(only.nodeValue ?? '')
  );
}

/**
 * True when the element and everything in it should be left out.
 * `inContent`: the element sits inside <article>, <main> or <section>.
 */
export function shouldSkip(el: Element, tag: string, inContent: boolean): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  // The site banner goes, unless it holds the page's headline (hero headers often carry the claim).
  if (tag === 'header' && !inContent && el.querySelector('h1') === null) return true;
  if (!el.hasAttributes()) return false;
  const hidden = el.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  if (role === 'banner' && el.querySelector('h1') === null) return true;
  const cls = el.getAttribute('class') ?? '';
  if (cls !== '' && isIconLigature(el, cls)) return true;
  if (tag === 'body' || tag === 'main' || tag === 'article') return false;
  const id = el.getAttribute('id') ?? '';
  const names = id === '' ? cls : `${cls} ${id}`;
  if (names !== '' && (NOISE.test(names) || MENU.test(names))) {
    return (el.textContent ?? '').length <= NOISE_MAX_CHARS;
  }
  return false;
}
