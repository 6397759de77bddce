// The one plain sentence a patient reads first: is anything on this page wrong? Problems are named
// first (statements that differ, products presented as approved where they are not), then sales
// wording; with no problem, how many statements matched. Built from translated templates.
import type { Translate } from './i18n';
import type { StatementCounts } from './statements';

export function summarySentence(counts: StatementCounts, t: Translate): string {
  const parts: string[] = [];
  if (counts.differs > 0) parts.push(t('summary.differs', { count: counts.differs }));
  if (counts.notApprovedProducts > 0)
    parts.push(t('summary.notApproved', { count: counts.notApprovedProducts }));
  if (counts.notApprovedUntied > 0)
    parts.push(t('summary.notApprovedUntied', { count: counts.notApprovedUntied }));
  const problems = parts.length > 0;
  if (counts.cautions > 0) parts.push(t('summary.cautions', { count: counts.cautions }));
  if (!problems) {
    if (counts.statements === 0) return t('summary.noClaims') + t('summary.end');
    const lead = t('summary.noProblems');
    const matched = counts.consistent > 0 ? [t('summary.consistent', { count: counts.consistent })] : [];
    return [lead, ...matched, ...parts].join(t('summary.separator')) + t('summary.end');
  }
  return parts.join(t('summary.separator')) + t('summary.end');
}
