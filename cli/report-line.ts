// One line of the CLI's output: a PageReport, plus where an archived page was captured. The
// extra field keeps a capture date the report has no place for and gives --resume a key per
// record (two captures of one URL are two pages). A report without it is a plain PageReport.
import { PageReport } from '../lib/schema';
import { z } from '../lib/zod';
import type { Capture as PageCapture } from './inputs/types';

export const Capture = z.object({
  archive: z.string(),
  recordId: z.string(),
  date: z.string(),
});

export const ReportLine = z.extend(PageReport, { capture: z.optional(Capture) });
export type ReportLine = z.output<typeof ReportLine>;

export function reportLine(report: PageReport, capture: PageCapture | undefined): ReportLine {
  return capture ? { ...report, capture } : report;
}

/** The key --resume and --shard use for the page a line came from (see Page.key). */
export function lineKey(line: ReportLine): string {
  return line.capture ? line.capture.recordId : line.source;
}
