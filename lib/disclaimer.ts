// The medical-advice disclaimer, in one place: every view that shows data and the CLI's text
// output use these words.
export const DISCLAIMER =
  'Not medical advice. TherapyLens compares what a page says with public regulatory and trial records; it cannot judge what is right for a patient. Talk to a qualified oncologist before making any treatment decision.';

export function disclaimerAsOf(datasetAsOf: string): string {
  return `${DISCLAIMER} Reference data as of ${datasetAsOf}.`;
}
