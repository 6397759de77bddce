import type { ReactNode } from 'react';
import { useI18n } from './I18n';

/** Sources open in a new tab, without giving the page a handle back to the extension. */
export function SourceLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  // Only web links: a stored report could carry any string as a URL.
  if (!/^https?:\/\//i.test(href)) return <span className="source">{children}</span>;
  return (
    <a className="source" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only"> {t('card.opensInNewTab')}</span>
    </a>
  );
}

export function Unconfirmed() {
  const { t } = useI18n();
  return (
    <span className="tag tag--unconfirmed" title={t('card.unconfirmedTitle')}>
      {t('card.unconfirmed')}
    </span>
  );
}
