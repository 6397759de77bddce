import type { ProductView } from './product-view';
import { formatPartialDate, modalityLabel, plural } from './format';
import { ApprovalList } from './ApprovalList';
import { FigureList } from './FigureList';
import { SourceLink } from './SourceLink';

const STATUS_CHIP = {
  approved: 'Approved',
  investigational: 'Investigational',
  withdrawn: 'Withdrawn',
} as const;

function StatusLine({ view, asOf }: { view: ProductView; asOf: string }) {
  const status = view.product?.status ?? view.finding.status;
  if (status === 'investigational') {
    return (
      <p className="status-line status-line--warn">Not approved anywhere as of {formatPartialDate(asOf)}.</p>
    );
  }
  if (status === 'withdrawn')
    return <p className="status-line status-line--warn">Withdrawn from the market.</p>;
  return null;
}

export function ProductCard({ view, asOf, open }: { view: ProductView; asOf: string; open: boolean }) {
  const { product } = view;
  const status = product?.status ?? view.finding.status;
  const facts = product
    ? [
        modalityLabel(product.modality),
        view.targets.length ? `targets ${view.targets.join(', ')}` : product.payload,
        product.manufacturer,
      ]
    : [];
  return (
    <li className="card">
      <details open={open}>
        <summary>
          <span className="card__name">
            {view.brand}
            {view.inn && <span className="card__inn"> ({view.inn})</span>}
          </span>
          <span className={`chip chip--${status}`}>{STATUS_CHIP[status]}</span>
        </summary>
        <div className="card__body">
          {facts.length > 0 && <p className="card__facts">{facts.filter(Boolean).join(' · ')}</p>}
          <StatusLine view={view} asOf={asOf} />
          {!product && (
            <p>This therapy is not in TherapyLens’s reference data any more; re-analyze the page.</p>
          )}
          {view.approvals.length > 0 && (
            <>
              <h4>Approvals</h4>
              <ApprovalList approvals={view.approvals} />
            </>
          )}
          {status === 'approved' && view.approvals.length === 0 && view.hiddenApprovals > 0 && (
            <p>Approved only by regulators you chose not to show.</p>
          )}
          {view.hiddenApprovals > 0 && (
            <p className="muted">
              {plural(view.hiddenApprovals, 'approval', 'approvals')} by other regulators hidden (see
              Settings).
            </p>
          )}
          {view.figures.length > 0 && (
            <>
              <h4>Pivotal results</h4>
              <FigureList figures={view.figures} />
            </>
          )}
          {status !== 'approved' && product && product.sources.length > 0 && (
            <p className="card__sources">
              Status source:{' '}
              {product.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 && ', '}
                  <SourceLink href={s.url}>{s.title}</SourceLink>
                </span>
              ))}
            </p>
          )}
        </div>
      </details>
    </li>
  );
}

export function ProductList({ views, asOf }: { views: ProductView[]; asOf: string }) {
  return (
    <ul className="cards" role="list">
      {views.map((v) => (
        <ProductCard key={v.finding.id} view={v} asOf={asOf} open={views.length === 1} />
      ))}
    </ul>
  );
}
