// Reports from the content script carry no source titles (lib/source-titles.ts); the extension's
// pages bundle the full dataset and give them back before a report is shown, cached or saved.
import { bundledDataset } from '../lib/dataset/bundled';
import type { PageReport } from '../lib/schema';
import { sourceTitleIndex, withSourceTitles } from '../lib/source-titles';

let titles: ReadonlyMap<string, string> | undefined;

export function withTitles(report: PageReport): PageReport {
  titles ??= sourceTitleIndex(bundledDataset);
  return withSourceTitles(report, titles);
}
