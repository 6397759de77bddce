// Every kind of input the CLI reads, in the order they are asked: the first whose accepts() is true
// reads the input. Add a kind by adding its reader here, before htmlFileReader, which takes any
// path no other reader claimed.
import { htmlFileReader } from './html-file';
import { pdfReader } from './pdf';
import type { InputReader } from './types';
import { urlReader } from './url';
import { warcReader } from './warc';

export const READERS: readonly InputReader[] = [urlReader, warcReader, pdfReader, htmlFileReader];

export function readerFor(input: string): InputReader | undefined {
  return READERS.find((reader) => reader.accepts(input));
}
