// Small WARC archives for the CLI tests, built with scripts/make-warc.ts (warcio's writer, the
// library the CLI reads with), plus the ways a real archive goes wrong.
import { gzipSync } from 'node:zlib';

export { buildWarc, type ArchivedPage } from '../../../scripts/make-warc';

/** Bytes that are not a WARC record, as a damaged archive has between two good records. */
export const GARBAGE_RECORD = Buffer.from('this is not a WARC record\r\nnor a header\r\n\r\n');

export function gzip(bytes: Uint8Array): Buffer {
  return gzipSync(bytes);
}
