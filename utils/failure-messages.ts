// Why an analysis failed, in English; the views translate them by key (components/StateViews.tsx).
// Pure: no browser API, so presentational components may import it.
export const FAILURE_MESSAGES = {
  noResult:
    'TherapyLens could not read this page: its checker did not answer. The page may still be loading.',
  malformed: 'TherapyLens could not read this page: its checker returned something unexpected.',
  injection: 'TherapyLens could not start its checker on this page.',
  noTab: 'TherapyLens could not find the tab this view belongs to. Close it and try again.',
  crashed: 'TherapyLens ran into a problem while reading this page.',
} as const;
