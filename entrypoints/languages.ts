// The language sniffer, injected before the analyzer (utils/analyze-tab.ts): which language packs
// this page shows signs of (lib/normalize/pack-languages.ts), so only those are injected with it.
// Small on purpose: the script detector and the function-word detector, nothing of the engine.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { packLanguagesOf, type PackLanguage } from '../lib/normalize/pack-languages';

export default defineUnlistedScript({
  main(): PackLanguage[] {
    return packLanguagesOf(document);
  },
});
