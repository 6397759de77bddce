import type { Claim, Reference } from '../lib/schema';
import { displayVerdict } from '../lib/highlight/verdict-display';
import { VerdictBadge } from './VerdictBadge';
import { claimKindLabel, quoteParts } from './format';
import { SourceLink, Unconfirmed } from './SourceLink';

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

export function ClaimItem({ claim, onShow }: { claim: Claim; onShow: (claimId: string) => void }) {
  const quote = quoteParts(claim.text, claim.matched);
  const others = claim.compared.filter(
    (r) => !(claim.reference && r.id === claim.reference.id && r.kind === claim.reference.kind),
  );
  return (
    <li className={`claim claim--${displayVerdict(claim)}`} data-claim-id={claim.id}>
      <p className="claim__head">
        <VerdictBadge verdict={displayVerdict(claim)} />
        <span className="claim__kind">{claimKindLabel(claim.kind)}</span>
      </p>
      <button
        type="button"
        className="claim__quote"
        onClick={() => onShow(claim.id)}
        title="Show this on the page"
      >
        “{quote.before}
        {quote.match && <strong>{quote.match}</strong>}
        {quote.after}”<span className="sr-only"> Show on page.</span>
      </button>
      <p className="claim__explanation">{claim.explanation}</p>
      {claim.reference && (
        <p className="claim__reference">
          Compared with: <ReferenceLine reference={claim.reference} />
        </p>
      )}
      {others.length > 0 && (
        <details className="claim__also">
          <summary>Also consulted ({others.length})</summary>
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
