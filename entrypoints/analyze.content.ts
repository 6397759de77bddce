// Injected on demand by the popup, the panel or the background (scripting.executeScript with this
// file, after the language packs the page needs: utils/analyze-tab.ts). main() analyzes the page — or only the text the user asked to check, when the background
// left a selection request — and returns an AnalyzeResult, which executeScript hands back; the
// listener for highlight requests is registered once per page, however often this is injected.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage, indexDataset } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import type { AnalyzeResult } from '../lib/messages';
import { registeredLanguagePacks } from '../utils/language-packs';
import { adoptReport, contentState } from '../utils/content-listener';
import { selectionDocument, takeSelectionRequest } from '../utils/selection-request';

export default defineContentScript({
  registration: 'runtime',
  // The page has no business hearing that an extension started.
  noScriptStartedPostMessage: true,
  main(): AnalyzeResult {
    const state = contentState();
    const selection = takeSelectionRequest();
    try {
      const report = analyzePage(selection === null ? document : selectionDocument(document, selection), {
        url: location.href,
        // Each injection evaluates this script afresh: one analysis, one index, with the names of
        // the language packs injected into this page (never all of them: see utils/language-packs.ts).
        index: indexDataset(bundledDataset, { languages: registeredLanguagePacks() }),
        now: new Date().toISOString(),
      });
      adoptReport(document, state, report);
      return { ok: true, report };
    } catch (err) {
      adoptReport(document, state, null);
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  },
});
