// The collection page's state and actions, apart from its views: records from `env.store`,
// filters, sort and paging, delete with undo, export and import. CollectionView renders it.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { claimsCsv, collectionJson, exportFileName, mentionsCsv } from '../../lib/collection/export';
import { parseCollectionFile } from '../../lib/collection/import';
import {
  buildRows,
  countPages,
  facets,
  queryRows,
  type RowFilter,
  type SortKey,
  type SortSpec,
} from '../../lib/collection/query';
import type { CollectionRecord } from '../../lib/collection/record';
import type { CollectionEnv } from './types';
import { plural } from './plural';

export const PAGE_SIZE = 100;
const DEFAULT_SORT: SortSpec = { key: 'date', direction: 'descending' };

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

export function useCollection(env: CollectionEnv) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [records, setRecords] = useState<CollectionRecord[]>([]);
  const [skipped, setSkipped] = useState<{ key: string; reason: string }[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [undo, setUndo] = useState<CollectionRecord[] | null>(null);
  const [filter, setFilter] = useState<RowFilter>({});
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const [pageIndex, setPageIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const reload = useCallback(async () => {
    try {
      const loaded = await env.store.load();
      setRecords(loaded.records);
      setSkipped(loaded.skipped);
      setLoad({ state: 'ready' });
    } catch (err) {
      setLoad({ state: 'failed', message: `Saved pages could not be read: ${message(err)}` });
    }
  }, [env]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  // Built once per load; filtering and sorting are memoized on their inputs, and the filter is
  // deferred so typing in the search box stays responsive on large collections.
  const rows = useMemo(() => buildRows(records), [records]);
  const choices = useMemo(() => facets(rows), [rows]);
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(() => queryRows(rows, deferredFilter, sort), [rows, deferredFilter, sort]);
  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const page = Math.min(pageIndex, pageCount - 1);
  const pageRows = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const visiblePages = useMemo(() => countPages(visible), [visible]);

  const changeFilter = (next: RowFilter) => {
    setFilter(next);
    setPageIndex(0);
  };

  const changeSort = (key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'date' ? 'descending' : 'ascending' },
    );
    setPageIndex(0);
  };

  const remove = async (ids: readonly string[]) => {
    const gone = new Set(ids);
    const removed = records.filter((r) => gone.has(r.id));
    if (removed.length === 0) return;
    setBusy(true);
    const result = await env.store.deleteRecords(removed.map((r) => r.id));
    setBusy(false);
    if (!result.ok) {
      setErrors((e) => [...e, result.error]);
      return;
    }
    setRecords((current) => current.filter((r) => !gone.has(r.id)));
    setUndo(removed);
    setNotice('');
  };

  const restore = async () => {
    if (!undo) return;
    setBusy(true);
    const result = await env.store.restoreRecords(undo);
    setBusy(false);
    if (!result.ok) {
      setErrors((e) => [...e, result.error]);
      return;
    }
    const back = new Set(undo.map((r) => r.id));
    setRecords((current) => [...current.filter((r) => !back.has(r.id)), ...undo]);
    setNotice(`Restored ${plural(undo.length, 'page')}.`);
    setUndo(null);
  };

  const exportAs = (kind: 'claims' | 'mentions' | 'collection') => {
    const at = env.now();
    if (kind === 'collection') {
      env.download(exportFileName(kind, at), collectionJson(records, at), 'application/json');
    } else {
      // BOM so Excel reads the file as UTF-8 (see lib/collection/export.ts).
      const text =
        kind === 'claims' ? claimsCsv(records, { bom: true }) : mentionsCsv(records, { bom: true });
      env.download(exportFileName(kind, at), text, 'text/csv;charset=utf-8');
    }
    setNotice(`Exported ${plural(records.length, 'saved page')}.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const parsed = parseCollectionFile(await file.text());
      if (!parsed.ok) {
        setErrors((e) => [...e, `${file.name}: ${parsed.error}`]);
        return;
      }
      const result = await env.store.importRecords(parsed.records);
      if (!result.ok) {
        setErrors((e) => [...e, `${file.name}: ${result.error}`]);
        return;
      }
      const merged = result.merged + parsed.duplicatesInFile;
      setNotice(
        `Imported ${file.name}: ${result.added} added, ${merged} merged with pages already saved, ${parsed.skipped.length} skipped.`,
      );
      if (parsed.skipped.length) {
        setErrors((e) => [
          ...e,
          ...parsed.skipped.map((s) => `${file.name}: record ${s.index + 1} was skipped: ${s.reason}`),
        ]);
      }
      await reload();
    } catch (err) {
      setErrors((e) => [...e, `${file.name}: could not be read (${message(err)}).`]);
    } finally {
      setBusy(false);
    }
  };

  const filtered = Boolean(
    filter.product || filter.verdict || filter.site || filter.from || filter.to || filter.text,
  );
  const first = visible.length ? page * PAGE_SIZE + 1 : 0;
  const last = page * PAGE_SIZE + pageRows.length;

  return {
    /** Reads the collection again (after an import, or a page saved from elsewhere). */
    reload,
    load,
    records,
    skipped,
    errors,
    setErrors,
    notice,
    undo,
    setUndo,
    filter,
    sort,
    busy,
    fileInput,
    undoButton,
    choices,
    visible,
    pageCount,
    page,
    pageRows,
    visiblePages,
    setPageIndex,
    changeFilter,
    changeSort,
    remove,
    restore,
    exportAs,
    importFile,
    filtered,
    first,
    last,
  };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
