// analyzeTab injects the language sniffer before the analyzer (utils/analyze-tab.ts). UI tests that
// count analyzer injections install their spy through this: the sniffer is answered here (no pack
// needed), every other executeScript goes to the spy.
import type { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGE_SNIFFER_FILE } from '../../utils/language-packs';

export function withLanguageSniffer(spy: unknown): typeof fakeBrowser.scripting.executeScript {
  const analyzer = spy as unknown as (details: { files?: string[] }) => unknown;
  return (async (details: { files?: string[] }) =>
    details.files?.[0] === LANGUAGE_SNIFFER_FILE
      ? [{ frameId: 0, result: [] }]
      : analyzer(details)) as unknown as typeof fakeBrowser.scripting.executeScript;
}
