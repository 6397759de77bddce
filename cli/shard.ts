// --shard K/N: this run takes a deterministic 1/N of the pages, the same on every machine, so one
// command line serves a Slurm array (K = $SLURM_ARRAY_TASK_ID), a Kubernetes indexed job
// (K = $JOB_COMPLETION_INDEX + 1) or GNU parallel. A page belongs to the shard its key hashes to:
// the input as written for files and URLs, the WARC-Record-ID for archived pages.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, 1 ≤ index ≤ count. */
  index: number;
  count: number;
}

export type ParsedShard = { ok: true; shard: Shard } | { ok: false; error: string };

export function parseShard(spec: string): ParsedShard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(spec.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    return {
      ok: false,
      error: `--shard must be K/N with 1 ≤ K ≤ N, e.g. 1/4 … 4/4 (got "${spec}")`,
    };
  }
  return { ok: true, shard: { index, count } };
}

/** sha256, not a JS string hash: the split must not depend on the Node version or platform. */
export function inShard(key: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
