// Injected on demand by the popup (scripting.executeScript with this file). main() analyzes the
// page and returns an AnalyzeResult, which executeScript hands back to the popup; the listener for
// highlight requests is registered once per page, however often the popup injects this script.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import type { AnalyzeResult } from '../lib/messages';
import { adoptReport, contentState } from '../utils/content-listener';

export default defineContentScript({
  registration: 'runtime',
  // The page has no business hearing that an extension started.
  noScriptStartedPostMessage: true,
  main(): AnalyzeResult {
    const state = contentState();
    try {
      const report = analyzePage(document, {
        url: location.href,
        dataset: bundledDataset,
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
