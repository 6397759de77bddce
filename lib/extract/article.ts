// Readability's view of the page, reduced to what extract needs: the article's title and the set
// of its block texts, so each block of our own walk can be marked inside or outside the article.
// The class file alone: the package index also pulls isProbablyReaderable into the content script.
import Readability from '@mozilla/readability/Readability.js';
import type { Readability as ReadabilityInstance } from '@mozilla/readability';
import { walkBlocks } from './walk';

export interface Article {
  title: string;
  /** Block texts of the article, exactly as our walker produces them. */
  texts: Set<string>;
  /** The same, in order, for blocks Readability split in two ("a<br><br>b" becomes two <p>). */
  blocks: string[];
  /** Indices into `blocks` by first word. */
  byFirstWord: Map<string, number[]>;
}

export function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return text.slice(0, space < 0 ? text.length : space);
}

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

/** Below this much text Readability has not found an article, only a fragment. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Readability reads JSON-LD metadata (which can change the title and byline handling) only from
 * <script type="application/ld+json">; without one its search, a selector query over the whole
 * document, finds nothing, so it is skipped.
 */
function hasJsonLd(doc: Document): boolean {
  return [...doc.getElementsByTagName('script')].some(
    (s) => s.getAttribute('type') === 'application/ld+json',
  );
}

export function readArticle(doc: Document): ArticleResult {
  let parsed: ReturnType<ReadabilityInstance<Node>['parse']>;
  try {
    // Readability rewrites the DOM it is given; it only ever sees a clone of the page.
    const clone = doc.cloneNode(true) as Document;
    // keepClasses: our walker drops icon ligatures by class, and must see the article the same way.
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      keepClasses: true,
      disableJSONLD: !hasJsonLd(clone),
    }).parse();
  } catch (err) {
    return { ok: false, reason: `Readability failed (${err instanceof Error ? err.name : 'error'})` };
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1)
    return { ok: false, reason: 'Readability found no article' };
  const walked = walkBlocks(content as Element, {
    maxElements: Number.MAX_SAFE_INTEGER,
    maxChars: Number.MAX_SAFE_INTEGER,
  });
  const blocks = walked.blocks.map((b) => b.text);
  let chars = 0;
  for (const b of blocks) chars += b.length;
  if (chars < MIN_ARTICLE_CHARS) return { ok: false, reason: 'Readability found too little article text' };
  const texts = new Set(blocks);
  const byFirstWord = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const key = firstWord(b);
    const list = byFirstWord.get(key);
    if (list) list.push(i);
    else byFirstWord.set(key, [i]);
  });
  const title = (parsed.title ?? '').replace(/\s+/g, ' ').trim();
  if (title !== '') texts.add(title);
  return { ok: true, article: { title, texts, blocks, byFirstWord } };
}
