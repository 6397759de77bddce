// One card per quoted statement: the quote (repaired, original on request) once, then each checked
// part with its verdict, explanation and the record it was compared with.
import type { Claim, Reference } from '../lib/schema';
import { displayVerdict } from '../lib/highlight/verdict-display';
import { VerdictBadge } from './VerdictBadge';
import { quoteParts } from './format';
import { SourceLink, Unconfirmed } from './SourceLink';
import { useI18n } from './I18n';
import { explanationText } from './explanation';
import { repairedText } from './quote';
import type { Statement } from './statements';

function ReferenceLine({ reference }: { reference: Reference }) {
  return (
    <>
      {reference.label}
      {reference.source && (
        <>
          {' · '}
          <SourceLink href={reference.source.url}>{reference.source.title}</SourceLink>
        </>
      )}
      {reference.confidence === 'unconfirmed' && <Unconfirmed />}
    </>
  );
}

function Part({ claim, badge }: { claim: Claim; badge: boolean }) {
  const { t, language } = useI18n();
  const others = claim.compared.filter(
    (r) => !(claim.reference && r.id === claim.reference.id && r.kind === claim.reference.kind),
  );
  return (
    <li className={`part part--${displayVerdict(claim)}`} data-claim-id={claim.id}>
      <p className="part__head">
        {badge && <VerdictBadge verdict={displayVerdict(claim)} />}
        <span className="claim__kind">{t(`kind.${claim.kind}`)}</span>
      </p>
      <p className="claim__explanation">{explanationText(claim, t, language)}</p>
      {claim.reference && (
        <p className="claim__reference">
          {t('statement.comparedWith')} <ReferenceLine reference={claim.reference} />
        </p>
      )}
      {others.length > 0 && (
        <details className="claim__also">
          <summary>{t('statement.alsoConsulted', { count: others.length })}</summary>
          <ul role="list">
            {others.map((r) => (
              <li key={`${r.kind}:${r.id}`}>
                <ReferenceLine reference={r} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function StatementCard({
  statement,
  productNames,
  onShow,
}: {
  statement: Statement;
  /** Display names of the products it is about, for the "About …" line. */
  productNames: string[];
  onShow: (claimId: string) => void;
}) {
  const { t } = useI18n();
  // The quote marks what the first claim in reading order matched (its id is the statement's).
  const lead = statement.claims.find((c) => c.id === statement.id) ?? statement.claims[0]!;
  const repaired = repairedText(statement.text);
  const quote = quoteParts(repaired, repairedText(lead.matched));
  return (
    <li
      className={`claim claim--${statement.verdict}`}
      data-claim-id={statement.id}
      data-claim-ids={statement.claimIds.join(' ')}
    >
      <p className="claim__head">
        <VerdictBadge verdict={statement.verdict} />
        <span className="claim__about">
          {productNames.length > 0
            ? t('statement.about', { names: productNames.join(', ') })
            : t('statement.untied')}
        </span>
      </p>
      <button
        type="button"
        className="claim__quote"
        onClick={() => onShow(statement.id)}
        title={t('statement.showOnPage')}
      >
        “{quote.before}
        {quote.match && <strong>{quote.match}</strong>}
        {quote.after}”<span className="sr-only"> {t('statement.showOnPageSr')}</span>
      </button>
      {repaired !== statement.text && (
        <details className="claim__original">
          <summary>{t('statement.original')}</summary>
          <p>{statement.text}</p>
        </details>
      )}
      <ul className="parts" role="list">
        {statement.claims.map((c) => (
          <Part key={c.id} claim={c} badge={statement.claims.length > 1} />
        ))}
      </ul>
    </li>
  );
}
