// Match a piece of text as one paragraph block of the bundled dataset, or texts as a page of paragraphs.
import { matchBlock, matchBlocks, type DatasetIndex, type Hit } from '../../lib/match';
import { prepareBlock, prepareBlocks } from '../../lib/normalize/prepare';
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

/** The hits of one kind in each paragraph of a page, matched together (page-wide readings included). */
export function hitsPerBlock(
  texts: readonly string[],
  kind: Hit['kind'],
  headings: string[] = [],
  index: DatasetIndex = bundledIndex,
): Hit[][] {
  const blocks = prepareBlocks(
    texts.map((text, i) => ({
      index: i,
      kind: 'paragraph' as const,
      text,
      section: 'main' as const,
      headings,
    })),
    index.lexicon.hanFold,
  );
  const { byBlock } = matchBlocks(blocks, index);
  return blocks.map((b) => (byBlock.get(b.index) ?? []).filter((h) => h.kind === kind));
}
