// Real-page excerpts (../shared/corpora/<corpus>/pages/*.txt) as the engine reads them: a few header
// lines (URL, TITLE, LANG, KIND), `---`, then the excerpt. Each non-empty excerpt line becomes one
// block, so a label's quote (one line, see tests/real/LABELLING.md) always lies inside one block.
// The HTML is built with the DOM, never by pasting page text into markup.
import { parseHTML } from 'linkedom';

export interface Excerpt {
  url: string;
  title: string;
  lang: string | undefined;
  kind: string | undefined;
  lines: string[];
}

const HEADER = /^(URL|TITLE|LANG|KIND):\s*(.*)$/;
/** "| a | b | c" or "a | b | c": two or more cell separators make a table row. */
const TABLE_SEPARATOR = ' | ';
const LIST_ITEM = /^[-*•]\s+/;

export function parseExcerpt(text: string): Excerpt {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < all.length; i++) {
    const line = all[i] ?? '';
    if (line.trim() === '---') {
      i++;
      break;
    }
    const m = HEADER.exec(line);
    if (m?.[1] && m[2] !== undefined) header[m[1]] = m[2].trim();
  }
  return {
    url: header.URL ?? '',
    title: header.TITLE ?? '',
    lang: header.LANG || undefined,
    kind: header.KIND || undefined,
    lines: all
      .slice(i)
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  };
}

function cellsOf(line: string): string[] | null {
  if (line.split(TABLE_SEPARATOR).length < 3) return null;
  return line
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '')
    .split(/\s+\|\s+/)
    .map((c) => c.trim());
}

/** The excerpt as an HTML page: title and lang from the header, one block per line. */
export function excerptToHtml(excerpt: Excerpt): string {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
  if (excerpt.lang) document.documentElement.setAttribute('lang', excerpt.lang);
  const title = document.querySelector('title');
  if (title) title.textContent = excerpt.title || (excerpt.lines[0] ?? '');
  const article = document.createElement('article');
  document.body.appendChild(article);
  let list: Element | null = null;
  let table: Element | null = null;
  for (const line of excerpt.lines) {
    const cells = cellsOf(line);
    if (cells) {
      list = null;
      if (!table) {
        table = document.createElement('table');
        article.appendChild(table);
      }
      const row = document.createElement('tr');
      for (const cell of cells) {
        const td = document.createElement('td');
        td.textContent = cell;
        row.appendChild(td);
      }
      table.appendChild(row);
      continue;
    }
    table = null;
    if (LIST_ITEM.test(line)) {
      if (!list) {
        list = document.createElement('ul');
        article.appendChild(list);
      }
      const li = document.createElement('li');
      li.textContent = line.replace(LIST_ITEM, '');
      list.appendChild(li);
      continue;
    }
    list = null;
    const p = document.createElement('p');
    p.textContent = line;
    article.appendChild(p);
  }
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}
