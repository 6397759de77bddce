import type { ApprovalView } from './product-view';
import { formatDate } from './i18n';
import { useI18n } from './I18n';
import { SourceLink, Unconfirmed } from './SourceLink';

function ApprovalItem({ approval }: { approval: ApprovalView }) {
  const { indication, conditionName, supersededBy } = approval;
  const { t, language } = useI18n();
  const special = indication.approvalType === 'regular' ? null : t(`approvalType.${indication.approvalType}`);
  const source = indication.sources[0];
  const superseded = indication.status === 'superseded';
  return (
    <li className={superseded ? 'approval approval--superseded' : 'approval'}>
      <p className="approval__head">
        <strong>{indication.regulator}</strong> · {formatDate(indication.date, language)}
        {special && <span className="tag tag--special">{special}</span>}
        {superseded && (
          <span className="tag tag--superseded">
            {supersededBy
              ? t('card.supersededOn', { date: formatDate(supersededBy, language) })
              : t('card.superseded')}
          </span>
        )}
        {indication.status === 'withdrawn' && (
          <span className="tag tag--withdrawn">{t('chip.withdrawn')}</span>
        )}
        {indication.confidence === 'unconfirmed' && <Unconfirmed />}
      </p>
      <p className="approval__scope">
        {conditionName}: {indication.population.text}; {indication.line.text}.
      </p>
      {indication.note && <p className="approval__note">{indication.note}</p>}
      {source && (
        <p className="approval__source">
          {t('card.source')} <SourceLink href={source.url}>{source.title}</SourceLink>
        </p>
      )}
    </li>
  );
}

export function ApprovalList({ approvals }: { approvals: ApprovalView[] }) {
  return (
    <ul className="approvals" role="list">
      {approvals.map((a) => (
        <ApprovalItem key={a.indication.id} approval={a} />
      ))}
    </ul>
  );
}
