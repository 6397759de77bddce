// Types of scripts/hant-fold.mjs, for the test that keeps lib/match/multilingual/zh-hant.ts current.
export function vocabulary(root: string): string[];
export function hantPairs(chars: readonly string[]): string;
export function moduleText(pairs: string): string;
