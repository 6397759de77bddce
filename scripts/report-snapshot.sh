#!/usr/bin/env bash
# Writes the CLI's JSONL reports and stderr for every corpus at hand into OUTDIR, with the analysis
# time fixed, so a change meant to keep reports identical (a speed-up, a dependency patch) can be
# checked with `diff -r before/ after/`:
#   scripts/report-snapshot.sh /tmp/before   # on the old commit
#   scripts/report-snapshot.sh /tmp/after    # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
# Sets: the fixture pages and PDFs, tests/real/written/*/pages, the shared real-page excerpts
# (../shared/corpora/real-pages-*, turned into HTML as `npm run eval` does) and Readability's test
# pages if unpacked (RDB_DIR, default /tmp/rtp/rdb). Run from the repository root.
set -u
out=${1:?usage: scripts/report-snapshot.sh OUTDIR}
mkdir -p "$out"
NOW=2026-11-21T12:00:00.000Z
SHARED=${SHARED_CORPORA:-../shared/corpora}
RDB_DIR=${RDB_DIR:-/tmp/rtp/rdb}
run() {
  local name=$1
  shift
  npx tsx cli/analyze.ts --now $NOW --format jsonl --workers 2 "$@" >"$out/$name.jsonl" 2>"$out/$name.err"
  echo "$name: exit $?, $(wc -l <"$out/$name.jsonl") reports"
}
run fixtures tests/fixtures/pages/*.html
run pdf tests/fixtures/pdf/*.pdf tests/fixtures/pdf/missing.pdf
for dir in tests/real/written/*/pages; do run "written-$(basename "$(dirname "$dir")")" "$dir"/*; done
excerpts=$(mktemp -d)
trap 'rm -rf "$excerpts"' EXIT
for corpus in "$SHARED"/real-pages-*/; do
  [ -d "$corpus/pages" ] || continue
  name=$(basename "$corpus")
  mkdir -p "$excerpts/$name"
  npx tsx -e "
    import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
    import { excerptToHtml, parseExcerpt } from './cli/eval/excerpt';
    for (const f of readdirSync('$corpus/pages'))
      writeFileSync('$excerpts/$name/' + f.replace(/\.txt\$/, '.html'), excerptToHtml(parseExcerpt(readFileSync('$corpus/pages/' + f, 'utf8'))));
  "
  run "$name" "$excerpts/$name"/*
done
if [ -d "$RDB_DIR" ]; then run readability "$RDB_DIR"/*; fi
