// A saved HTML page on disk (a path or a file:// URL): one page, decoded as a browser would.
import { fileURLToPath } from 'node:url';
import { loadHtmlFile } from '../load-html';
import type { InputItem, InputReader } from './types';

export const htmlFileReader: InputReader = {
  name: 'html',
  // The fallback: anything that is not a URL of another scheme or a file another reader claims.
  accepts: (input) => !/^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^file:\/\//i.test(input),
  unit: 'input',
  async *read(input): AsyncIterable<InputItem> {
    const loaded = await loadHtmlFile(/^file:\/\//i.test(input) ? fileURLToPath(input) : input);
    if (!loaded.ok) yield { kind: 'error', message: loaded.error };
    else yield { kind: 'page', page: { source: input, key: input, html: loaded.html } };
  },
};
