// Filter controls: product, verdict, site, date range and free-text search. Every control has a
// visible label; changes apply as you type (the view defers the heavy filtering).
import type { Facets, RowFilter } from '../../lib/collection/query';
import { VERDICT_DISPLAY } from '../../lib/highlight/verdict-display';
import type { Verdict } from '../../lib/schema';

const VERDICTS: Verdict[] = ['not-approved', 'differs', 'unverified', 'consistent'];

export interface FiltersBarProps {
  filter: RowFilter;
  facets: Facets;
  onChange(next: RowFilter): void;
}

export function FiltersBar({ filter, facets, onChange }: FiltersBarProps) {
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const active = Boolean(
    filter.product || filter.verdict || filter.site || filter.from || filter.to || filter.text,
  );
  return (
    <form className="filters" role="search" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-wide">
        <label htmlFor="f-text">Search</label>
        <input
          id="f-text"
          type="search"
          value={filter.text ?? ''}
          placeholder="words in claims, products, pages"
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="f-product">Product</label>
        <select
          id="f-product"
          value={filter.product ?? ''}
          onChange={(e) => set({ product: e.target.value })}
        >
          <option value="">All products</option>
          {facets.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-verdict">Verdict</label>
        <select
          id="f-verdict"
          value={filter.verdict ?? ''}
          onChange={(e) => set({ verdict: e.target.value as RowFilter['verdict'] })}
        >
          <option value="">All verdicts</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_DISPLAY[v].label}
            </option>
          ))}
          <option value="none">Mentioned, no claim</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-site">Site</label>
        <select id="f-site" value={filter.site ?? ''} onChange={(e) => set({ site: e.target.value })}>
          <option value="">All sites</option>
          {facets.sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input
          id="f-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input id="f-to" type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <div className="field field-end">
        <button type="button" onClick={() => onChange({})} disabled={!active}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
