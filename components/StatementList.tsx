// The page's statements, problems first: differs / not approved, then cautions, then consistent,
// each under its heading; the unverified last and collapsed.
import type { PageReport } from '../lib/schema';
import { groupStatements, type Statement, type Tier } from './statements';
import { StatementCard } from './StatementCard';
import { useI18n } from './I18n';

function Cards({
  statements,
  names,
  onShow,
}: {
  statements: Statement[];
  names: Map<string, string>;
  onShow: (claimId: string) => void;
}) {
  return (
    <ul className="claims" role="list">
      {statements.map((s) => (
        <StatementCard
          key={s.id}
          statement={s}
          productNames={s.productIds.map((id) => names.get(id) ?? id)}
          onShow={onShow}
        />
      ))}
    </ul>
  );
}

const OPEN_TIERS: readonly Exclude<Tier, 'unverified'>[] = ['problem', 'caution', 'consistent'];

export function StatementList({
  report,
  productNames,
  onShow,
}: {
  report: PageReport;
  /** Display name per product id (the cards' headings). */
  productNames: Map<string, string>;
  onShow: (claimId: string) => void;
}) {
  const { t } = useI18n();
  const statements = groupStatements(report.claims);
  if (statements.length === 0) return <p className="muted">{t('statements.none')}</p>;
  const unverified = statements.filter((s) => s.tier === 'unverified');
  return (
    <>
      {OPEN_TIERS.map((tier) => {
        const inTier = statements.filter((s) => s.tier === tier);
        if (inTier.length === 0) return null;
        return (
          <section key={tier} className={`tier tier--${tier}`} aria-labelledby={`tier-${tier}`}>
            <h3 id={`tier-${tier}`}>
              {t(`tier.${tier}`)} <span className="muted">({inTier.length})</span>
            </h3>
            <Cards statements={inTier} names={productNames} onShow={onShow} />
          </section>
        );
      })}
      {unverified.length > 0 && (
        <details className="tier tier--unverified">
          <summary>
            <h3>{t('tier.unverified', { count: unverified.length })}</h3>
          </summary>
          <Cards statements={unverified} names={productNames} onShow={onShow} />
        </details>
      )}
    </>
  );
}
