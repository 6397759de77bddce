// Reports from the content script carry no source addresses or titles (lib/source-titles.ts); the extension's
// pages bundle the full dataset and give them back before a report is shown, cached or saved.
import { bundledDataset } from '../lib/dataset/bundled';
import type { PageReport } from '../lib/schema';
import { sourceTitleIndex, withSourceTitles, type SourceIndex } from '../lib/source-titles';

let titles: SourceIndex | undefined;

export function withTitles(report: PageReport): PageReport {
  titles ??= sourceTitleIndex(bundledDataset);
  return withSourceTitles(report, titles);
}
