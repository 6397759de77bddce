// The ja language pack: its condition and regulator names (lib/match/multilingual/ja.ts), injected
// before the analyzer only into pages that show signs of the language (utils/language-packs.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PACK } from '../lib/match/multilingual/ja';
import { registerLanguagePack } from '../utils/language-packs';

export default defineUnlistedScript({
  main(): void {
    registerLanguagePack(PACK);
  },
});
