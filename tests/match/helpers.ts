// Match a piece of text as one paragraph block of the bundled dataset.
import { matchBlock, type Hit } from '../../lib/match';
import { lexiconFor } from '../../lib/match/lexicon';
import { prepareBlock } from '../../lib/match/prepare';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';

export function hitsIn(text: string, dataset: Dataset = bundledDataset): Hit[] {
  return matchBlock(
    prepareBlock({ index: 0, kind: 'paragraph', text, section: 'main', headings: [] }),
    lexiconFor(dataset),
  );
}

export function idsOf(text: string, kind: Hit['kind'], dataset?: Dataset): string[] {
  return [
    ...new Set(
      hitsIn(text, dataset)
        .filter((h) => h.kind === kind)
        .map((h) => h.id),
    ),
  ];
}
