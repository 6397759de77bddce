// The rebuilt layout as an HTML document, so the PDF goes through analyzePage exactly like a web
// page: headings become <h1>–<h6>, paragraphs <p>, tables <table> rows with <th> for a header row.
// Built with createElement and textContent only: PDF text is never parsed as markup.
import type { PdfLayout } from './types';

export function layoutToDocument(layout: PdfLayout, doc: Document): Document {
  const html = doc.documentElement ?? doc.appendChild(doc.createElement('html'));
  let head = doc.head as HTMLHeadElement | null;
  if (!head) head = html.insertBefore(doc.createElement('head'), html.firstChild);
  let body = doc.body as HTMLElement | null;
  if (!body) body = html.appendChild(doc.createElement('body'));
  while (head.firstChild) head.removeChild(head.firstChild);
  while (body.firstChild) body.removeChild(body.firstChild);

  const title = doc.createElement('title');
  title.textContent = layout.title;
  head.appendChild(title);

  const article = body.appendChild(doc.createElement('article'));
  for (const block of layout.blocks) {
    if (block.kind === 'heading') {
      article.appendChild(doc.createElement(`h${block.level}`)).textContent = block.text;
    } else if (block.kind === 'paragraph') {
      article.appendChild(doc.createElement('p')).textContent = block.text;
    } else {
      const table = article.appendChild(doc.createElement('table'));
      const rows = block.header ? block.rows.slice(1) : block.rows;
      if (block.header) {
        const tr = table.appendChild(doc.createElement('thead')).appendChild(doc.createElement('tr'));
        for (const cell of block.rows[0]!) tr.appendChild(doc.createElement('th')).textContent = cell;
      }
      const tbody = table.appendChild(doc.createElement('tbody'));
      for (const row of rows) {
        const tr = tbody.appendChild(doc.createElement('tr'));
        for (const cell of row) tr.appendChild(doc.createElement('td')).textContent = cell;
      }
    }
  }
  return doc;
}
