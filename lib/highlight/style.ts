// The one stylesheet the highlights need, inserted as a <style data-therapylens> element with
// textContent (never markup) and removed with the marks. !important because pages style <mark>.
import { MARK_ATTR } from './wrap';

export const FLASH_CLASS = 'therapylens-flash';

// Kept compact: this string ships in the content script, which has a size budget.
const M = `mark[${MARK_ATTR}`;
const CSS =
  `${M}]{color:#1a1a1a!important;border-radius:2px;padding:0!important}` +
  `${M}=mention]{background:none!important;color:inherit!important;text-decoration:underline 2px #6a3fb5!important;text-underline-offset:2px}` +
  `${M}=claim]{background:#fff1a8!important}` +
  `${M}-verdict=consistent]{background:#d7f0dc!important}` +
  `${M}-verdict=differs]{background:#ffdcb8!important}` +
  `${M}-verdict=not-approved]{background:#ffd3d8!important}` +
  `${M}-verdict=unverified]{background:#e4e7ec!important}` +
  `${M}].${FLASH_CLASS}{outline:3px solid #1d4ed8!important;outline-offset:2px;animation:${FLASH_CLASS} 1.6s ease-out}` +
  `@keyframes ${FLASH_CLASS}{0%,40%{box-shadow:0 0 0 6px #1d4ed88c}to{box-shadow:0 0 0 0 #1d4ed800}}` +
  `@media (prefers-reduced-motion:reduce){${M}].${FLASH_CLASS}{animation:none}}`;

export function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${MARK_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK_ATTR, '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function removeStyle(doc: Document): void {
  for (const style of Array.from(doc.querySelectorAll(`style[${MARK_ATTR}]`))) style.remove();
}
