// A saved HTML page on disk (a path or a file:// URL): one page, decoded as a browser would. The
// worker that analyzes it reads and decodes the file (cli/inputs/body.ts), so a missing or non-HTML
// file is reported from there, with the same one line as any unreadable input.
import { fileURLToPath } from 'node:url';
import type { InputItem, InputReader } from './types';

export const htmlFileReader: InputReader = {
  name: 'html',
  // The fallback: anything that is not a URL of another scheme or a file another reader claims.
  accepts: (input) => !/^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^file:\/\//i.test(input),
  unit: 'input',
  async *read(input): AsyncIterable<InputItem> {
    const path = /^file:\/\//i.test(input) ? fileURLToPath(input) : input;
    yield { kind: 'page', page: { source: input, key: input, body: { kind: 'file', path } } };
  },
};
