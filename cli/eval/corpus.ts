// Reads the fixture corpus: every tests/fixtures/pages/<name>.html with its hand-labeled
// tests/expected/<name>.json. Problems with the corpus itself (a page without a label, a label
// without a page, invalid JSON, a quote that is not on the page) are collected, never skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpected, type ExpectedPage } from './expected';
import { loadDocument } from './load';
import { normalizeForMatch } from './normalize';
import { visibleBlocks } from './visible-text';
import { excerptToHtml, parseExcerpt } from './excerpt';

export interface CorpusPage {
  name: string;
  html: string;
  expected: ExpectedPage;
}

export interface Corpus {
  pages: CorpusPage[];
  problems: string[];
}

export interface CorpusDirs {
  pagesDir: string;
  expectedDir: string;
}

export function listPageNames(pagesDir: string): string[] {
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

/** "seed" matches as a substring; "planted--*wrong*" as a glob over the page name. */
export function matchesFilter(name: string, filter: string | undefined): boolean {
  if (!filter) return true;
  if (!filter.includes('*')) return name.includes(filter);
  const pattern = filter
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Quotes that are not inside one visible block of the page (a label that cannot be matched). */
export function quotesNotOnPage(html: string, expected: ExpectedPage): string[] {
  const blocks = visibleBlocks(loadDocument(html));
  return expected.claims
    .map((c) => c.quote)
    .filter((quote) => {
      const q = normalizeForMatch(quote);
      return !blocks.some((b) => b.includes(q));
    });
}

export function readCorpus(dirs: CorpusDirs, filter?: string): Corpus {
  const problems: string[] = [];
  const pages: CorpusPage[] = [];
  const names = listPageNames(dirs.pagesDir);

  for (const file of readdirSync(dirs.expectedDir).filter((f) => f.endsWith('.json'))) {
    const name = file.slice(0, -'.json'.length);
    if (!names.includes(name)) problems.push(`${file}: no page tests/fixtures/pages/${name}.html`);
  }

  for (const name of names.filter((n) => matchesFilter(n, filter))) {
    const expectedPath = join(dirs.expectedDir, `${name}.json`);
    if (!existsSync(expectedPath)) {
      problems.push(`${name}: no expected file ${name}.json`);
      continue;
    }
    const parsed = parseExpected(readFileSync(expectedPath, 'utf8'));
    if (!parsed.ok) {
      problems.push(`${name}.json: ${parsed.error}`);
      continue;
    }
    const html = readFileSync(join(dirs.pagesDir, `${name}.html`), 'utf8');
    for (const quote of quotesNotOnPage(html, parsed.value)) {
      problems.push(`${name}.json: quote not in one visible block of the page: "${quote}"`);
    }
    pages.push({ name, html, expected: parsed.value });
  }
  return { pages, problems };
}

/** The real-page corpora (tests/real): which part, and where the shared excerpts live. */
export type RealPart = 'blind' | 'dev' | 'all';

/**
 * Real-page excerpts from ../shared/corpora with their labels in tests/real/expected. The page
 * lists (tests/real/{blind,dev}-pages.txt) decide which part a page is in, so the blind third can
 * be scored on its own and never by accident.
 */
export function readRealCorpus(root: string, sharedDir: string, part: RealPart, filter?: string): Corpus {
  const problems: string[] = [];
  const pages: CorpusPage[] = [];
  const parts = part === 'all' ? ['blind', 'dev'] : [part];
  const entries = parts.flatMap((p) =>
    readFileSync(join(root, 'tests', 'real', `${p}-pages.txt`), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  for (const entry of entries) {
    const [corpus, file] = entry.split('/');
    if (!corpus || !file) continue;
    const name = `${corpus}/${file.replace(/\.txt$/, '')}`;
    if (!matchesFilter(name, filter)) continue;
    const pagePath = join(sharedDir, 'corpora', corpus, 'pages', file);
    const expectedPath = join(root, 'tests', 'real', 'expected', `${name}.json`);
    if (!existsSync(pagePath)) {
      problems.push(`${name}: no excerpt at ${pagePath}`);
      continue;
    }
    if (!existsSync(expectedPath)) {
      problems.push(`${name}: not labelled yet (${expectedPath})`);
      continue;
    }
    const parsed = parseExpected(readFileSync(expectedPath, 'utf8'));
    if (!parsed.ok) {
      problems.push(`${name}.json: ${parsed.error}`);
      continue;
    }
    const excerpt = parseExcerpt(readFileSync(pagePath, 'utf8'));
    const html = excerptToHtml(excerpt);
    for (const quote of quotesNotOnPage(html, parsed.value)) {
      problems.push(`${name}.json: quote not in one line of the excerpt: "${quote}"`);
    }
    const expected =
      parsed.value.lang || !excerpt.lang ? parsed.value : { ...parsed.value, lang: excerpt.lang };
    pages.push({ name, html, expected });
  }
  return { pages, problems };
}
