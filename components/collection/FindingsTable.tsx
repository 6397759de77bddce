// The findings table: one row per claim (or per product mentioned without a claim), sortable by
// clicking a column header (aria-sort says which), one page of rows at a time so thousands of
// saved pages never become tens of thousands of DOM rows. Page text is rendered as text only.
import type { FindingRow, SortKey, SortSpec } from '../../lib/collection/query';
import { isLinkable } from '../../lib/collection/site';
import { VerdictBadge } from './VerdictBadge';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'product', label: 'Product' },
  { key: 'target', label: 'Target' },
  { key: 'claim', label: 'Claim' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'page', label: 'Page' },
  { key: 'site', label: 'Site' },
  { key: 'date', label: 'Date' },
];

export interface FindingsTableProps {
  rows: readonly FindingRow[];
  sort: SortSpec;
  onSort(key: SortKey): void;
  onDeletePage(recordId: string): void;
}

export function FindingsTable({ rows, sort, onSort, onDeletePage }: FindingsTableProps) {
  return (
    <div className="table-wrap">
      <table className="findings">
        <caption className="visually-hidden">
          Findings from saved pages; column headers sort the table
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <button type="button" className="sort" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{row.productName || <span className="muted">No product named</span>}</td>
              <td>{row.target || <span className="muted">—</span>}</td>
              <td className="claim">
                {row.claim || <span className="muted">Mentioned, no claim found</span>}
              </td>
              <td>
                {row.verdict ? (
                  <>
                    <VerdictBadge verdict={row.verdict} />
                    {row.explanation && <p className="explanation">{row.explanation}</p>}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="page">
                {isLinkable(row.url) ? (
                  <a href={row.url} target="_blank" rel="noopener noreferrer">
                    {row.title}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <span title={row.url}>{row.title}</span>
                )}
              </td>
              <td>{row.site || <span className="muted">—</span>}</td>
              <td>
                <time dateTime={row.date}>{row.date.slice(0, 10)}</time>
              </td>
              <td>
                <button
                  type="button"
                  className="delete"
                  aria-label={`Delete saved page: ${row.title}`}
                  onClick={() => onDeletePage(row.recordId)}
                >
                  Delete page
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
