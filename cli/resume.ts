// --resume: the pages already in --out are not analyzed again and new reports are appended. A
// run killed mid-write can leave half a line at the end; it is cut off here (that page is simply
// analyzed again), so the resumed file holds each page once, whole.
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { lineKey, ReportLine } from './report-line';

export type Done = { ok: true; keys: Set<string> } | { ok: false; error: string };

export async function readDone(path: string): Promise<Done> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, keys: new Set() };
    throw err;
  }
  if (size > 0 && !(await endsWithNewline(path, size))) await truncate(path, await lastNewlineEnd(path));

  const keys = new Set<string>();
  let number = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    number++;
    if (!text.trim()) continue;
    let parsed;
    try {
      parsed = ReportLine.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      lines.close();
      return {
        ok: false,
        error: `--resume: line ${number} of ${path} is not a TherapyLens report (resume needs a jsonl file this command wrote)`,
      };
    }
    keys.add(lineKey(parsed.data));
  }
  return { ok: true, keys };
}

async function endsWithNewline(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const last = new Uint8Array(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

/** Byte length up to and including the last newline (0 when there is none). */
async function lastNewlineEnd(path: string): Promise<number> {
  let offset = 0;
  let end = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    const at = buffer.lastIndexOf(0x0a);
    if (at >= 0) end = offset + at + 1;
    offset += buffer.length;
  }
  return end;
}
