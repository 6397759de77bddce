// extract: the page as ordered text blocks, each marked inside ('main') or outside Readability's
// article. We walk the page ourselves, because claims also live where Readability does not look
// (product tables, "Key numbers" boxes, asides); Readability, run on a clone, only decides which
// blocks are the article. The page itself is only read, never changed.
//
// When Readability finds no article (null, too short, threw, or the page is too large to run it
// on), the visible text *is* the content: every block is 'main', `readable` is false, and a note
// says why. Shadow roots are not entered (Readability does not see them either, and closed ones
// cannot be read), nor are frames.
import { firstWord, readArticle, type Article } from './article';
import type { ExtractOptions, Extracted, TextBlock } from './types';
import { walkBlocks, type RawBlock } from './walk';

export type { ExtractOptions, Extracted, TextBlock } from './types';

export const DEFAULT_MAX_ELEMENTS = 50_000;
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Article blocks starting with the same word tried per block (keeps common first words linear). */
const MAX_COMPOSE_CANDIDATES = 16;
/** Readability's time grows faster than linearly with nesting depth (seconds at a few thousand). */
const MAX_READABILITY_DEPTH = 400;

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function countElements(doc: Document): number {
  try {
    // querySelectorAll, not getElementsByTagName('*'): linkedom answers 0 to the latter.
    return doc.querySelectorAll('*').length;
  } catch {
    return 0;
  }
}

/** True when `text` is consecutive article blocks joined by spaces (Readability split it). */
function composedOfArticleBlocks(text: string, article: Article): boolean {
  const starts = article.byFirstWord.get(firstWord(text));
  if (starts === undefined) return false;
  for (const start of starts.slice(0, MAX_COMPOSE_CANDIDATES)) {
    let pos = 0;
    for (let j = start; j < article.blocks.length; j++) {
      const part = article.blocks[j]!;
      if (!text.startsWith(part, pos)) break;
      pos += part.length;
      if (pos === text.length) return true;
      if (text[pos] !== ' ') break;
      pos++;
    }
  }
  return false;
}

/** The walk's blocks with their section, set in place: the raw blocks are this extraction's own. */
function markSections(raw: RawBlock[], article: Article | null): TextBlock[] {
  const blocks = raw as TextBlock[];
  for (const b of blocks)
    b.section =
      article === null || article.texts.has(b.text) || composedOfArticleBlocks(b.text, article)
        ? 'main'
        : 'outside';
  if (article === null) return blocks;
  // Readability drops a heading that repeats the page title, and some others; a heading that
  // leads straight into article text still introduces the article.
  for (let i = blocks.length - 2; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && b.section === 'outside' && blocks[i + 1]!.section === 'main')
      b.section = 'main';
  }
  return blocks;
}

function pageTitle(doc: Document, article: Article | null, firstH1: string): string {
  if (article !== null && article.title !== '') return article.title;
  let title = '';
  try {
    title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  } catch {
    title = '';
  }
  return title !== '' ? title : firstH1;
}

/** The page's `<html lang>`, when it has a non-empty one. */
function declaredLanguage(doc: Document): string | undefined {
  try {
    const lang = doc.documentElement?.getAttribute('lang')?.trim();
    return lang ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for the note extract adds when its element or character budget stopped the walk, so callers
 * (bench, tests) can tell a page cut short from a report that is partial for other reasons (the claim cap).
 */
export function isExtractionCutNote(note: string): boolean {
  return /analyzed the first [\d,]+ (?:elements|characters)/.test(note);
}

export function extract(doc: Document, opts: ExtractOptions = {}): Extracted {
  try {
    return extractBlocks(doc, opts);
  } catch (err) {
    // A DOM implementation we have not met may still throw; the page then yields nothing, not a crash.
    const name = err instanceof Error ? err.name : 'error';
    return {
      title: '',
      blocks: [],
      readable: false,
      truncated: false,
      notes: [`The page could not be read (${name}).`],
    };
  }
}

function extractBlocks(doc: Document, opts: ExtractOptions): Extracted {
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const notes: string[] = [];
  // documentElement first: some DOMs throw on doc.body when there is no root element.
  const root = doc.documentElement === null ? null : (doc.body ?? doc.documentElement);
  if (root === null) {
    return {
      title: '',
      blocks: [],
      readable: false,
      truncated: false,
      notes: ['No readable text was found on the page.'],
    };
  }

  const walked = walkBlocks(root, { maxElements, maxChars });
  const truncated = walked.stoppedBy !== null;
  if (walked.stoppedBy === 'elements')
    notes.push(`Page is very large; analyzed the first ${formatCount(maxElements)} elements.`);
  if (walked.stoppedBy === 'chars')
    notes.push(`Page text is very long; analyzed the first ${formatCount(maxChars)} characters.`);

  let article: Article | null = null;
  if (walked.blocks.length === 0) {
    notes.push('No readable text was found on the page.');
    if (doc.querySelector('frameset, frame, iframe') !== null) {
      notes.push('The page shows its content in frames, which are not read; open the framed page itself.');
    }
  } else if (walked.stoppedBy === 'elements' || countElements(doc) > maxElements) {
    // Readability is slow on huge DOMs; past the element budget the visible text is used instead.
    notes.push(
      'Main-article detection was skipped because the page is very large; all text was treated as main content.',
    );
  } else if (walked.maxDepth > MAX_READABILITY_DEPTH) {
    notes.push(
      'Main-article detection was skipped because the page is nested very deeply; all text was treated as main content.',
    );
  } else {
    const result = readArticle(doc);
    if (result.ok) article = result.article;
    else notes.push(`${result.reason}; all visible text was treated as main content.`);
  }

  const blocks = markSections(walked.blocks, article);
  const lang = declaredLanguage(doc);
  if (lang !== undefined) for (const b of blocks) b.lang = lang;
  return {
    title: pageTitle(doc, article, walked.firstH1),
    blocks,
    readable: article !== null,
    truncated,
    notes,
  };
}
