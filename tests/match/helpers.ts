// Match a piece of text as one paragraph block of the bundled dataset.
import { matchBlock, type DatasetIndex, type Hit } from '../../lib/match';
import { prepareBlock } from '../../lib/normalize/prepare';
import { bundledIndex } from '../helpers/dataset-index';

export function hitsIn(text: string, index: DatasetIndex = bundledIndex): Hit[] {
  return matchBlock(
    prepareBlock({ index: 0, kind: 'paragraph', text, section: 'main', headings: [] }, index.lexicon.hanFold),
    index.lexicon,
  );
}

export function idsOf(text: string, kind: Hit['kind'], index?: DatasetIndex): string[] {
  return [
    ...new Set(
      hitsIn(text, index)
        .filter((h) => h.kind === kind)
        .map((h) => h.id),
    ),
  ];
}
