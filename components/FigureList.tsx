import type { Figure } from '../lib/dataset/schema';
import { figureContext, figureValue } from './format';
import { useI18n } from './I18n';
import { SourceLink, Unconfirmed } from './SourceLink';

/** Label and publication figures side by side: they are different facts and both are kept. */
export function FigureList({ figures }: { figures: Figure[] }) {
  const { t } = useI18n();
  return (
    <ul className="figures" role="list">
      {figures.map((f) => (
        <li key={f.id} className="figure">
          <p>
            <span className={`tag tag--${f.kind}`}>{t(`figureKind.${f.kind}`)}</span>{' '}
            <strong>{figureValue(f)}</strong>
            {f.confidence === 'unconfirmed' && <Unconfirmed />}
          </p>
          <p className="figure__context">
            {figureContext(f)} · <SourceLink href={f.source.url}>{f.source.title}</SourceLink>
          </p>
        </li>
      ))}
    </ul>
  );
}
