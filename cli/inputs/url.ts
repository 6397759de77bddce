// A web page the researcher named by http(s) URL: one GET with a time limit (cli/fetch-page.ts).
import { fetchHtml } from '../fetch-page';
import type { InputItem, InputReader } from './types';

export const urlReader: InputReader = {
  name: 'url',
  accepts: (input) => /^https?:\/\//i.test(input),
  unit: 'input',
  async *read(input, ctx): AsyncIterable<InputItem> {
    const loaded = await fetchHtml(input, { timeoutMs: ctx.timeoutMs });
    if (!loaded.ok) yield { kind: 'error', message: loaded.error };
    else
      yield { kind: 'page', page: { source: input, key: input, body: { kind: 'text', html: loaded.html } } };
  },
};
