import type { ProductView } from './product-view';
import { formatDate } from './i18n';
import { useI18n } from './I18n';
import { productHeading } from './product-names';
import { ApprovalList } from './ApprovalList';
import { FigureList } from './FigureList';
import { SourceLink } from './SourceLink';

/** Where it is approved, as region chips; "Investigational" or "Withdrawn" otherwise. Never a bare "Approved". */
export function ApprovalChips({ view }: { view: ProductView }) {
  const { t } = useI18n();
  const status = view.product?.status ?? view.finding.status;
  if (status === 'investigational' || status === 'withdrawn') {
    return <span className={`chip chip--${status}`}>{t(`chip.${status}`)}</span>;
  }
  if (view.regions.length === 0) {
    return <span className="chip chip--approved">{t('chip.approvedElsewhere')}</span>;
  }
  const regions = view.regions.map((r) => r.region).join(', ');
  return (
    <span className="chips" role="img" aria-label={t('chip.approvedIn', { regions })}>
      {view.regions.map((r) => (
        <span
          key={r.region}
          className="chip chip--approved chip--region"
          aria-hidden="true"
          title={t('chip.approvedBy', { regulators: r.regulators.join(', ') })}
        >
          {r.region}
        </span>
      ))}
    </span>
  );
}

function StatusLine({ view, asOf }: { view: ProductView; asOf: string }) {
  const { t, language } = useI18n();
  const status = view.product?.status ?? view.finding.status;
  if (status === 'investigational') {
    return (
      <p className="status-line status-line--warn">
        {t('card.notApprovedAnywhere', { date: formatDate(asOf, language) })}
      </p>
    );
  }
  if (status === 'withdrawn') return <p className="status-line status-line--warn">{t('card.withdrawn')}</p>;
  return null;
}

export function ProductName({ view }: { view: ProductView }) {
  const { language } = useI18n();
  const heading = productHeading(view.product?.names, view.finding.name, language);
  return (
    <span className="card__name">
      {heading.primary}
      {heading.secondary.length > 0 && <span className="card__inn"> ({heading.secondary.join(' · ')})</span>}
      {heading.otherScript.map((n) => (
        <span key={n.text} className="card__other" lang={n.lang}>
          {' '}
          {n.text}
        </span>
      ))}
    </span>
  );
}

export function ProductCard({ view, asOf, open }: { view: ProductView; asOf: string; open: boolean }) {
  const { t } = useI18n();
  const { product } = view;
  const status = product?.status ?? view.finding.status;
  const facts = product
    ? [
        t(`modality.${product.modality}`),
        view.targets.length ? t('card.targets', { targets: view.targets.join(', ') }) : product.payload,
        product.manufacturer,
      ]
    : [];
  return (
    <li className="card">
      <details open={open}>
        <summary>
          <ProductName view={view} />
          <ApprovalChips view={view} />
        </summary>
        <div className="card__body">
          {facts.length > 0 && <p className="card__facts">{facts.filter(Boolean).join(' · ')}</p>}
          <StatusLine view={view} asOf={asOf} />
          {!product && <p>{t('card.notInData')}</p>}
          {view.approvals.length > 0 && (
            <>
              <h4>{t('card.approvals')}</h4>
              <ApprovalList approvals={view.approvals} />
            </>
          )}
          {status === 'approved' && view.approvals.length === 0 && view.hiddenApprovals > 0 && (
            <p>{t('card.onlyHidden')}</p>
          )}
          {view.hiddenApprovals > 0 && (
            <p className="muted">{t('card.hidden', { count: view.hiddenApprovals })}</p>
          )}
          {view.figures.length > 0 && (
            <>
              <h4>{t('card.results')}</h4>
              <FigureList figures={view.figures} />
            </>
          )}
          {status !== 'approved' && product && product.sources.length > 0 && (
            <p className="card__sources">
              {t('card.statusSource')}{' '}
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
