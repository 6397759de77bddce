// The one place extension code gets `browser` from. With @wxt-dev/webextension-polyfill in
// wxt.config.ts, `wxt/browser` is Mozilla's webextension-polyfill, so Chrome and Firefox share
// one promise-based API. lib/ and components/ never import this.
export { browser } from 'wxt/browser';
export type { Browser } from 'wxt/browser';
